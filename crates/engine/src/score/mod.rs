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
pub mod grade;
pub mod indicator;
pub mod people;
pub mod period;

use crate::error::ScoreError;
use crate::exact::Exact;
use crate::model::{Grading, Scenario, Workspace};
use grade::{Grade, GradeInput, GradeReason, Honour};
use period::{UnitPeriod, Warning, WeightTable};
use rust_decimal::Decimal;

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
}

impl Cycle {
    /// Scores every period up to and including `until` (all when `None`).
    pub fn compute(
        ws: &Workspace,
        weights: &WeightTable,
        until: Option<&str>,
    ) -> Result<Self, ScoreError> {
        let mut periods = Vec::new();
        for p in &ws.plan.periods {
            periods.push((p.id.clone(), period::score_period(ws, &p.id, weights)?));
            if until == Some(p.id.as_str()) {
                break;
            }
        }
        Ok(Cycle { periods })
    }

    /// A unit's published score in a period, if scored.
    pub fn published(&self, period: &str, unit: &str) -> Option<Decimal> {
        self.periods
            .iter()
            .find(|(p, _)| p == period)
            .and_then(|(_, us)| us.iter().find(|u| u.unit == unit))
            .map(|u| u.published)
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
            let cycle = Cycle::compute(ws, &weights, Some(pid))?;
            score_one_period(ws, &cycle, pid, &grading)
        }
        PeriodChoice::Annual => {
            let cycle = Cycle::compute(ws, &weights, None)?;
            annual::score_annual(ws, &cycle, &grading)
        }
    };
    let official = !units.iter().any(|u| u.flags.band_violation);
    let people = people::link(ws, &units);
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

fn score_one_period(
    ws: &Workspace,
    cycle: &Cycle,
    pid: &str,
    grading: &Grading,
) -> (Vec<UnitResult>, u32, bool) {
    let empty = Vec::new();
    let idx = cycle.periods.iter().position(|(p, _)| p == pid);
    let scored = idx
        .and_then(|i| cycle.periods.get(i))
        .map(|(_, u)| u)
        .unwrap_or(&empty);
    let earlier: Vec<&(String, Vec<UnitPeriod>)> = match idx {
        Some(i) => cycle.periods.iter().take(i).collect(),
        None => Vec::new(),
    };
    // READING 8: the nearest earlier period in which the unit was scored, else history.
    let previous = |unit: &str| -> Option<Decimal> {
        earlier
            .iter()
            .rev()
            .find_map(|(_, us)| us.iter().find(|u| u.unit == unit).map(|u| u.published))
            .or_else(|| latest_history(ws, unit))
    };
    let core = ws.plan.dimensions.first().map(|d| d.id.clone());
    let inputs: Vec<GradeInput> = scored
        .iter()
        .map(|u| GradeInput {
            score: u.published,
            core: core.as_deref().and_then(|c| u.dimension_published(c)),
            deduction: u.deduction.round2().unwrap_or(Decimal::MAX),
            veto: u.veto,
            dimensions: published_dimensions(u),
            previous: previous(&u.unit),
        })
        .collect();
    let graded = grade::grade_set(&inputs, grading, &ws.plan.warnings);
    let mut units: Vec<UnitResult> = scored
        .iter()
        .zip(inputs)
        .zip(graded.outputs)
        .map(|((u, input), g)| {
            let lag = u.lag_warnings.first().map(|l| l.level);
            let warning = lag.max(g.drop_warning.map(|(_, c)| c));
            UnitResult {
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
                delta: input.previous.map(|p| u.published - p),
                detail: UnitDetail::Period(Box::new(u.clone())),
            }
        })
        .collect();
    order_units(&mut units);
    (units, graded.quota, graded.quota_tie)
}

/// A unit's present dimension scores, published, in plan order.
fn published_dimensions(u: &UnitPeriod) -> Vec<(String, Decimal)> {
    u.dimensions
        .iter()
        .filter_map(|d| Some((d.id.clone(), d.score.as_ref()?.round2()?)))
        .collect()
}

/// A convenience for callers that need exact figures as published decimals.
pub fn publish(x: &Exact) -> Decimal {
    x.round2().unwrap_or(Decimal::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse_workspace, EXAMPLE_WORKSPACE};

    /// A survey scale with equal ends (validation refuses it; a workspace built in code can
    /// have it) maps every rating by a division by zero: that is an error, not a score of 0.
    #[test]
    fn a_degenerate_survey_scale_is_an_error_not_a_zero_score() {
        let mut ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
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
