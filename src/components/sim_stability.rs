//! Simulation: stability (being built).

use yew::prelude::*;

/// SimStability.
#[function_component(SimStability)]
pub fn sim_stability() -> Html {
    html! { <div class="sim-stability"></div> }
}
