//! Rank, quota, grade, flags, warnings from score drops, honours (§6). Works on published
//! figures only, the same way for a period and for the annual composite.

use super::period::Warning;
use crate::exact::Exact;
use crate::model::{Grading, QuotaRounding, Warnings};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// A grade (最終考核等級).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// 優秀
    Excellent,
    /// 良好
    Good,
    /// 合格
    Pass,
    /// 不合格
    Fail,
}

impl Grade {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Excellent => "excellent",
            Grade::Good => "good",
            Grade::Pass => "pass",
            Grade::Fail => "fail",
        }
    }

    /// All grades, best first.
    pub const ALL: [Grade; 4] = [Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail];
}

/// An honour (S5.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Honour {
    /// 卓越創新獎, from the `innovation` dimension.
    InnovationAward,
    /// 協作先鋒團隊, from the `team` dimension.
    CollaborationAward,
}

impl Honour {
    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Honour::InnovationAward => "innovation_award",
            Honour::CollaborationAward => "collaboration_award",
        }
    }

    /// The dimension id it is judged on.
    pub fn dimension(self) -> &'static str {
        match self {
            Honour::InnovationAward => "innovation",
            Honour::CollaborationAward => "team",
        }
    }

    /// Both, in output order.
    pub const ALL: [Honour; 2] = [Honour::InnovationAward, Honour::CollaborationAward];
}

/// Why a unit got its grade, for the receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradeReason {
    /// Within the quota among the candidates.
    InQuota,
    /// Tied with the last Excellent place on every key (quota tie).
    QuotaTie,
    /// A candidate, but the quota was filled by better-placed units.
    QuotaFull,
    /// Would be a candidate but a negative-list veto blocks Excellent.
    Vetoed,
    /// By the score lines alone.
    Lines,
}

/// What grading needs to know of one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeInput {
    /// Published score.
    pub score: Decimal,
    /// Core dimension score, published (tie-break).
    pub core: Option<Decimal>,
    /// Deduction, published (tie-break).
    pub deduction: Decimal,
    /// Blocked from Excellent.
    pub veto: bool,
    /// Published dimension scores relevant to honours: (dimension id, score).
    pub dimensions: Vec<(String, Decimal)>,
    /// The previous assessment's published score.
    pub previous: Option<Decimal>,
}

/// The graded outcome of one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeOutput {
    /// Competition rank.
    pub rank: u32,
    /// Grade.
    pub grade: Grade,
    /// Why.
    pub reason: GradeReason,
    /// Honours, in output order.
    pub honours: Vec<Honour>,
    /// Two assessments in a row below the pass line.
    pub rectification: bool,
    /// Below the severe line.
    pub leadership_review: bool,
    /// `previous − score` and the colour it reaches, when it reaches one.
    pub drop_warning: Option<(Decimal, Warning)>,
}

/// The graded set.
#[derive(Debug, Clone, PartialEq)]
pub struct GradedSet {
    /// Excellent places.
    pub quota: u32,
    /// Whether ties beyond the quota were made Excellent.
    pub quota_tie: bool,
    /// Per unit, in input order.
    pub outputs: Vec<GradeOutput>,
}

/// The Excellent quota for `n` units (§6).
pub fn quota(n: usize, g: &Grading) -> u32 {
    let x = Exact::int(i64::try_from(n).unwrap_or(i64::MAX)) * Exact::from(g.excellent_share);
    let q = match g.quota_rounding {
        QuotaRounding::Floor => x.floor_int(),
        QuotaRounding::Ceil => x.ceil_int(),
        QuotaRounding::Round => x.round_dp(0).and_then(|d| i64::try_from(d.mantissa()).ok()),
    }
    .unwrap_or(0);
    let q = u32::try_from(q.max(0)).unwrap_or(u32::MAX);
    if g.quota_min_one && n >= 1 {
        q.max(1)
    } else {
        q
    }
}

/// The order of Excellent candidates: score desc, core desc (absent lowest, READING 10),
/// deduction asc.
fn candidate_order(a: &GradeInput, b: &GradeInput) -> Ordering {
    b.score
        .cmp(&a.score)
        .then_with(|| b.core.cmp(&a.core))
        .then_with(|| a.deduction.cmp(&b.deduction))
}

