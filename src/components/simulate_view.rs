//! The simulate screen (being built).

use yew::prelude::*;

/// SimulateView.
#[function_component(SimulateView)]
pub fn simulate_view() -> Html {
    html! { <section class="screen-simulate"></section> }
}
