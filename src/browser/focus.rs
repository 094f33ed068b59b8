//! Moving the keyboard focus by selector: where a control that held the focus goes away (a
//! closed editor, a removed row, a decided appeal), the focus is handed to what the user
//! would look at next instead of dropping to `<body>`. [`install_focus_rescue`] is the net
//! under every such control: a click (or Enter / Space) that removes or disables the focused
//! control hands the focus to its neighbour in the Tab order.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// What the Tab key can reach.
const TABBABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
    select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])";

/// Focuses the first element matching the CSS `selector`; whether there was one.
pub fn focus_selector(selector: &str) -> bool {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    el.is_some_and(|el| el.focus().is_ok())
}

/// Focuses the first element matching one of `selectors` (in order) once the page has been
/// rendered anew: for an element that only exists after the change being made.
///
/// "Rendered anew" is a task after this one; but Yew renders in steps with tasks between them
/// on a slow or busy machine, and the element may still be missing or inside an `inert` layer
/// then (a dialog's clean-up lifts `inert` last). So the focus is tried again every
/// [`FOCUS_RETRY_MS`] until it lands, [`FOCUS_TRIES`] times at most, and only while the focus
/// is nowhere (on `<body>`, or left inside an inert layer): once the user has put it somewhere,
/// it stays there.
pub fn focus_after_render(selectors: Vec<String>) {
    try_focus(selectors, FOCUS_TRIES, 0);
}

/// How many times [`focus_after_render`] tries.
const FOCUS_TRIES: u32 = 50;
/// The pause between two of its tries, in ms.
const FOCUS_RETRY_MS: u32 = 20;

fn try_focus(selectors: Vec<String>, tries: u32, delay: u32) {
    gloo::timers::callback::Timeout::new(delay, move || {
        let doc = web_sys::window().and_then(|w| w.document());
        let free = doc
            .as_ref()
            .is_some_and(|d| focus_lost(d) || focus_in_inert(d));
        if delay > 0 && !free {
            return;
        }
        let landed = selectors
            .iter()
            .any(|s| focus_selector(s) && focus_is_on(s));
        if !landed && tries > 1 {
            try_focus(selectors, tries - 1, FOCUS_RETRY_MS);
        }
    })
    .forget();
}

/// Whether the focus is on an element inside an inert layer (one that takes no input).
fn focus_in_inert(doc: &Document) -> bool {
    doc.active_element()
        .is_some_and(|a| a.closest("[inert]").ok().flatten().is_some())
}

/// Whether the focused element matches `selector`.
fn focus_is_on(selector: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| a.matches(selector).unwrap_or(false))
}

/// The elements the Tab key reaches now, in document order (shown, not inert).
fn tabbables(doc: &Document) -> Vec<HtmlElement> {
    let Ok(list) = doc.query_selector_all(TABBABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some() && e.closest("[inert]").ok().flatten().is_none())
        .collect()
}

/// Whether the focus is on nothing (`<body>`).
fn focus_lost(doc: &Document) -> bool {
    match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(a), Some(body)) => a == *body.unchecked_ref::<Element>(),
        (Some(_), None) => false,
    }
}

/// Installs, once for the page, the listener that keeps the focus on the page: before a click
/// on the focused control is handled, it notes the control's neighbours in the Tab order;
/// once the page has been rendered anew, if the focus fell to `<body>` (the control was
/// removed or disabled), it goes to the control again if it can take it, else to the next
/// neighbour still shown, else the previous one. Controls that say where the focus goes
/// (see [`focus_after_render`]) are obeyed: they act after this.
pub fn install_focus_rescue() {
    thread_local!(static INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let options = EventListenerOptions::run_in_capture_phase();
    EventListener::new_with_options(&doc, "click", options, |e| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Some(active), Some(target)) = (
            doc.active_element(),
            e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
        ) else {
            return;
        };
        if !active.contains(Some(&target)) {
            return;
        }
        let list = tabbables(&doc);
        let Some(i) = list.iter().position(|x| **x == active) else {
            return;
        };
        let mut candidates: Vec<HtmlElement> = list.get(i + 1).into_iter().cloned().collect();
        candidates.extend(i.checked_sub(1).and_then(|j| list.get(j)).cloned());
        if let Ok(was) = active.dyn_into::<HtmlElement>() {
            candidates.insert(0, was);
        }
        gloo::timers::callback::Timeout::new(0, move || {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            for el in candidates {
                if !focus_lost(&doc) {
                    return;
                }
                if el.is_connected() {
                    let _ = el.focus();
                }
            }
        })
        .forget();
    })
    .forget();
}

/// `text` as a quoted CSS string, for an attribute selector (ids may hold any character
/// but controls).
pub fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The `[data-testid="…"]` selector of a test id (test ids hold unit ids).
pub fn by_testid(testid: &str) -> String {
    format!("[data-testid={}]", css_string(testid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_quoted_for_selectors() {
        assert_eq!(
            by_testid("unit-name-zd1"),
            r#"[data-testid="unit-name-zd1"]"#
        );
        assert_eq!(css_string(r#"a"b\c"#), r#""a\"b\\c""#);
    }
}
