//! One period's scores before ranking: indicators (§1–§3), dimensions and the weighted score
//! (§4), deductions, coefficients and bonus (§5). Every intermediate figure is kept, exact,
//! so that a unit's calculation receipt can show how its score came about.

use super::indicator::{self, CohortStats, PanelScore, SurveyScore};
use crate::error::ScoreError;
use crate::exact::Exact;
use crate::model::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The weights in force: per profile id, per dimension id (the plan's, or a scenario's).
pub type WeightTable = BTreeMap<String, BTreeMap<String, Decimal>>;

/// The weights of every profile under an optional scenario (§8).
pub fn weights_in_force(plan: &Plan, scenario: Option<&Scenario>) -> WeightTable {
    plan.profiles
        .iter()
        .map(|p| {
            let w = scenario
                .and_then(|s| s.weights.get(&p.id))
                .unwrap_or(&p.weights);
            (p.id.clone(), w.clone())
        })
        .collect()
}

/// Whether a weight set keeps every dimension's band and, with `core_largest`, gives the
/// core dimension the largest weight (§4, S3.2).
pub fn within_bands(plan: &Plan, weights: &BTreeMap<String, Decimal>) -> bool {
    let w = |id: &str| weights.get(id).copied().unwrap_or_default();
    let bands_ok = plan.dimensions.iter().all(|d| {
        let x = w(&d.id);
        x >= d.band.0 && x <= d.band.1
    });
    let core_ok = match plan.dimensions.first() {
        Some(core) if plan.core_largest => {
            let c = w(&core.id);
            plan.dimensions.iter().all(|d| w(&d.id) <= c)
        }
        _ => true,
    };
    bands_ok && core_ok
}

/// What a unit supplied for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum IndicatorInput {
    /// Nothing.
    Missing,
    /// A value (reported/audited when given so).
    Value(InputValue),
    /// 360° ratings, summarised.
    Survey(SurveyScore),
    /// Expert totals, summarised.
    Panel(PanelScore),
}

/// One indicator of one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorOutcome {
    /// Indicator id.
    pub id: String,
    /// Its dimension id.
    pub dimension: String,
    /// What was supplied.
    pub input: IndicatorInput,
    /// The cohort the score was taken against (min-max, z-score); one shared copy per
    /// cohort, not one per unit.
    pub cohort: Option<Arc<CohortStats>>,
    /// The indicator score; `None` when missing under `exclude`.
    pub score: Option<Exact>,
    /// Whether it had no data (scored 0 under `zero`, left out under `exclude`).
    pub missing: bool,
    /// Whether reported and audited differ beyond tolerance (§1.2).
    pub audit_discrepancy: bool,
    /// Its plan weight within the dimension.
    pub weight: Decimal,
    /// The weight it carried after rescaling over the indicators present (§1.3).
    pub effective_weight: Option<Exact>,
    /// `effective_weight × score`: its part of the dimension score.
    pub contribution: Option<Exact>,
}

/// One dimension of one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionOutcome {
    /// Dimension id.
    pub id: String,
    /// `D_d`; `None` when no indicator of it is present under `exclude`.
    pub score: Option<Exact>,
    /// Its profile weight `W_d` (in force).
    pub weight: Decimal,
    /// The weight after rescaling over the dimensions present.
    pub effective_weight: Option<Exact>,
    /// `effective_weight × D_d`: its part of the weighted score.
    pub contribution: Option<Exact>,
}

/// One negative-list event and what it cost.
#[derive(Debug, Clone, PartialEq)]
pub struct EventOutcome {
    /// Level id.
    pub level: String,
    /// Note.
    pub note: String,
    /// Its share of the baseline.
    pub pct: Decimal,
    /// `baseline × pct` (before any cap).
    pub amount: Exact,
}

/// Warning colour (S4.2), ordered: yellow < orange < red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warning {
    /// 黃
    Yellow,
    /// 橙
    Orange,
    /// 紅
    Red,
}

impl Warning {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Warning::Yellow => "yellow",
            Warning::Orange => "orange",
            Warning::Red => "red",
        }
    }

    /// The colour a figure reaches against `[yellow, orange, red]` thresholds.
    pub fn reached(x: &Exact, t: &[Decimal; 3]) -> Option<Warning> {
        let [y, o, r] = t;
        if *x >= Exact::from(*r) {
            Some(Warning::Red)
        } else if *x >= Exact::from(*o) {
            Some(Warning::Orange)
        } else if *x >= Exact::from(*y) {
            Some(Warning::Yellow)
        } else {
            None
        }
    }
}

