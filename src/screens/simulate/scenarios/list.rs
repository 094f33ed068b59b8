//! Scenario planning (§8, §9, S3.2): the scenarios and their weights, AHP weights from a
//! pairwise comparison, and the comparison of the plan with every scenario — three
//! sections of one sub-view.

use crate::hooks::use_app;
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

const SECTIONS: [Section; 3] = [Section::Weights, Section::Ahp, Section::Compare];

impl Section {
    fn word(self) -> &'static str {
        match self {
            Section::Weights => "weights",
            Section::Ahp => "ahp",
            Section::Compare => "compare",
        }
    }
}

/// Scenario planning.
#[function_component(SimScenarios)]
pub fn sim_scenarios() -> Html {
    let section = use_state(|| Section::Weights);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let label = |s: Section| match s {
        Section::Weights => t.sec_weights,
        Section::Ahp => t.sec_ahp,
        Section::Compare => t.sec_compare,
    };
    html! {
        <div class="sim-scenarios">
            <nav class="scen-sections" role="tablist" aria-label={t.sections}>
                { for SECTIONS.iter().map(|&s| {
                    let section = section.clone();
                    let selected = *section == s;
                    html! {
                        <button role="tab" aria-selected={selected.to_string()}
                            class={classes!("scen-section", selected.then_some("active"))}
                            data-testid={format!("scen-sec-{}", s.word())}
                            onclick={Callback::from(move |_| section.set(s))}>
                            { label(s) }
                        </button>
                    }
                }) }
            </nav>
            { match *section {
                Section::Weights => html! { <SimScenarioEditor /> },
                Section::Ahp => html! { <SimAhp /> },
                Section::Compare => html! { <SimCompare /> },
            } }
        </div>
    }
}
