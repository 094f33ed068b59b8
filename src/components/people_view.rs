//! The people screen (being built).

use yew::prelude::*;

/// PeopleView.
#[function_component(PeopleView)]
pub fn people_view() -> Html {
    html! { <section class="screen-people"></section> }
}