/// A progress-lag warning on one indicator (§6).
#[derive(Debug, Clone, PartialEq)]
pub struct LagWarning {
    /// Indicator id.
    pub indicator: String,
    /// Planned value.
    pub planned: Decimal,
    /// Actual (scored) value.
    pub actual: Decimal,
    /// `planned − actual`.
    pub lag: Exact,
    /// The colour it reaches.
    pub level: Warning,
}

/// Everything computed for one unit in one period, before ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitPeriod {
    /// Unit id.
    pub unit: String,
    /// Its profile id.
    pub profile: String,
    /// Every indicator of the plan, in plan order.
    pub indicators: Vec<IndicatorOutcome>,
    /// Every dimension of the plan, in plan order.
    pub dimensions: Vec<DimensionOutcome>,
    /// Weighted score `B`.
    pub weighted: Exact,
    /// The events.
    pub events: Vec<EventOutcome>,
    /// `baseline × Σ pct` before the cap.
    pub deduction_uncapped: Exact,
    /// Deduction `P` (capped when the plan caps it).
    pub deduction: Exact,
    /// Coordination coefficient in force (1 when not entered).
    pub coordination: Decimal,
    /// Risk-control coefficient in force (1 when not entered).
    pub risk: Decimal,
    /// `k_c × k_r`, as an exact decimal product (READING 5).
    pub coefficient: Decimal,
    /// Improvement items closed.
    pub closed_items: u32,
    /// Bonus, capped.
    pub bonus: Exact,
    /// `(B − P)·k_c·k_r + bonus`, before the floor at 0 and any `max_score`.
    pub raw: Exact,
    /// The period score `F`.
    pub final_score: Exact,
    /// `S = round2(F)`.
    pub published: Decimal,
    /// Some indicator (or dimension) had no data.
    pub incomplete: bool,
    /// Its profile's weights break the bands.
    pub band_violation: bool,
    /// Some audited value differs from the reported one beyond tolerance.
    pub audit_discrepancy: bool,
    /// An event's level opens a special review.
    pub special_review: bool,
    /// An event's level vetoes Excellent.
    pub veto: bool,
    /// Lag warnings, worst first.
    pub lag_warnings: Vec<LagWarning>,
}

impl UnitPeriod {
    /// The published (2-place) score of a dimension, if present.
    pub fn dimension_published(&self, id: &str) -> Option<Decimal> {
        self.dimensions
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.score.as_ref())
            .and_then(Exact::round2)
    }
}

fn discrepancy(v: &InputValue, tolerance: Decimal) -> bool {
    match v {
        InputValue::Plain(_) => false,
        InputValue::Audited { reported, audited } => {
            let gap = Exact::from(*reported) - Exact::from(*audited);
            let limit = if audited.is_zero() {
                Exact::from(tolerance)
            } else {
                Exact::from(tolerance) * Exact::from(*audited).abs()
            };
            gap.abs() > limit
        }
    }
}

/// Scores every unit that has a record in `period`, under the given weights. An error only
/// for a computation without a result (see [`ScoreError::DivisionByZero`]).
pub fn score_period(
    ws: &Workspace,
    period: &str,
    weights: &WeightTable,
) -> Result<Vec<UnitPeriod>, ScoreError> {
    let plan = &ws.plan;
    let records: Vec<&Record> = ws.records.iter().filter(|r| r.period == period).collect();
    let profile_of: BTreeMap<&str, &str> = ws
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.profile.as_str()))
        .collect();
    let profile = |unit: &str| profile_of.get(unit).copied().unwrap_or("");

    // Cohort statistics for the cohort methods (§1.1), per indicator and cohort key.
    let mut cohorts: BTreeMap<(&str, &str), Arc<CohortStats>> = BTreeMap::new();
    for d in &plan.dimensions {
        for ind in &d.indicators {
            if !matches!(ind.method, Method::MinMax(_) | Method::ZScore(_)) {
                continue;
            }
            let mut groups: BTreeMap<&str, Vec<Exact>> = BTreeMap::new();
            for r in &records {
                if let Some(v) = r.values.get(&ind.id) {
                    let key = match plan.cohort {
                        CohortPolicy::All => "",
                        CohortPolicy::Profile => profile(&r.unit),
                    };
                    groups.entry(key).or_default().push(Exact::from(v.scored()));
                }
            }
            for (key, vals) in groups {
                if let Some(stats) = CohortStats::of(&vals) {
                    cohorts.insert((ind.id.as_str(), key), Arc::new(stats));
                }
            }
        }
    }

    let empty = BTreeMap::new();
    records
        .iter()
        .map(|r| {
            let prof = profile(&r.unit);
            let cohort_key = match plan.cohort {
                CohortPolicy::All => "",
                CohortPolicy::Profile => prof,
            };
            let w = weights.get(prof).unwrap_or(&empty);
            score_unit(ws, r, prof, w, |ind| {
                cohorts.get(&(ind, cohort_key)).cloned()
            })
        })
        .collect()
}

