//! Work the user should not wait for, run once the next frame is painted: saving a large
//! workspace after a keystroke (about 11 ms at 200 units: serialising 1 MB, then
//! `localStorage.setItem`) no longer delays the frame that shows the keystroke.
//!
//! Only the newest piece of work waits (a newer save replaces an older one that has not run
//! yet: both would write the same key). A frame callback queues a task, which runs after the
//! paint. Browsers pause frame callbacks in a hidden page, so hiding or leaving the page
//! (`visibilitychange` to hidden, `pagehide`) runs the waiting work at once: a save is never
//! left behind by a closed tab.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    static WAITING: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
}

/// Runs the waiting work, if any.
pub fn run_now() {
    let work = WAITING.with(|w| w.borrow_mut().take());
    if let Some(work) = work {
        work();
    }
}

/// Runs `work` after the next paint, in place of any work still waiting.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let already_scheduled = WAITING.with(|w| w.borrow_mut().replace(Box::new(work)).is_some());
    if already_scheduled {
        return;
    }
    let Some(window) = web_sys::window() else {
        return run_now();
    };
    let frame = Closure::once_into_js(|| {
        let task = Closure::once_into_js(run_now);
        let queued = web_sys::window()
            .map(|w| w.set_timeout_with_callback(task.unchecked_ref()).is_ok())
            .unwrap_or(false);
        if !queued {
            run_now();
        }
    });
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        run_now();
    }
}

/// Runs waiting work when the page is hidden or left (installed once, by the app).
pub fn install_flush() -> Vec<gloo::events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = vec![gloo::events::EventListener::new(
        &window,
        "pagehide",
        |_| run_now(),
    )];
    if let Some(document) = window.document() {
        let hidden_of = document.clone();
        listeners.push(gloo::events::EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                if hidden_of.hidden() {
                    run_now();
                }
            },
        ));
    }
    listeners
}
