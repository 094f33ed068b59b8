//! Browser tests of scenario planning (§8, §9): a new scenario's weight moved by input and
//! by slider is rebalanced by the engine to 100% and saved in the document; AHP on a
//! consistent matrix; the comparison lists every scored unit with the engine's figures.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- scenarios::`.
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use scorecard_app::browser::storage::WORKSPACE_KEY;
use scorecard_engine::json::{self, Value};
use scorecard_engine::number::two_places;
use scorecard_engine::path::JsonPath;
use scorecard_engine::score::PeriodChoice;
use scorecard_engine::simulate::compare::compare;
use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{
    choose, click, close, drag, enter, find, find_all, get, gone, rendered, saved, shown, start,
    step, text, value, wait_for,
};

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

/// Opens the app on the simulation screen (2026Q1, Chinese) with the test workspace, on the
/// scenario planning section `section` (`weights`, `ahp`, `compare`); waits for `ready`.
async fn open_section(section: &str, ready: &str) -> (web_sys::Element, crate::support::Handle) {
    let (root, handle) = start(&test_doc(), "simulate");
    step::click(&root, &format!("[data-testid=scen-sec-{section}]")).await;
    shown(&root, ready).await;
    (root, handle)
}

/// The saved document's scenario weights for a profile, as decimals.
fn saved_weights(scenario: &str, profile: &str) -> Option<BTreeMap<String, Decimal>> {
    let ws = parse_workspace(&saved(WORKSPACE_KEY)).ok()?;
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
    let (root, handle) = open_section("weights", "[data-testid=scen-new]").await;
    click(&root, "[data-testid=scen-new]");
    shown(&root, "[data-testid=scen-detail][data-scenario=s1]").await;
    assert_eq!(value(&root, "[data-testid=scen-name]"), "新情景 2");
    // A new scenario follows the plan: standard 45/20/20/15.
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "45");

    // Team to 25%: the others must give 5 points. Innovation is at its floor (20%), so task
    // and risk give 2.5 each (42.5, 12.5); on whole percent the spare point goes to the
    // earlier dimension (largest remainder, ties in plan order): 43 / 25 / 20 / 12.
    enter(&root, "[data-testid=w-standard-team]", "25");
    assert!(wait_for(&root, |r| value(r, "[data-testid=w-standard-task]") == "43").await);
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "43");
    assert_eq!(value(&root, "[data-testid=w-standard-team]"), "25");
    assert_eq!(value(&root, "[data-testid=w-standard-innovation]"), "20");
    assert_eq!(value(&root, "[data-testid=w-standard-risk]"), "12");
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");
    assert!(wait_for(&root, |_| saved_weights("s1", "standard").is_some()).await);
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
    drag(&root, "[data-testid=ws-standard-task]", "50");
    assert!(wait_for(&root, |r| value(r, "[data-testid=w-standard-team]") == "22").await);
    assert_eq!(value(&root, "[data-testid=w-standard-task]"), "50");
    assert_eq!(value(&root, "[data-testid=w-standard-risk]"), "8");
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");
    assert!(
        wait_for(&root, |_| {
            saved_weights("s1", "standard").is_some_and(|m| m["task"] == Decimal::new(50, 2))
        })
        .await
    );
    let saved = saved_weights("s1", "standard").unwrap();
    assert_eq!(saved.values().copied().sum::<Decimal>(), Decimal::ONE);
    assert_eq!(saved["team"], Decimal::new(22, 2));

    // Team beyond its band: kept, the violation shows and results would not be official.
    enter(&root, "[data-testid=w-standard-team]", "30");
    shown(&root, "[data-testid=scen-unofficial]").await;
    assert!(text(&root, "[data-testid=wv-standard]").contains("高于区间上限 25%"));
    assert_eq!(text(&root, "[data-testid=wt-standard]"), "100%");

    // Not a percentage: said at the field, nothing written.
    enter(&root, "[data-testid=w-standard-risk]", "abc");
    shown(&root, "[data-testid=werr-standard]").await;
    assert!(text(&root, "[data-testid=werr-standard]").contains("不是有效的百分比"));

    // The special-period preset on technical (40/20/25/15 → 35/20/25/20): core below band.
    click(&root, "[data-testid=special-technical]");
    assert!(
        wait_for(&root, |r| {
            value(r, "[data-testid=w-technical-task]") == "35"
        })
        .await
    );
    assert_eq!(value(&root, "[data-testid=w-technical-risk]"), "20");
    assert!(text(&root, "[data-testid=wv-technical]").contains("低于区间下限 40%"));

    // Copy keeps the weights under a new id and name; delete removes the copy again.
    click(&root, "[data-testid=scen-copy]");
    shown(&root, "[data-testid=scen-detail][data-scenario=s2]").await;
    assert_eq!(value(&root, "[data-testid=scen-name]"), "新情景 2(副本)");
    assert!(wait_for(&root, |_| saved_weights("s2", "technical").is_some()).await);
    assert_eq!(
        saved_weights("s2", "technical"),
        saved_weights("s1", "technical")
    );
    click(&root, "[data-testid=scen-delete]");
    gone(&root, "[data-testid=scen-item-s2]").await;
    assert!(find(&root, "[data-testid=scen-item-s1]").is_some());
    close(root, handle);
}

#[wasm_bindgen_test]
async fn ahp_on_a_consistent_matrix() {
    let (root, handle) = open_section("ahp", "[data-testid=ahp-0-1]").await;
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
    assert!(wait_for(&root, |r| eigen(r, "task") == "40.0%").await);
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
    rendered().await; // the choices re-render the apply button
    click(&root, "[data-testid=ahp-apply]");
    assert!(wait_for(&root, |_| saved_weights("special", "technical").is_some()).await);
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
    shown(&root, "[data-testid=ahp-worst]").await;
    assert_eq!(
        get(&root, "[data-testid=ahp-verdict]")
            .get_attribute("data-consistent")
            .as_deref(),
        Some("false")
    );
    assert!(text(&root, "[data-testid=ahp-worst]").contains("建议改为"));
    close(root, handle);
}

#[wasm_bindgen_test]
async fn the_comparison_lists_every_unit_with_the_engines_figures() {
    let (root, handle) = open_section("compare", "[data-testid=compare-table]").await;
    let ws = scorecard_engine::parse::workspace_from_value(&test_doc()).unwrap();
    let c = compare(&ws, &PeriodChoice::Period("2026Q1".into()), &[]).unwrap();
    assert_eq!(c.units.len(), 2);
    let rows = find_all(&root, "[data-testid=compare-table] tbody tr[data-unit]");
    assert_eq!(rows.len(), c.units.len(), "every scored unit");
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
    close(root, handle);
}
