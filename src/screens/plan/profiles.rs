//! The weight profiles (S3.2.4) as a table: a row per profile, a column per dimension,
//! weights in percent; the live total per profile ("100%" or the shortfall), and per cell
//! the band check (outside its band, or above the core, is highlighted and explained) — all
//! figures from the engine's [`scorecard_engine::plan_check`].

use crate::hooks::{on_edit, use_app};
use crate::screens::plan::doc::{checked_plan, items, pct, text_of};
use crate::screens::plan::profile_row::ProfileRow;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Edit;
use yew::prelude::*;

/// The profiles section's body.
#[function_component(PlanProfiles)]
pub fn plan_profiles() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (plan, check) = checked_plan(&app.doc);
    let dims = items(plan.get("dimensions"));
    let profiles = items(plan.get("profiles"));
    let add = on_edit(
        &app,
        Edit::AddProfile {
            name: t.new_profile.to_string(),
        },
        None,
    );
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
                    { for profiles.iter().enumerate().map(|(r, prof)| html! {
                        <ProfileRow index={r} profile={prof.clone()} dims={dims.clone()}
                            check={check.profiles.get(r).cloned()} removable={profiles.len() > 1} />
                    }) }
                    </tbody>
                </table>
            </div>
            <button onclick={add}>{ "+ " }{ t.add_profile }</button>
        </div>
    }
}
