//! Printing a table that renders only the rows in view ([`super::row_window`]): while the page
//! prints, every row is rendered.
//!
//! The print button asks for the rows first and prints once they are on the page (an effect
//! after the render). The browser's own print command (Ctrl+P) announces itself with
//! `beforeprint`, and the rows are rendered then; should the print be laid out before they all
//! are, the printed page says so instead of showing a part of the ranking (the print style
//! hides a table without `data-rows-whole`).

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the page is printing (or about to), and the print button's callback.
#[hook]
pub fn use_printing() -> (bool, Callback<()>) {
    let printing = use_state_eq(|| false);
    let requested = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let listeners = web_sys::window().map(|w| {
                let (before, after) = (printing.clone(), printing);
                [
                    EventListener::new(&w, "beforeprint", move |_| before.set(true)),
                    EventListener::new(&w, "afterprint", move |_| after.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    {
        let (printing, requested) = (printing.clone(), requested.clone());
        use_effect_with(*requested, move |&asked| {
            if asked {
                // The rows asked for are rendered: print them (print() returns once done).
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
                requested.set(false);
                printing.set(false);
            }
        });
    }
    let ask = {
        let (printing, requested) = (printing.clone(), requested);
        Callback::from(move |()| {
            printing.set(true);
            requested.set(true);
        })
    };
    (*printing, ask)
}
