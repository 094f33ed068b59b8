//! The tab bar between screens, as WAI-ARIA tabs: a `<nav>` landmark holding a `tablist`
//! whose `tab`s control the screen's `tabpanel` ([`crate::widgets::screen_panel`]); ←/→,
//! Home and End move between them. It also keeps the document title naming the screen.

use crate::hooks::{on_action, use_app};
use crate::state::{Action, Screen};
use crate::widgets::tab_keys::{on_tab_keys, tab_index};
use yew::prelude::*;

/// The id of a screen's tab (the tabpanel is labelled by it).
pub fn tab_id(s: Screen) -> String {
    format!("tab-{}", s.word())
}

/// Tabs.
#[function_component(Nav)]
pub fn nav() -> Html {
    let app = use_app();
    let title = app.as_ref().map(|app| {
        let t = app.lang.common();
        format!("{} · {}", label(t, app.screen), t.app_title)
    });
    use_effect_with(title, |title| {
        if let (Some(doc), Some(title)) = (web_sys::window().and_then(|w| w.document()), title) {
            doc.set_title(title);
        }
    });
    let Some(app) = app else {
        return html! {};
    };
    let t = app.lang.common();
    let current = Screen::ALL
        .iter()
        .position(|&s| s == app.screen)
        .unwrap_or(0);
    let onkeydown = {
        let app = app.clone();
        on_tab_keys(
            current,
            Screen::ALL.len(),
            |i| Screen::ALL.get(i).map(|&s| tab_id(s)).unwrap_or_default(),
            move |i| {
                if let Some(&s) = Screen::ALL.get(i) {
                    app.dispatch(Action::SetScreen(s));
                }
            },
        )
    };
    html! {
        <nav class="tabs" aria-label={t.screens_label}>
            <div class="tab-list" role="tablist" aria-label={t.screens_label} {onkeydown}>
                { for Screen::ALL.iter().map(|&s| {
                    let selected = app.screen == s;
                    html! {
                        <button type="button" role="tab" id={tab_id(s)} aria-selected={selected.to_string()}
                            aria-controls={selected.then_some("screen-panel")} tabindex={tab_index(selected)}
                            class={classes!("tab", selected.then_some("active"))}
                            data-testid={format!("tab-{}", s.word())}
                            onclick={on_action(&app, move |_: MouseEvent| Some(Action::SetScreen(s)))}>
                            { label(t, s) }
                        </button>
                    }
                }) }
            </div>
        </nav>
    }
}

/// A screen's name (its tab's label).
pub fn label(t: &crate::i18n::common::Common, s: Screen) -> &'static str {
    match s {
        Screen::Results => t.tab_results,
        Screen::People => t.tab_people,
        Screen::Data => t.tab_data,
        Screen::Plan => t.tab_plan,
        Screen::Simulate => t.tab_simulate,
        Screen::Files => t.tab_files,
    }
}
