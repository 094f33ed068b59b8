//! The `<option>`s of a select bound to a stored value: the known choices, and before them
//! the stored value when it is none of them, so an invalid or unknown value stays visible
//! (and choosing it again is no change).

use yew::prelude::*;

/// The options of `choices` (value, text) with `current` selected; a `current` none of them
/// has comes first, shown as `shown`.
pub fn options(current: &str, shown: &str, choices: Vec<(String, String)>) -> Html {
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