fn score_unit(
    ws: &Workspace,
    r: &Record,
    profile: &str,
    weights: &BTreeMap<String, Decimal>,
    cohort: impl Fn(&str) -> Option<Arc<CohortStats>>,
) -> Result<UnitPeriod, ScoreError> {
    let plan = &ws.plan;
    let zero_policy = plan.missing == MissingPolicy::Zero;
    let mut indicators = Vec::new();
    let mut dimensions = Vec::new();
    let mut incomplete = false;

    for d in &plan.dimensions {
        let first = indicators.len();
        for ind in &d.indicators {
            let outcome = score_indicator(plan, r, &d.id, ind, &cohort)?;
            incomplete |= outcome.missing; // READING 1: under both policies
            indicators.push(outcome);
        }
        let present = indicators.get_mut(first..).unwrap_or_default();
        let mut dimension = DimensionOutcome {
            id: d.id.clone(),
            score: weigh(
                present,
                |i| (i.weight, i.score.clone()),
                set_indicator_share,
            ),
            weight: weights.get(&d.id).copied().unwrap_or_default(),
            effective_weight: None,
            contribution: None,
        };
        // READING 15: a dimension whose present indicators all weigh 0 counts as absent.
        if dimension.score.is_none() && zero_policy {
            dimension.score = Some(Exact::zero());
        }
        dimensions.push(dimension);
    }

    // §4: B over the dimensions present, divided by the sum of their weights.
    let weighted = weigh(
        &mut dimensions,
        |d| (d.weight, d.score.clone()),
        set_dimension_share,
    )
    .unwrap_or_else(Exact::zero);

    let (events, special_review, veto) = event_outcomes(plan, r);
    let baseline = Exact::from(plan.baseline);
    let deduction_uncapped: Exact = events.iter().map(|e| e.amount.clone()).sum();
    let deduction = match plan.deductions.cap {
        Some(cap) => deduction_uncapped
            .clone()
            .min(baseline.clone() * Exact::from(cap)),
        None => deduction_uncapped.clone(),
    };

    // §5 coefficients and bonus.
    let coordination = r.coordination.unwrap_or(Decimal::ONE);
    let risk = r.risk.unwrap_or(Decimal::ONE);
    let coefficient = coordination.checked_mul(risk).ok_or_else(|| {
        ScoreError::Overflow((Exact::from(coordination) * Exact::from(risk)).display(2))
    })?;
    let bonus = bonus(plan, r);
    let raw =
        (weighted.clone() - deduction.clone()) * Exact::from(coordination) * Exact::from(risk)
            + bonus.clone();
    let mut final_score = raw.clone().max(Exact::zero());
    if let Some(m) = plan.max_score {
        final_score = final_score.min(Exact::from(m));
    }
    let published = super::publish(&final_score)?;

    let audit_discrepancy = indicators.iter().any(|i| i.audit_discrepancy);
    Ok(UnitPeriod {
        unit: r.unit.clone(),
        profile: profile.to_string(),
        incomplete: incomplete || dimensions.iter().any(|d| d.score.is_none()),
        band_violation: !within_bands(plan, weights),
        audit_discrepancy,
        special_review,
        veto,
        indicators,
        dimensions,
        weighted,
        events,
        deduction_uncapped,
        deduction,
        coordination,
        risk,
        coefficient,
        closed_items: r.closed_items,
        bonus,
        raw,
        final_score,
        published,
        lag_warnings: lag_warnings(plan, r),
    })
}

