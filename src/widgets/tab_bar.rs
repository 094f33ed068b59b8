//! A bar of tabs that picks one of a few views (`role="tablist"`, the chosen one pressed
//! and marked `active`).

use yew::prelude::*;

/// Props of [`TabBar`].
#[derive(Properties, PartialEq)]
pub struct TabBarProps<T: PartialEq> {
    /// The bar's class.
    pub class: &'static str,
    /// Each tab's class.
    pub tab_class: &'static str,
    /// The bar's accessible name.
    pub label: AttrValue,
    /// The tabs' test ids are `{testid}-{word}`.
    pub testid: &'static str,
    /// The tabs, in order: the view, its word (for the test id) and its label.
    pub tabs: Vec<(T, &'static str, AttrValue)>,
    /// The view shown.
    pub selected: T,
    /// A tab was chosen.
    pub on_select: Callback<T>,
}

/// The tabs.
#[function_component(TabBar)]
pub fn tab_bar<T: PartialEq + Copy + 'static>(p: &TabBarProps<T>) -> Html {
    html! {
        <nav class={p.class} role="tablist" aria-label={p.label.clone()}>
            { for p.tabs.iter().map(|(view, word, label)| {
                let selected = p.selected == *view;
                let (on_select, view) = (p.on_select.clone(), *view);
                html! {
                    <button role="tab" aria-selected={selected.to_string()}
                        class={classes!(p.tab_class, selected.then_some("active"))}
                        data-testid={format!("{}-{word}", p.testid)}
                        onclick={Callback::from(move |_| on_select.emit(view))}>
                        { label }
                    </button>
                }
            }) }
        </nav>
    }
}
