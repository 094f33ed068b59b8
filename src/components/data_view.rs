//! The data screen (being built).

use yew::prelude::*;

/// DataView.
#[function_component(DataView)]
pub fn data_view() -> Html {
    html! { <section class="screen-data"></section> }
}
