//! The "start" card of the files screen: load the demo, or start an empty plan.

use crate::demo;
use crate::hooks::use_app;
use crate::state::{Action, Source};
use yew::prelude::*;

/// The year an empty plan starts in.
pub const EMPTY_PLAN_YEAR: i32 = 2026;

/// The card.
#[function_component(StartCard)]
pub fn start_card() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.files();
    let load_demo = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Load {
                doc: demo::demo_doc(),
                source: Source::Demo,
            })
        })
    };
    let start_empty = {
        let app = app.clone();
        let name = t.new_plan_name;
        Callback::from(move |_| {
            app.dispatch(Action::Load {
                doc: demo::empty_doc(name, EMPTY_PLAN_YEAR),
                source: Source::Empty,
            })
        })
    };
    html! {
        <div class="card">
            <h3>{ t.start_heading }</h3>
            <button onclick={load_demo} data-testid="load-demo">{ t.load_demo }</button>
            <button onclick={start_empty} data-testid="start-empty">{ t.start_empty }</button>
        </div>
    }
}
