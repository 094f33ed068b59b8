//! Scoring a workspace: one period or the annual composite, under the plan or a scenario,
//! into a [`ResultSet`] that carries every figure and the reasons behind it.
//!
//! ```
//! let ws = scorecard_engine::parse_workspace(scorecard_engine::EXAMPLE_WORKSPACE).unwrap();
//! let q = scorecard_engine::Query::period("2026Q1");
//! let results = scorecard_engine::score(&ws, &q).unwrap();
//! assert_eq!(results.units[0].score.to_string(), "90.46");
//! ```

pub mod annual;
pub mod cache;
pub mod grade;
pub mod indicator;
pub mod people;
pub mod period;

use crate::error::ScoreError;
use crate::exact::Exact;
use crate::model::{Grading, Scenario, Workspace};
use cache::PeriodCache;
use grade::{Grade, GradeInput, GradeOutput, GradeReason, Honour};
use period::{UnitPeriod, Warning, WeightTable};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Which figures: one period, or the annual composite.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PeriodChoice {
    /// A period id of the plan.
    Period(String),
    /// The annual composite (§7).
    Annual,
}

impl PeriodChoice {
    /// From a command-line or file word: `annual` or a period id.
    pub fn from_word(w: &str) -> Self {
        if w == "annual" {
            PeriodChoice::Annual
        } else {
            PeriodChoice::Period(w.to_string())
        }
    }

    /// The word used in files.
    pub fn as_word(&self) -> &str {
        match self {
            PeriodChoice::Period(p) => p,
            PeriodChoice::Annual => "annual",
        }
    }
}

/// What to score.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Query {
    /// The period, or annual.
    pub period: PeriodChoice,
    /// A scenario id, or `None` for the plan.
    pub scenario: Option<String>,
}

impl Query {
    /// A period under the plan.
    pub fn period(id: &str) -> Self {
        Query {
            period: PeriodChoice::Period(id.to_string()),
            scenario: None,
        }
    }

    /// The annual composite under the plan.
    pub fn annual() -> Self {
        Query {
            period: PeriodChoice::Annual,
            scenario: None,
        }
    }

    /// The same query under a scenario.
    pub fn with_scenario(mut self, scenario: Option<&str>) -> Self {
        self.scenario = scenario.map(str::to_string);
        self
    }
}

/// The flags of one unit (§6), in output order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// Data missing.
    pub incomplete: bool,
    /// Profile weights outside the bands.
    pub band_violation: bool,
    /// Reported and audited differ beyond tolerance.
    pub audit_discrepancy: bool,
    /// Special review (專項復核).
    pub special_review: bool,
    /// Rectification (整改+專項督導).
    pub rectification: bool,
    /// Leadership review (嚴重不合格).
    pub leadership_review: bool,
}

impl Flags {
    /// The set flags' words, in output order.
    pub fn words(&self) -> Vec<&'static str> {
        [
            (self.incomplete, "incomplete"),
            (self.band_violation, "band_violation"),
            (self.audit_discrepancy, "audit_discrepancy"),
            (self.special_review, "special_review"),
            (self.rectification, "rectification"),
            (self.leadership_review, "leadership_review"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, w)| w)
        .collect()
    }

    /// Every flag word, in output order.
    pub const ALL: [&'static str; 6] = [
        "incomplete",
        "band_violation",
        "audit_discrepancy",
        "special_review",
        "rectification",
        "leadership_review",
    ];
}

/// How a unit's figures were made: the full period computation, or the annual parts.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitDetail {
    /// A period's computation.
    Period(Box<UnitPeriod>),
    /// The annual composite's parts.
    Annual(Box<annual::AnnualDetail>),
}

