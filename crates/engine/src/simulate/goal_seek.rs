//! Goal seek for self-assessment (§9): for a unit, one value indicator and a target (a
//! grade line, Excellent candidacy, the quota line, or a score), the least value of that
//! indicator that reaches it with all else fixed, or "unreachable" with the reason.
//!
//! "Least" means the value nearest the indicator's worst end: for a lower-is-better
//! indicator (response minutes) it is the greatest value that still reaches the target.
//! Every trial value is scored by the exact scorer on a copy of the workspace, the whole
//! cohort recomputed, so min-max and z-score cohorts move with it. Where the score is
//! linear in the value (`linear`, `direct`) the answer is solved exactly, then checked;
//! a `bands` indicator is tried at each band's edge; otherwise (and if the check fails, e.g.
//! at a clamp) the answer is found by bisection on a grid of 1e-4 of the indicator's range.

use super::{SimError, Unsupported};
use crate::exact::Exact;
use crate::model::{Better, InputValue, Method, Workspace};
use crate::score::grade::Grade;
use crate::score::{score, Query, ResultSet, UnitDetail};
use rust_decimal::{Decimal, RoundingStrategy};

/// The grid of an exact answer: 8 decimal places.
pub const EXACT_DP: u32 = 8;

/// Bisection resolution, as a share of the indicator's range (§9).
pub const BISECTION_SHARE: Decimal = Decimal::from_parts(1, 0, 0, false, 4);

/// What to reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `S ≥ pass_line` (合格).
    Pass,
    /// `S ≥ good_min` (良好).
    Good,
    /// Excellent candidacy: `S ≥ excellent_min` (and no veto).
    ExcellentCandidate,
    /// The quota line: the score of the last Excellent unit (among the others, when they
    /// fill the quota; else `excellent_min`), and the Excellent grade itself.
    QuotaLine,
    /// A published score `S ≥ x`.
    Score(Decimal),
}

/// The question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalQuery {
    /// Unit id.
    pub unit: String,
    /// Period id (not `annual`).
    pub period: String,
    /// Scenario id, or `None` for the plan.
    pub scenario: Option<String>,
    /// A value indicator's id (`linear`, `bands`, `minmax`, `zscore`, `direct`).
    pub indicator: String,
    /// The target.
    pub target: Target,
}

/// Why a target cannot be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// Even the indicator's best value leaves the score below the line.
    Cap {
        /// The best value tried.
        best_value: Decimal,
        /// The published score it gives.
        best_score: Decimal,
    },
    /// A negative-list veto blocks Excellent this period, whatever the value.
    Veto,
    /// The score line is reached but the quota is not: no Excellent place (quota 0), or the
    /// tie-break (core score, deduction) keeps the unit out.
    Quota {
        /// The Excellent places.
        quota: u32,
    },
}

/// The answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The least value that reaches the target.
    Reached {
        /// The value.
        value: Decimal,
        /// Solved exactly (on the grid of [`EXACT_DP`] places) rather than by bisection.
        exact: bool,
        /// The resolution: `value` one step towards the worst end does not reach the target
        /// (unless `any_value`).
        step: Decimal,
        /// Even the worst value reaches it: the indicator does not matter for this target.
        any_value: bool,
        /// The published score at `value`.
        score: Decimal,
        /// The grade at `value`.
        grade: Grade,
    },
    /// Cannot be reached by this indicator alone.
    Unreachable(Unreachable),
}

/// The result of a goal seek.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSeek {
    /// The score line aimed at.
    pub line: Decimal,
    /// The unit's current value (the scored one), if it has one.
    pub current_value: Option<Decimal>,
    /// The unit's current published score.
    pub current_score: Decimal,
    /// The values searched, from worst to best end.
    pub range: (Decimal, Decimal),
    /// Higher values are better for this indicator.
    pub higher_is_better: bool,
    /// The answer.
    pub outcome: Outcome,
}

/// The workspace with the unit's value for the indicator set to `v` (the audited figure
/// when the value is given as reported/audited).
fn with_value(ws: &Workspace, unit: &str, period: &str, indicator: &str, v: Decimal) -> Workspace {
    let mut w = ws.clone();
    if let Some(r) = w
        .records
        .iter_mut()
        .find(|r| r.unit == unit && r.period == period)
    {
        let new = InputValue::replacing(r.values.get(indicator), v);
        r.values.insert(indicator.to_string(), new);
    }
    w
}

