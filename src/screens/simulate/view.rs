//! The simulation screen (§8, §9): scenario planning, self-assessment with goal seek,
//! appeals, rank stability — each in its own sub-view.

use crate::hooks::use_app;
use crate::widgets::tab_bar::TabBar;
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

/// Simulation.
#[function_component(SimulateView)]
pub fn simulate_view() -> Html {
    let part = use_state(|| Part::Scenarios);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.simulate();
    let tabs = vec![
        (Part::Scenarios, "scenarios", t.scenarios.into()),
        (Part::SelfAssess, "self", t.self_assess.into()),
        (Part::Appeals, "appeals", t.appeals.into()),
        (Part::Stability, "stability", t.stability.into()),
    ];
    let shown = *part;
    html! {
        <section class="simulate">
            <TabBar<Part> class="subtabs" tab_class="subtab" testid="sim"
                label={app.lang.common().tab_simulate} {tabs} selected={shown}
                on_select={Callback::from(move |p| part.set(p))} />
            { match shown {
                Part::Scenarios => html! { <SimScenarios /> },
                Part::SelfAssess => html! { <SimSelf /> },
                Part::Appeals => html! { <SimAppeals /> },
                Part::Stability => html! { <SimStability /> },
            } }
        </section>
    }
}
