//! The `<option>`s of a select: [`options`] for a fixed list of choices, and
//! [`options_keeping`] for a select bound to a stored value, which keeps that value visible
//! when it is none of the choices (an invalid or unknown value is shown, and choosing it
//! again is no change).

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

/// The options of `choices` (value, text) with `current` selected; a `current` none of them
/// has comes first, shown as `shown`.
pub fn options_keeping(current: &str, shown: &str, choices: Vec<(String, String)>) -> Html {
    html! {
        <>
            if !choices.iter().any(|(v, _)| v == current) {
                <option value={current.to_string()} selected=true>{ shown }</option>
            }
            { for choices.into_iter().map(|(v, text)| html! {
                <option value={v.clone()} selected={v == current}>{ text }</option>
            }) }
        </>
    }
}
