//! Starting over: a new empty workspace on the scheme's defaults (units and data cleared),
//! or only the plan's settings put back to the defaults (structure and data kept). Both
//! ask first and both can be undone.

use crate::hooks::{confirm, on_edit, use_app};
use crate::state::{Action, Source};
use scorecard_engine::edit::Edit;
use yew::prelude::*;

/// The new-plan section's body.
#[function_component(PlanNew)]
pub fn plan_new() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let new_plan = {
        let app = app.clone();
        Callback::from(move |_| {
            if !confirm(t.confirm_new_plan) {
                return;
            }
            let year = js_sys::Date::new_0().get_full_year() as i32;
            let name = t.new_plan_name.replace("{year}", &year.to_string());
            app.dispatch(Action::Load {
                doc: crate::demo::empty_doc(&name, year),
                source: Source::Empty,
            });
        })
    };
    let ask = t.confirm_reset_settings.to_string();
    let reset = on_edit(&app, Edit::ResetSettings, Some(ask));
    html! {
        <div class="plan-new">
            <div class="choice-card">
                <button class="danger" onclick={new_plan} aria-describedby="new-plan-help" data-testid="new-plan">{ t.new_plan }</button>
                <p class="help" id="new-plan-help">{ t.new_plan_help }</p>
            </div>
            <div class="choice-card">
                <button onclick={reset} aria-describedby="reset-settings-help" data-testid="reset-settings">{ t.reset_settings }</button>
                <p class="help" id="reset-settings-help">{ t.reset_settings_help }</p>
            </div>
        </div>
    }
}
