//! Period scores kept between calls, so that an edit recomputes only what it changed
//! (issue 8: the app rescoring on every typed digit).
//!
//! A period's unranked scores ([`period::score_period`]) depend on the plan, each unit's
//! profile, that period's records (in workspace order) and the weight table, and on nothing
//! else. [`PeriodCache`] keeps, per period and weight table, the scores with exact copies of
//! those inputs; a later call with equal inputs (compared in full, not by a hash) takes the
//! scores again instead of computing them. Grading, ranking, the annual composite and the
//! people's linked scores are always computed afresh from the periods, so a cached figure is
//! by construction the figure a fresh [`super::score`] gives (the engine's `cache` tests hold
//! them equal).

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