/// One unit's results.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitResult {
    /// Unit id.
    pub unit: String,
    /// Published score `S` (or annual `A`).
    pub score: Decimal,
    /// Competition rank.
    pub rank: u32,
    /// Grade.
    pub grade: Grade,
    /// Why that grade.
    pub grade_reason: GradeReason,
    /// Excellent blocked by a veto.
    pub veto: bool,
    /// Published deduction (annual: the cycle's total).
    pub deduction: Decimal,
    /// Published dimension scores present, in plan order.
    pub dimensions: Vec<(String, Decimal)>,
    /// Flags.
    pub flags: Flags,
    /// Warning colour, the highest reached.
    pub warning: Option<Warning>,
    /// `previous − score` when it reaches a warning colour.
    pub drop_warning: Option<(Decimal, Warning)>,
    /// Honours.
    pub honours: Vec<Honour>,
    /// Previous assessment's published score.
    pub previous: Option<Decimal>,
    /// `score − previous`.
    pub delta: Option<Decimal>,
    /// The computation behind it.
    pub detail: UnitDetail,
}

/// One person's linked score (§9).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonResult {
    /// Person id.
    pub person: String,
    /// The unit whose score is linked (own, or host for seconded staff).
    pub unit: String,
    /// That unit's published score, if scored in this set.
    pub unit_score: Option<Decimal>,
    /// Personal score, if any.
    pub personal: Option<Decimal>,
    /// λ.
    pub lambda: Decimal,
    /// `round2((1 − λ)·personal + λ·S)`.
    pub score: Option<Decimal>,
    /// False for new hires under the minimum months.
    pub graded: bool,
}

/// The results of one query.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultSet {
    /// What was scored.
    pub query: Query,
    /// The grading settings in force.
    pub grading: Grading,
    /// No unit has `band_violation` (READING 3).
    pub official: bool,
    /// Excellent places.
    pub quota: u32,
    /// Ties beyond the quota made Excellent.
    pub quota_tie: bool,
    /// Units, by rank then id.
    pub units: Vec<UnitResult>,
    /// People, in workspace order.
    pub people: Vec<PersonResult>,
}

impl ResultSet {
    /// A unit's results, if it is in the set.
    pub fn unit(&self, id: &str) -> Option<&UnitResult> {
        self.units.iter().find(|u| u.unit == id)
    }
}

/// The scenario asked for, checked.
pub fn find_scenario<'a>(ws: &'a Workspace, q: &Query) -> Result<Option<&'a Scenario>, ScoreError> {
    match &q.scenario {
        None => Ok(None),
        Some(id) => ws
            .scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(Some)
            .ok_or_else(|| ScoreError::UnknownScenario(id.clone())),
    }
}

/// The last period of the plan that has records (the command's default), else the last
/// period.
pub fn default_period(ws: &Workspace) -> Option<&str> {
    ws.plan
        .periods
        .iter()
        .rev()
        .find(|p| ws.records.iter().any(|r| r.period == p.id))
        .or(ws.plan.periods.last())
        .map(|p| p.id.as_str())
}

/// Every period's unranked scores under one weight table, in plan order, computed once.
pub struct Cycle {
    /// Per period id (in plan order): the units scored.
    pub periods: Vec<(String, Vec<UnitPeriod>)>,
    /// Per period (same order): unit id → index in that period's units, so that looking a
    /// unit up is not a scan (10 000 units × periods would be quadratic).
    index: Vec<HashMap<String, usize>>,
}

impl Cycle {
    /// Scores every period up to and including `until` (all when `None`).
    pub fn compute(
        ws: &Workspace,
        weights: &WeightTable,
        until: Option<&str>,
    ) -> Result<Self, ScoreError> {
        Self::compute_with(ws, weights, until, None)
    }

    /// [`Cycle::compute`], taking each period's scores from `cache` when it has them.
    pub(crate) fn compute_with(
        ws: &Workspace,
        weights: &WeightTable,
        until: Option<&str>,
        mut cache: Option<&mut PeriodCache>,
    ) -> Result<Self, ScoreError> {
        let mut periods = Vec::new();
        for p in &ws.plan.periods {
            let scores = match cache.as_deref_mut() {
                Some(c) => c.period(ws, &p.id, weights)?,
                None => period::score_period(ws, &p.id, weights)?,
            };
            periods.push((p.id.clone(), scores));
            if until == Some(p.id.as_str()) {
                break;
            }
        }
        let index = periods
            .iter()
            .map(|(_, us)| {
                us.iter()
                    .enumerate()
                    .map(|(i, u)| (u.unit.clone(), i))
                    .collect()
            })
            .collect();
        Ok(Cycle { periods, index })
    }

