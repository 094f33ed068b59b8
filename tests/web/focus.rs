//! Handing the focus on after a change (`browser::focus::focus_after_render`): it lands on an
//! element that takes focus only a while later (still inside an inert layer when the first try
//! runs, as after a dialog closes on a busy machine), and it never takes the focus back from
//! where the user has put it meanwhile.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- focus::`.

use scorecard_app::browser::focus::focus_after_render;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use crate::support::eventually;

/// A layer holding a button `#id`, inert at first, added to the page.
fn inert_layer(id: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let layer = doc.create_element("div").unwrap();
    layer.set_attribute("inert", "").unwrap();
    layer.set_inner_html(&format!(
        "<button id={id}>{id}</button><button id={id}-other>other</button>"
    ));
    doc.body().unwrap().append_child(&layer).unwrap();
    layer
}

fn focused_id() -> String {
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.active_element().map(|a| a.id()).unwrap_or_default()
}

async fn sleep(ms: u64) {
    yew::platform::time::sleep(std::time::Duration::from_millis(ms)).await;
}

#[wasm_bindgen_test]
async fn the_focus_lands_once_the_element_can_take_it() {
    let layer = inert_layer("late");
    focus_after_render(vec!["#late".into()]);
    sleep(80).await;
    assert_ne!(focused_id(), "late", "an inert button takes no focus");
    layer.remove_attribute("inert").unwrap();
    assert!(
        eventually(|| focused_id() == "late").await,
        "the focus lands once the layer is live"
    );
    layer.remove();
}

#[wasm_bindgen_test]
async fn the_focus_the_user_placed_meanwhile_stays() {
    let layer = inert_layer("wanted");
    focus_after_render(vec!["#wanted".into()]);
    sleep(60).await;
    layer.remove_attribute("inert").unwrap();
    // The user is quicker than the next try: the focus they put somewhere stays there.
    let other = layer.query_selector("#wanted-other").unwrap().unwrap();
    other.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    sleep(200).await;
    assert_eq!(focused_id(), "wanted-other");
    layer.remove();
}
