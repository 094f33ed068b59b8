//! The data screen. Each test renders the whole `App` on the file-format example (seeded into
//! localStorage, so no demo data is assumed), on the data screen for period 2026Q1.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- data::`.
//!
//! Hand-worked figures of the example's unit zd1 in 2026Q1: task = 0.5·92 + 0.3·85 + 0.2·100
//! = 91.5, team = 85.6, innovation = 75.5, risk = 0.5·88 + 0.5·83.33… = 85.66…, so
//! B = 0.45·91.5 + 0.2·85.6 + 0.2·75.5 + 0.15·85.66… = 86.245 and
//! S = (B − 2)·1.05 + 2 = 90.45725 → 90.46.
use scorecard_app::i18n::{errors::kind_text, Lang};
use scorecard_engine::ErrorKind;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{
    attr, choose, click, close, enter, example, find, fire, get, gone, input, open_app, rendered,
    shown, testid, text, type_into, value, wait_for, Handle,
};

fn score(root: &web_sys::Element, unit: &str) -> String {
    text(root, &format!("tr[data-unit='{unit}'] [data-field=score]"))
}

/// The app on the example's data grid.
async fn open_grid() -> (web_sys::Element, Handle) {
    open_app(&example(), "data", "[data-testid=data-grid]").await
}

/// Whether the input with test id `id` is marked invalid.
fn invalid(root: &web_sys::Element, id: &str) -> bool {
    attr(root, &testid(id), "aria-invalid").as_deref() == Some("true")
}

/// Waits until `unit`'s score reads `want`; fails the test with the score it has.
async fn score_becomes(root: &web_sys::Element, unit: &str, want: &str) {
    let reached = wait_for(root, |r| score(r, unit) == want).await;
    assert!(reached, "{unit} scores {} (not {want})", score(root, unit));
}

