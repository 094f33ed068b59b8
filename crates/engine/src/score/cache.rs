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

/// How many weight tables a period keeps scores for (the plan's and a few scenarios'); the
/// one used longest ago goes first.
const WEIGHT_TABLES: usize = 8;

/// What one period's scores depend on, besides the weight table.
#[derive(Debug)]
struct Inputs {
    period: String,
    plan: Plan,
    /// (unit id, profile id) of every unit, in workspace order.
    profiles: Vec<(String, String)>,
    /// The period's records, in workspace order.
    records: Vec<Record>,
}

impl Inputs {
    fn of(ws: &Workspace, pid: &str) -> Self {
        Inputs {
            period: pid.to_string(),
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
        }
    }

    /// Whether these are the workspace's inputs for the period.
    fn are_those_of(&self, ws: &Workspace) -> bool {
        self.plan == ws.plan
            && self
                .profiles
                .iter()
                .map(|(u, p)| (u.as_str(), p.as_str()))
                .eq(ws.units.iter().map(|u| (u.id.as_str(), u.profile.as_str())))
            && self
                .records
                .iter()
                .eq(ws.records.iter().filter(|r| r.period == self.period))
    }
}

/// One period's inputs and its scores under each weight table computed from them, most
/// recently computed last. One entry per period: the cache holds at most one copy of the
/// workspace's records, and cloning it (the app's state is cloned at every change) copies
/// only pointers.
#[derive(Debug, Clone)]
struct Entry {
    inputs: Arc<Inputs>,
    scores: Vec<Arc<(WeightTable, Vec<UnitPeriod>)>>,
}

/// Period scores kept between calls to [`super::score_cached`]: per period, its inputs and its
/// scores under the weight tables asked for. Two caches compare equal: a cache is a memo, not
/// a part of any state's meaning.
#[derive(Debug, Clone, Default)]
pub struct PeriodCache {
    entries: Vec<Entry>,
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

    /// How many periods it holds inputs for, and how many score sets in all (at most one
    /// entry per period of the plan, and [`WEIGHT_TABLES`] sets in each).
    pub fn held(&self) -> (usize, usize) {
        (
            self.entries.len(),
            self.entries.iter().map(|e| e.scores.len()).sum(),
        )
    }

    /// The unranked scores of period `pid` under `weights`: kept ones when every input is
    /// equal, else computed (and kept, unless scoring failed). A period whose inputs changed
    /// starts a new entry in place of its old one; entries of periods the plan no longer has
    /// are dropped.
    pub(super) fn period(
        &mut self,
        ws: &Workspace,
        pid: &str,
        weights: &WeightTable,
    ) -> Result<Vec<UnitPeriod>, ScoreError> {
        self.entries
            .retain(|e| ws.plan.periods.iter().any(|p| p.id == e.inputs.period));
        let at = self.entries.iter().position(|e| e.inputs.period == pid);
        let current = at
            .and_then(|i| self.entries.get(i))
            .filter(|e| e.inputs.are_those_of(ws));
        if let Some(kept) = current.and_then(|e| e.scores.iter().find(|s| s.0 == *weights)) {
            self.reused += 1;
            return Ok(kept.1.clone());
        }
        let inputs = match current {
            Some(e) => e.inputs.clone(),
            None => Arc::new(Inputs::of(ws, pid)),
        };
        let mut tables = current.map(|e| e.scores.clone()).unwrap_or_default();
        let scores = period::score_period(ws, pid, weights)?;
        self.computed += 1;
        if tables.len() >= WEIGHT_TABLES {
            tables.remove(0);
        }
        tables.push(Arc::new((weights.clone(), scores.clone())));
        let entry = Entry {
            inputs,
            scores: tables,
        };
        match at.and_then(|i| self.entries.get_mut(i)) {
            Some(slot) => *slot = entry,
            None => self.entries.push(entry),
        }
        Ok(scores)
    }
}
