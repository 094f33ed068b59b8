//! Browser tests of the app: `cargo test --target wasm32-unknown-unknown -p scorecard-app`
//! (runs in headless Chromium through wasm-bindgen-test-runner; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point (clippy.toml's allow-*-in-tests covers only #[test] fns).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::time::Duration;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` appended to the document body, to mount a component into.
fn mount_point() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("no document");
    let div = document.create_element("div").expect("create_element");
    let body = document.body().expect("no body");
    body.append_child(&div).expect("append_child");
    div
}

/// Let Yew's scheduler run until `done` holds (or about a second has passed).
async fn settle(root: &web_sys::Element, done: impl Fn(&str) -> bool) -> String {
    let mut text = String::new();
    for _ in 0..100 {
        yew::platform::time::sleep(Duration::from_millis(10)).await;
        text = root.text_content().unwrap_or_default();
        if done(&text) {
            break;
        }
    }
    text
}

#[wasm_bindgen_test]
async fn app_renders_engine_version() {
    let root = mount_point();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(root.clone()).render();
    let version = scorecard_engine::version();
    let text = settle(&root, |t| t.contains(version)).await;
    assert!(
        text.contains(version),
        "rendered app should show engine version {version:?}, got {text:?}"
    );
    handle.destroy();
}
