//! The simulation features (§8, §9) on the demo workspace (`data/demo.json`: 20 units, a
//! whole year, ties, vetoes, quota ties, two scenarios, one of them out of band), checked
//! against the exact scorer rather than against hand-worked figures (those are in each
//! module's own tests):
//! - rank stability: at δ = 0 every view (each period and annual, under the plan and each
//!   scenario) gives the exact ranks and grades with probability 1, and at the weights in
//!   force the `f64` path agrees with the exact one to 1e-9;
//! - goal seek: on every value indicator of several units, an answer reaches its target
//!   and one step worse does not;
//! - comparison and appeals run on every unit.

use rust_decimal::Decimal;
use scorecard_engine::json::Value;
use scorecard_engine::model::InputValue;
use scorecard_engine::score;
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::simulate::appeals::{preview, record_appeal, AppealDraft};
use scorecard_engine::simulate::compare::compare;
use scorecard_engine::simulate::goal_seek::{goal_seek, GoalQuery, Outcome, Target};
use scorecard_engine::simulate::stability::{Params, Stability};

use crate::support::{demo, views};

#[test]
fn stability_at_delta_zero_is_the_exact_result_in_every_view() {
    let ws = demo();
    for q in views(&ws) {
        let rs = score(&ws, &q).unwrap();
        let params = Params {
            samples: 20,
            delta: Decimal::ZERO,
            ..Params::default()
        };
        let mut st = Stability::new(&ws, &q, params).unwrap();
        st.run();
        let r = st.report();
        assert!(
            r.plan_agreement <= 1e-9,
            "{q:?}: f64 and exact differ by {}",
            r.plan_agreement
        );
        let mut got: Vec<&str> = r.units.iter().map(|u| u.unit.as_str()).collect();
        let mut want: Vec<&str> = rs.units.iter().map(|u| u.unit.as_str()).collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want, "{q:?}: the same units as the exact set");
        for u in &r.units {
            let exact = rs.unit(&u.unit).unwrap();
            assert_eq!(
                u.grade_probability(exact.grade),
                1.0,
                "{q:?} {}: {:?}",
                u.unit,
                u.grades
            );
            assert_eq!(
                u.rank_counts.get(&exact.rank).copied(),
                Some(20),
                "{q:?} {}",
                u.unit
            );
            assert_eq!((u.score_min, u.score_max), (exact.score, exact.score));
        }
    }
}

