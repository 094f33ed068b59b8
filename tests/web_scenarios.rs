//! Browser tests of scenario planning (§8, §9): a new scenario's weight moved by input and
//! by slider is rebalanced by the engine to 100% and saved in the document; AHP on a
//! consistent matrix; the comparison lists every scored unit with the engine's figures.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web_scenarios`.
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use rust_decimal::Decimal;
use scorecard_app::browser::storage::{UI_KEY, WORKSPACE_KEY};
use scorecard_engine::json::{self, Value};
use scorecard_engine::number::two_places;
use scorecard_engine::path::JsonPath;
use scorecard_engine::score::PeriodChoice;
use scorecard_engine::simulate::compare::compare;
use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};
use std::collections::BTreeMap;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The example workspace, with a record for `kjc` too (so two units are scored in 2026Q1).
fn test_doc() -> Value {
    let mut doc = json::parse(EXAMPLE_WORKSPACE).unwrap();
    let rec = json::parse(
        r#"{"unit":"kjc","period":"2026Q1","values":{"progress":"0.85","quality":"0.99",
            "utilisation":"0.70","plans":"90","response":"60"}}"#,
    )
    .unwrap();
    assert!(doc.push_at(&JsonPath::parse("records").unwrap(), rec));
    doc
}

/// Clears storage, stores the test workspace and opens the app on the simulation screen.
fn start() -> (web_sys::Element, yew::AppHandle<scorecard_app::App>) {
    let s = storage();
    s.clear().unwrap();
    s.set_item(WORKSPACE_KEY, &test_doc().to_compact()).unwrap();
    s.set_item(UI_KEY, r#"{"lang":"zh-CN","screen":"simulate"}"#)
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<scorecard_app::App>::with_root(root.clone()).render();
    (root, handle)
}

fn finish(root: web_sys::Element, handle: yew::AppHandle<scorecard_app::App>) {
    handle.destroy();
    root.remove();
    storage().clear().unwrap();
}

/// Lets Yew run until `done` holds (or about two seconds have passed).
async fn until(root: &web_sys::Element, done: impl Fn(&web_sys::Element) -> bool) {
    for _ in 0..200 {
        if done(root) {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Lets Yew render what was dispatched.
async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).unwrap()
}

fn get(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    find(root, selector).unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    get(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn value(root: &web_sys::Element, selector: &str) -> String {
    get(root, selector)
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value()
}

fn fire(el: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

fn click(root: &web_sys::Element, selector: &str) {
    get(root, selector)
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

/// Types into a text input (or moves a range input) and fires its events.
fn type_in(root: &web_sys::Element, selector: &str, v: &str, events: &[&str]) {
    let el = get(root, selector);
    el.clone()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .set_value(v);
    for e in events {
        fire(&el, e);
    }
}

fn choose(root: &web_sys::Element, selector: &str, v: &str) {
    let el = get(root, selector);
    el.clone()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap()
        .set_value(v);
    fire(&el, "change");
}

/// The saved document's scenario weights for a profile, as decimals.
fn saved_weights(scenario: &str, profile: &str) -> Option<BTreeMap<String, Decimal>> {
    let text = storage().get_item(WORKSPACE_KEY).unwrap()?;
    let ws = parse_workspace(&text).ok()?;
    ws.scenarios
        .iter()
        .find(|s| s.id == scenario)?
        .weights
        .get(profile)
        .cloned()
}

fn w(pairs: &[(&str, &str)]) -> BTreeMap<String, Decimal> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect()
}

#[wasm_bindgen_test]
async fn a_new_scenario_rebalances_to_100_and_is_saved() {
    let (root, handle) = start();
    until(&root, |r| find(r, "[data-testid=scen-new]").is_some()).await;
    click(&root, "[data-testid=scen-new]");
    until(&root, |r| {
        find(r, "[data-testid=scen-detail][data-scenario=s1]").is_some()
    })
    .await;
    assert_eq!(value(&root, "[data-testid=scen-name]"), "新情景 2");
    // A new scenario follows the plan: standard 45/20/20/15.
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "45");

    // Team to 25%: the others must give 5 points. Innovation is at its floor (20%), so task
    // and risk give 2.5 each (42.5, 12.5); on whole percent the spare point goes to the
    // earlier dimension (largest remainder, ties in plan order): 43 / 25 / 20 / 12.
    type_in(&root, "[data-testid=w-standard-team]", "25", &["change"]);
    until(&root, |r| value(r, "[data-testid=w-standard-task]") == "43").await;
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "43");
    assert_eq!(value(&root, "[data-testid=w-standard-team]"), "25");
    assert_eq!(value(&root, "[data-testid=w-standard-innovation]"), "20");
    assert_eq!(value(&root, "[data-testid=w-standard-risk]"), "12");
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");
    until(&root, |_| saved_weights("s1", "standard").is_some()).await;
    let saved = saved_weights("s1", "standard").expect("saved in the document");
    assert_eq!(
        saved,
        w(&[
            ("task", "0.43"),
            ("team", "0.25"),
            ("innovation", "0.20"),
            ("risk", "0.12")
        ])
    );
    assert_eq!(saved.values().copied().sum::<Decimal>(), Decimal::ONE);

    // Drag the task slider to 50%: the others give 7 points from 25/20/12, innovation at
    // its floor: team and risk give 3.5 each (21.5, 8.5) → 22 / 20 / 8 (tie to team).
    type_in(
        &root,
        "[data-testid=ws-standard-task]",
        "50",
        &["input", "change"],
    );
    until(&root, |r| value(r, "[data-testid=w-standard-team]") == "22").await;
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "50");
    assert_eq!(value(&root, "[data-testid=w-standard-risk]"), "8");
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");
    until(&root, |_| {
        saved_weights("s1", "standard").is_some_and(|m| m["task"] == Decimal::new(50, 2))
    })
    .await;
    let saved = saved_weights("s1", "standard").unwrap();
    assert_eq!(saved.values().copied().sum::<Decimal>(), Decimal::ONE);
    assert_eq!(saved["team"], Decimal::new(22, 2));

    // Team beyond its band: kept, the violation shows and results would not be official.
    type_in(&root, "[data-testid=w-standard-team]", "30", &["change"]);
    until(&root, |r| {
        find(r, "[data-testid=scen-unofficial]").is_some()
    })
    .await;
    assert!(text(&root, "[data-testid=wv-standard]").contains("高于区间上限 25%"));
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");

    // Not a percentage: said at the field, nothing written.
    type_in(&root, "[data-testid=w-standard-risk]", "abc", &["change"]);
    until(&root, |r| find(r, "[data-testid=werr-standard]").is_some()).await;
    assert!(text(&root, "[data-testid=werr-standard]").contains("不是有效的百分比"));

    // The special-period preset on technical (40/20/25/15 → 35/20/25/20): core below band.
    click(&root, "[data-testid=special-technical]");
    until(&root, |r| {
        value(r, "[data-testid=w-technical-task]") == "35"
    })
    .await;
    assert_eq!(value(&root, "[data-testid=w-technical-risk]"), "20");
    assert!(text(&root, "[data-testid=wv-technical]").contains("低于区间下限 40%"));

    // Copy keeps the weights under a new id and name; delete removes the copy again.
    click(&root, "[data-testid=scen-copy]");
    until(&root, |r| {
        find(r, "[data-testid=scen-detail][data-scenario=s2]").is_some()
    })
    .await;
    assert_eq!(value(&root, "[data-testid=scen-name]"), "新情景 2(副本)");
    until(&root, |_| saved_weights("s2", "technical").is_some()).await;
    assert_eq!(
        saved_weights("s2", "technical"),
        saved_weights("s1", "technical")
    );
    click(&root, "[data-testid=scen-delete]");
    until(&root, |r| find(r, "[data-testid=scen-item-s2]").is_none()).await;
    assert!(find(&root, "[data-testid=scen-item-s1]").is_some());
    finish(root, handle);
}

#[wasm_bindgen_test]
async fn ahp_on_a_consistent_matrix() {
    let (root, handle) = start();
    until(&root, |r| find(r, "[data-testid=scen-sec-ahp]").is_some()).await;
    click(&root, "[data-testid=scen-sec-ahp]");
    until(&root, |r| find(r, "[data-testid=ahp-0-1]").is_some()).await;
    // Task twice as important as each of the others, the others equal: weights exactly
    // 2/5, 1/5, 1/5, 1/5, λmax = n = 4, CR = 0.
    for pair in ["ahp-0-1", "ahp-0-2", "ahp-0-3"] {
        choose(&root, &format!("[data-testid={pair}]"), "2");
    }
    let eigen = |r: &web_sys::Element, dim: &str| {
        text(
            r,
            &format!("[data-testid=ahp-weights] tr[data-dim={dim}] [data-field=eigen]"),
        )
    };
    until(&root, |r| eigen(r, "task") == "40.0%").await;
    assert_eq!(eigen(&root, "task"), "40.0%");
    assert_eq!(eigen(&root, "team"), "20.0%");
    assert_eq!(text(&root, "[data-testid=ahp-lambda]"), "4.000");
    assert_eq!(text(&root, "[data-testid=ahp-cr]"), "0.000");
    assert_eq!(text(&root, "[data-testid=ahp-ci]"), "0.000");
    assert_eq!(text(&root, "[data-testid=ahp-ri]"), "0.90");
    let verdict = get(&root, "[data-testid=ahp-verdict]");
    assert_eq!(
        verdict.get_attribute("data-consistent").as_deref(),
        Some("true")
    );
    assert!(verdict.text_content().unwrap().contains("判断一致"));
    assert!(find(&root, "[data-testid=ahp-worst]").is_none());
    let projected = |dim: &str| {
        text(
            &root,
            &format!("[data-testid=ahp-weights] tr[data-dim={dim}] [data-field=projected]"),
        )
    };
    assert_eq!(projected("task"), "40%");
    assert_eq!(projected("risk"), "20%");

    // Apply to the technical profile of the example's scenario "special".
    choose(&root, "[data-testid=ahp-profile]", "technical");
    choose(&root, "[data-testid=ahp-target]", "special");
    tick().await; // the choices re-render the apply button
    click(&root, "[data-testid=ahp-apply]");
    until(&root, |_| saved_weights("special", "technical").is_some()).await;
    assert_eq!(
        saved_weights("special", "technical").unwrap(),
        w(&[
            ("task", "0.40"),
            ("team", "0.20"),
            ("innovation", "0.20"),
            ("risk", "0.20")
        ])
    );
    assert!(text(&root, "[data-testid=ahp-applied]").contains("技術類"));

    // An inconsistent matrix is flagged and explained.
    choose(&root, "[data-testid=ahp-1-2]", "9");
    choose(&root, "[data-testid=ahp-0-1]", "-9");
    until(&root, |r| find(r, "[data-testid=ahp-worst]").is_some()).await;
    assert_eq!(
        get(&root, "[data-testid=ahp-verdict]")
            .get_attribute("data-consistent")
            .as_deref(),
        Some("false")
    );
    assert!(text(&root, "[data-testid=ahp-worst]").contains("建议改为"));
    finish(root, handle);
}

#[wasm_bindgen_test]
async fn the_comparison_lists_every_unit_with_the_engines_figures() {
    let (root, handle) = start();
    until(&root, |r| {
        find(r, "[data-testid=scen-sec-compare]").is_some()
    })
    .await;
    click(&root, "[data-testid=scen-sec-compare]");
    until(&root, |r| find(r, "[data-testid=compare-table]").is_some()).await;
    let ws = scorecard_engine::parse::workspace_from_value(&test_doc()).unwrap();
    let c = compare(&ws, &PeriodChoice::Period("2026Q1".into()), &[]).unwrap();
    assert_eq!(c.units.len(), 2);
    let rows = root
        .query_selector_all("[data-testid=compare-table] tbody tr[data-unit]")
        .unwrap();
    assert_eq!(rows.length() as usize, c.units.len(), "every scored unit");
    for u in &c.units {
        let cell = |f: &str| text(&root, &format!("tr[data-unit={}] [data-field={f}]", u.unit));
        assert_eq!(cell("plan-score"), two_places(u.plan.score));
        assert_eq!(cell("plan-rank"), u.plan.rank.to_string());
        let s = &u.scenarios[0];
        let st = s.standing.unwrap();
        assert_eq!(cell("special-score"), two_places(st.score));
        let d = s.score_delta.unwrap();
        let want = if d > Decimal::ZERO {
            format!("+{}", two_places(d))
        } else {
            two_places(d)
        };
        assert_eq!(cell("special-dscore"), want);
    }
    // The slope chart is an image with a summary; the table is its data.
    let chart = get(&root, "[data-testid=slope-chart]");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert!(chart
        .get_attribute("aria-label")
        .unwrap()
        .contains("特殊時期"));
    assert_eq!(
        chart.query_selector_all("g.slope").unwrap().length() as usize,
        c.units.len()
    );
    finish(root, handle);
}
