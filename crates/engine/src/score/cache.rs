//! Period scores kept between calls, so that an edit recomputes only what it changed
//! (issue 8: the app rescoring on every typed digit).
//!
//! A period's unranked scores ([`period::score_period`]) depend on the plan, each unit's
//! profile, that period's records (in workspace order) and the weight table, and on nothing
//! else. [`PeriodCache`] keeps, per period and weight table, the scores with exact copies of
//! those inputs; a later call with equal inputs (compared in full, not by a hash) takes the
//! scores again instead of computing them. Grading, ranking, the annual composite and the
//! people's linked scores are always computed afresh from the periods, so a cached figure is
//! by construction the figure a fresh [`super::score`] gives (a test holds them equal).

use super::period::{self, UnitPeriod, WeightTable};
use crate::error::ScoreError;
use crate::model::{Plan, Record, Workspace};
use std::sync::Arc;

/// How many (period, weight table) entries are kept: every period of a plan under the plan
/// and a few scenarios. The oldest goes first.
const LIMIT: usize = 48;

/// One period's scores and everything they were computed from.
#[derive(Debug)]
struct Entry {
    period: String,
    weights: WeightTable,
    plan: Plan,
    /// (unit id, profile id) of every unit, in workspace order.
    profiles: Vec<(String, String)>,
    /// The period's records, in workspace order.
    records: Vec<Record>,
    scores: Vec<UnitPeriod>,
}

impl Entry {
    fn serves(&self, ws: &Workspace, pid: &str, weights: &WeightTable) -> bool {
        self.period == pid
            && self.weights == *weights
            && self.plan == ws.plan
            && self
                .profiles
                .iter()
                .map(|(u, p)| (u.as_str(), p.as_str()))
                .eq(ws.units.iter().map(|u| (u.id.as_str(), u.profile.as_str())))
            && self
                .records
                .iter()
                .eq(ws.records.iter().filter(|r| r.period == pid))
    }
}

/// Period scores kept between calls to [`super::score_cached`]. Cloning shares the entries.
/// Two caches compare equal: a cache is a memo, not a part of any state's meaning.
#[derive(Debug, Clone, Default)]
pub struct PeriodCache {
    entries: Vec<Arc<Entry>>,
    computed: usize,
    reused: usize,
}

impl PartialEq for PeriodCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl PeriodCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many period scores were computed, and how many were taken from the cache, since
    /// the cache was made.
    pub fn counts(&self) -> (usize, usize) {
        (self.computed, self.reused)
    }

    /// The unranked scores of period `pid` under `weights`: kept ones when every input is
    /// equal, else computed (and kept, unless scoring failed).
    pub(super) fn period(
        &mut self,
        ws: &Workspace,
        pid: &str,
        weights: &WeightTable,
    ) -> Result<Vec<UnitPeriod>, ScoreError> {
        if let Some(e) = self.entries.iter().find(|e| e.serves(ws, pid, weights)) {
            self.reused += 1;
            return Ok(e.scores.clone());
        }
        let scores = period::score_period(ws, pid, weights)?;
        self.computed += 1;
        self.entries
            .retain(|e| !(e.period == pid && e.weights == *weights));
        if self.entries.len() >= LIMIT {
            self.entries.remove(0);
        }
        self.entries.push(Arc::new(Entry {
            period: pid.to_string(),
            weights: weights.clone(),
            plan: ws.plan.clone(),
            profiles: ws
                .units
                .iter()
                .map(|u| (u.id.clone(), u.profile.clone()))
                .collect(),
            records: ws
                .records
                .iter()
                .filter(|r| r.period == pid)
                .cloned()
                .collect(),
            scores: scores.clone(),
        }));
        Ok(scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{score, score_cached, PeriodChoice, Query};
    use crate::testing::d;
    use crate::{parse_workspace, DEMO_WORKSPACE};

    fn demo() -> Workspace {
        parse_workspace(DEMO_WORKSPACE).unwrap()
    }

    /// Every query of the workspace: each period and the annual composite, under the plan and
    /// under each scenario.
    fn queries(ws: &Workspace) -> Vec<Query> {
        let mut periods: Vec<PeriodChoice> = ws
            .plan
            .periods
            .iter()
            .map(|p| PeriodChoice::Period(p.id.clone()))
            .collect();
        periods.push(PeriodChoice::Annual);
        let mut scenarios: Vec<Option<String>> = vec![None];
        scenarios.extend(ws.scenarios.iter().map(|s| Some(s.id.clone())));
        scenarios
            .iter()
            .flat_map(|s| {
                periods.iter().map(move |p| Query {
                    period: p.clone(),
                    scenario: s.clone(),
                })
            })
            .collect()
    }

    fn assert_same_as_fresh(ws: &Workspace, cache: &mut PeriodCache) {
        for q in queries(ws) {
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
        ws.plan.baseline += d("1");
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
}
