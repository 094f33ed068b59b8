//! Browser tests of the simulation tools (self-assessment sandbox and goal seek, appeals,
//! rank stability) on the file-format example:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p scorecard-app --test web_sim_tools`.
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use scorecard_app::browser::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Clears the saved state, stores the example workspace (zd1 scores 90.46 in 2026Q1) and
/// renders the app into a fresh `<div>`.
fn start() -> (Element, yew::AppHandle<scorecard_app::App>) {
    let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    s.clear().unwrap();
    storage::save(storage::WORKSPACE_KEY, scorecard_engine::EXAMPLE_WORKSPACE).unwrap();
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(div.clone()).render();
    (div, handle)
}

/// Waits (up to about 5 s) until `find` gives something.
async fn until<T>(find: impl Fn() -> Option<T>) -> T {
    for _ in 0..500 {
        if let Some(x) = find() {
            return x;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting");
}

/// Lets Yew render what the last event scheduled (callbacks capture the rendered state).
async fn rendered() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

fn q(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &Element, selector: &str) -> Option<String> {
    q(root, selector).map(|e| e.text_content().unwrap_or_default().trim().to_string())
}

async fn click(root: &Element, selector: &str) {
    let el = until(|| q(root, selector)).await;
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    rendered().await;
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let el = until(|| q(root, selector)).await;
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    }
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    rendered().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let el = until(|| q(root, selector)).await;
    el.dyn_ref::<HtmlSelectElement>().unwrap().set_value(value);
    el.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    rendered().await;
}

async fn open(root: &Element, part: &str) {
    click(root, "[data-testid=tab-simulate]").await;
    click(root, &format!("[data-testid=sim-{part}]")).await;
}

/// The results table's score of a unit.
async fn published_score(root: &Element, unit: &str) -> String {
    click(root, "[data-testid=tab-results]").await;
    until(|| text(root, &format!("tr[data-unit={unit}] [data-field=score]"))).await
}

#[wasm_bindgen_test]
async fn a_sandbox_edit_predicts_but_leaves_the_workspace() {
    let (root, handle) = start();
    open(&root, "self").await;
    // zd1, 2026Q1: progress 0.92 → 0.80 lowers S by 2.7·1.05: 90.46 → 87.62.
    type_into(&root, "input[data-path=\"values.progress\"]", "0.80").await;
    let predicted =
        until(|| text(&root, "[data-testid=predicted-score]").filter(|t| t == "87.62")).await;
    assert_eq!(predicted, "87.62");
    assert_eq!(
        text(&root, "[data-testid=published-score]").unwrap(),
        "90.46"
    );
    assert!(text(&root, "[data-testid=self-edits]")
        .unwrap()
        .contains('1'));
    // The workspace is untouched: the results table still says 90.46.
    assert_eq!(published_score(&root, "zd1").await, "90.46");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn an_invalid_sandbox_value_shows_its_error_at_the_field() {
    let (root, handle) = start();
    open(&root, "self").await;
    type_into(&root, "input[data-path=\"values.plans\"]", "abc").await;
    let err = until(|| text(&root, "tr[data-row=\"values.plans\"] [role=alert]")).await;
    assert!(!err.is_empty());
    assert!(q(&root, "[data-testid=sandbox-invalid]").is_some());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn goal_seek_on_the_example_gives_a_value() {
    let (root, handle) = start();
    open(&root, "self").await;
    choose(&root, "[data-testid=goal-indicator]", "progress").await;
    choose(&root, "[data-testid=goal-target]", "4").await;
    type_into(&root, "[data-testid=goal-score]", "91").await;
    click(&root, "[data-testid=goal-run]").await;
    // S = 90.46 at 0.92; each 0.01 of progress moves S by 0.5·0.45·1.05 = 0.23625, so 91
    // needs a little over 0.9423: the engine's exact answer.
    let answer = until(|| text(&root, "[data-testid=goal-value]")).await;
    assert!(answer.contains("0.94"), "{answer}");
    // Putting it into the sandbox predicts at least 91.
    click(&root, "[data-testid=goal-use]").await;
    let predicted =
        until(|| text(&root, "[data-testid=predicted-score]").filter(|t| t != "90.46")).await;
    assert_eq!(predicted, "91.00");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn an_upheld_appeal_changes_the_score_and_is_listed() {
    let (root, handle) = start();
    open(&root, "appeals").await;
    choose(&root, "[data-testid=appeal-unit]", "zd1").await;
    choose(
        &root,
        "[data-testid=appeal-input]",
        "values.quality.audited",
    )
    .await;
    assert_eq!(
        text(&root, "[data-testid=appeal-original]").unwrap(),
        "0.95"
    );
    type_into(&root, "[data-testid=appeal-requested]", "0.98").await;
    type_into(&root, "[data-testid=appeal-reason]", "审计口径有误").await;
    click(&root, "[data-testid=appeal-record]").await;
    until(|| q(&root, "tr[data-appeal=A1][data-status=pending]")).await;
    // The preview shows the whole cohort; zd1 goes 90.46 → 92.58.
    let after = until(|| {
        text(
            &root,
            "[data-testid=appeal-diff] tr[data-unit=zd1] [data-field=after-score]",
        )
    })
    .await;
    assert_eq!(after, "92.58");
    click(&root, "[data-testid=appeal-uphold-A1]").await;
    until(|| q(&root, "tr[data-appeal=A1][data-status=upheld]")).await;
    assert_eq!(published_score(&root, "zd1").await, "92.58");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_small_stability_run_gives_probabilities_summing_to_100() {
    let (root, handle) = start();
    open(&root, "stability").await;
    type_into(&root, "[data-testid=stability-samples]", "200").await;
    click(&root, "[data-testid=stability-run]").await;
    until(|| q(&root, "[data-testid=stability-status]")).await;
    let progress = q(&root, "[data-testid=stability-progress]").unwrap();
    assert_eq!(
        progress.get_attribute("aria-valuenow").as_deref(),
        Some("200")
    );
    let rows = root
        .query_selector_all("[data-testid=stability-table] tbody tr")
        .unwrap();
    assert!(rows.length() > 0);
    for i in 0..rows.length() {
        let row = rows.item(i).unwrap().dyn_into::<Element>().unwrap();
        let cells = row.query_selector_all("[data-field=p]").unwrap();
        assert_eq!(cells.length(), 4);
        let tenths: i64 = (0..cells.length())
            .map(|j| {
                let t = cells.item(j).unwrap().text_content().unwrap();
                let t = t.trim().trim_end_matches('%').replace('.', "");
                t.parse::<i64>().unwrap()
            })
            .sum();
        assert_eq!(tenths, 1000, "row {i} sums to {tenths} tenths of a percent");
    }
    handle.destroy();
}
