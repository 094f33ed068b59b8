//! Figures for the results screens, derived from a [`ResultSet`] and never decisive: the
//! grade distribution, warning and flag counts, cohort means of the dimensions, who filled
//! the Excellent quota, a unit's trend over the cycle and its history, the steps of a
//! calculation receipt, a person's linked-score parts, and the ranking table's filter.
//!
//! Everything here is pure and exact; the app only lays these figures out (it does no
//! arithmetic of its own). Published figures stay the engine's: these helpers restate how
//! they were reached.
//!
//! ```
//! use scorecard_engine::{parse_workspace, report, score, Query, EXAMPLE_WORKSPACE};
//!
//! let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
//! let rs = score(&ws, &Query::period("2026Q1")).unwrap();
//! let counts = report::grade_counts(&rs);
//! assert_eq!(counts[0].1, 1); // one Excellent unit: zd1
//! ```

use crate::error::ScoreError;
use crate::exact::Exact;
use crate::model::{Level, Plan, QuotaRounding, Unit, Workspace};
use crate::score::annual::AnnualDetail;
use crate::score::grade::{Grade, GradeReason, Honour};
use crate::score::period::{weights_in_force, UnitPeriod, Warning};
use crate::score::{find_scenario, Cycle, Flags, PersonResult, Query, ResultSet, UnitResult};
use rust_decimal::Decimal;

/// Every warning colour, mildest first.
pub const WARNINGS: [Warning; 3] = [Warning::Yellow, Warning::Orange, Warning::Red];

/// How many units of the set got each grade, best first (every grade listed, even at 0).
pub fn grade_counts(rs: &ResultSet) -> [(Grade, usize); 4] {
    Grade::ALL.map(|g| (g, rs.units.iter().filter(|u| u.grade == g).count()))
}

/// How many units show each warning colour (a unit counts once, at its highest colour).
pub fn warning_counts(rs: &ResultSet) -> [(Warning, usize); 3] {
    WARNINGS.map(|w| (w, rs.units.iter().filter(|u| u.warning == Some(w)).count()))
}

/// How many units carry each flag, in the flags' output order (every flag listed).
pub fn flag_counts(rs: &ResultSet) -> [(&'static str, usize); 6] {
    Flags::ALL.map(|f| {
        (
            f,
            rs.units
                .iter()
                .filter(|u| u.flags.words().contains(&f))
                .count(),
        )
    })
}

/// Who received each honour (unit ids, by rank), in the honours' output order.
pub fn honour_recipients(rs: &ResultSet) -> Vec<(Honour, Vec<String>)> {
    Honour::ALL
        .iter()
        .map(|h| {
            (
                *h,
                rs.units
                    .iter()
                    .filter(|u| u.honours.contains(h))
                    .map(|u| u.unit.clone())
                    .collect(),
            )
        })
        .collect()
}

/// The mean of one dimension's published scores over the units of a set that have it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionMean {
    /// Dimension id.
    pub id: String,
    /// How many units have a score in it.
    pub count: usize,
    /// The exact mean of their published scores; `None` when no unit has one.
    pub mean: Option<Exact>,
}

impl DimensionMean {
    /// The mean rounded to 2 places (half away from zero), for display beside published
    /// figures.
    pub fn published(&self) -> Option<Decimal> {
        self.mean.as_ref().and_then(Exact::round2)
    }
}

/// The cohort mean of every dimension of the plan (plan order), over the published
/// dimension scores of the set (a period's, or the annual means).
pub fn dimension_means(ws: &Workspace, rs: &ResultSet) -> Vec<DimensionMean> {
    ws.plan
        .dimensions
        .iter()
        .map(|d| {
            let values: Vec<Exact> = rs
                .units
                .iter()
                .filter_map(|u| {
                    u.dimensions
                        .iter()
                        .find(|(id, _)| *id == d.id)
                        .map(|(_, s)| Exact::from(*s))
                })
                .collect();
            DimensionMean {
                id: d.id.clone(),
                count: values.len(),
                mean: Exact::mean(values.iter()),
            }
        })
        .collect()
}

