//! The keyboard of a tab bar (the WAI-ARIA tabs pattern): ←/→ move to the previous or next tab
//! (wrapping round), Home and End to the first and last; the tab moved to is chosen at once
//! and takes the focus. Only the chosen tab is in the Tab order (`tabindex` 0, the others −1).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Where `key` moves from tab `i` of `n`; `None` for any other key (or no tabs).
pub fn moved(key: &str, i: usize, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    let i = i.min(n - 1);
    match key {
        "ArrowRight" => Some((i + 1) % n),
        "ArrowLeft" => Some((i + n - 1) % n),
        "Home" => Some(0),
        "End" => Some(n - 1),
        _ => None,
    }
}

/// The `tabindex` of a tab: only the chosen one is reached with Tab.
pub fn tab_index(selected: bool) -> &'static str {
    if selected {
        "0"
    } else {
        "-1"
    }
}

/// A `keydown` handler for a tablist of `n` tabs, `current` chosen: picks the tab the key
/// moves to (`pick(index)`) and focuses the element whose id is `id_of(index)`.
pub fn on_tab_keys(
    current: usize,
    n: usize,
    id_of: impl Fn(usize) -> String + 'static,
    pick: impl Fn(usize) + 'static,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(next) = moved(&e.key(), current, n) else {
            return;
        };
        e.prevent_default();
        pick(next);
        focus_id(&id_of(next));
    })
}

/// Moves the keyboard focus to the element of this id, if there is one.
pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::moved;

    #[test]
    fn arrows_wrap_and_home_end_go_to_the_ends() {
        assert_eq!(moved("ArrowRight", 0, 6), Some(1));
        assert_eq!(moved("ArrowRight", 5, 6), Some(0));
        assert_eq!(moved("ArrowLeft", 0, 6), Some(5));
        assert_eq!(moved("ArrowLeft", 3, 6), Some(2));
        assert_eq!(moved("Home", 4, 6), Some(0));
        assert_eq!(moved("End", 1, 6), Some(5));
        assert_eq!(moved("Enter", 1, 6), None);
        assert_eq!(moved("ArrowRight", 0, 0), None);
    }
}