    /// A unit's scores in the `k`-th period of the cycle, if it was scored there.
    pub fn unit_at(&self, k: usize, unit: &str) -> Option<&UnitPeriod> {
        let i = *self.index.get(k)?.get(unit)?;
        self.periods.get(k)?.1.get(i)
    }

    /// A unit's published score in a period, if scored.
    pub fn published(&self, period: &str, unit: &str) -> Option<Decimal> {
        let k = self.periods.iter().position(|(p, _)| p == period)?;
        self.unit_at(k, unit).map(|u| u.published)
    }
}

/// The latest history entry that lists the unit (§6, §7).
pub fn latest_history(ws: &Workspace, unit: &str) -> Option<Decimal> {
    ws.history
        .iter()
        .rev()
        .find_map(|h| h.scores.get(unit).copied())
}

/// Scores a workspace as asked.
pub fn score(ws: &Workspace, q: &Query) -> Result<ResultSet, ScoreError> {
    score_with(ws, q, None)
}

/// Scores a workspace as asked, taking the periods' scores that `cache` holds for equal
/// inputs and keeping the ones computed ([`cache`]): the same result as [`score`], faster
/// after an edit that leaves most periods alone.
pub fn score_cached(
    ws: &Workspace,
    q: &Query,
    cache: &mut PeriodCache,
) -> Result<ResultSet, ScoreError> {
    score_with(ws, q, Some(cache))
}

fn score_with(
    ws: &Workspace,
    q: &Query,
    cache: Option<&mut PeriodCache>,
) -> Result<ResultSet, ScoreError> {
    let scenario = find_scenario(ws, q)?;
    let weights = period::weights_in_force(&ws.plan, scenario);
    let grading = match scenario {
        Some(s) => s.grading.apply(&ws.plan.grading),
        None => ws.plan.grading.clone(),
    };
    let (units, quota, quota_tie) = match &q.period {
        PeriodChoice::Period(pid) => {
            if !ws.plan.periods.iter().any(|p| &p.id == pid) {
                return Err(ScoreError::UnknownPeriod(pid.clone()));
            }
            let cycle = Cycle::compute_with(ws, &weights, Some(pid), cache)?;
            score_one_period(ws, cycle, pid, &grading)?
        }
        PeriodChoice::Annual => {
            let cycle = Cycle::compute_with(ws, &weights, None, cache)?;
            annual::score_annual(ws, &cycle, &grading)?
        }
    };
    let official = !units.iter().any(|u| u.flags.band_violation);
    let people = people::link(ws, &units)?;
    Ok(ResultSet {
        query: q.clone(),
        grading,
        official,
        quota,
        quota_tie,
        units,
        people,
    })
}

/// Orders units by rank, then id (the results file's order).
fn order_units(units: &mut [UnitResult]) {
    units.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.unit.cmp(&b.unit)));
}

/// Grades one period of the cycle; takes the cycle so that each unit's detail is moved
/// into its result, not copied (at 10 000 units a copy doubled the memory).
fn score_one_period(
    ws: &Workspace,
    mut cycle: Cycle,
    pid: &str,
    grading: &Grading,
) -> Result<(Vec<UnitResult>, u32, bool), ScoreError> {
    let idx = cycle.periods.iter().position(|(p, _)| p == pid);
    let empty = Vec::new();
    let scored = idx
        .and_then(|i| cycle.periods.get(i))
        .map(|(_, u)| u)
        .unwrap_or(&empty);
    // READING 8: the nearest earlier period in which the unit was scored, else history.
    let previous = |unit: &str| -> Option<Decimal> {
        (0..idx.unwrap_or(0))
            .rev()
            .find_map(|k| cycle.unit_at(k, unit).map(|u| u.published))
            .or_else(|| latest_history(ws, unit))
    };
    let core = ws.plan.dimensions.first().map(|d| d.id.clone());
    let inputs: Vec<GradeInput> = scored
        .iter()
        .map(|u| {
            let dimensions = published_dimensions(u)?;
            Ok(GradeInput {
                score: u.published,
                core: core_of(core.as_deref(), &dimensions),
                deduction: publish(&u.deduction)?,
                veto: u.veto,
                dimensions,
                previous: previous(&u.unit),
            })
        })
        .collect::<Result<_, ScoreError>>()?;
    let scored = match idx.and_then(|i| cycle.periods.get_mut(i)) {
        Some((_, us)) => std::mem::take(us),
        None => Vec::new(),
    };
    grade_rows(ws, grading, scored, inputs, period_result)
}