/// One trial: the published score and grade of the unit, and whether the target holds.
struct Trial {
    score: Decimal,
    grade: Grade,
    reached: bool,
}

struct Seeker<'a> {
    ws: &'a Workspace,
    q: &'a GoalQuery,
    query: Query,
    line: Decimal,
    /// Higher values are better for the indicator.
    higher: bool,
}

impl Seeker<'_> {
    fn trial(&self, v: Decimal) -> Result<Trial, SimError> {
        let w = with_value(self.ws, &self.q.unit, &self.q.period, &self.q.indicator, v);
        let rs = score(&w, &self.query)?;
        let u = rs
            .unit(&self.q.unit)
            .ok_or_else(|| SimError::NotScored(self.q.unit.clone()))?;
        let reached = u.score >= self.line
            && match self.q.target {
                Target::QuotaLine => u.grade == Grade::Excellent,
                _ => true,
            };
        Ok(Trial {
            score: u.score,
            grade: u.grade,
            reached,
        })
    }

    /// The exact period score `F` at `v`, and whether it was clamped (at 0 or max_score).
    fn final_at(&self, v: Decimal) -> Result<Option<(Exact, bool)>, SimError> {
        let w = with_value(self.ws, &self.q.unit, &self.q.period, &self.q.indicator, v);
        let rs = score(&w, &self.query)?;
        Ok(rs.unit(&self.q.unit).and_then(|u| match &u.detail {
            UnitDetail::Period(p) => Some((p.final_score.clone(), p.final_score != p.raw)),
            UnitDetail::Annual(_) => None,
        }))
    }

    /// A candidate answer holds when it reaches and one step worse does not.
    fn confirm(&self, v: Decimal, step: Decimal, exact: bool) -> Result<Option<Outcome>, SimError> {
        let t = self.trial(v)?;
        if !t.reached {
            return Ok(None);
        }
        let below = self.trial(step_towards(v, step, self.higher, false))?;
        Ok((!below.reached).then_some(Outcome::Reached {
            value: v,
            exact,
            step,
            any_value: false,
            score: t.score,
            grade: t.grade,
        }))
    }
}

/// The score line of a target in a result set (before any change).
fn line_of(target: Target, rs: &ResultSet, unit: &str) -> Decimal {
    let g = &rs.grading;
    match target {
        Target::Pass => g.pass_line,
        Target::Good => g.good_min,
        Target::ExcellentCandidate => g.excellent_min,
        Target::Score(x) => x,
        Target::QuotaLine => {
            let others: Vec<Decimal> = rs
                .units
                .iter()
                .filter(|u| u.unit != unit && u.grade == Grade::Excellent)
                .map(|u| u.score)
                .collect();
            let full = u32::try_from(others.len()).unwrap_or(u32::MAX) >= rs.quota;
            match others.iter().min() {
                Some(last) if full => (*last).max(g.excellent_min),
                _ => g.excellent_min,
            }
        }
    }
}

fn step_towards(v: Decimal, step: Decimal, higher: bool, towards_best: bool) -> Decimal {
    if higher == towards_best {
        v.saturating_add(step)
    } else {
        v.saturating_sub(step)
    }
}

/// Seeks the least value of an indicator that reaches the target (see the module docs).
pub fn goal_seek(ws: &Workspace, q: &GoalQuery) -> Result<GoalSeek, SimError> {
    if q.period == "annual" {
        return Err(SimError::Unsupported(Unsupported::Annual));
    }
    let query = Query::period(&q.period).with_scenario(q.scenario.as_deref());
    // A period's scores, ranks and grades depend on that period's records alone (the
    // earlier periods give only `previous`, flags and warnings): the search scores a copy
    // without the others, which keeps each trial to one period's work.
    let mut alone = ws.clone();
    alone.records.retain(|r| r.period == q.period);
    let base = score(&alone, &query)?;
    if ws.unit(&q.unit).is_none() {
        return Err(SimError::UnknownUnit(q.unit.clone()));
    }
    let record = ws
        .record(&q.unit, &q.period)
        .ok_or_else(|| SimError::NoRecord {
            unit: q.unit.clone(),
            period: q.period.clone(),
        })?;
    let unit = base
        .unit(&q.unit)
        .ok_or_else(|| SimError::NotScored(q.unit.clone()))?;
    let ind = ws
        .plan
        .indicator(&q.indicator)
        .ok_or_else(|| SimError::UnknownIndicator(q.indicator.clone()))?;
    let current_value = record.values.get(&q.indicator).map(InputValue::scored);

    let range = search_range(ws, q, &ind.method)?;
    let (worst, best) = if range.higher {
        (range.lo, range.hi)
    } else {
        (range.hi, range.lo)
    };
    let seeker = Seeker {
        ws: &alone,
        q,
        query,
        line: line_of(q.target, &base, &q.unit),
        higher: range.higher,
    };
    let outcome = seek(
        &seeker,
        &base,
        unit.veto,
        &ind.method,
        (worst, best),
        range.linear,
    )?;
    Ok(GoalSeek {
        line: seeker.line,
        current_value,
        current_score: unit.score,
        range: (worst, best),
        higher_is_better: range.higher,
        outcome,
    })
}

