//! Scenario planning (§8, §9, S3.2): the scenarios and their weights, AHP weights from a
//! pairwise comparison, and the comparison of the plan with every scenario — three
//! sections of one sub-view.

use crate::hooks::use_app;
use crate::widgets::tab_bar::TabBar;
use crate::{
    screens::simulate::scenarios::ahp::SimAhp, screens::simulate::scenarios::compare::SimCompare,
    screens::simulate::scenarios::editor::SimScenarioEditor,
};
use yew::prelude::*;

/// The sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Weights,
    Ahp,
    Compare,
}

/// Scenario planning.
#[function_component(SimScenarios)]
pub fn sim_scenarios() -> Html {
    let section = use_state(|| Section::Weights);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let tabs = vec![
        (Section::Weights, "weights", t.sec_weights.into()),
        (Section::Ahp, "ahp", t.sec_ahp.into()),
        (Section::Compare, "compare", t.sec_compare.into()),
    ];
    let shown = *section;
    html! {
        <div class="sim-scenarios">
            <TabBar<Section> class="scen-sections" tab_class="scen-section" testid="scen-sec"
                label={t.sections} {tabs} selected={shown}
                on_select={Callback::from(move |s| section.set(s))} />
            { match shown {
                Section::Weights => html! { <SimScenarioEditor /> },
                Section::Ahp => html! { <SimAhp /> },
                Section::Compare => html! { <SimCompare /> },
            } }
        </div>
    }
}
