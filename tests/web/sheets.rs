//! The files screen's spreadsheet import, as a user drives it: a CSV chosen in the import
//! input is previewed (counts, one row per change, labels not paths) without changing
//! anything; applying it changes the results; a bad CSV lists its problems with their places
//! in Chinese. (Workbooks need the on-demand module, which only a built page has: the
//! end-to-end tests cover them.)
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- sheets::`.

use scorecard_engine::model::InputValue;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{click, close, example, find_all, fire, gone, open_app, shown, text};

/// A unit, period and value indicator of the example with a plain figure, that figure, and
/// the indicator's name.
fn target() -> (String, String, String, String, String) {
    let ws = scorecard_engine::parse_workspace(scorecard_engine::EXAMPLE_WORKSPACE).unwrap();
    let (r, ind, v) = ws
        .records
        .iter()
        .find_map(|r| {
            r.values.iter().find_map(|(k, v)| match v {
                InputValue::Plain(d) => Some((r, k.clone(), d.to_string())),
                InputValue::Audited { .. } => None,
            })
        })
        .unwrap();
    let name = ws.plan.indicator(&ind).unwrap().name.clone();
    (r.unit.clone(), r.period.clone(), ind, v, name)
}

/// Chooses a file with `text` as the spreadsheet to import (a `change` event, as the file
/// dialog gives).
fn choose_csv(root: &Element, name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: web_sys::HtmlInputElement = crate::support::get(root, "[data-testid=import-sheet]")
        .dyn_into()
        .unwrap();
    input.set_files(transfer.files().as_ref());
    fire(&input, "change");
}

#[wasm_bindgen_test]
async fn a_csv_is_previewed_then_applied() {
    let (unit, period, ind, old, name) = target();
    let new = if old == "0.5" { "0.4" } else { "0.5" };
    let (root, handle) = open_app(&example(), "files", "[data-testid=import-sheet]").await;
    let csv = format!("\u{feff}单位 [unit],期间 [period],x [{ind}]\r\n{unit},{period},{new}\r\n");
    choose_csv(&root, "数据.csv", &csv);
    let row = shown(&root, "[data-testid=sheet-changes] tbody tr").await;
    assert_eq!(
        find_all(&root, "[data-testid=sheet-changes] tbody tr").len(),
        1
    );
    assert_eq!(
        row.get_attribute("data-unit").as_deref(),
        Some(unit.as_str())
    );
    assert_eq!(
        row.get_attribute("data-field"),
        Some(format!("values.{ind}"))
    );
    let shown_text = row.text_content().unwrap_or_default();
    assert!(
        shown_text.contains(&name),
        "the indicator by its name: {shown_text}"
    );
    assert!(!shown_text.contains("values."), "no path: {shown_text}");
    assert!(shown_text.contains(new), "{shown_text}");
    assert!(text(&root, "[data-testid=sheet-counts]").contains("修改 1 项"));

    click(&root, "[data-testid=apply-sheet]");
    gone(&root, "[data-testid=sheet-preview]").await;
    // The open document now holds the new figure: exporting the workspace would write it (the
    // autosave writes it once the frame showing the change is painted: waited for).
    let saved_value = || {
        let saved = crate::support::saved(scorecard_app::browser::storage::WORKSPACE_KEY);
        let doc = scorecard_engine::json::parse(&saved).ok()?;
        let ws = scorecard_engine::parse::workspace_from_value(&doc).ok()?;
        let r = ws
            .records
            .iter()
            .find(|r| r.unit == unit && r.period == period)?;
        r.values.get(&ind).map(|v| v.scored().to_string())
    };
    assert!(
        crate::support::eventually(|| saved_value().as_deref() == Some(new)).await,
        "saved {:?}, not {new}",
        saved_value()
    );
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_bad_csv_lists_its_problems_with_their_places() {
    let (unit, period, ind, _, _) = target();
    let (root, handle) = open_app(&example(), "files", "[data-testid=import-sheet]").await;
    let csv = format!("单位 [unit],期间 [period],指标 [{ind}]\n{unit},{period},九十\n");
    choose_csv(&root, "bad.csv", &csv);
    let list = shown(&root, "[data-testid=sheet-errors] li").await;
    let line = list.text_content().unwrap_or_default();
    assert!(
        line.starts_with("工作表「CSV」第 2 行 C 列(指标):“九十” 不是数字"),
        "{line}"
    );
    assert!(crate::support::find(&root, "[data-testid=sheet-preview]").is_none());
    close(root, handle);
}
