//! The plan screen. Each test renders the whole `App` on the file-format example (seeded into
//! localStorage, so no demo data is assumed), on the plan screen for period 2026Q1.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- plan::`.
use scorecard_app::browser::storage::WORKSPACE_KEY;
use scorecard_app::i18n::{errors::kind_text, Lang};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::ErrorKind;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{
    attr, click, close, enter, eventually, example, find, input, open_app, saved, shown, text,
    wait_for,
};

/// The input at a document path (`data-path`).
fn at(path: &str) -> String {
    format!("input[data-path='{path}']")
}

const TASK: &str = "plan.profiles[0].weights.task";
const RISK: &str = "plan.profiles[0].weights.risk";

#[wasm_bindgen_test]
async fn a_profile_weight_off_100_shows_the_sum_and_the_engines_error_until_fixed() {
    let (root, handle) = open_app(&example(), "plan", "[data-testid=profiles-table]").await;
    assert_eq!(input(&root, &at(TASK)).value(), "45", "0.45 is shown as 45");
    assert_eq!(
        attr(&root, "[data-testid=profile-sum-0]", "data-ok").as_deref(),
        Some("true")
    );

    enter(&root, &at(TASK), "40");
    // 40 + 20 + 20 + 15 = 95: 5 points short.
    assert!(
        wait_for(&root, |r| text(r, "[data-testid=profile-sum-0]")
            .contains("95%"))
        .await,
        "{}",
        text(&root, "[data-testid=profile-sum-0]")
    );
    let sum = text(&root, "[data-testid=profile-sum-0]");
    assert!(sum.contains("差 5%"), "{sum}");
    assert_eq!(
        attr(&root, "[data-testid=profile-sum-0]", "data-ok").as_deref(),
        Some("false")
    );
    // The engine's own error, at the profile's weights, in Chinese.
    let expected = kind_text(
        Lang::Zh,
        &ErrorKind::SumNotOne(scorecard_engine::number::parse_decimal("0.95").unwrap()),
    );
    let errors = text(&root, "[data-testid=profile-errors-0]");
    assert!(errors.contains(&expected), "{errors:?} lacks {expected:?}");
    let alert = find(&root, "[data-testid=profile-errors-0] [role=alert]").expect("an alert");
    // Every weight of the row points at it.
    let described = input(&root, &at(TASK))
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(
        described.split(' ').any(|id| id == alert.id()),
        "{described}"
    );
    // Written as the fraction's string.
    let task_040 = || saved(WORKSPACE_KEY).contains(r#""task":"0.40""#);
    assert!(eventually(task_040).await, "{}", saved(WORKSPACE_KEY));

    // Fixing it clears the error.
    enter(&root, &at(TASK), "45");
    assert!(
        wait_for(&root, |r| text(r, "[data-testid=profile-errors-0]")
            .is_empty())
        .await,
        "{}",
        text(&root, "[data-testid=profile-errors-0]")
    );
    assert_eq!(
        attr(&root, "[data-testid=profile-sum-0]", "data-ok").as_deref(),
        Some("true")
    );
    assert!(text(&root, "[data-testid=plan-status]").contains("方案有效"));
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_weight_out_of_its_band_is_explained_and_makes_the_results_unofficial() {
    let (root, handle) = open_app(&example(), "plan", "[data-testid=profiles-table]").await;
    assert_eq!(
        attr(&root, "[data-testid=plan-official]", "data-official").as_deref(),
        Some("true")
    );
    // 52 + 20 + 20 + 8 = 100, but task's band is 40%–50%.
    enter(&root, &at(TASK), "52");
    assert!(wait_for(&root, |r| input(r, &at(TASK)).value() == "52").await);
    enter(&root, &at(RISK), "8");
    assert!(
        wait_for(&root, |r| find(r, "[data-testid=band-warning]").is_some()).await,
        "a band warning shows"
    );
    let cell = find(&root, "tr[data-profile=standard] td[data-dimension=task]").unwrap();
    assert!(cell.class_name().contains("violation"));
    let why = text(
        &root,
        "tr[data-profile=standard] [data-testid=band-warning]",
    );
    assert!(why.contains("高于区间上限 50%"), "{why}");
    assert_eq!(
        input(&root, &at(TASK))
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&root, "[data-testid=profile-sum-0]", "data-ok").as_deref(),
        Some("true")
    );
    // zd1 uses `standard` in 2026Q1: its results are no longer official.
    assert!(
        wait_for(&root, |r| attr(
            r,
            "[data-testid=plan-official]",
            "data-official"
        )
        .as_deref()
            == Some("false"))
        .await
    );
    click(&root, "[data-testid=tab-results]");
    assert!(
        wait_for(&root, |r| find(r, "[data-testid=not-official]").is_some()).await,
        "the results screen says not official"
    );
    close(root, handle);
}

#[wasm_bindgen_test]
async fn changing_the_pass_line_changes_a_grade() {
    // zd1 scores 90.46 in 2026Q1; with Excellent and Good at 95 it is a Pass.
    let mut doc = example();
    for field in ["excellent_min", "good_min"] {
        doc.set_at(
            &JsonPath::parse(&format!("plan.grading.{field}")).unwrap(),
            Value::str("95"),
        );
    }
    let (root, handle) = open_app(&doc, "plan", "[data-testid=profiles-table]").await;
    let grade = "tr[data-unit=zd1] [data-field=grade]";
    click(&root, "[data-testid=tab-results]");
    assert!(
        wait_for(&root, |r| attr(r, grade, "data-grade").as_deref()
            == Some("pass"))
        .await
    );

    click(&root, "[data-testid=tab-plan]");
    shown(&root, "input[data-path='plan.grading.pass_line']").await;
    assert_eq!(input(&root, &at("plan.grading.pass_line")).value(), "60");
    enter(&root, &at("plan.grading.pass_line"), "91");
    assert!(
        wait_for(&root, |r| input(r, &at("plan.grading.pass_line")).value()
            == "91")
        .await
    );

    click(&root, "[data-testid=tab-results]");
    assert!(
        wait_for(&root, |r| attr(r, grade, "data-grade").as_deref()
            == Some("fail"))
        .await,
        "90.46 is below a pass line of 91: {:?}",
        attr(&root, grade, "data-grade")
    );
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_percentage_that_is_not_a_number_is_refused_at_the_field() {
    let (root, handle) = open_app(&example(), "plan", "[data-testid=profiles-table]").await;
    let path = "plan.periods[0].weight";
    enter(&root, &at(path), "十");
    let err_id = format!("{}-err", input(&root, &at(path)).id());
    assert!(
        wait_for(&root, |r| find(r, &format!("[id='{err_id}']")).is_some()).await,
        "the field says why: {}",
        input(&root, &at(path))
            .parent_element()
            .unwrap()
            .parent_element()
            .unwrap()
            .outer_html()
    );
    let field = input(&root, &at(path));
    assert_eq!(field.value(), "十", "what was typed stays");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Nothing was written: the periods still total 100% and the plan is valid.
    assert_eq!(
        attr(&root, "[data-testid=periods-sum]", "data-ok").as_deref(),
        Some("true")
    );
    assert!(text(&root, "[data-testid=plan-status]").contains("方案有效"));
    close(root, handle);
}
