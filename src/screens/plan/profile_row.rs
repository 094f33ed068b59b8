//! One weight profile's row of the profiles table: id (renaming follows references), name,
//! a weight per dimension with its band check explained, the live total and remove.

use crate::hooks::{on_edit, on_rename, use_app};
use crate::screens::plan::doc::{band_explanations, plan_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::widgets::path_errors::{dom_id, PathErrors};
use crate::widgets::table::IconButton;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
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
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (r, prof) = (p.index, &p.profile);
    let ppath = plan_path().key("profiles").index(r);
    let wpath = ppath.key("weights");
    let pname = text_of(prof, "name");
    let id = text_of(prof, "id");
    let row_check = p.check.clone();
    let sum_id = format!("profile-{r}-sum");
    let werr_id = dom_id("e-", &wpath.to_string());
    let rename = on_rename(&app, &id, |id, new| Edit::RenameProfile { id, new });
    let ask = t.confirm_remove_profile.replace("{name}", &pname);
    let remove = on_edit(&app, Edit::RemoveProfile { id: id.clone() }, Some(ask));
    let remove_button = IconButton::acting_on("×", t.remove_profile, &pname);
    html! {
        <tr data-profile={id.clone()}>
            <td><PlanField path={ppath.key("id")} label={format!("{} · {}", pname, t.profile_id)}
                hide_label=true on_commit={rename} narrow=true /></td>
            <th scope="row" class="profile-name">
                <PlanField path={ppath.key("name")} label={format!("{} · {}", pname, t.profile_name)} hide_label=true />
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
                        <PlanField path={wpath.key(&did)}
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
                    <PathErrors path={wpath.to_string()} exact=true id={werr_id.clone()} />
                </div>
                <PathErrors path={ppath.to_string()} exact=true />
            </td>
            <td>{ remove_button.disabled(!p.removable).view(remove) }</td>
        </tr>
    }
}