/// How the Excellent quota came about and who filled it (§6).
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaSummary {
    /// Units with a score, `N`.
    pub scored: usize,
    /// The share, e.g. `0.10`.
    pub share: Decimal,
    /// `N × share`, before rounding.
    pub raw: Exact,
    /// How `raw` was rounded.
    pub rounding: QuotaRounding,
    /// Whether the "at least one" rule lifted the rounded quota.
    pub lifted_to_one: bool,
    /// The quota in force.
    pub quota: u32,
    /// The least score of a candidate.
    pub excellent_min: Decimal,
    /// How many units were candidates (score at the line, no veto).
    pub candidates: usize,
    /// Excellent units, by rank then id.
    pub excellent: Vec<String>,
    /// Of those, the ones made Excellent by a tie with the last place.
    pub tied: Vec<String>,
    /// Candidates left out because the quota was full, by rank.
    pub left_out: Vec<String>,
    /// Units at the line whose veto blocked Excellent, by rank.
    pub vetoed: Vec<String>,
}

fn ids_where(rs: &ResultSet, f: impl Fn(&UnitResult) -> bool) -> Vec<String> {
    rs.units
        .iter()
        .filter(|u| f(u))
        .map(|u| u.unit.clone())
        .collect()
}

/// The quota and who filled it.
pub fn quota_summary(rs: &ResultSet) -> QuotaSummary {
    let g = &rs.grading;
    let scored = rs.units.len();
    let raw =
        Exact::int(i64::try_from(scored).unwrap_or(i64::MAX)) * Exact::from(g.excellent_share);
    let rounded = crate::score::grade::quota(
        scored,
        &crate::model::Grading {
            quota_min_one: false,
            ..g.clone()
        },
    );
    QuotaSummary {
        scored,
        share: g.excellent_share,
        raw,
        rounding: g.quota_rounding,
        lifted_to_one: rounded < rs.quota,
        quota: rs.quota,
        excellent_min: g.excellent_min,
        candidates: rs
            .units
            .iter()
            .filter(|u| u.score >= g.excellent_min && !u.veto)
            .count(),
        excellent: ids_where(rs, |u| u.grade == Grade::Excellent),
        tied: ids_where(rs, |u| u.grade_reason == GradeReason::QuotaTie),
        left_out: ids_where(rs, |u| u.grade_reason == GradeReason::QuotaFull),
        vetoed: ids_where(rs, |u| u.grade_reason == GradeReason::Vetoed),
    }
}

/// The profiles (ids, plan order) that put units of the set outside the bands: why a set
/// is not official (READING 3).
pub fn band_violations(ws: &Workspace, rs: &ResultSet) -> Vec<String> {
    ws.plan
        .profiles
        .iter()
        .filter(|p| {
            rs.units.iter().any(|r| {
                r.flags.band_violation
                    && ws.units.iter().any(|u| u.id == r.unit && u.profile == p.id)
            })
        })
        .map(|p| p.id.clone())
        .collect()
}

/// One point of a unit's trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// A history entry's id, or a period id of the plan.
    pub period: String,
    /// Its display name (a history entry's is its id).
    pub name: String,
    /// Whether it comes from `history` (earlier cycles) rather than this cycle.
    pub history: bool,
    /// The published score there; `None` for a period in which the unit is not scored.
    pub score: Option<Decimal>,
}

/// A unit's published scores over time: every history entry that lists it (oldest first),
/// then every period of the plan's cycle, scored under the query's scenario (§6, §7).
/// An unknown scenario is read as the plan. An error only when the cycle cannot be scored
/// (see [`Cycle::compute`]).
pub fn trend(ws: &Workspace, q: &Query, unit: &str) -> Result<Vec<TrendPoint>, ScoreError> {
    let scenario = find_scenario(ws, q).ok().flatten();
    let weights = weights_in_force(&ws.plan, scenario);
    let cycle = Cycle::compute(ws, &weights, None)?;
    let history = ws.history.iter().filter_map(|h| {
        h.scores.get(unit).map(|s| TrendPoint {
            period: h.period.clone(),
            name: h.period.clone(),
            history: true,
            score: Some(*s),
        })
    });
    let periods = ws.plan.periods.iter().map(|p| TrendPoint {
        period: p.id.clone(),
        name: p.name.clone(),
        history: false,
        score: cycle.published(&p.id, unit),
    });
    Ok(history.chain(periods).collect())
}

