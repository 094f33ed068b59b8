//! The plan screen (being built).

use yew::prelude::*;

/// PlanView.
#[function_component(PlanView)]
pub fn plan_view() -> Html {
    html! { <section class="screen-plan"></section> }
}