/// An indicator's direction and the values searched.
struct SearchRange {
    /// Higher values are better.
    higher: bool,
    lo: Decimal,
    hi: Decimal,
    /// The score is linear in the value (`linear`, `direct`).
    linear: bool,
}

/// Direction and range (READING: cohort methods search around the cohort's values).
fn search_range(ws: &Workspace, q: &GoalQuery, method: &Method) -> Result<SearchRange, SimError> {
    let cohort: Vec<Decimal> = ws
        .records
        .iter()
        .filter(|r| r.period == q.period)
        .filter_map(|r| r.values.get(&q.indicator).map(InputValue::scored))
        .collect();
    let spread = || {
        let lo = cohort.iter().min().copied().unwrap_or_default();
        let hi = cohort.iter().max().copied().unwrap_or_default();
        let span = if hi > lo {
            hi.saturating_sub(lo)
        } else {
            Decimal::ONE
        };
        (lo, hi, span)
    };
    let (higher, lo, hi, linear) = match method {
        Method::Linear { worst, best } => (best > worst, *worst.min(best), *worst.max(best), true),
        Method::Direct => (true, Decimal::ZERO, Decimal::ONE_HUNDRED, true),
        Method::Bands(bands) => {
            let lo = bands.iter().map(|b| b.min).min().unwrap_or_default();
            let hi = bands.iter().map(|b| b.min).max().unwrap_or_default();
            (true, lo, hi, false)
        }
        Method::MinMax(better) => {
            let (lo, hi, span) = spread();
            let (lo, hi) = if hi > lo {
                (lo, hi)
            } else {
                (lo.saturating_sub(span), hi.saturating_add(span))
            };
            (*better == Better::Higher, lo, hi, false)
        }
        Method::ZScore(better) => {
            let (lo, hi, span) = spread();
            let five = Decimal::from(5);
            (
                *better == Better::Higher,
                lo.saturating_sub(five.saturating_mul(span)),
                hi.saturating_add(five.saturating_mul(span)),
                false,
            )
        }
        Method::Survey | Method::Panel => {
            return Err(SimError::Unsupported(Unsupported::NotAValueIndicator {
                indicator: q.indicator.clone(),
                method: method.kind(),
            }))
        }
    };
    Ok(SearchRange {
        higher,
        lo,
        hi,
        linear,
    })
}

/// The answer between `worst` and `best`: the refusals (veto, no quota, the best value
/// short of the line), the worst value when it already reaches, an exact answer, or
/// bisection.
fn seek(
    s: &Seeker<'_>,
    base: &ResultSet,
    veto: bool,
    method: &Method,
    (worst, best): (Decimal, Decimal),
    linear: bool,
) -> Result<Outcome, SimError> {
    let target = s.q.target;
    if matches!(target, Target::ExcellentCandidate | Target::QuotaLine) && veto {
        return Ok(Outcome::Unreachable(Unreachable::Veto)); // veto: no value helps
    }
    if target == Target::QuotaLine && base.quota == 0 {
        return Ok(Outcome::Unreachable(Unreachable::Quota { quota: 0 }));
    }
    // For bands, "worst" is just below the lowest band (scores 0).
    let worst_trial_value = match method {
        Method::Bands(_) => worst.saturating_sub(Decimal::ONE),
        _ => worst,
    };
    let at_best = s.trial(best)?;
    if !at_best.reached {
        return Ok(Outcome::Unreachable(if at_best.score >= s.line {
            Unreachable::Quota { quota: base.quota }
        } else {
            Unreachable::Cap {
                best_value: best,
                best_score: at_best.score,
            }
        }));
    }
    let at_worst = s.trial(worst_trial_value)?;
    if at_worst.reached {
        return Ok(Outcome::Reached {
            value: worst_trial_value,
            exact: true,
            step: Decimal::ZERO,
            any_value: true,
            score: at_worst.score,
            grade: at_worst.grade,
        });
    }
    if let Some(o) = exact_answer(s, method, worst, best, linear)? {
        return Ok(o);
    }
    bisect(s, worst, best, at_best)
}

