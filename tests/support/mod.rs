//! Helpers shared by the browser tests (`tests/web_*.rs`): seeding the app's storage,
//! mounting the whole `App`, waiting for the DOM, and firing the events a user's input gives.
#![allow(dead_code)] // each test file uses its own subset

use std::time::Duration;

use scorecard_engine::json::{self, Value};
use wasm_bindgen::JsCast;

/// The page's localStorage.
pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Clears storage, then saves `doc` as the workspace and opens `screen` on 2026Q1 in Chinese.
pub fn seed(doc: &Value, screen: &str) {
    let s = storage();
    s.clear().unwrap();
    s.set_item("scorecard.workspace.v1", &doc.to_compact())
        .unwrap();
    s.set_item(
        "scorecard.ui.v1",
        &format!(r#"{{"lang":"zh-CN","period":"2026Q1","scenario":null,"screen":"{screen}"}}"#),
    )
    .unwrap();
}

/// The example workspace of the format spec.
pub fn example() -> Value {
    json::parse(scorecard_engine::EXAMPLE_WORKSPACE).unwrap()
}

/// A fresh `<div>` in the document body.
pub fn mount_point() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Waits (up to about two seconds) until `done` holds of the root.
pub async fn wait_for(root: &web_sys::Element, done: impl Fn(&web_sys::Element) -> bool) -> bool {
    for _ in 0..200 {
        if done(root) {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    done(root)
}

/// The first element matching `selector` under the root.
pub fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).unwrap()
}

/// The text of the first element matching `selector` ("" when none).
pub fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// An attribute of the first element matching `selector`.
pub fn attr(root: &web_sys::Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).and_then(|e| e.get_attribute(name))
}

/// Dispatches a bubbling event of `kind`.
pub fn fire(el: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// Clicks the first element matching `selector`.
pub fn click(root: &web_sys::Element, selector: &str) {
    fire(
        &find(root, selector).unwrap_or_else(|| panic!("nothing at {selector}")),
        "click",
    );
}

/// The input matching `selector`.
pub fn input(root: &web_sys::Element, selector: &str) -> web_sys::HtmlInputElement {
    find(root, selector)
        .unwrap_or_else(|| panic!("no input at {selector}"))
        .dyn_into()
        .unwrap()
}

/// Seeds `doc`, mounts the app on `screen` and waits for `ready` to appear.
pub async fn open_app(
    doc: &Value,
    screen: &str,
    ready: &str,
) -> (web_sys::Element, yew::AppHandle<scorecard_app::App>) {
    seed(doc, screen);
    let root = mount_point();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(root.clone()).render();
    assert!(
        wait_for(&root, |r| find(r, ready).is_some()).await,
        "{screen} opens ({ready})"
    );
    (root, handle)
}

/// Unmounts the app and clears storage.
pub fn close(root: web_sys::Element, handle: yew::AppHandle<scorecard_app::App>) {
    handle.destroy();
    root.remove();
    storage().clear().unwrap();
}
