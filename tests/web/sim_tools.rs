//! Browser tests of the simulation tools (self-assessment sandbox and goal seek, appeals,
//! rank stability) on the file-format example, stored as the only saved state (zd1 scores
//! 90.46 in 2026Q1). Each step waits for its control and lets Yew render before the next.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- sim_tools::`.
use scorecard_engine::EXAMPLE_WORKSPACE;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::step::{choose, click, type_into};
use crate::support::{close, find, find_all, shown, start_with, try_text, until, Handle};

/// The app on the example, on the simulation screen's part `part` (`self`, `appeals`,
/// `stability`).
async fn open(part: &str) -> (Element, Handle) {
    let (root, handle) = start_with(EXAMPLE_WORKSPACE);
    click(&root, "[data-testid=tab-simulate]").await;
    click(&root, &format!("[data-testid=sim-{part}]")).await;
    (root, handle)
}

/// The results table's score of a unit.
async fn published_score(root: &Element, unit: &str) -> String {
    click(root, "[data-testid=tab-results]").await;
    until(|| try_text(root, &format!("tr[data-unit={unit}] [data-field=score]"))).await
}

#[wasm_bindgen_test]
async fn a_sandbox_edit_predicts_but_leaves_the_workspace() {
    let (root, handle) = open("self").await;
    // zd1, 2026Q1: progress 0.92 → 0.80 lowers S by 2.7·1.05: 90.46 → 87.62.
    type_into(&root, "input[data-path=\"values.progress\"]", "0.80").await;
    let predicted =
        until(|| try_text(&root, "[data-testid=predicted-score]").filter(|t| t == "87.62")).await;
    assert_eq!(predicted, "87.62");
    assert_eq!(
        try_text(&root, "[data-testid=published-score]").unwrap(),
        "90.46"
    );
    assert!(try_text(&root, "[data-testid=self-edits]")
        .unwrap()
        .contains('1'));
    // The workspace is untouched: the results table still says 90.46.
    assert_eq!(published_score(&root, "zd1").await, "90.46");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn an_invalid_sandbox_value_shows_its_error_at_the_field() {
    let (root, handle) = open("self").await;
    type_into(&root, "input[data-path=\"values.plans\"]", "abc").await;
    let err = until(|| try_text(&root, "tr[data-row=\"values.plans\"] [role=alert]")).await;
    assert!(!err.is_empty());
    assert!(find(&root, "[data-testid=sandbox-invalid]").is_some());
    close(root, handle);
}

#[wasm_bindgen_test]
async fn goal_seek_on_the_example_gives_a_value() {
    let (root, handle) = open("self").await;
    choose(&root, "[data-testid=goal-indicator]", "progress").await;
    choose(&root, "[data-testid=goal-target]", "4").await;
    type_into(&root, "[data-testid=goal-score]", "91").await;
    click(&root, "[data-testid=goal-run]").await;
    // S = 90.46 at 0.92; each 0.01 of progress moves S by 0.5·0.45·1.05 = 0.23625, so 91
    // needs a little over 0.9423: the engine's exact answer.
    let answer = until(|| try_text(&root, "[data-testid=goal-value]")).await;
    assert!(answer.contains("0.94"), "{answer}");
    // Putting it into the sandbox predicts at least 91.
    click(&root, "[data-testid=goal-use]").await;
    let predicted =
        until(|| try_text(&root, "[data-testid=predicted-score]").filter(|t| t != "90.46")).await;
    assert_eq!(predicted, "91.00");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn an_upheld_appeal_changes_the_score_and_is_listed() {
    let (root, handle) = open("appeals").await;
    choose(&root, "[data-testid=appeal-unit]", "zd1").await;
    choose(
        &root,
        "[data-testid=appeal-input]",
        "values.quality.audited",
    )
    .await;
    assert_eq!(
        try_text(&root, "[data-testid=appeal-original]").unwrap(),
        "0.95"
    );
    type_into(&root, "[data-testid=appeal-requested]", "0.98").await;
    type_into(&root, "[data-testid=appeal-reason]", "审计口径有误").await;
    click(&root, "[data-testid=appeal-record]").await;
    shown(&root, "tr[data-appeal=A1][data-status=pending]").await;
    // The preview shows the whole cohort; zd1 goes 90.46 → 92.58.
    let after = until(|| {
        try_text(
            &root,
            "[data-testid=appeal-diff] tr[data-unit=zd1] [data-field=after-score]",
        )
    })
    .await;
    assert_eq!(after, "92.58");
    click(&root, "[data-testid=appeal-uphold-A1]").await;
    shown(&root, "tr[data-appeal=A1][data-status=upheld]").await;
    assert_eq!(published_score(&root, "zd1").await, "92.58");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_small_stability_run_gives_probabilities_summing_to_100() {
    let (root, handle) = open("stability").await;
    type_into(&root, "[data-testid=stability-samples]", "200").await;
    click(&root, "[data-testid=stability-run]").await;
    shown(&root, "[data-testid=stability-status]").await;
    let progress = find(&root, "[data-testid=stability-progress]").unwrap();
    assert_eq!(
        progress.get_attribute("aria-valuenow").as_deref(),
        Some("200")
    );
    let rows = find_all(&root, "[data-testid=stability-table] tbody tr");
    assert!(!rows.is_empty());
    for (i, row) in rows.iter().enumerate() {
        let cells = find_all(row, "[data-field=p]");
        assert_eq!(cells.len(), 4);
        let tenths: i64 = cells
            .iter()
            .map(|c| {
                let t = c.text_content().unwrap();
                let t = t.trim().trim_end_matches('%').replace('.', "");
                t.parse::<i64>().unwrap()
            })
            .sum();
        assert_eq!(tenths, 1000, "row {i} sums to {tenths} tenths of a percent");
    }
    // The heatmap: every row spans the header's rank columns, and each rank's cell stands
    // in its own column (rows hold only their band of ranks, spacers span the rest).
    // The heatmap draws its rows a batch per task after the table: wait until it is whole.
    until(|| find(&root, "[data-testid=stability-heatmap][aria-busy=false]").map(|_| ())).await;
    let columns = find_all(&root, "[data-testid=stability-heatmap] thead th.rank-h").len();
    assert_eq!(columns, rows.len());
    let heat = find_all(&root, "[data-testid=stability-heatmap] tbody tr");
    assert_eq!(heat.len(), rows.len());
    for row in &heat {
        let mut column = 0;
        let mut with_text = 0;
        for td in find_all(row, "td") {
            if let Some(rank) = td.get_attribute("data-rank") {
                assert_eq!(
                    rank.parse::<usize>().unwrap(),
                    column + 1,
                    "rank in its column"
                );
                with_text += usize::from(!td.text_content().unwrap().trim().is_empty());
            }
            let span: usize = td
                .get_attribute("colspan")
                .map_or(1, |c| c.parse().unwrap());
            column += span;
        }
        assert_eq!(column, columns, "{:?}", row.get_attribute("data-unit"));
        assert!(with_text >= 1, "a unit reached some rank");
        assert_eq!(
            find_all(row, "td.now").len(),
            1,
            "the rank in force is marked"
        );
    }
    close(root, handle);
}
