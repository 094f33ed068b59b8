//! The period cache (`score::cache`): results scored through it are the fresh results, and an
//! edit recomputes only the periods whose inputs it changed.

use crate::support::{demo, views};
use rust_decimal::Decimal;
use scorecard_engine::score::cache::PeriodCache;
use scorecard_engine::score::{score, score_cached, Query};
use scorecard_engine::Workspace;

fn assert_same_as_fresh(ws: &Workspace, cache: &mut PeriodCache) {
    for q in views(ws) {
        assert_eq!(score_cached(ws, &q, cache), score(ws, &q), "{q:?}");
    }
}

#[test]
fn cached_results_are_the_fresh_ones_and_a_second_pass_computes_nothing() {
    let ws = demo();
    assert!(ws.scenarios.len() >= 2 && ws.plan.periods.len() >= 4);
    let mut cache = PeriodCache::new();
    assert_same_as_fresh(&ws, &mut cache);
    let (computed, _) = cache.counts();
    // One computation per (period, weight table), however often a period is needed.
    assert_eq!(computed, ws.plan.periods.len() * (1 + ws.scenarios.len()));
    assert_same_as_fresh(&ws, &mut cache);
    assert_eq!(cache.counts().0, computed, "nothing computed again");
}

#[test]
fn an_edit_recomputes_its_period_only() {
    let mut ws = demo();
    let mut cache = PeriodCache::new();
    let last = ws.plan.periods.last().unwrap().id.clone();
    let q = Query::period(&last);
    let before = score_cached(&ws, &q, &mut cache).unwrap();
    let computed = cache.counts().0;
    let r = ws.records.iter_mut().find(|r| r.period == last).unwrap();
    r.closed_items += 2;
    let unit = r.unit.clone();
    let after = score_cached(&ws, &q, &mut cache).unwrap();
    assert_eq!(cache.counts().0, computed + 1, "the edited period alone");
    assert_eq!(Ok(&after), score(&ws, &q).as_ref());
    assert_ne!(before.unit(&unit), after.unit(&unit), "the edit shows");
    // An edit in the first period: it and every later period that reads it as
    // previous are graded again, and the figures are the fresh ones.
    assert_same_as_fresh(&ws, &mut cache);
    let first = ws.plan.periods.first().unwrap().id.clone();
    let r = ws.records.iter_mut().find(|r| r.period == first).unwrap();
    r.closed_items += 1;
    let computed = cache.counts().0;
    assert_same_as_fresh(&ws, &mut cache);
    assert_eq!(
        cache.counts().0,
        computed + 1 + ws.scenarios.len(),
        "the first period under each weight table"
    );
}

#[test]
fn plan_profile_and_record_order_changes_are_seen() {
    let mut ws = demo();
    let mut cache = PeriodCache::new();
    assert_same_as_fresh(&ws, &mut cache);
    // A plan change: every period again.
    ws.plan.baseline += Decimal::ONE;
    let computed = cache.counts().0;
    assert_same_as_fresh(&ws, &mut cache);
    assert!(cache.counts().0 > computed);
    // A unit moved to another profile.
    let other = ws.plan.profiles.last().unwrap().id.clone();
    let u = ws.units.iter_mut().find(|u| u.profile != other).unwrap();
    u.profile = other;
    let computed = cache.counts().0;
    assert_same_as_fresh(&ws, &mut cache);
    assert!(cache.counts().0 > computed);
    // The same records in another order (the results list units in record order at
    // equal rank and id, and cohort statistics read the records in order).
    ws.records.reverse();
    let computed = cache.counts().0;
    assert_same_as_fresh(&ws, &mut cache);
    assert!(cache.counts().0 > computed);
}

#[test]
fn the_cache_holds_one_entry_per_period_however_often_the_plan_changes() {
    let mut ws = demo();
    let mut cache = PeriodCache::new();
    let tables = 1 + ws.scenarios.len();
    for _ in 0..12 {
        ws.plan.baseline += Decimal::ONE;
        assert_same_as_fresh(&ws, &mut cache);
        assert_eq!(
            cache.held(),
            (ws.plan.periods.len(), ws.plan.periods.len() * tables)
        );
    }
    // A period the plan no longer has is dropped.
    ws.plan.periods.pop();
    ws.records
        .retain(|r| ws.plan.periods.iter().any(|p| p.id == r.period));
    assert_same_as_fresh(&ws, &mut cache);
    assert_eq!(cache.held().0, ws.plan.periods.len());
}
