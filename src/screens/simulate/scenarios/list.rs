//! Scenario planning (§8, §9, S3.2): the scenarios and their weights, AHP weights from a
//! pairwise comparison, and the comparison of the plan with every scenario — three
//! sections of one sub-view.

use crate::hooks::use_app;
use crate::widgets::tab_bar::{Tab, TabBar};
use crate::{
    screens::simulate::scenarios::ahp::SimAhp, screens::simulate::scenarios::compare::SimCompare,
    screens::simulate::scenarios::editor::SimScenarioEditor,
};
use yew::prelude::*;

/// Scenario planning.
#[function_component(SimScenarios)]
pub fn sim_scenarios() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let tabs = vec![
        Tab::new("weights", t.sec_weights, html! { <SimScenarioEditor /> }),
        Tab::new("ahp", t.sec_ahp, html! { <SimAhp /> }),
        Tab::new("compare", t.sec_compare, html! { <SimCompare /> }),
    ];
    html! {
        <div class="sim-scenarios">
            <TabBar class="scen-sections" tab_class="scen-section" testid="scen-sec"
                label={t.sections} {tabs} />
        </div>
    }
}