/// The steps from the weighted score to the published period score (§5), for a receipt:
/// `F = max(0, (B − P)·k_c·k_r + bonus)` (then any `max_score`), `S = round2(F)`.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodSteps {
    /// Weighted score `B`.
    pub weighted: Exact,
    /// The sum of the profile weights of the dimensions present (`B` is divided by it).
    pub present_weight: Exact,
    /// `baseline × Σ pct`, before any cap.
    pub deduction_uncapped: Exact,
    /// The cap on the deduction in points (`baseline × cap`), when the plan sets one.
    pub deduction_cap: Option<Exact>,
    /// Deduction `P`.
    pub deduction: Exact,
    /// `B − P`.
    pub less_deduction: Exact,
    /// Coordination coefficient `k_c`.
    pub coordination: Decimal,
    /// Risk-control coefficient `k_r`.
    pub risk: Decimal,
    /// `(B − P)·k_c·k_r`.
    pub after_coefficients: Exact,
    /// Bonus points per closed item.
    pub bonus_per_item: Decimal,
    /// Items closed.
    pub closed_items: u32,
    /// `per_item × closed_items`, before the cap.
    pub bonus_uncapped: Exact,
    /// The bonus cap, if any.
    pub bonus_cap: Option<Decimal>,
    /// The bonus.
    pub bonus: Exact,
    /// `(B − P)·k_c·k_r + bonus`.
    pub raw: Exact,
    /// Whether the floor at 0 applied.
    pub floored: bool,
    /// The `max_score` clamp, when it applied.
    pub clamped_to: Option<Decimal>,
    /// `F`.
    pub final_score: Exact,
    /// `S = round2(F)`.
    pub published: Decimal,
}

/// The receipt steps of one unit's period score.
pub fn period_steps(plan: &Plan, u: &UnitPeriod) -> PeriodSteps {
    let less_deduction = u.weighted.clone() - u.deduction.clone();
    let after_coefficients =
        less_deduction.clone() * Exact::from(u.coordination) * Exact::from(u.risk);
    let floored = u.raw < Exact::zero();
    let clamped_to = plan
        .max_score
        .filter(|m| u.raw.clone().max(Exact::zero()) > Exact::from(*m));
    PeriodSteps {
        weighted: u.weighted.clone(),
        present_weight: u
            .dimensions
            .iter()
            .filter(|d| d.score.is_some())
            .map(|d| Exact::from(d.weight))
            .sum(),
        deduction_uncapped: u.deduction_uncapped.clone(),
        deduction_cap: plan
            .deductions
            .cap
            .map(|c| Exact::from(plan.baseline) * Exact::from(c)),
        deduction: u.deduction.clone(),
        less_deduction,
        coordination: u.coordination,
        risk: u.risk,
        after_coefficients,
        bonus_per_item: plan.bonus.per_item,
        closed_items: u.closed_items,
        bonus_uncapped: Exact::from(plan.bonus.per_item) * Exact::int(i64::from(u.closed_items)),
        bonus_cap: plan.bonus.cap,
        bonus: u.bonus.clone(),
        raw: u.raw.clone(),
        floored,
        clamped_to,
        final_score: u.final_score.clone(),
        published: u.published,
    }
}

/// One period's part in an annual receipt.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualLine {
    /// Period id.
    pub period: String,
    /// Its weight `w_p`.
    pub weight: Decimal,
    /// The published period score `S_p`, if scored.
    pub score: Option<Decimal>,
    /// `w_p · S_p`, if scored.
    pub part: Option<Exact>,
}

/// The steps of an annual score (§7): `A = round2(Σ w_p·S_p / Σ_{scored} w_p)`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualSteps {
    /// Every period, in plan order.
    pub lines: Vec<AnnualLine>,
    /// `Σ w_p·S_p`.
    pub numerator: Exact,
    /// `Σ_{scored} w_p`.
    pub weight_scored: Exact,
    /// The quotient, before rounding.
    pub exact: Exact,
    /// `A`.
    pub published: Option<Decimal>,
}