/// Ranks and grades a set of units (§6).
pub fn grade_set(units: &[GradeInput], g: &Grading, w: &Warnings) -> GradedSet {
    let q = quota(units.len(), g);
    let mut candidates: Vec<usize> = (0..units.len())
        .filter(|&i| {
            units
                .get(i)
                .is_some_and(|u| u.score >= g.excellent_min && !u.veto)
        })
        .collect();
    candidates.sort_by(|&a, &b| match (units.get(a), units.get(b)) {
        (Some(x), Some(y)) => candidate_order(x, y),
        _ => Ordering::Equal,
    });
    let mut reasons: Vec<Option<GradeReason>> = vec![None; units.len()];
    let mut quota_tie = false;
    let take = (q as usize).min(candidates.len());
    let last = if take > 0 {
        candidates.get(take - 1).copied()
    } else {
        None
    };
    for (pos, &i) in candidates.iter().enumerate() {
        let reason = if pos < take {
            GradeReason::InQuota
        } else {
            let tied = match (last.and_then(|l| units.get(l)), units.get(i)) {
                (Some(l), Some(u)) => candidate_order(l, u) == Ordering::Equal,
                _ => false,
            };
            if tied {
                quota_tie = true;
                GradeReason::QuotaTie
            } else {
                GradeReason::QuotaFull
            }
        };
        if let Some(slot) = reasons.get_mut(i) {
            *slot = Some(reason);
        }
    }

    // Honours: the highest published score of the dimension, ties share, from honour_min.
    let best = |dim: &str| -> Option<Decimal> {
        units
            .iter()
            .filter_map(|u| u.dimensions.iter().find(|(d, _)| d == dim).map(|(_, s)| *s))
            .max()
            .filter(|m| *m >= g.honour_min)
    };
    let honour_best: Vec<(Honour, Option<Decimal>)> = Honour::ALL
        .iter()
        .map(|h| (*h, best(h.dimension())))
        .collect();

    // Competition rank = 1 + the number of strictly higher scores: one sort, then a binary
    // search per unit (not a comparison per pair).
    let mut descending: Vec<Decimal> = units.iter().map(|u| u.score).collect();
    descending.sort_unstable_by(|a, b| b.cmp(a));
    let outputs = units
        .iter()
        .zip(reasons)
        .map(|(u, reason)| {
            let higher = descending.partition_point(|s| *s > u.score);
            let rank = u32::try_from(higher + 1).unwrap_or(u32::MAX);
            let (grade, reason) = match reason {
                Some(r @ (GradeReason::InQuota | GradeReason::QuotaTie)) => (Grade::Excellent, r),
                other => {
                    let grade = if u.score >= g.good_min {
                        Grade::Good
                    } else if u.score >= g.pass_line {
                        Grade::Pass
                    } else {
                        Grade::Fail
                    };
                    let reason = match other {
                        Some(r) => r,
                        None if u.veto && u.score >= g.excellent_min => GradeReason::Vetoed,
                        None => GradeReason::Lines,
                    };
                    (grade, reason)
                }
            };
            let honours = honour_best
                .iter()
                .filter(|(h, best)| {
                    best.is_some_and(|b| {
                        u.dimensions
                            .iter()
                            .any(|(d, s)| d == h.dimension() && *s == b)
                    })
                })
                .map(|(h, _)| *h)
                .collect();
            let drop_warning = u.previous.and_then(|p| {
                let drop = p - u.score;
                Warning::reached(&Exact::from(drop), &w.drop).map(|c| (drop, c))
            });
            GradeOutput {
                rank,
                grade,
                reason,
                honours,
                rectification: u.score < g.pass_line && u.previous.is_some_and(|p| p < g.pass_line),
                leadership_review: u.score < g.severe_line,
                drop_warning,
            }
        })
        .collect();
    GradedSet {
        quota: q,
        quota_tie,
        outputs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    fn unit(score: &str) -> GradeInput {
        GradeInput {
            score: d(score),
            core: Some(d("80")),
            deduction: d("0"),
            veto: false,
            dimensions: vec![],
            previous: None,
        }
    }

    #[test]
    fn quota_rounding_table() {
        // (n, share, rounding, min_one, expected) by hand
        let cases = [
            (1, "0.10", QuotaRounding::Floor, true, 1),
            (1, "0.10", QuotaRounding::Floor, false, 0),
            (19, "0.10", QuotaRounding::Floor, true, 1),
            (19, "0.10", QuotaRounding::Ceil, true, 2),
            (15, "0.10", QuotaRounding::Round, true, 2), // 1.5 → 2 (half away from zero)
            (14, "0.10", QuotaRounding::Round, true, 1), // 1.4 → 1
            (25, "0.10", QuotaRounding::Round, true, 3), // 2.5 → 3 (banker's would give 2)
            (0, "0.10", QuotaRounding::Floor, true, 0),
            (20, "0.15", QuotaRounding::Floor, true, 3),
        ];
        for (n, share, rounding, min_one, want) in cases {
            let mut g = crate::defaults::grading();
            g.excellent_share = d(share);
            g.quota_rounding = rounding;
            g.quota_min_one = min_one;
            assert_eq!(
                quota(n, &g),
                want,
                "n={n} share={share} {rounding:?} {min_one}"
            );
        }
    }

    #[test]
    fn competition_ranking_and_lines() {
        let g = crate::defaults::grading();
        let units: Vec<_> = ["95", "80.00", "80.00", "79.99", "60", "59.99", "49.99"]
            .iter()
            .map(|s| unit(s))
            .collect();
        let out = grade_set(&units, &g, &crate::defaults::warnings());
        let ranks: Vec<u32> = out.outputs.iter().map(|o| o.rank).collect();
        assert_eq!(ranks, vec![1, 2, 2, 4, 5, 6, 7]);
        let grades: Vec<&str> = out.outputs.iter().map(|o| o.grade.as_str()).collect();
        assert_eq!(
            grades,
            vec!["excellent", "good", "good", "pass", "pass", "fail", "fail"]
        );
        assert!(out.outputs[6].leadership_review && !out.outputs[5].leadership_review);
    }

    #[test]
    fn quota_ties_on_all_three_keys_share_excellent() {
        let g = crate::defaults::grading(); // 12 units → quota 1
        let mut units: Vec<_> = (0..12).map(|_| unit("70")).collect();
        units[0] = unit("92");
        units[1] = unit("92");
        units[2] = unit("92");
        units[2].core = Some(d("79")); // loses on the core key
        let out = grade_set(&units, &g, &crate::defaults::warnings());
        assert_eq!(out.quota, 1);
        assert!(out.quota_tie);
        assert_eq!(out.outputs[0].grade, Grade::Excellent);
        assert_eq!(out.outputs[1].grade, Grade::Excellent);
        assert_eq!(out.outputs[1].reason, GradeReason::QuotaTie);
        assert_eq!(out.outputs[2].grade, Grade::Good);
        assert_eq!(out.outputs[2].reason, GradeReason::QuotaFull);
    }

    #[test]
    fn veto_blocks_excellent_and_deduction_breaks_ties() {
        let g = crate::defaults::grading();
        let mut units = vec![unit("95"), unit("91"), unit("91")];
        units[0].veto = true;
        units[1].deduction = d("2");
        let out = grade_set(&units, &g, &crate::defaults::warnings());
        assert_eq!(out.outputs[0].grade, Grade::Good);
        assert_eq!(out.outputs[0].reason, GradeReason::Vetoed);
        assert_eq!(out.outputs[1].grade, Grade::Good); // more deducted
        assert_eq!(out.outputs[2].grade, Grade::Excellent);
        assert!(!out.quota_tie);
    }

    #[test]
    fn honours_drop_warnings_and_rectification() {
        let g = crate::defaults::grading();
        let mut units = vec![unit("70"), unit("55"), unit("58")];
        units[0].dimensions = vec![("innovation".into(), d("88")), ("team".into(), d("84.99"))];
        units[1].dimensions = vec![("innovation".into(), d("88"))];
        units[1].previous = Some(d("59.99"));
        units[2].previous = Some(d("73"));
        let out = grade_set(&units, &g, &crate::defaults::warnings());
        assert_eq!(out.outputs[0].honours, vec![Honour::InnovationAward]); // team below 85
        assert_eq!(out.outputs[1].honours, vec![Honour::InnovationAward]); // tie shares
        assert!(out.outputs[1].rectification && !out.outputs[2].rectification);
        assert_eq!(out.outputs[1].drop_warning, None); // 59.99 − 55 = 4.99 < 5
        assert_eq!(out.outputs[2].drop_warning, Some((d("15"), Warning::Red)));
    }
}
