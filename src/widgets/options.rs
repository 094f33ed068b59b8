//! The `<option>`s of a select: one per item, the current one selected.

use yew::prelude::*;

/// One `<option>` per (value, text), the one whose value is `current` selected.
pub fn options<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>, current: &str) -> Html {
    items
        .into_iter()
        .map(|(value, text)| {
            html! {
                <option value={value.to_string()} selected={value == current}>{ text }</option>
            }
        })
        .collect()
}