/// One indicator's outcome for one record (§1–§3): its input, its score (missing: `None`,
/// or 0 under the `zero` policy) and whether its audit differs (§1.2).
fn score_indicator(
    plan: &Plan,
    r: &Record,
    dimension: &str,
    ind: &Indicator,
    cohort: &impl Fn(&str) -> Option<Arc<CohortStats>>,
) -> Result<IndicatorOutcome, ScoreError> {
    let mut stats = None;
    let (input, score) = match &ind.method {
        Method::Survey => match r.ratings.get(&ind.id) {
            Some(g) => {
                let s = indicator::survey(g, &plan.survey)?;
                let score = s.score.clone();
                (IndicatorInput::Survey(s), score)
            }
            None => (IndicatorInput::Missing, None),
        },
        Method::Panel => match r.panel.get(&ind.id) {
            Some(e) => {
                let p = indicator::panel(e, &plan.panel);
                let score = p.score.clone();
                (IndicatorInput::Panel(p), score)
            }
            None => (IndicatorInput::Missing, None),
        },
        m => match r.values.get(&ind.id) {
            Some(v) => {
                let x = Exact::from(v.scored());
                let score = match m {
                    Method::Linear { worst, best } => Some(indicator::linear(&x, *worst, *best)),
                    Method::Bands(b) => Some(indicator::bands(&x, b)),
                    Method::MinMax(better) => {
                        stats = cohort(&ind.id);
                        stats.as_ref().map(|c| indicator::minmax(&x, *better, c))
                    }
                    Method::ZScore(better) => {
                        stats = cohort(&ind.id);
                        stats.as_ref().map(|c| indicator::zscore(&x, *better, c))
                    }
                    _ => Some(x.clamp(&Exact::zero(), &Exact::hundred())),
                };
                (IndicatorInput::Value(v.clone()), score)
            }
            None => (IndicatorInput::Missing, None),
        },
    };
    let missing = score.is_none();
    let audit_discrepancy = match &input {
        IndicatorInput::Value(v) => discrepancy(v, plan.audit_tolerance),
        _ => false,
    };
    let score = if missing && plan.missing == MissingPolicy::Zero {
        Some(Exact::zero())
    } else {
        score
    };
    Ok(IndicatorOutcome {
        id: ind.id.clone(),
        dimension: dimension.to_string(),
        input,
        cohort: stats,
        score,
        missing,
        audit_discrepancy,
        weight: ind.weight,
        effective_weight: None,
        contribution: None,
    })
}

/// The weighted mean of the parts that have a score, each weight divided by the sum of the
/// weights present (§1.3, §4); `set_share` records each part's effective weight and
/// contribution. `None` when no part has a score or the weights present sum to 0 (the
/// whole then counts as absent).
fn weigh<T>(
    parts: &mut [T],
    weight_and_score: impl Fn(&T) -> (Decimal, Option<Exact>),
    set_share: impl Fn(&mut T, Exact, Exact),
) -> Option<Exact> {
    let wsum: Exact = parts
        .iter()
        .filter_map(|p| match weight_and_score(p) {
            (w, Some(_)) => Some(Exact::from(w)),
            (_, None) => None,
        })
        .sum();
    // A zero sum (nothing present, or only zero weights) has no weighted mean.
    let per_weight = Exact::one().checked_div(&wsum)?;
    let mut total = Exact::zero();
    for p in parts.iter_mut() {
        if let (w, Some(s)) = weight_and_score(p) {
            let ew = Exact::from(w) * per_weight.clone();
            let c = ew.clone() * s;
            total = total + c.clone();
            set_share(p, ew, c);
        }
    }
    Some(total)
}

fn set_indicator_share(i: &mut IndicatorOutcome, effective_weight: Exact, contribution: Exact) {
    i.effective_weight = Some(effective_weight);
    i.contribution = Some(contribution);
}

fn set_dimension_share(d: &mut DimensionOutcome, effective_weight: Exact, contribution: Exact) {
    d.effective_weight = Some(effective_weight);
    d.contribution = Some(contribution);
}

/// §5 negative list: each event's deduction, and whether any calls for special review or
/// is a veto.
fn event_outcomes(plan: &Plan, r: &Record) -> (Vec<EventOutcome>, bool, bool) {
    let baseline = Exact::from(plan.baseline);
    let mut special_review = false;
    let mut veto = false;
    let events: Vec<EventOutcome> = r
        .events
        .iter()
        .map(|e| {
            let level = plan.deductions.levels.iter().find(|l| l.id == e.level);
            let pct = level.map(|l| l.pct).unwrap_or_default();
            special_review |= level.is_some_and(|l| l.special_review);
            veto |= level.is_some_and(|l| l.veto);
            EventOutcome {
                level: e.level.clone(),
                note: e.note.clone(),
                pct,
                amount: baseline.clone() * Exact::from(pct),
            }
        })
        .collect();
    (events, special_review, veto)
}

/// §5 bonus: per closed item, up to the cap.
fn bonus(plan: &Plan, r: &Record) -> Exact {
    let uncapped = Exact::from(plan.bonus.per_item) * Exact::int(i64::from(r.closed_items));
    match plan.bonus.cap {
        Some(cap) => uncapped.min(Exact::from(cap)),
        None => uncapped,
    }
}

/// §6 lag warnings (READING 6), the most severe first.
fn lag_warnings(plan: &Plan, r: &Record) -> Vec<LagWarning> {
    let mut warnings: Vec<LagWarning> = r
        .planned
        .iter()
        .filter_map(|(id, planned)| {
            let actual = r.values.get(id)?.scored();
            let lag = Exact::from(*planned) - Exact::from(actual);
            let level = Warning::reached(&lag, &plan.warnings.lag)?;
            Some(LagWarning {
                indicator: id.clone(),
                planned: *planned,
                actual,
                lag,
                level,
            })
        })
        .collect();
    warnings.sort_by_key(|l| std::cmp::Reverse(l.level));
    warnings
}