/// An answer solved exactly: the least band edge that reaches (the score of `bands` is a
/// step function), or the solution of a linear score, each confirmed by trial.
fn exact_answer(
    s: &Seeker<'_>,
    method: &Method,
    worst: Decimal,
    best: Decimal,
    linear: bool,
) -> Result<Option<Outcome>, SimError> {
    let exact_step = Decimal::new(1, EXACT_DP);
    if let Method::Bands(bands) = method {
        let mut mins: Vec<Decimal> = bands.iter().map(|b| b.min).collect();
        mins.sort();
        mins.dedup();
        for m in mins {
            if let Some(o) = s.confirm(m, exact_step, true)? {
                return Ok(Some(o));
            }
        }
    }
    if linear {
        if let Some(v) = solve_linear(s, worst, best, s.higher)? {
            if let Some(o) = s.confirm(v, exact_step, true)? {
                return Ok(Some(o));
            }
        }
    }
    Ok(None)
}

/// Bisection on the grid worst + k·tol (k = 0 … 10 000): k = 0 does not reach, the last
/// does (`at_best` is its trial); keep that invariant until the two are neighbours.
fn bisect(
    s: &Seeker<'_>,
    worst: Decimal,
    best: Decimal,
    at_best: Trial,
) -> Result<Outcome, SimError> {
    let higher = s.higher;
    let width = best.saturating_sub(worst).abs();
    let tol = width.saturating_mul(BISECTION_SHARE);
    let at = |k: i64| -> Decimal {
        let off = tol.saturating_mul(Decimal::from(k));
        if higher {
            worst.saturating_add(off)
        } else {
            worst.saturating_sub(off)
        }
    };
    let n: i64 = 10_000;
    let (mut lo_k, mut hi_k) = (0i64, n);
    let mut hi_trial = at_best;
    while hi_k - lo_k > 1 {
        let mid = lo_k + (hi_k - lo_k) / 2;
        let t = s.trial(at(mid))?;
        if t.reached {
            hi_k = mid;
            hi_trial = t;
        } else {
            lo_k = mid;
        }
    }
    Ok(Outcome::Reached {
        value: if hi_k == n { best } else { at(hi_k) },
        exact: false,
        step: tol,
        any_value: false,
        score: hi_trial.score,
        grade: hi_trial.grade,
    })
}

