//! What every browser test needs: the app's storage (cleared, seeded, read back), mounting the
//! whole `App`, waiting for the DOM to show something, and the events a user's input gives.
//!
//! Waiting: [`until`] polls a probe and gives back what it found (and fails the test when
//! nothing came within [`TIMEOUT`]), [`shown`] and [`gone`] wait for an element to come or go;
//! [`wait_for`] and [`eventually`] give a `bool` to assert with a message that shows the state;
//! [`rendered`] lets Yew render what was just dispatched.
//!
//! Acting: [`click`], [`type_into`] (an `input` event, as each keystroke gives), [`enter`] (a
//! `change` event, as leaving the field gives), [`drag`] (a slider: `input` then `change`) and
//! [`choose`] (a select's `change`) act at once on what is rendered now; the [`step`] versions
//! first wait for the control, then let Yew render before the next step.
#![allow(dead_code)] // each module uses its own subset

use std::time::Duration;

use scorecard_app::browser::storage::{UI_KEY, WORKSPACE_KEY};
use scorecard_engine::json::{self, Value};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The mounted app, to destroy at the end of a test ([`close`]).
pub type Handle = yew::AppHandle<scorecard_app::App>;

/// How long a wait lasts before the test fails (generous: a debug build on a slow, loaded
/// machine renders the whole app in a second or more; a passing test waits only as long as it
/// must).
pub const TIMEOUT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(10);

// ---- storage --------------------------------------------------------------------------------

/// The page's localStorage.
pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Empties localStorage (a first visit).
pub fn clear_storage() {
    storage().clear().unwrap();
}

/// The stored text under `key` ("" when none).
pub fn saved(key: &str) -> String {
    storage().get_item(key).unwrap().unwrap_or_default()
}

/// Clears storage, then saves `doc` as the workspace and opens `screen` on 2026Q1 in Chinese.
pub fn seed(doc: &Value, screen: &str) {
    clear_storage();
    storage()
        .set_item(WORKSPACE_KEY, &doc.to_compact())
        .unwrap();
    storage()
        .set_item(
            UI_KEY,
            &format!(r#"{{"lang":"zh-CN","period":"2026Q1","scenario":null,"screen":"{screen}"}}"#),
        )
        .unwrap();
}

/// The example workspace of the format spec.
pub fn example() -> Value {
    json::parse(scorecard_engine::EXAMPLE_WORKSPACE).unwrap()
}

// ---- mounting -------------------------------------------------------------------------------

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh `<div>` in the document body.
pub fn mount_point() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// Renders the whole app into a fresh `<div>` with whatever storage holds now.
pub fn mount() -> (Element, Handle) {
    let root = mount_point();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(root.clone()).render();
    (root, handle)
}

/// Seeds `doc` on `screen` (2026Q1, Chinese, see [`seed`]) and mounts the app.
pub fn start(doc: &Value, screen: &str) -> (Element, Handle) {
    seed(doc, screen);
    mount()
}

/// Clears storage, stores `workspace` (JSON text) as the saved workspace and nothing else (the
/// app picks its own period, screen and language, as after a first import), and mounts the app.
pub fn start_with(workspace: &str) -> (Element, Handle) {
    clear_storage();
    storage().set_item(WORKSPACE_KEY, workspace).unwrap();
    mount()
}

/// [`start`], then waits for `ready` to appear.
pub async fn open_app(doc: &Value, screen: &str, ready: &str) -> (Element, Handle) {
    let (root, handle) = start(doc, screen);
    shown(&root, ready).await;
    (root, handle)
}

/// Unmounts the app, removes its `<div>` and clears storage.
pub fn close(root: Element, handle: Handle) {
    handle.destroy();
    root.remove();
    clear_storage();
}

// ---- waiting --------------------------------------------------------------------------------

/// Polls `probe` (now, then every 10 ms) until it gives something or [`TIMEOUT`] has passed.
/// Each probe runs once Yew has finished the renders it has begun (`yew::scheduler::flush`):
/// Yew renders in steps with tasks between them on a slow machine, and a probe between two
/// steps could find a row whose cells are not rendered yet, and a test asserting on them next
/// would fail with no fault in the app.
pub async fn poll<T>(mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let tries = TIMEOUT.as_millis() / POLL.as_millis();
    for _ in 0..tries {
        yew::scheduler::flush().await;
        if let Some(x) = probe() {
            return Some(x);
        }
        yew::platform::time::sleep(POLL).await;
    }
    yew::scheduler::flush().await;
    probe()
}

/// Waits until `probe` gives something and returns it; fails the test on a timeout.
pub async fn until<T>(probe: impl FnMut() -> Option<T>) -> T {
    poll(probe)
        .await
        .unwrap_or_else(|| panic!("timed out after {TIMEOUT:?} waiting"))
}

/// Waits until `done` holds; whether it did (assert it, with a message showing the state).
pub async fn eventually(done: impl Fn() -> bool) -> bool {
    poll(|| done().then_some(())).await.is_some()
}

/// Waits until `done` holds of the root; whether it did.
pub async fn wait_for(root: &Element, done: impl Fn(&Element) -> bool) -> bool {
    eventually(|| done(root)).await
}

/// Waits until an element matches `selector` and returns it; fails the test, naming the
/// selector, on a timeout.
pub async fn shown(root: &Element, selector: &str) -> Element {
    poll(|| find(root, selector))
        .await
        .unwrap_or_else(|| panic!("nothing at {selector} after {TIMEOUT:?}"))
}

/// Waits until nothing matches `selector`; fails the test, naming the selector, on a timeout.
pub async fn gone(root: &Element, selector: &str) {
    let left = eventually(|| find(root, selector).is_none()).await;
    assert!(left, "{selector} still there after {TIMEOUT:?}");
}

/// Lets Yew render what the last event scheduled (callbacks capture the rendered state).
pub async fn rendered() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    yew::scheduler::flush().await;
}

