//! Browser tests of the plan screen: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown -p scorecard-app --test web_plan`. Each renders the whole `App`
//! on the file-format example (seeded into localStorage, so no demo data is assumed).
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use scorecard_app::i18n::{errors::kind_text, Lang};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::ErrorKind;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{attr, click, example, find, fire, storage, text, wait_for};

fn input_at(root: &web_sys::Element, path: &str) -> web_sys::HtmlInputElement {
    support::input(root, &format!("input[data-path='{path}']"))
}

/// Types `value` into the input at `path` and leaves it (a change event).
fn type_into(root: &web_sys::Element, path: &str, value: &str) {
    let input = input_at(root, path);
    input.set_value(value);
    fire(&input, "change");
}

async fn open_app(doc: &Value) -> (web_sys::Element, yew::AppHandle<scorecard_app::App>) {
    support::open_app(doc, "plan", "[data-testid=profiles-table]").await
}

const TASK: &str = "plan.profiles[0].weights.task";
const RISK: &str = "plan.profiles[0].weights.risk";

#[wasm_bindgen_test]
async fn a_profile_weight_off_100_shows_the_sum_and_the_engines_error_until_fixed() {
    let (root, handle) = open_app(&example()).await;
    assert_eq!(input_at(&root, TASK).value(), "45", "0.45 is shown as 45");
    assert_eq!(
        attr(&root, "[data-testid=profile-sum-0]", "data-ok").as_deref(),
        Some("true")
    );

    type_into(&root, TASK, "40");
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
    let described = input_at(&root, TASK)
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(
        described.split(' ').any(|id| id == alert.id()),
        "{described}"
    );
    // Written as the fraction's string.
    let mut saved = String::new();
    for _ in 0..100 {
        saved = storage()
            .get_item("scorecard.workspace.v1")
            .unwrap()
            .unwrap_or_default();
        if saved.contains(r#""task":"0.40""#) {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(saved.contains(r#""task":"0.40""#), "{saved}");

    // Fixing it clears the error.
    type_into(&root, TASK, "45");
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
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_weight_out_of_its_band_is_explained_and_makes_the_results_unofficial() {
    let (root, handle) = open_app(&example()).await;
    assert_eq!(
        attr(&root, "[data-testid=plan-official]", "data-official").as_deref(),
        Some("true")
    );
    // 52 + 20 + 20 + 8 = 100, but task's band is 40%–50%.
    type_into(&root, TASK, "52");
    assert!(wait_for(&root, |r| input_at(r, TASK).value() == "52").await);
    type_into(&root, RISK, "8");
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
        input_at(&root, TASK)
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
    handle.destroy();
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
    let (root, handle) = open_app(&doc).await;
    let grade = "tr[data-unit=zd1] [data-field=grade]";
    click(&root, "[data-testid=tab-results]");
    assert!(
        wait_for(&root, |r| attr(r, grade, "data-grade").as_deref()
            == Some("pass"))
        .await
    );

    click(&root, "[data-testid=tab-plan]");
    assert!(
        wait_for(&root, |r| find(
            r,
            "input[data-path='plan.grading.pass_line']"
        )
        .is_some())
        .await
    );
    assert_eq!(input_at(&root, "plan.grading.pass_line").value(), "60");
    type_into(&root, "plan.grading.pass_line", "91");
    assert!(
        wait_for(&root, |r| input_at(r, "plan.grading.pass_line").value()
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
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_percentage_that_is_not_a_number_is_refused_at_the_field() {
    let (root, handle) = open_app(&example()).await;
    let path = "plan.periods[0].weight";
    type_into(&root, path, "十");
    let err_id = format!("{}-err", input_at(&root, path).id());
    assert!(
        wait_for(&root, |r| find(r, &format!("[id='{err_id}']")).is_some()).await,
        "the field says why: {}",
        input_at(&root, path)
            .parent_element()
            .unwrap()
            .parent_element()
            .unwrap()
            .outer_html()
    );
    let input = input_at(&root, path);
    assert_eq!(input.value(), "十", "what was typed stays");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Nothing was written: the periods still total 100% and the plan is valid.
    assert_eq!(
        attr(&root, "[data-testid=periods-sum]", "data-ok").as_deref(),
        Some("true")
    );
    assert!(text(&root, "[data-testid=plan-status]").contains("方案有效"));
    handle.destroy();
}