/// The receipt steps of one unit's annual score.
pub fn annual_steps(d: &AnnualDetail) -> AnnualSteps {
    let lines: Vec<AnnualLine> = d
        .parts
        .iter()
        .map(|p| AnnualLine {
            period: p.period.clone(),
            weight: p.weight,
            score: p.score,
            part: p.score.map(|s| Exact::from(p.weight) * Exact::from(s)),
        })
        .collect();
    AnnualSteps {
        numerator: lines.iter().filter_map(|l| l.part.clone()).sum(),
        lines,
        weight_scored: d.weight_scored.clone(),
        exact: d.exact.clone(),
        published: d.exact.round2(),
    }
}

/// The parts of a person's linked score (§9): `(1 − λ)·personal + λ·S`.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonParts {
    /// `1 − λ`.
    pub personal_weight: Exact,
    /// `(1 − λ)·personal`.
    pub personal_part: Exact,
    /// `λ·S`.
    pub unit_part: Exact,
    /// Their sum, before rounding.
    pub total: Exact,
    /// The sum rounded to 2 places (the person's linked score).
    pub published: Option<Decimal>,
}

/// The parts of a person's linked score, when there is one (a personal score and a scored
/// unit).
pub fn person_parts(p: &PersonResult) -> Option<PersonParts> {
    let personal = Exact::from(p.personal?);
    let unit = Exact::from(p.unit_score?);
    let lambda = Exact::from(p.lambda);
    let personal_weight = Exact::one() - lambda.clone();
    let personal_part = personal_weight.clone() * personal;
    let unit_part = lambda * unit;
    let total = personal_part.clone() + unit_part.clone();
    Some(PersonParts {
        personal_weight,
        personal_part,
        unit_part,
        published: total.round2(),
        total,
    })
}

/// A fraction shown as a percentage with at most `dp` places, trailing zeros dropped
/// (`0.45` → `"45%"`, `0.375` → `"37.5%"`, `1/3` at 2 places → `"33.33%"`).
pub fn percent(x: &Exact, dp: u32) -> String {
    let text = (x.clone() * Exact::hundred()).display(dp);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text.as_str()
    };
    format!("{text}%")
}

/// Whether [`percent`] at `dp` places shows the fraction exactly (`1/8` → `12.5%`: yes;
/// `1/3`: no).
pub fn percent_is_exact(x: &Exact, dp: u32) -> bool {
    (x.clone() * Exact::hundred()).is_exact_at(dp)
}

/// A published change with its sign: `+32.06`, `-1.20`, `0.00`.
pub fn signed(d: Decimal) -> String {
    let t = crate::number::two_places(d);
    if d > Decimal::ZERO {
        format!("+{t}")
    } else {
        t
    }
}

/// The ranking table's filter: every criterion set must hold (none set: every unit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitFilter {
    /// Only this level.
    pub level: Option<Level>,
    /// Only this profile id.
    pub profile: Option<String>,
    /// Only this grade.
    pub grade: Option<Grade>,
    /// Only units carrying this flag word.
    pub flag: Option<String>,
    /// Only units at this warning colour.
    pub warning: Option<Warning>,
    /// Only units whose name or id holds this text (letters in any case; blank: any unit).
    pub text: Option<String>,
}

impl UnitFilter {
    /// Whether any criterion is set.
    pub fn is_active(&self) -> bool {
        *self != UnitFilter::default()
    }

    /// Whether a unit's row passes (`unit` is the workspace's unit, if it still exists).
    pub fn matches(&self, unit: Option<&Unit>, r: &UnitResult) -> bool {
        self.level
            .is_none_or(|l| unit.is_some_and(|u| u.level == l))
            && self
                .profile
                .as_deref()
                .is_none_or(|p| unit.is_some_and(|u| u.profile == p))
            && self.grade.is_none_or(|g| r.grade == g)
            && self
                .flag
                .as_deref()
                .is_none_or(|f| r.flags.words().contains(&f))
            && self.warning.is_none_or(|w| r.warning == Some(w))
            && self.text_matches(unit, &r.unit)
    }

