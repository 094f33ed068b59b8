//! The simulation screen (§8, §9): scenario planning, self-assessment with goal seek,
//! appeals, rank stability — each in its own sub-view.

use crate::hooks::use_app;
use crate::{
    screens::simulate::appeals::view::SimAppeals, screens::simulate::scenarios::list::SimScenarios,
    screens::simulate::self_assessment::view::SimSelf,
    screens::simulate::stability::view::SimStability,
};
use yew::prelude::*;

/// The sub-views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Scenarios,
    SelfAssess,
    Appeals,
    Stability,
}

const PARTS: [Part; 4] = [
    Part::Scenarios,
    Part::SelfAssess,
    Part::Appeals,
    Part::Stability,
];

impl Part {
    fn word(self) -> &'static str {
        match self {
            Part::Scenarios => "scenarios",
            Part::SelfAssess => "self",
            Part::Appeals => "appeals",
            Part::Stability => "stability",
        }
    }
}

/// Simulation.
#[function_component(SimulateView)]
pub fn simulate_view() -> Html {
    let part = use_state(|| Part::Scenarios);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.simulate();
    let label = |p: Part| match p {
        Part::Scenarios => t.scenarios,
        Part::SelfAssess => t.self_assess,
        Part::Appeals => t.appeals,
        Part::Stability => t.stability,
    };
    html! {
        <section class="simulate">
            <nav class="subtabs" role="tablist" aria-label={app.lang.common().tab_simulate}>
                { for PARTS.iter().map(|&p| {
                    let part = part.clone();
                    let selected = *part == p;
                    html! {
                        <button role="tab" aria-selected={selected.to_string()}
                            class={classes!("subtab", selected.then_some("active"))}
                            data-testid={format!("sim-{}", p.word())}
                            onclick={Callback::from(move |_| part.set(p))}>
                            { label(p) }
                        </button>
                    }
                }) }
            </nav>
            { match *part {
                Part::Scenarios => html! { <SimScenarios /> },
                Part::SelfAssess => html! { <SimSelf /> },
                Part::Appeals => html! { <SimAppeals /> },
                Part::Stability => html! { <SimStability /> },
            } }
        </section>
    }
}
