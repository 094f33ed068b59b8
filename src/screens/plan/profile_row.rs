//! One weight profile's row of the profiles table: id (renaming follows references), name,
//! a weight per dimension with its band check explained, the live total and remove.

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::doc::{band_explanations, confirm, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::{dom_id, PathErrors};
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::plan_check::ProfileCheck;
use yew::prelude::*;

/// Props of [`ProfileRow`].
#[derive(Properties, PartialEq)]
pub struct ProfileRowProps {
    /// Index of the profile.
    pub index: usize,
    /// The profile as the document has it.
    pub profile: Value,
    /// The plan's dimensions as the document has them.
    pub dims: Vec<Value>,
    /// The engine's check of the profile, when it has one.
    pub check: Option<ProfileCheck>,
    /// Whether it may be removed (not the last).
    pub removable: bool,
}

/// The row.
#[function_component(ProfileRow)]
pub fn profile_row(p: &ProfileRowProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let (r, prof) = (p.index, &p.profile);
    let ppath = format!("plan.profiles[{r}]");
    let wpath = format!("{ppath}.weights");
    let pname = text_of(prof, "name");
    let row_check = p.check.clone();
    let sum_id = format!("profile-{r}-sum");
    let werr_id = dom_id("e-", &wpath);
    let rename = {
        let app = app.clone();
        Callback::from(move |new: String| {
            app.dispatch(Action::Replace {
                doc: plan_edit::rename_profile(&app.doc, r, &new),
            })
        })
    };
    let remove = {
        let app = app.clone();
        let ask = t.confirm_remove_profile.replace("{name}", &pname);
        let at = ppath.clone();
        Callback::from(move |_| {
            if confirm(&ask) {
                if let Some(path) = JsonPath::parse(&at) {
                    app.dispatch(Action::Remove { path });
                }
            }
        })
    };
    html! {
        <tr data-profile={text_of(prof, "id")}>
            <td><PlanField path={format!("{ppath}.id")} label={format!("{} · {}", pname, t.profile_id)}
                hide_label=true on_commit={rename} narrow=true /></td>
            <th scope="row" class="profile-name">
                <PlanField path={format!("{ppath}.name")} label={format!("{} · {}", pname, t.profile_name)} hide_label=true />
            </th>
            { for p.dims.iter().enumerate().map(|(i, d)| {
                let did = text_of(d, "id");
                let cell = row_check.as_ref().and_then(|c| c.cells.get(i)).cloned();
                let why = cell.as_ref().map(|c| band_explanations(t, c)).unwrap_or_default();
                let flagged = !why.is_empty();
                let why_id = format!("profile-{r}-dim-{i}-why");
                let mut described = vec![sum_id.clone(), werr_id.clone()];
                if flagged { described.push(why_id.clone()); }
                html! {
                    <td class={classes!("weight-cell", flagged.then_some("violation"))} data-dimension={did.clone()}>
                        <PlanField path={JsonPath::parse(&wpath).map(|p| p.key(&did).to_string()).unwrap_or_default()}
                            label={format!("{} · {} · {}", pname, text_of(d, "name"), t.weight)}
                            hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true
                            flagged={flagged} describedby={described.join(" ")} />
                        if flagged {
                            <p class="why" id={why_id} data-testid="band-warning">
                                <span aria-hidden="true">{ "⚠ " }</span>{ why.join(";") }
                            </p>
                        }
                    </td>
                }
            }) }
            <td class="sum-cell">
                if let Some(c) = &row_check {
                    <WeightTotal sum={c.sum.clone()} id={sum_id.clone()} testid={format!("profile-sum-{r}")} />
                }
                <div data-testid={format!("profile-errors-{r}")}>
                    <PathErrors path={wpath.clone()} exact=true id={werr_id.clone()} />
                </div>
                <PathErrors path={ppath.clone()} exact=true />
            </td>
            <td><button class="icon" onclick={remove} disabled={!p.removable}
                aria-label={format!("{} {}", t.remove_profile, pname)} title={t.remove_profile}>{ "×" }</button></td>
        </tr>
    }
}