#[wasm_bindgen_test]
async fn a_typed_value_rescores_and_an_invalid_one_shows_the_engines_error_at_the_cell() {
    let (root, handle) = open_grid().await;
    assert_eq!(score(&root, "zd1"), "90.46");
    assert_eq!(value(&root, &testid("cell-zd1-progress")), "0.92");

    // Progress 0.92 → 0.80: task −0.5·12 = −6, B −0.45·6 = −2.7, S −2.7·1.05 = −2.835:
    // 90.45725 − 2.835 = 87.62225 → 87.62.
    type_into(&root, &testid("cell-zd1-progress"), "0.8");
    type_into(&root, &testid("cell-zd1-progress"), "0.80");
    score_becomes(&root, "zd1", "87.62").await;
    let cell = "tr[data-unit='zd1'] td[data-indicator='progress']";
    assert_eq!(
        text(&root, &format!("{cell} [data-field=indicator-score]")),
        "得分 80.00"
    );

    // Not a number: the engine's error, in Chinese, under that cell; the last valid score stays.
    type_into(&root, &testid("cell-zd1-progress"), "0.8o");
    let expected = kind_text(Lang::Zh, &ErrorKind::NotADecimal("0.8o".into()));
    assert!(
        wait_for(&root, |r| text(r, &format!("{cell} [role=alert]"))
            == expected)
        .await,
        "error at the cell: {:?}",
        text(&root, &format!("{cell} [role=alert]"))
    );
    let el = input(&root, &testid("cell-zd1-progress"));
    assert_eq!(el.value(), "0.8o", "what was typed stays");
    assert_eq!(el.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = el.get_attribute("aria-describedby").unwrap();
    let alert = find(&root, &format!("{cell} [role=alert]")).unwrap();
    assert_eq!(alert.id(), described);
    assert_eq!(score(&root, "zd1"), "87.62", "the last valid score stays");
    // No other cell is marked.
    assert!(find(&root, "td[data-indicator='plans'] [role=alert]").is_none());

    // Fixed: the error goes.
    type_into(&root, &testid("cell-zd1-progress"), "0.8");
    gone(&root, &format!("{cell} [role=alert]")).await;
    assert_eq!(score(&root, "zd1"), "87.62");

    // Everything typed into the cell is one undo step.
    click(&root, "[data-testid=undo]");
    score_becomes(&root, "zd1", "90.46").await;
    assert_eq!(value(&root, &testid("cell-zd1-progress")), "0.92");

    // English: the same error in English.
    type_into(&root, &testid("cell-zd1-progress"), "x");
    choose(&root, "[data-testid=language-select]", "en");
    let expected = kind_text(Lang::En, &ErrorKind::NotADecimal("x".into()));
    assert!(
        wait_for(&root, |r| text(r, &format!("{cell} [role=alert]"))
            == expected)
        .await,
        "{:?}",
        text(&root, &format!("{cell} [role=alert]"))
    );
    close(root, handle);
}

#[wasm_bindgen_test]
async fn audited_values_are_scored_and_a_unit_without_a_record_joins_when_typed_into() {
    let (root, handle) = open_grid().await;
    // The example's quality is a pair, so the column shows both figures.
    assert_eq!(value(&root, &testid("cell-zd1-quality-reported")), "0.97");
    assert_eq!(value(&root, &testid("cell-zd1-quality-audited")), "0.95");
    // Audited 0.95 → 0.90: band 85 → 70, task −0.3·15 = −4.5, B −2.025, S −2.12625:
    // 90.45725 − 2.12625 = 88.331 → 88.33. The reported figure is not scored.
    type_into(&root, &testid("cell-zd1-quality-audited"), "0.90");
    score_becomes(&root, "zd1", "88.33").await;
    type_into(&root, &testid("cell-zd1-quality-reported"), "0.99");
    rendered().await;
    assert_eq!(score(&root, "zd1"), "88.33");

    // kjc has no record in 2026Q1: not assessed until a figure is typed.
    assert!(text(&root, "tr[data-unit='kjc']").contains("本期未参评"));
    // Only `plans` = 80: risk = 80 (its weight rescaled to 1), every other dimension is
    // left out, so B = 80 and S = 80.00.
    type_into(&root, &testid("cell-kjc-plans"), "80");
    score_becomes(&root, "kjc", "80.00").await;
    close(root, handle);
}

#[wasm_bindgen_test]
async fn the_record_editor_changes_ratings_and_events_and_the_score_follows() {
    let (root, handle) = open_grid().await;
    click(&root, "[data-testid=details-zd1]");
    shown(&root, "[data-testid=record-editor]").await;
    assert_eq!(value(&root, &testid("ratings-team360-superior")), "90, 86");

    // Superiors 90, 86 (mean 88) → 100: team 85.6 → 91.6, B +0.2·6 = +1.2, S +1.26:
    // 90.45725 + 1.26 = 91.71725 → 91.72.
    enter(&root, &testid("ratings-team360-superior"), "100");
    score_becomes(&root, "zd1", "91.72").await;
    // A rating outside the 0–100 scale: the error shows at that group's input.
    enter(&root, &testid("ratings-team360-peer"), "80，120");
    assert!(wait_for(&root, |r| invalid(r, "ratings-team360-peer")).await);
    let peer_row = find(&root, "[data-testid='ratings-team360-peer']")
        .unwrap()
        .parent_element()
        .unwrap();
    assert!(
        peer_row
            .text_content()
            .unwrap_or_default()
            .contains("120 超出范围"),
        "{:?}",
        peer_row.text_content()
    );
    assert_eq!(score(&root, "zd1"), "91.72");
    click(&root, "[data-testid=undo]");
    gone(&root, "[data-testid=record-editor] [role=alert]").await;

    // A second general event: P 2 → 4, S −2·1.05: 91.71725 − 2.1 = 89.61725 → 89.62.
    click(&root, "[data-testid=add-event]");
    score_becomes(&root, "zd1", "89.62").await;
    assert!(find(&root, "[data-testid=event-1-level]").is_some());

    // A new expert has no scores yet: each criterion's input says so, the score waits.
    click(&root, "[data-testid=add-expert-panel]");
    assert!(wait_for(&root, |r| invalid(r, "expert-panel-1-feasibility")).await);
    assert!(invalid(&root, "expert-panel-1-benefit"));
    assert!(!invalid(&root, "expert-panel-0-benefit"));
    assert_eq!(score(&root, "zd1"), "89.62");
    // The banner names each place in words before its path: the unit and period of the
    // record (the example's zd1 is 一支隊, in 2026Q1).
    let place = text(&root, "[data-testid=doc-errors] .error-list li .place");
    let period = text(&root, "[data-testid=data-period] option:checked");
    assert!(place.starts_with("一支隊 · "), "{place}");
    assert!(place.contains(period.trim()), "{place} / {period}");
    assert!(text(&root, "[data-testid=doc-errors] .error-list li .path").starts_with("records["));
    for (k, v) in [
        ("feasibility", "80"),
        ("promotion", "75"),
        ("benefit", "70"),
    ] {
        type_into(&root, &testid(&format!("expert-panel-1-{k}")), v);
    }
    // A second expert with the same scores as the first: the mean stays 75.5, so does S.
    gone(&root, "[data-testid=doc-errors]").await;
    assert_eq!(score(&root, "zd1"), "89.62");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn removing_a_unit_asks_first_takes_its_records_and_people_and_undo_restores_all() {
    let (root, handle) = open_grid().await;
    click(&root, "[data-testid=data-view-units]");
    shown(&root, "[data-testid=units-table]").await;
    click(&root, "[data-testid=remove-unit-zd1]");
    shown(&root, "[data-testid=confirm-remove-unit]").await;
    let dialog = text(&root, "[role=alertdialog]");
    assert!(
        dialog.contains("1 条考核记录、2 名人员、1 条历史得分"),
        "{dialog}"
    );
    // Nothing is removed before the confirmation.
    assert!(find(&root, "[data-testid=units-table] tr[data-unit='zd1']").is_some());
    click(&root, "[data-testid=confirm-remove-unit]");
    gone(&root, "[data-testid=units-table] tr[data-unit='zd1']").await;
    assert!(
        find(&root, "[data-testid=doc-errors]").is_none(),
        "still valid"
    );
    click(&root, "[data-testid=data-view-people]");
    shown(&root, "[data-testid=people-table]").await;
    assert!(
        find(&root, "tr[data-person]").is_none(),
        "zd1's people went with it"
    );

    // One undo brings back the unit, its record (and score) and its people.
    click(&root, "[data-testid=undo]");
    shown(&root, "tr[data-person='p002']").await;
    click(&root, "[data-testid=data-view-entry]");
    score_becomes(&root, "zd1", "90.46").await;
    close(root, handle);
}

#[wasm_bindgen_test]
async fn annual_asks_for_a_period_and_a_unit_can_be_added() {
    let (root, handle) = open_grid().await;
    choose(&root, "[data-testid=data-period]", "annual");
    shown(&root, "[data-testid=pick-period]").await;
    click(&root, "[data-testid=pick-period] button");
    shown(&root, "[data-testid=data-grid]").await;

    click(&root, "[data-testid=data-view-units]");
    shown(&root, "[data-testid=add-unit-form]").await;
    // A taken id is refused before anything is added.
    type_into(&root, &testid("new-unit-id"), "zd1");
    rendered().await;
    fire(&get(&root, "[data-testid=add-unit-form]"), "submit");
    assert!(wait_for(&root, |r| text(r, "#new-unit-err").contains("已被使用")).await);
    type_into(&root, &testid("new-unit-id"), "zd2");
    type_into(&root, &testid("new-unit-name"), "二支队");
    rendered().await;
    fire(&get(&root, "[data-testid=add-unit-form]"), "submit");
    shown(&root, "[data-testid=units-table] tr[data-unit='zd2']").await;
    assert!(
        find(&root, "[data-testid=doc-errors]").is_none(),
        "still valid"
    );
    click(&root, "[data-testid=data-view-entry]");
    assert!(wait_for(&root, |r| text(r, "tr[data-unit='zd2']").contains("二支队")).await);
    close(root, handle);
}
