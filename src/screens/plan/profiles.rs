//! The weight profiles (S3.2.4) as a table: a row per profile, a column per dimension,
//! weights in percent; the live total per profile ("100%" or the shortfall), and per cell
//! the band check (outside its band, or above the core, is highlighted and explained) — all
//! figures from the engine's [`scorecard_engine::plan_check`].

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::dimensions::confirm;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::{dom_id, PathErrors};
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::json::Value;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use scorecard_engine::plan_check::{check_plan, CellCheck};
use yew::prelude::*;

fn items(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn text_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn pct(d: rust_decimal::Decimal) -> String {
    format!("{}%", fraction_to_percent_text(d))
}

/// The profiles section's body.
#[function_component(PlanProfiles)]
pub fn plan_profiles() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let plan = app.doc.get("plan").cloned().unwrap_or(Value::Null);
    let dims = items(plan.get("dimensions"));
    let profiles = items(plan.get("profiles"));
    let check = check_plan(&plan);
    let explain = |c: &CellCheck| -> Vec<String> {
        let mut out = Vec::new();
        if let Some((lo, hi)) = c.band {
            if c.below_band {
                out.push(t.below_band.replace("{x}", &fraction_to_percent_text(lo)));
            }
            if c.above_band {
                out.push(t.above_band.replace("{x}", &fraction_to_percent_text(hi)));
            }
        }
        if c.above_core {
            out.push(t.above_core.to_string());
        }
        out
    };
    let add = {
        let app = app.clone();
        let name = t.new_profile;
        Callback::from(move |_| {
            app.dispatch(Action::Replace {
                doc: plan_edit::add_profile(&app.doc, name),
            })
        })
    };
    html! {
        <div class="profiles">
            <p class="help">{ t.profiles_help }</p>
            <PathErrors path="plan.profiles" exact=true />
            <div class="table-wrap">
                <table class="plan-table profiles-table" data-testid="profiles-table">
                    <caption class="visually-hidden">{ t.profiles_help }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.profile_id }</th>
                            <th scope="col">{ t.profile_name }</th>
                            { for dims.iter().enumerate().map(|(i, d)| {
                                let band = check.dimensions.get(i).and_then(|b| b.band);
                                html! {
                                    <th scope="col" class="dim-col">
                                        <span class="dim-name">{ text_of(d, "name") }</span>
                                        if i == 0 {
                                            <span class="badge core" title={t.core_help}>{ t.core_badge }</span>
                                        }
                                        <span class="band-range">
                                            { band.map(|(lo, hi)| format!("{} {}–{}", t.band_row, pct(lo), pct(hi))).unwrap_or_default() }
                                        </span>
                                    </th>
                                }
                            }) }
                            <th scope="col">{ t.total }</th>
                            <th scope="col"><span class="visually-hidden">{ t.actions }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                    { for profiles.iter().enumerate().map(|(r, prof)| {
                        let ppath = format!("plan.profiles[{r}]");
                        let wpath = format!("{ppath}.weights");
                        let pname = text_of(prof, "name");
                        let row_check = check.profiles.get(r).cloned();
                        let sum_id = format!("profile-{r}-sum");
                        let werr_id = dom_id("e-", &wpath);
                        let rename = {
                            let app = app.clone();
                            Callback::from(move |new: String| {
                                app.dispatch(Action::Replace { doc: plan_edit::rename_profile(&app.doc, r, &new) })
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
                                { for dims.iter().enumerate().map(|(i, d)| {
                                    let did = text_of(d, "id");
                                    let cell = row_check.as_ref().and_then(|c| c.cells.get(i)).cloned();
                                    let why = cell.as_ref().map(explain).unwrap_or_default();
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
                                <td><button class="icon" onclick={remove} disabled={profiles.len() <= 1}
                                    aria-label={format!("{} {}", t.remove_profile, pname)} title={t.remove_profile}>{ "×" }</button></td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            <button onclick={add}>{ "+ " }{ t.add_profile }</button>
        </div>
    }
}
