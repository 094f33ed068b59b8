//! The results screen, its receipt and the people screen.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- results::`.
//!
//! Each test clears `localStorage`, stores a workspace there (the app restores it on load,
//! as after a reload) and renders the whole `App`.
use scorecard_engine::json::{self, Value};
use scorecard_engine::path::JsonPath;
use scorecard_engine::EXAMPLE_WORKSPACE;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{choose, click, close, find, find_all, shown, start_with, text, wait_for};

/// The example plus a 2026Q1 record for `kjc` that scores 92.00 (worked in the engine's
/// report tests): kjc ranks 1st and fills the one Excellent place, zd1 (90.46) is Good.
fn two_units() -> String {
    let mut v = json::parse(EXAMPLE_WORKSPACE).unwrap();
    let rec = json::parse(
        r#"{ "unit": "kjc", "period": "2026Q1",
             "values": { "progress": "1", "quality": "0.98", "utilisation": "0.71",
                         "response": "30" },
             "ratings": { "team360": { "superior": ["100"] } },
             "panel": { "panel": [ { "feasibility": "100", "promotion": "100",
                                     "benefit": "100" } ] } }"#,
    )
    .unwrap();
    assert!(v.push_at(&JsonPath::parse("records").unwrap(), rec));
    v.to_compact()
}

/// The unit ids of the ranking rows, top to bottom.
fn row_units(root: &Element) -> Vec<String> {
    find_all(root, "[data-testid=results-table] tbody tr[data-unit]")
        .iter()
        .filter_map(|e| e.get_attribute("data-unit"))
        .collect()
}

#[wasm_bindgen_test]
async fn sorting_by_score_reverses_and_a_grade_filter_hides_rows() {
    let (root, handle) = start_with(&two_units());
    assert!(wait_for(&root, |r| row_units(r).len() == 2).await);
    assert_eq!(row_units(&root), vec!["kjc", "zd1"]);
    assert_eq!(text(&root, "tr[data-unit=kjc] [data-field=score]"), "92.00");

    // Ascending by score: the lowest first.
    click(&root, "th[data-sort=score] button");
    assert!(wait_for(&root, |r| row_units(r) == vec!["zd1", "kjc"]).await);
    assert_eq!(row_units(&root), vec!["zd1", "kjc"]);
    let th = find(&root, "th[data-sort=score]").unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    click(&root, "th[data-sort=score] button");
    assert!(wait_for(&root, |r| row_units(r) == vec!["kjc", "zd1"]).await);
    assert_eq!(row_units(&root), vec!["kjc", "zd1"]);
    let th = find(&root, "th[data-sort=score]").unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));

    // Only Good units: zd1 (at the line, but the one place went to kjc).
    choose(&root, "[data-testid=filter-grade]", "good");
    assert!(wait_for(&root, |r| row_units(r).len() == 1).await);
    assert_eq!(row_units(&root), vec!["zd1"]);
    let shown = text(&root, "[data-testid=rows-shown]");
    assert!(shown.starts_with("显示 1 / 2 个单位"), "{shown}");
    // Only incomplete units: kjc (no `plans` value).
    choose(&root, "[data-testid=filter-grade]", "");
    choose(&root, "[data-testid=filter-flag]", "incomplete");
    assert!(wait_for(&root, |r| row_units(r) == vec!["kjc"]).await);
    assert_eq!(row_units(&root), vec!["kjc"]);
    click(&root, "[data-testid=filter-clear]");
    assert!(wait_for(&root, |r| row_units(r).len() == 2).await);
    assert_eq!(row_units(&root).len(), 2);
    close(root, handle);
}

#[wasm_bindgen_test]
async fn people_show_linked_parts_and_the_host_unit() {
    let (root, handle) = start_with(&two_units());
    shown(&root, "[data-testid=tab-people]").await;
    click(&root, "[data-testid=tab-people]");
    shown(&root, "[data-testid=people-table]").await;
    // p001: 0.7·86.5 = 60.55 and 0.3·90.46 = 27.138 → 87.69
    let p1 = text(&root, "tr[data-person=p001]");
    assert!(p1.contains("60.5500") && p1.contains("27.1380"), "{p1}");
    assert_eq!(
        text(&root, "tr[data-person=p001] [data-field=score]"),
        "87.69"
    );
    // p002, seconded to 科技處 (kjc, 92.00): 0.7·90 + 0.3·92 = 90.60
    assert!(text(&root, "tr[data-person=p002] [data-field=linked-unit]").contains("科技處"));
    assert_eq!(
        text(&root, "tr[data-person=p002] [data-field=score]"),
        "90.60"
    );
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_new_hire_is_scored_but_not_graded() {
    let mut v = json::parse(EXAMPLE_WORKSPACE).unwrap();
    v.set_at(
        &JsonPath::parse("people[0].status").unwrap(),
        Value::str("new"),
    );
    v.set_at(
        &JsonPath::parse("people[0].months_in_post").unwrap(),
        Value::Number("3".into()),
    );
    let (root, handle) = start_with(&v.to_compact());
    shown(&root, "[data-testid=tab-people]").await;
    click(&root, "[data-testid=tab-people]");
    shown(&root, "tr[data-person=p001]").await;
    assert_eq!(
        text(&root, "tr[data-person=p001] [data-field=score]"),
        "87.69"
    );
    assert!(find(&root, "tr[data-person=p001] .not-graded").is_some());
    // kjc is not scored in 2026Q1: the seconded p002 has no linked score, and says why
    assert!(text(&root, "tr[data-person=p002] [data-field=score]").contains("未参评"));
    close(root, handle);
}