/// Grades a set as a whole (one row and grade input per scored unit) and makes each row's
/// result: the units in results order, the quota and whether the quota line ties.
fn grade_rows<R>(
    ws: &Workspace,
    grading: &Grading,
    rows: impl IntoIterator<Item = R>,
    inputs: Vec<GradeInput>,
    result: impl FnMut(((R, GradeInput), GradeOutput)) -> Result<UnitResult, ScoreError>,
) -> Result<(Vec<UnitResult>, u32, bool), ScoreError> {
    check_deltas(&inputs)?;
    let graded = grade::grade_set(&inputs, grading, &ws.plan.warnings);
    let mut units: Vec<UnitResult> = rows
        .into_iter()
        .zip(inputs)
        .zip(graded.outputs)
        .map(result)
        .collect::<Result<_, _>>()?;
    order_units(&mut units);
    Ok((units, graded.quota, graded.quota_tie))
}

/// A unit's result in one period, from its figures, grade input and grade.
/// One unit's period result; the unit's detail is moved in, not copied.
fn period_result(
    ((u, input), g): ((UnitPeriod, GradeInput), GradeOutput),
) -> Result<UnitResult, ScoreError> {
    let lag = u.lag_warnings.first().map(|l| l.level);
    let warning = lag.max(g.drop_warning.map(|(_, c)| c));
    Ok(UnitResult {
        unit: u.unit.clone(),
        score: u.published,
        rank: g.rank,
        grade: g.grade,
        grade_reason: g.reason,
        veto: u.veto,
        deduction: input.deduction,
        dimensions: input.dimensions,
        flags: Flags {
            incomplete: u.incomplete,
            band_violation: u.band_violation,
            audit_discrepancy: u.audit_discrepancy,
            special_review: u.special_review,
            rectification: g.rectification,
            leadership_review: g.leadership_review,
        },
        warning,
        drop_warning: g.drop_warning,
        honours: g.honours,
        previous: input.previous,
        delta: delta(u.published, input.previous)?,
        detail: UnitDetail::Period(Box::new(u)),
    })
}

/// A unit's present dimension scores, published, in plan order.
fn published_dimensions(u: &UnitPeriod) -> Result<Vec<(String, Decimal)>, ScoreError> {
    u.dimensions
        .iter()
        .filter_map(|d| Some((d.id.clone(), d.score.as_ref()?)))
        .map(|(id, s)| Ok((id, publish(s)?)))
        .collect()
}

/// The core dimension's published score among a unit's published dimensions (tie-break).
fn core_of(core: Option<&str>, dimensions: &[(String, Decimal)]) -> Option<Decimal> {
    core.and_then(|c| dimensions.iter().find(|(d, _)| d == c).map(|(_, s)| *s))
}

/// The change from the previous score, `S − previous`; refused when it does not fit a
/// decimal (only with absurd figures in a workspace built in code).
fn delta(score: Decimal, previous: Option<Decimal>) -> Result<Option<Decimal>, ScoreError> {
    previous
        .map(|p| {
            score.checked_sub(p).ok_or_else(|| {
                ScoreError::Overflow((Exact::from(score) - Exact::from(p)).display(2))
            })
        })
        .transpose()
}

/// Refuses a set whose change from a previous score does not fit a decimal, before
/// grading (whose drop warning subtracts the two).
fn check_deltas(inputs: &[GradeInput]) -> Result<(), ScoreError> {
    for i in inputs {
        delta(i.score, i.previous)?;
    }
    Ok(())
}

