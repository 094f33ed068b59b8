//! Browser tests of the app: `cargo test --target wasm32-unknown-unknown -p scorecard-app`
//! (runs in headless Chromium through wasm-bindgen-test-runner; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point (clippy.toml's allow-*-in-tests covers only #[test] fns).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::time::Duration;

use wasm_bindgen::JsCast;
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

fn clear_storage() {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        s.clear().unwrap();
    }
}

#[wasm_bindgen_test]
async fn first_visit_ranks_the_demo_in_chinese_and_switches_language() {
    clear_storage();
    let root = mount_point();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(root.clone()).render();
    let version = scorecard_engine::version();
    let text = settle(&root, |t| t.contains(version) && t.contains("排名")).await;
    assert!(
        text.contains(version),
        "footer shows the engine version: {text:?}"
    );
    assert!(
        text.contains("结果") && text.contains("排名"),
        "Chinese by default"
    );
    let rows = root.query_selector_all("tr[data-unit]").unwrap();
    let ws = scorecard_engine::parse_workspace(scorecard_engine::DEMO_WORKSPACE).unwrap();
    assert_eq!(
        rows.length() as usize,
        ws.units.len(),
        "every demo unit is ranked"
    );
    // The first row is rank 1.
    let first = root
        .query_selector("tr[data-unit] [data-field=rank]")
        .unwrap()
        .unwrap();
    assert_eq!(first.text_content().unwrap().trim(), "1");

    // Switch to English through the header's select.
    let select: web_sys::HtmlSelectElement = root
        .query_selector("[data-testid=language-select]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("en");
    select
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("change", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    let text = settle(&root, |t| t.contains("Rank")).await;
    assert!(
        text.contains("Results") && text.contains("Rank"),
        "English after the switch: {text:?}"
    );
    // The choice is remembered (autosave runs as an effect after the render).
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut saved = String::new();
    for _ in 0..100 {
        saved = storage
            .get_item("scorecard.ui.v1")
            .unwrap()
            .unwrap_or_default();
        if saved.contains("\"lang\":\"en\"") {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(saved.contains("\"lang\":\"en\""), "{saved}");
    handle.destroy();
    clear_storage();
}
