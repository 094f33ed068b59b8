//! The tab bar between screens.

use crate::hooks::{on_action, use_app};
use crate::state::{Action, Screen};
use yew::prelude::*;

/// Tabs.
#[function_component(Nav)]
pub fn nav() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.common();
    let label = |s: Screen| match s {
        Screen::Results => t.tab_results,
        Screen::People => t.tab_people,
        Screen::Data => t.tab_data,
        Screen::Plan => t.tab_plan,
        Screen::Simulate => t.tab_simulate,
        Screen::Files => t.tab_files,
    };
    html! {
        <nav class="tabs" role="tablist" aria-label={t.app_title}>
            { for Screen::ALL.iter().map(|&s| {
                let selected = app.screen == s;
                html! {
                    <button role="tab" aria-selected={selected.to_string()}
                        class={classes!("tab", selected.then_some("active"))}
                        data-testid={format!("tab-{}", s.word())}
                        onclick={on_action(&app, move |_: MouseEvent| Some(Action::SetScreen(s)))}>
                        { label(s) }
                    </button>
                }
            }) }
        </nav>
    }
}
