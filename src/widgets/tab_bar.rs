//! Tabs that pick one of a few views: a bar (`role="tablist"`, the chosen tab
//! `aria-selected` and marked `active`; ←/→, Home and End move between tabs) and under it
//! the chosen view in its `tabpanel`, the first until another is picked.

use crate::widgets::tab_keys::{on_tab_keys, tab_index};
use yew::prelude::*;

/// One tab.
#[derive(Clone, PartialEq)]
pub struct Tab {
    /// Its word: the tab's test id is `{testid}-{word}`.
    pub word: &'static str,
    /// Its label.
    pub label: AttrValue,
    /// The view it shows.
    pub view: Html,
}

impl Tab {
    /// A tab of this word and label showing `view`.
    pub fn new(word: &'static str, label: impl Into<AttrValue>, view: Html) -> Self {
        Tab {
            word,
            label: label.into(),
            view,
        }
    }
}

/// Props of [`TabBar`].
#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    /// The bar's class.
    pub class: &'static str,
    /// Each tab's class.
    pub tab_class: &'static str,
    /// The bar's accessible name.
    pub label: AttrValue,
    /// The prefix of the tabs' test ids.
    pub testid: &'static str,
    /// The tabs, in order.
    pub tabs: Vec<Tab>,
}

/// The bar and the chosen view.
#[function_component(TabBar)]
pub fn tab_bar(p: &TabBarProps) -> Html {
    let chosen = use_state(|| 0usize);
    let testid = p.testid;
    let words: Vec<&'static str> = p.tabs.iter().map(|t| t.word).collect();
    let id_of = move |i: usize| {
        words
            .get(i)
            .map(|w| format!("{testid}-tab-{w}"))
            .unwrap_or_default()
    };
    let onkeydown = {
        let chosen = chosen.clone();
        on_tab_keys(*chosen, p.tabs.len(), id_of.clone(), move |i| chosen.set(i))
    };
    html! {
        <>
            <div class={p.class} role="tablist" aria-label={p.label.clone()} {onkeydown}>
                { for p.tabs.iter().enumerate().map(|(i, tab)| {
                    let selected = *chosen == i;
                    let chosen = chosen.clone();
                    html! {
                        <button type="button" role="tab" id={id_of(i)} aria-selected={selected.to_string()}
                            aria-controls={selected.then(|| format!("{testid}-panel"))}
                            tabindex={tab_index(selected)}
                            class={classes!(p.tab_class, selected.then_some("active"))}
                            data-testid={format!("{}-{}", p.testid, tab.word)}
                            onclick={Callback::from(move |_| chosen.set(i))}>
                            { &tab.label }
                        </button>
                    }
                }) }
            </div>
            <div role="tabpanel" id={format!("{testid}-panel")} aria-labelledby={id_of(*chosen)}>
                { p.tabs.get(*chosen).map(|tab| tab.view.clone()).unwrap_or_default() }
            </div>
        </>
    }
}
