//! Simulation: scenarios (being built).

use yew::prelude::*;

/// SimScenarios.
#[function_component(SimScenarios)]
pub fn sim_scenarios() -> Html {
    html! { <div class="sim-scenarios"></div> }
}
