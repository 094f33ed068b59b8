//! The Yew app.
use yew::prelude::*;
/// Root component.
#[function_component(App)]
pub fn app() -> Html {
    html! { <p>{ scorecard_engine::version() }</p> }
}