// ---- reading --------------------------------------------------------------------------------

/// The first element matching `selector` under the root.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

/// The first element matching `selector`; fails the test when there is none.
pub fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("nothing at {selector}"))
}

/// The elements matching `selector`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The text of the first element matching `selector`, if there is one.
pub fn try_text(root: &Element, selector: &str) -> Option<String> {
    find(root, selector).map(|e| e.text_content().unwrap_or_default())
}

/// The text of the first element matching `selector` ("" when none).
pub fn text(root: &Element, selector: &str) -> String {
    try_text(root, selector).unwrap_or_default()
}

/// An attribute of the first element matching `selector`.
pub fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).and_then(|e| e.get_attribute(name))
}

/// The input matching `selector`.
pub fn input(root: &Element, selector: &str) -> HtmlInputElement {
    get(root, selector).dyn_into().unwrap()
}

/// The value of the input matching `selector`.
pub fn value(root: &Element, selector: &str) -> String {
    input(root, selector).value()
}

/// `[data-testid='id']`.
pub fn testid(id: &str) -> String {
    format!("[data-testid='{id}']")
}

/// Whether keyboard focus is inside an element matching `selector`.
pub fn focus_is_inside(selector: &str) -> bool {
    document()
        .active_element()
        .is_some_and(|a| a.closest(selector).ok().flatten().is_some())
}

// ---- acting ---------------------------------------------------------------------------------

/// Dispatches a bubbling event of `kind` (as the browser's own `input`, `change`, `submit`).
pub fn fire(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// Clicks the first element matching `selector` (`HTMLElement.click()`: a real click event).
pub fn click(root: &Element, selector: &str) {
    get(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Sets the value of an input, text area or select.
fn set_value(el: &Element, v: &str) {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(v);
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(v);
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.set_value(v);
    } else {
        panic!("{} takes no value", el.tag_name());
    }
}

/// Types `v` into the input (or text area) at `selector`: an `input` event, as each keystroke gives.
pub fn type_into(root: &Element, selector: &str, v: &str) {
    let el = get(root, selector);
    set_value(&el, v);
    fire(&el, "input");
}

/// Types `v` into the input at `selector` and leaves it: a `change` event.
pub fn enter(root: &Element, selector: &str, v: &str) {
    let el = get(root, selector);
    set_value(&el, v);
    fire(&el, "change");
}

/// Drags the range input at `selector` to `v`: `input` while moving, `change` on release.
pub fn drag(root: &Element, selector: &str, v: &str) {
    let el = get(root, selector);
    set_value(&el, v);
    fire(&el, "input");
    fire(&el, "change");
}

/// Chooses `v` in the select at `selector`: a `change` event, as a user's choice gives.
pub fn choose(root: &Element, selector: &str, v: &str) {
    let el = get(root, selector);
    el.dyn_ref::<HtmlSelectElement>()
        .unwrap_or_else(|| panic!("{selector} is not a select"))
        .set_value(v);
    fire(&el, "change");
}

/// The actions as a user takes them one after another: wait for the control to be there, act,
/// then let Yew render before the next step.
pub mod step {
    use super::{rendered, shown};
    use web_sys::Element;

    pub async fn click(root: &Element, selector: &str) {
        shown(root, selector).await;
        super::click(root, selector);
        rendered().await;
    }

    pub async fn type_into(root: &Element, selector: &str, v: &str) {
        shown(root, selector).await;
        super::type_into(root, selector, v);
        rendered().await;
    }

    pub async fn choose(root: &Element, selector: &str, v: &str) {
        shown(root, selector).await;
        super::choose(root, selector, v);
        rendered().await;
    }
}
