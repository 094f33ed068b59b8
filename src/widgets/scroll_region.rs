//! A scrolling box around a wide table that holds nothing focusable: it takes the keyboard
//! focus itself (`tabindex="0"`) so the table can be scrolled with the arrow keys, and it is a
//! named region so a screen reader says what the focused box is.

use yew::prelude::*;

/// Props of [`ScrollRegion`].
#[derive(Properties, PartialEq)]
pub struct ScrollRegionProps {
    /// The box's accessible name (usually the table's caption).
    pub label: AttrValue,
    /// Classes besides `table-wrap`.
    #[prop_or_default]
    pub class: Classes,
    /// The table.
    pub children: Html,
}

/// The scrolling box.
#[function_component(ScrollRegion)]
pub fn scroll_region(p: &ScrollRegionProps) -> Html {
    html! {
        <div class={classes!("table-wrap", p.class.clone())} tabindex="0" role="region"
            aria-label={p.label.clone()}>
            { p.children.clone() }
        </div>
    }
}