    /// Whether the unit's name (or, gone from the workspace, its id) or its id holds the
    /// text criterion.
    fn text_matches(&self, unit: Option<&Unit>, id: &str) -> bool {
        let Some(text) = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            return true;
        };
        let needle = text.to_lowercase();
        let holds = |s: &str| s.to_lowercase().contains(&needle);
        holds(id) || unit.is_some_and(|u| holds(&u.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;
    use crate::parse::workspace_from_value;
    use crate::path::JsonPath;
    use crate::score::{score, UnitDetail};
    use crate::testing::d;
    use crate::testing::example;

    /// The example plus a 2026Q1 record for `kjc` (technical, 40/20/25/15):
    /// progress 1 → 100, quality 0.98 → 100, utilisation 0.71 → min of {0.81, 0.71} → 0,
    /// so task = 50 + 30 + 0 = 80; team 100; innovation 100; risk: `plans` missing
    /// (incomplete), response 30 → 100, rescaled → 100.
    /// B = 0.40·80 + 0.20·100 + 0.25·100 + 0.15·100 = 92 → S = 92.00.
    /// zd1 keeps utilisation 100 (the max) and S = 90.46.
    fn two_units() -> Workspace {
        let mut v = crate::testing::example_doc();
        let rec = json::parse(
            r#"{ "unit": "kjc", "period": "2026Q1",
                 "values": { "progress": "1", "quality": "0.98", "utilisation": "0.71",
                             "response": "30" },
                 "ratings": { "team360": { "superior": ["100"] } },
                 "panel": { "panel": [ { "feasibility": "100", "promotion": "100",
                                         "benefit": "100" } ] } }"#,
        )
        .unwrap();
        assert!(v.push_at(&JsonPath::parse("records").unwrap(), rec));
        workspace_from_value(&v).unwrap()
    }

    #[test]
    fn counts_on_two_units() {
        let ws = two_units();
        let rs = score(&ws, &Query::period("2026Q1")).unwrap();
        assert_eq!(rs.unit("kjc").unwrap().score, d("92.00"));
        assert_eq!(rs.unit("zd1").unwrap().score, d("90.46"));
        // quota floor(2 × 0.10) = 0, lifted to 1: kjc Excellent, zd1 a candidate left out → Good
        let g = grade_counts(&rs);
        assert_eq!(
            g,
            [
                (Grade::Excellent, 1),
                (Grade::Good, 1),
                (Grade::Pass, 0),
                (Grade::Fail, 0)
            ]
        );
        assert_eq!(warning_counts(&rs).iter().map(|x| x.1).sum::<usize>(), 0);
        let f = flag_counts(&rs);
        assert_eq!(f[0], ("incomplete", 1)); // kjc lacks `plans`
        assert!(f.iter().skip(1).all(|(_, n)| *n == 0));
        // both honours to kjc: innovation 100 and team 100, each ≥ 85
        let h = honour_recipients(&rs);
        assert_eq!(h[0].1, vec!["kjc".to_string()]);
        assert_eq!(h[1].1, vec!["kjc".to_string()]);
        let q = quota_summary(&rs);
        assert_eq!(q.scored, 2);
        assert_eq!(q.raw, Exact::from(d("0.2")));
        assert!(q.lifted_to_one);
        assert_eq!(q.quota, 1);
        assert_eq!(q.candidates, 2);
        assert_eq!(q.excellent, vec!["kjc".to_string()]);
        assert_eq!(q.left_out, vec!["zd1".to_string()]);
        assert!(q.tied.is_empty() && q.vetoed.is_empty());
        assert!(band_violations(&ws, &rs).is_empty());
    }

    #[test]
    fn dimension_means_of_published_scores() {
        let ws = two_units();
        let rs = score(&ws, &Query::period("2026Q1")).unwrap();
        let m = dimension_means(&ws, &rs);
        let shown: Vec<(String, usize, String)> = m
            .iter()
            .map(|x| (x.id.clone(), x.count, x.published().unwrap().to_string()))
            .collect();
        // task (91.50 + 80)/2 = 85.75; team (85.60 + 100)/2 = 92.80;
        // innovation (75.50 + 100)/2 = 87.75; risk (85.67 + 100)/2 = 92.835 → 92.84
        assert_eq!(
            shown,
            vec![
                ("task".into(), 2, "85.75".into()),
                ("team".into(), 2, "92.80".into()),
                ("innovation".into(), 2, "87.75".into()),
                ("risk".into(), 2, "92.84".into()),
            ]
        );
        assert_eq!(m[3].mean, Some(Exact::from(d("92.835"))));
    }

    #[test]
    fn trend_has_history_then_periods() {
        let ws = example();
        let t = trend(&ws, &Query::period("2026Q1"), "zd1").unwrap();
        assert_eq!(t.len(), 6); // 2025final + five periods
        assert_eq!(t[0].period, "2025final");
        assert!(t[0].history);
        assert_eq!(t[0].score, Some(d("58.40")));
        assert_eq!(t[1].period, "2026Q1");
        assert_eq!(t[1].score, Some(d("90.46")));
        assert!(t.iter().skip(2).all(|p| p.score.is_none() && !p.history));
        // Under the special scenario (standard → 40/20/20/20) B = 0.40·91.5 + 0.20·85.6
        // + 0.20·75.5 + 0.20·(88 + 250/3)/2 = 36.6 + 17.12 + 15.1 + 17.1333… = 85.9533…;
        // F = (85.9533… − 2)·1.05 + 2 = 90.151 → 90.15
        let t = trend(
            &ws,
            &Query::period("2026Q1").with_scenario(Some("special")),
            "zd1",
        )
        .unwrap();
        assert_eq!(t[1].score, Some(d("90.15")));
    }

    #[test]
    fn period_steps_add_up() {
        let ws = example();
        let rs = score(&ws, &Query::period("2026Q1")).unwrap();
        let UnitDetail::Period(p) = &rs.unit("zd1").unwrap().detail else {
            panic!("a period detail")
        };
        let s = period_steps(&ws.plan, p);
        // B = 0.45·91.5 + 0.20·85.6 + 0.20·75.5 + 0.15·85.6666… = 86.245
        assert_eq!(s.weighted.display(4), "86.2450");
        assert_eq!(s.present_weight, Exact::one());
        assert_eq!(s.deduction.display(4), "2.0000"); // 100 × 0.02
        assert_eq!(s.deduction_cap, None);
        assert_eq!(s.less_deduction.display(4), "84.2450");
        assert_eq!(s.after_coefficients.display(5), "88.45725"); // × 1.05 × 1
        assert_eq!(s.bonus_uncapped.display(0), "2"); // 1 × 2 closed, cap 3
        assert_eq!(s.bonus.display(0), "2");
        assert_eq!(s.raw.display(5), "90.45725");
        assert!(!s.floored);
        assert_eq!(s.clamped_to, None);
        assert_eq!(s.final_score, s.raw);
        assert_eq!(s.published, d("90.46"));
    }

    #[test]
    fn annual_steps_weigh_the_periods() {
        let ws = two_units();
        let rs = score(&ws, &crate::Query::annual()).unwrap();
        let UnitDetail::Annual(a) = &rs.unit("zd1").unwrap().detail else {
            panic!("an annual detail")
        };
        let s = annual_steps(a);
        // only Q1 scored: 0.10 × 90.46 = 9.046; ÷ 0.10 = 90.46
        assert_eq!(s.lines.len(), 5);
        assert_eq!(s.lines[0].part, Some(Exact::from(d("9.046"))));
        assert!(s.lines.iter().skip(1).all(|l| l.part.is_none()));
        assert_eq!(s.numerator, Exact::from(d("9.046")));
        assert_eq!(s.weight_scored, Exact::from(d("0.1")));
        assert_eq!(s.published, Some(d("90.46")));
    }

    #[test]
    fn person_parts_sum_to_the_linked_score() {
        let ws = two_units();
        let rs = score(&ws, &Query::period("2026Q1")).unwrap();
        // p001: 0.7 × 86.5 = 60.55; 0.3 × 90.46 = 27.138; 87.688 → 87.69
        let p = person_parts(&rs.people[0]).unwrap();
        assert_eq!(p.personal_weight, Exact::from(d("0.7")));
        assert_eq!(p.personal_part.display(4), "60.5500");
        assert_eq!(p.unit_part.display(4), "27.1380");
        assert_eq!(p.total.display(4), "87.6880");
        assert_eq!(p.published, rs.people[0].score);
        // p002, seconded to kjc: 0.7 × 90 + 0.3 × 92 = 63 + 27.6 = 90.6
        assert_eq!(rs.people[1].unit, "kjc");
        let p = person_parts(&rs.people[1]).unwrap();
        assert_eq!(p.published, Some(d("90.60")));
        // on the example alone kjc is not scored: no parts
        let rs = score(&example(), &Query::period("2026Q1")).unwrap();
        assert!(person_parts(&rs.people[1]).is_none());
    }

    #[test]
    fn percent_and_signed_text() {
        assert_eq!(percent(&Exact::from(d("0.45")), 2), "45%");
        assert_eq!(percent(&Exact::from(d("0.375")), 2), "37.5%");
        assert_eq!(percent(&Exact::ratio(1, 3).unwrap(), 2), "33.33%");
        assert_eq!(percent(&Exact::one(), 2), "100%");
        assert!(percent_is_exact(&Exact::ratio(1, 8).unwrap(), 2));
        assert!(!percent_is_exact(&Exact::ratio(1, 3).unwrap(), 4));
        assert_eq!(signed(d("32.06")), "+32.06");
        assert_eq!(signed(d("-1.2")), "-1.20");
        assert_eq!(signed(d("0")), "0.00");
    }

    #[test]
    fn filter_predicates() {
        let ws = two_units();
        let rs = score(&ws, &Query::period("2026Q1")).unwrap();
        let unit = |id: &str| ws.units.iter().find(|u| u.id == id);
        let pass = |f: &UnitFilter| -> Vec<String> {
            rs.units
                .iter()
                .filter(|r| f.matches(unit(&r.unit), r))
                .map(|r| r.unit.clone())
                .collect()
        };
        let all = UnitFilter::default();
        assert!(!all.is_active());
        assert_eq!(pass(&all), vec!["kjc", "zd1"]);
        let by_grade = UnitFilter {
            grade: Some(Grade::Good),
            ..Default::default()
        };
        assert!(by_grade.is_active());
        assert_eq!(pass(&by_grade), vec!["zd1"]);
        let by_level = UnitFilter {
            level: Some(Level::Hq),
            ..Default::default()
        };
        assert_eq!(pass(&by_level), vec!["kjc"]);
        let by_profile = UnitFilter {
            profile: Some("standard".into()),
            ..Default::default()
        };
        assert_eq!(pass(&by_profile), vec!["zd1"]);
        let by_flag = UnitFilter {
            flag: Some("incomplete".into()),
            ..Default::default()
        };
        assert_eq!(pass(&by_flag), vec!["kjc"]);
        let both = UnitFilter {
            flag: Some("incomplete".into()),
            grade: Some(Grade::Good),
            ..Default::default()
        };
        assert!(pass(&both).is_empty());
        let by_warning = UnitFilter {
            warning: Some(Warning::Red),
            ..Default::default()
        };
        assert!(pass(&by_warning).is_empty());
        let text = |t: &str| UnitFilter {
            text: Some(t.into()),
            ..Default::default()
        };
        let name = &unit("zd1").unwrap().name;
        let part: String = name.chars().skip(1).take(2).collect();
        assert_eq!(pass(&text(&part)), vec!["zd1"], "part of a name: {part}");
        assert_eq!(pass(&text("KJ")), vec!["kjc"], "an id, in another case");
        assert_eq!(
            pass(&text("  ")),
            vec!["kjc", "zd1"],
            "blank text: any unit"
        );
        assert!(pass(&text("no such unit")).is_empty());
        // a unit no longer in the workspace passes no unit criterion
        assert!(!by_level.matches(None, &rs.units[0]));
    }
}
