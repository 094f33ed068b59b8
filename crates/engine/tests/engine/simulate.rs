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
        assert_eq!(r.units.len(), rs.units.len());
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
                u.rank_counts[exact.rank as usize - 1],
                20,
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
                    let new = match rec.values.get(ind) {
                        Some(InputValue::Audited { reported, .. }) => InputValue::Audited {
                            reported: *reported,
                            audited: v,
                        },
                        _ => InputValue::Plain(v),
                    };
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

#[test]
fn comparison_and_appeal_preview_cover_every_unit() {
    let ws = demo();
    let c = compare(&ws, &PeriodChoice::Annual, &[]).unwrap();
    assert_eq!(c.units.len(), c.plan.units.len());
    assert!(c
        .units
        .iter()
        .all(|u| u.scenarios.len() == ws.scenarios.len()));
    let rec = ws
        .records
        .iter()
        .find(|r| r.values.contains_key("progress"))
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
    assert_eq!(p.units.len(), p.before.units.len());
}