/// Where the score is linear in the value: `F` at both ends, unclamped, gives the value at
/// which `F` meets the rounding threshold of the line, `ceil2(line) − 0.005` (a published
/// score `round2(F) ≥ L` exactly when `F ≥ L − 0.005`, for a 2-place `L` and `F ≥ 0`),
/// rounded to [`EXACT_DP`] places towards the best end. `None` when a clamp bends `F`.
fn solve_linear(
    s: &Seeker<'_>,
    worst: Decimal,
    best: Decimal,
    higher: bool,
) -> Result<Option<Decimal>, SimError> {
    let (Some((fw, cw)), Some((fb, cb))) = (s.final_at(worst)?, s.final_at(best)?) else {
        return Ok(None);
    };
    if cw || cb || fw == fb {
        return Ok(None);
    }
    let line = s
        .line
        .round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity);
    let threshold = Exact::from(line) - Exact::from(Decimal::new(5, 3));
    let (w, b) = (Exact::from(worst), Exact::from(best));
    let Some(t) = (threshold - fw.clone()).checked_div(&(fb - fw)) else {
        return Ok(None);
    };
    let v = w.clone() + t * (b - w);
    // Round towards the best end on the grid, so the value reaches.
    let scale = Exact::int(10i64.pow(EXACT_DP));
    let scaled = v * scale;
    let k = if higher {
        scaled.ceil_int()
    } else {
        scaled.floor_int()
    };
    Ok(k.map(|k| Decimal::new(k, EXACT_DP).normalize()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_workspace;
    use crate::testing::d;

    /// The `(value, step, exact, score)` of a target reached.
    fn reached(r: &GoalSeek) -> (Decimal, Decimal, bool, Decimal) {
        match &r.outcome {
            Outcome::Reached {
                value,
                step,
                exact,
                score,
                ..
            } => (*value, *step, *exact, *score),
            other => panic!("not reached: {other:?}"),
        }
    }

    /// Two dimensions (task 0.8: progress linear 0–1 and quality bands; risk 0.2: response
    /// minutes linear 120 → 30, lower better), plus a min-max indicator, four units.
    fn ws(extra_event: &str) -> Workspace {
        let rec = |u: &str, p: &str, q: &str, util: &str, resp: &str, ev: &str| {
            format!(
                r#"{{"unit":"{u}","period":"Q1","values":{{"progress":"{p}","quality":"{q}","util":"{util}","response":"{resp}"}}{ev}}}"#
            )
        };
        let text = format!(
            r#"{{"format":"scorecard-workspace","version":1,
            "plan":{{"name":"t","dimensions":[
              {{"id":"task","name":"t","band":["0","1"],"indicators":[
                 {{"id":"progress","name":"p","weight":"0.5","method":{{"kind":"linear","worst":"0","best":"1"}}}},
                 {{"id":"quality","name":"q","weight":"0.25","method":{{"kind":"bands","bands":[{{"min":"0.98","score":"100"}},{{"min":"0.95","score":"85"}},{{"min":"0.90","score":"70"}}]}}}},
                 {{"id":"util","name":"u","weight":"0.25","method":{{"kind":"minmax","better":"higher"}}}}]}},
              {{"id":"risk","name":"r","band":["0","1"],"indicators":[
                 {{"id":"response","name":"r","weight":"1","method":{{"kind":"linear","worst":"120","best":"30"}}}}]}}],
             "profiles":[{{"id":"standard","name":"s","weights":{{"task":"0.8","risk":"0.2"}}}}],
             "periods":[{{"id":"Q1","name":"q","weight":"1"}}]}},
            "units":[{{"id":"a","name":"a","level":"branch","profile":"standard"}},
                     {{"id":"b","name":"b","level":"branch","profile":"standard"}},
                     {{"id":"c","name":"c","level":"branch","profile":"standard"}},
                     {{"id":"e","name":"e","level":"branch","profile":"standard"}}],
            "records":[{},{},{},{}]}}"#,
            rec("a", "0.80", "0.96", "0.5", "75", extra_event),
            rec("b", "1", "0.99", "1", "30", ""),
            rec("c", "0.6", "0.91", "0", "120", ""),
            rec("e", "0.7", "0.93", "0.25", "90", ""),
        );
        parse_workspace(&text).unwrap()
    }

    fn q(ind: &str, target: Target) -> GoalQuery {
        GoalQuery {
            unit: "a".into(),
            period: "Q1".into(),
            scenario: None,
            indicator: ind.into(),
            target,
        }
    }

    fn score_with(w: &Workspace, ind: &str, v: Decimal) -> Decimal {
        let w2 = with_value(w, "a", "Q1", ind, v);
        score(&w2, &Query::period("Q1"))
            .unwrap()
            .unit("a")
            .unwrap()
            .score
    }

    #[test]
    fn exact_on_a_linear_indicator_and_one_step_below_misses() {
        // Unit a: progress 80, quality 85 (0.96 ≥ 0.95), util (0.5−0)/(1−0) = 50;
        // task = 0.5·80 + 0.25·85 + 0.25·50 = 73.75; response (75−120)/(30−120) = 0.5 → 50;
        // S = 0.8·73.75 + 0.2·50 = 69.00 (pass).
        // Good (80) on progress: S = 0.4·100p + 27 (the rest: 0.8·(21.25+12.5) + 10 = 37,
        // so S = 0.8·0.5·100p + 37 = 40p + 37); F ≥ 79.995 ⇔ p ≥ 42.995/40 = 1.074875 > 1:
        // unreachable (cap: at p = 1, S = 77.00).
        let w = ws("");
        let r = goal_seek(&w, &q("progress", Target::Good)).unwrap();
        assert_eq!(r.current_score, d("69.00"));
        assert_eq!(
            r.outcome,
            Outcome::Unreachable(Unreachable::Cap {
                best_value: d("1"),
                best_score: d("77.00")
            })
        );
        // Score 75: 40p + 37 ≥ 74.995 ⇔ p ≥ 37.995/40 = 0.949875 exactly.
        let r = goal_seek(&w, &q("progress", Target::Score(d("75")))).unwrap();
        let (value, step, exact, s) = reached(&r);
        assert!(exact);
        assert_eq!(value, d("0.949875"));
        assert_eq!(s, d("75.00"));
        assert_eq!(score_with(&w, "progress", value), d("75.00"));
        assert_eq!(score_with(&w, "progress", value - step), d("74.99"));
    }

    #[test]
    fn lower_is_better_gives_the_greatest_value() {
        // Response r minutes: score 100·(120 − r)/90, S = 59 + 0.2·100·(120 − r)/90
        // (59 = 0.8·73.75). Pass line 60 is already met; Score 70: 0.2·(120−r)/0.9 ≥ 10.995
        // ⇔ 120 − r ≥ 49.4775 ⇔ r ≤ 70.5225.
        let w = ws("");
        let r = goal_seek(&w, &q("response", Target::Score(d("70")))).unwrap();
        assert!(!r.higher_is_better);
        let (value, step, ..) = reached(&r);
        assert_eq!(value, d("70.5225"));
        assert_eq!(score_with(&w, "response", value), d("70.00"));
        assert_eq!(score_with(&w, "response", value + step), d("69.99"));
    }

    #[test]
    fn bands_answer_at_a_band_edge() {
        // Quality q: bands 70/85/100; S = 0.8·(40 + 0.25·s_q + 12.5) + 10 = 52 + 0.2·s_q.
        // Score 72: s_q ≥ 100 → q = 0.98; q just below 0.98 gives 85 → S = 69.
        let w = ws("");
        let r = goal_seek(&w, &q("quality", Target::Score(d("72")))).unwrap();
        let (value, step, exact, _) = reached(&r);
        assert!(exact);
        assert_eq!(value, d("0.98"));
        assert_eq!(score_with(&w, "quality", value - step), d("69.00"));
        // Pass (60) holds even with quality 0: 52 ≥ 60? No — 52 < 60, so the edge 0.90
        // (s_q = 70, S = 66) is the answer.
        let r = goal_seek(&w, &q("quality", Target::Pass)).unwrap();
        assert!(matches!(r.outcome, Outcome::Reached { value, .. } if value == d("0.90")));
    }

    #[test]
    fn bisection_on_a_cohort_indicator() {
        // util is min-max over the cohort (others 0, 0.25, 1): the range is [0, 1]; S =
        // 0.8·(40 + 21.25 + 0.25·s_u) + 10 = 59 + 0.2·s_u, s_u = 100·u while u ≤ 1.
        // Score 70: s_u ≥ 54.975 → u ≥ 0.54975; bisection on the 1e-4 grid gives 0.5498,
        // and 0.5497 misses.
        let w = ws("");
        let r = goal_seek(&w, &q("util", Target::Score(d("70")))).unwrap();
        let (value, step, exact, _) = reached(&r);
        assert!(!exact);
        assert_eq!(step, d("0.0001"));
        assert_eq!(value, d("0.5498"));
        assert!(score_with(&w, "util", value) >= d("70"));
        assert!(score_with(&w, "util", value - step) < d("70"));
    }

    #[test]
    fn veto_quota_and_any_value() {
        // A major event: 20 deducted and Excellent vetoed.
        let w = ws(r#","events":[{"level":"major","note":"x"}]"#);
        let r = goal_seek(&w, &q("progress", Target::ExcellentCandidate)).unwrap();
        assert_eq!(r.outcome, Outcome::Unreachable(Unreachable::Veto));
        // Quota line: b is Excellent (S = 0.8·100 + 0.2·100 = 100); quota 1 filled by b, so
        // the line is 100: a cannot reach 100 by progress alone (cap).
        let w = ws("");
        let r = goal_seek(&w, &q("progress", Target::QuotaLine)).unwrap();
        assert_eq!(r.line, d("100.00"));
        assert!(matches!(
            r.outcome,
            Outcome::Unreachable(Unreachable::Cap { .. })
        ));
        // Score 30 holds even at progress 0 (S = 40·0 + 37 = 37): any value.
        let r = goal_seek(&w, &q("progress", Target::Score(d("30")))).unwrap();
        assert!(matches!(
            r.outcome,
            Outcome::Reached {
                any_value: true,
                ..
            }
        ));
        // Errors.
        assert!(goal_seek(&w, &q("nope", Target::Pass)).is_err());
        let mut q2 = q("progress", Target::Pass);
        q2.period = "annual".into();
        assert!(goal_seek(&w, &q2).is_err());
    }
}
