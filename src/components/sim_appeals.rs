//! Simulation: appeals (being built).

use yew::prelude::*;

/// SimAppeals.
#[function_component(SimAppeals)]
pub fn sim_appeals() -> Html {
    html! { <div class="sim-appeals"></div> }
}
