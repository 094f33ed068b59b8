//! The "start" card of the files screen: load the demo, or start an empty plan.

use crate::demo;
use crate::hooks::{on_action, use_app};
use crate::state::{Action, Source};
use yew::prelude::*;

/// The year an empty plan starts in.
pub const EMPTY_PLAN_YEAR: i32 = 2026;

/// The card.
#[function_component(StartCard)]
pub fn start_card() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.files();
    let load = |doc: fn(&str) -> scorecard_engine::json::Value, source: Source| {
        let name = t.new_plan_name;
        on_action(&app, move |_: MouseEvent| {
            let (doc, source) = (doc(name), source.clone());
            Some(Action::Load { doc, source })
        })
    };
    let load_demo = load(|_| demo::demo_doc(), Source::Demo);
    let start_empty = load(|name| demo::empty_doc(name, EMPTY_PLAN_YEAR), Source::Empty);
    html! {
        <div class="card">
            <h3>{ t.start_heading }</h3>
            <button onclick={load_demo} data-testid="load-demo">{ t.load_demo }</button>
            <button onclick={start_empty} data-testid="start-empty">{ t.start_empty }</button>
        </div>
    }
}
