//! Simulation: self (being built).

use yew::prelude::*;

/// SimSelf.
#[function_component(SimSelf)]
pub fn sim_self() -> Html {
    html! { <div class="sim-self"></div> }
}
