//! What a modal dialog needs beyond `role="dialog"`: the rest of the page made `inert` while
//! it is open (no click, focus or screen-reader visit lands behind it), and Tab / Shift+Tab
//! kept cycling through the dialog's own controls.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What can take the focus with Tab.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// Makes everything outside `el` inert: each sibling of `el` and of every ancestor up to
/// `<body>` that is not inert yet. Returns those elements, for [`release`].
pub fn make_rest_inert(el: &Element) -> Vec<Element> {
    let mut marked = Vec::new();
    let mut node = el.clone();
    while let Some(parent) = node.parent_element() {
        let mut sibling = parent.first_element_child();
        while let Some(s) = sibling {
            if s != node && !s.has_attribute("inert") && s.tag_name() != "SCRIPT" {
                let _ = s.set_attribute("inert", "");
                marked.push(s.clone());
            }
            sibling = s.next_element_sibling();
        }
        if parent.tag_name() == "BODY" {
            break;
        }
        node = parent;
    }
    marked
}

/// Undoes [`make_rest_inert`].
pub fn release(marked: &[Element]) {
    for el in marked {
        let _ = el.remove_attribute("inert");
    }
}

/// On Tab from the dialog's last control (or Shift+Tab from its first, or from the dialog
/// itself), the focus wraps to the other end. Returns whether it moved the focus (the caller
/// then cancels the key's default).
pub fn wrap_tab(dialog: &Element, backwards: bool) -> bool {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return false;
    };
    let items: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return false;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = |el: &HtmlElement| active.as_ref() == Some(el.unchecked_ref::<Element>());
    let on_dialog = active.as_ref() == Some(dialog);
    let target = if backwards && (at(first) || on_dialog) {
        last
    } else if !backwards && (at(last) || on_dialog && items.len() == 1) {
        first
    } else {
        return false;
    };
    let _ = target.focus();
    true
}