/// An exact figure as published: `round2(x)`, half away from zero (§0). A figure too
/// large for a decimal at 2 places is refused ([`ScoreError::Overflow`], with its text),
/// never saturated: a published figure is either right or absent.
pub fn publish(x: &Exact) -> Result<Decimal, ScoreError> {
    x.round2().ok_or_else(|| ScoreError::Overflow(x.display(2)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::example;

    /// Figures too large to publish (reachable only in a workspace built in code, past
    /// validation's limits): each query is refused with `Overflow`, never saturated to
    /// `Decimal::MAX`, never dropped, never a panic.
    fn assert_overflow(ws: &Workspace, queries: &[Query]) {
        for q in queries {
            let got = score(ws, q);
            assert!(
                matches!(&got, Err(ScoreError::Overflow(t)) if !t.is_empty()),
                "{q:?}: {:?}",
                got.map(|rs| rs
                    .units
                    .iter()
                    .map(|u| (u.score, u.deduction))
                    .collect::<Vec<_>>())
            );
        }
    }

    fn zd1_q1(ws: &mut Workspace) -> &mut crate::model::Record {
        ws.records
            .iter_mut()
            .find(|r| r.unit == "zd1" && r.period == "2026Q1")
            .unwrap()
    }

    /// An uncapped bonus of `Decimal::MAX` per item: the period score overflows (it was
    /// published as `Decimal::MAX`).
    #[test]
    fn a_period_score_too_large_to_publish_is_refused() {
        let mut ws = example();
        ws.plan.bonus.per_item = Decimal::MAX;
        ws.plan.bonus.cap = None;
        zd1_q1(&mut ws).closed_items = 10;
        assert_overflow(&ws, &[Query::period("2026Q1"), Query::annual()]);
    }

    /// A baseline of `Decimal::MAX`: zd1's 2% deduction fits no 2-place decimal (its
    /// score is 0 and publishes; the deduction was published as `Decimal::MAX`).
    #[test]
    fn a_deduction_too_large_to_publish_is_refused() {
        let mut ws = example();
        ws.plan.baseline = Decimal::MAX;
        assert_overflow(&ws, &[Query::period("2026Q1"), Query::annual()]);
    }

    /// A previous score of `Decimal::MIN` (history): `S − previous` fits no decimal (it
    /// panicked).
    #[test]
    fn a_change_too_large_to_publish_is_refused() {
        let mut ws = example();
        for h in &mut ws.history {
            for s in h.scores.values_mut() {
                *s = Decimal::MIN;
            }
        }
        assert_overflow(&ws, &[Query::period("2026Q1"), Query::annual()]);
    }

    /// A personal score of `Decimal::MAX`: the linked score overflows (it was left out,
    /// as if the person had no score).
    #[test]
    fn a_linked_score_too_large_to_publish_is_refused() {
        let mut ws = example();
        for p in &mut ws.people {
            p.personal = Some(Decimal::MAX);
        }
        assert_overflow(&ws, &[Query::period("2026Q1")]);
    }

    /// Coefficients of 10^15 each: `k_c·k_r` (in the results file) fits no decimal (it
    /// was shown as 1).
    #[test]
    fn a_coefficient_too_large_to_publish_is_refused() {
        let mut ws = example();
        let r = zd1_q1(&mut ws);
        r.coordination = Some(Decimal::from(1_000_000_000_000_000u64));
        r.risk = r.coordination;
        assert_overflow(&ws, &[Query::period("2026Q1"), Query::annual()]);
    }

    #[test]
    fn publish_rounds_or_refuses() {
        let x = Exact::from(Decimal::new(862_450, 4));
        assert_eq!(publish(&x), Ok(Decimal::new(8_625, 2)));
        let huge = Exact::from(Decimal::MAX) * Exact::int(10);
        assert!(matches!(publish(&huge), Err(ScoreError::Overflow(_))));
    }

    /// A survey scale with equal ends (validation refuses it; a workspace built in code can
    /// have it) maps every rating by a division by zero: that is an error, not a score of 0.
    #[test]
    fn a_degenerate_survey_scale_is_an_error_not_a_zero_score() {
        let mut ws = example();
        ws.plan.survey.scale = (Decimal::from(5), Decimal::from(5));
        for q in [Query::period("2026Q1"), Query::annual()] {
            assert!(
                matches!(score(&ws, &q), Err(ScoreError::DivisionByZero(_))),
                "{q:?}: {:?}",
                score(&ws, &q).map(|rs| rs.units.first().map(|u| u.score))
            );
        }
    }
}