#[test]
fn stability_runs_with_the_defaults_and_is_reproducible() {
    let ws = demo();
    let q = Query::annual();
    let p = Params {
        samples: 1000,
        ..Params::default()
    };
    let mut a = Stability::new(&ws, &q, p).unwrap();
    a.run();
    let mut b = Stability::new(&ws, &q, p).unwrap();
    while !b.run_chunk(333).finished() {}
    assert_eq!(a.report(), b.report());
    for u in &a.report().units {
        assert!((u.grades.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}

#[test]
fn goal_seek_answers_reach_and_one_step_worse_misses() {
    let ws = demo();
    let period = "2026final";
    let base = score(&ws, &Query::period(period)).unwrap();
    let value_indicators: Vec<String> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .filter(|i| i.method.kind() != "survey" && i.method.kind() != "panel")
        .map(|i| i.id.clone())
        .collect();
    let mut reached = 0;
    for u in base.units.iter().step_by(10) {
        for ind in &value_indicators {
            for target in [
                Target::Pass,
                Target::Good,
                Target::Score(u.score + Decimal::ONE),
            ] {
                let q = GoalQuery {
                    unit: u.unit.clone(),
                    period: period.into(),
                    scenario: None,
                    indicator: ind.clone(),
                    target,
                };
                let r = goal_seek(&ws, &q).unwrap();
                let Outcome::Reached {
                    value,
                    step,
                    any_value,
                    ..
                } = r.outcome
                else {
                    continue;
                };
                // Scored on the period's records alone (a period's scores depend on
                // nothing else), to keep the test quick in debug builds.
                let at = |v: Decimal| {
                    let mut w = ws.clone();
                    w.records.retain(|x| x.period == period);
                    let rec = w
                        .records
                        .iter_mut()
                        .find(|x| x.unit == u.unit && x.period == period)
                        .unwrap();
                    let new = InputValue::replacing(rec.values.get(ind), v);
                    rec.values.insert(ind.clone(), new);
                    score(&w, &Query::period(period))
                        .unwrap()
                        .unit(&u.unit)
                        .unwrap()
                        .score
                };
                assert!(at(value) >= r.line, "{} {ind} {target:?}", u.unit);
                if !any_value {
                    let worse = if r.higher_is_better {
                        value - step
                    } else {
                        value + step
                    };
                    assert!(at(worse) < r.line, "{} {ind} {target:?}", u.unit);
                    reached += 1;
                }
            }
        }
    }
    assert!(reached > 10, "only {reached} answers checked");
}

/// The comparison's figures are the exact scorer's: for every unit, its standing under the
/// plan and each scenario is what `score` gives for that view, and the deltas and the
/// grade change follow from those two standings.
#[test]
fn comparison_agrees_with_scoring_each_view() {
    let ws = demo();
    let c = compare(&ws, &PeriodChoice::Annual, &[]).unwrap();
    let plan = score(&ws, &Query::annual()).unwrap();
    let ids = |units: &mut dyn Iterator<Item = &str>| units.map(String::from).collect::<Vec<_>>();
    assert_eq!(
        ids(&mut c.units.iter().map(|u| u.unit.as_str())),
        ids(&mut plan.units.iter().map(|u| u.unit.as_str())),
        "one row per unit of the plan's set, in its order"
    );
    let scenario_sets: Vec<_> = ws
        .scenarios
        .iter()
        .map(|s| {
            let q = Query::annual().with_scenario(Some(&s.id));
            (s.id.clone(), score(&ws, &q).unwrap())
        })
        .collect();
    for row in &c.units {
        let exact = plan.unit(&row.unit).unwrap();
        assert_eq!(
            (row.plan.score, row.plan.rank, row.plan.grade),
            (exact.score, exact.rank, exact.grade),
            "{} under the plan",
            row.unit
        );
        let names: Vec<&str> = row.scenarios.iter().map(|s| s.scenario.as_str()).collect();
        let want: Vec<&str> = ws.scenarios.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(names, want, "{}", row.unit);
        for (cell, (sid, set)) in row.scenarios.iter().zip(&scenario_sets) {
            let at = format!("{} under {sid}", row.unit);
            let Some(u) = set.unit(&row.unit) else {
                assert_eq!(cell.standing, None, "{at}");
                continue;
            };
            let st = cell.standing.as_ref().unwrap();
            assert_eq!(
                (st.score, st.rank, st.grade),
                (u.score, u.rank, u.grade),
                "{at}"
            );
            assert_eq!(cell.score_delta, Some(u.score - exact.score), "{at}");
            // `plan rank − rank`: positive when the unit moves up.
            assert_eq!(
                cell.rank_delta,
                Some(i64::from(exact.rank) - i64::from(u.rank)),
                "{at}"
            );
            assert_eq!(cell.grade_changed, u.grade != exact.grade, "{at}");
        }
    }
}

/// An appeal's preview is the cohort scored before and after applying the requested
/// value: `before` is the workspace as it is, `after` the workspace with the value set by
/// hand, and each unit's standing in both matches them.
#[test]
fn appeal_preview_is_scoring_before_and_after_the_correction() {
    let ws = demo();
    let rec = ws
        .records
        .iter()
        .find(
            |r| matches!(r.values.get("progress"), Some(InputValue::Plain(v)) if *v < Decimal::ONE),
        )
        .unwrap();
    let (w1, id) = record_appeal(
        &ws,
        &AppealDraft {
            unit: rec.unit.clone(),
            period: rec.period.clone(),
            input: "values.progress".into(),
            requested: Value::str("1"),
            reason: "進度數據漏報".into(),
        },
    )
    .unwrap();
    let p = preview(&w1, &id, None).unwrap();
    let q = Query::period(&rec.period);
    let before = score(&ws, &q).unwrap();
    let mut corrected = ws.clone();
    corrected
        .records
        .iter_mut()
        .find(|r| r.unit == rec.unit && r.period == rec.period)
        .unwrap()
        .values
        .insert("progress".into(), InputValue::Plain(Decimal::ONE));
    let after = score(&corrected, &q).unwrap();
    assert_eq!(p.before.units, before.units);
    assert_eq!(p.after.units, after.units);
    assert_eq!(p.units.len(), before.units.len());
    for d in &p.units {
        let standing =
            |rs: &scorecard_engine::ResultSet| rs.unit(&d.unit).map(|u| (u.score, u.rank, u.grade));
        let got = |s: &Option<scorecard_engine::simulate::compare::Standing>| {
            s.as_ref().map(|s| (s.score, s.rank, s.grade))
        };
        assert_eq!(got(&d.before), standing(&before), "{} before", d.unit);
        assert_eq!(got(&d.after), standing(&after), "{} after", d.unit);
    }
    // Raising progress to 1 raises the appellant's score (linear 0 → 1, below 1 before).
    let appellant = p.units.iter().find(|d| d.unit == rec.unit).unwrap();
    assert!(
        appellant.after.as_ref().unwrap().score > appellant.before.as_ref().unwrap().score,
        "{appellant:?}"
    );
}

#[test]
fn an_experts_name_is_no_input_of_the_self_assessment() {
    use scorecard_engine::simulate::sandbox::{record_inputs, record_value};
    let ws = demo();
    let rec = ws
        .records
        .iter()
        .find(|r| !r.panel.is_empty())
        .expect("a panel");
    let before = record_inputs(&ws, &record_value(&ws, &rec.unit, &rec.period).unwrap());
    let mut doc = scorecard_engine::export::workspace_value(&ws);
    let i = ws
        .records
        .iter()
        .position(|r| std::ptr::eq(r, rec))
        .unwrap();
    let (ind, _) = rec.panel.iter().next().unwrap();
    let path = format!("records[{i}].panel.{ind}[0].expert");
    let path = scorecard_engine::path::JsonPath::parse(&path).unwrap();
    assert!(doc.set_at(&path, Value::str("张三")));
    let named = scorecard_engine::parse::workspace_from_value(&doc).unwrap();
    assert_eq!(named.records[i].expert_names[ind][0], "张三");
    let after = record_inputs(
        &named,
        &record_value(&named, &rec.unit, &rec.period).unwrap(),
    );
    let paths = |v: &[scorecard_engine::simulate::sandbox::RecordInput]| {
        v.iter().map(|x| x.path.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        paths(&after),
        paths(&before),
        "the same inputs, the name not among them"
    );
}
