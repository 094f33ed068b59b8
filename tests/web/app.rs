//! The first visit: nothing stored, so the app opens on the demo, ranked, in Chinese; the
//! header's language select switches to English and the choice is saved.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- app::`.

use scorecard_app::browser::storage::UI_KEY;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{
    choose, clear_storage, close, eventually, find_all, mount, saved, text, wait_for,
};

#[wasm_bindgen_test]
async fn first_visit_ranks_the_demo_in_chinese_and_switches_language() {
    clear_storage();
    let (root, handle) = mount();
    let version = scorecard_engine::version();
    let page = |r: &web_sys::Element| r.text_content().unwrap_or_default();
    wait_for(&root, |r| {
        page(r).contains(version) && page(r).contains("排名")
    })
    .await;
    let text_now = page(&root);
    assert!(
        text_now.contains(version),
        "footer shows the engine version: {text_now:?}"
    );
    assert!(
        text_now.contains("结果") && text_now.contains("排名"),
        "Chinese by default"
    );
    let ws = scorecard_engine::parse_workspace(scorecard_engine::DEMO_WORKSPACE).unwrap();
    assert_eq!(
        find_all(&root, "tr[data-unit]").len(),
        ws.units.len(),
        "every demo unit is ranked"
    );
    // The first row is rank 1.
    assert_eq!(text(&root, "tr[data-unit] [data-field=rank]").trim(), "1");

    // Switch to English through the header's select.
    choose(&root, "[data-testid=language-select]", "en");
    wait_for(&root, |r| page(r).contains("Rank")).await;
    let text_now = page(&root);
    assert!(
        text_now.contains("Results") && text_now.contains("Rank"),
        "English after the switch: {text_now:?}"
    );
    // The choice is remembered (autosave runs as an effect after the render).
    let lang_en = || saved(UI_KEY).contains("\"lang\":\"en\"");
    assert!(eventually(lang_en).await, "{}", saved(UI_KEY));
    close(root, handle);
}
