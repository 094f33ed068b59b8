//! Indicator scores `s_i ∈ [0, 100]` (§1): the value methods, the 360° survey (§2) and the
//! expert panel (§3). Pure functions of one unit's inputs and, for the cohort methods, the
//! cohort's statistics.

use crate::error::{Quotient, ScoreError};
use crate::exact::Exact;
use crate::model::{Band, Better, Panel, Survey};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Statistics of one indicator's values over a cohort (§1.1).
#[derive(Debug, Clone, PartialEq)]
pub struct CohortStats {
    /// How many units have a value.
    pub count: usize,
    /// Least value.
    pub min: Exact,
    /// Greatest value.
    pub max: Exact,
    /// Mean.
    pub mean: Exact,
    /// Population standard deviation.
    pub sd: Exact,
    /// Whether `sd` is exact (the variance is a rational square); otherwise it is carried to
    /// 40 decimal places.
    pub sd_exact: bool,
}

impl CohortStats {
    /// The statistics of some values; `None` for none.
    pub fn of(values: &[Exact]) -> Option<Self> {
        let first = values.first()?;
        let mut min = first.clone();
        let mut max = first.clone();
        for v in values {
            if *v < min {
                min = v.clone();
            }
            if *v > max {
                max = v.clone();
            }
        }
        let mean = Exact::mean(values.iter())?;
        let var = Exact::mean(
            values
                .iter()
                .map(|v| (v.clone() - mean.clone()) * (v.clone() - mean.clone()))
                .collect::<Vec<_>>()
                .iter(),
        )?;
        let exact = var.sqrt_exact();
        Some(CohortStats {
            count: values.len(),
            min,
            max,
            mean,
            sd_exact: exact.is_some(),
            // A variance is a mean of squares, never negative: `sqrt` always has a root.
            sd: match exact {
                Some(sd) => sd,
                None => var.sqrt()?,
            },
        })
    }
}

fn clamp100(x: Exact) -> Exact {
    x.clamp(&Exact::zero(), &Exact::hundred())
}

/// `linear`: `100 × clamp((v − worst)/(best − worst), 0, 1)` (§1). `best = worst` is refused
/// at validation; here it would score 0.
pub fn linear(v: &Exact, worst: Decimal, best: Decimal) -> Exact {
    let worst = Exact::from(worst);
    let span = Exact::from(best) - worst.clone();
    match (v.clone() - worst).checked_div(&span) {
        Some(t) => Exact::hundred() * t.clamp(&Exact::zero(), &Exact::one()),
        None => Exact::zero(),
    }
}

/// `bands`: the score of the first band, by `min` descending, with `v ≥ min`; else 0 (§1).
pub fn bands(v: &Exact, bands: &[Band]) -> Exact {
    let mut sorted: Vec<&Band> = bands.iter().collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.min));
    sorted
        .into_iter()
        .find(|b| *v >= Exact::from(b.min))
        .map(|b| Exact::from(b.score))
        .unwrap_or_else(Exact::zero)
}

/// `minmax` over the cohort; all equal: 100 (§1).
pub fn minmax(v: &Exact, better: Better, c: &CohortStats) -> Exact {
    let span = c.max.clone() - c.min.clone();
    let num = match better {
        Better::Higher => v.clone() - c.min.clone(),
        Better::Lower => c.max.clone() - v.clone(),
    };
    match num.checked_div(&span) {
        Some(t) => clamp100(Exact::hundred() * t),
        None => Exact::hundred(),
    }
}

/// Decimal places an irrational z-score is carried to (see DESIGN.md, "Exact arithmetic").
pub const IRRATIONAL_PLACES: u32 = 20;

/// `zscore`: `clamp(50 + 10·z, 0, 100)`, lower-better negates z; `sd = 0`: 50 (§1).
///
/// When the standard deviation is irrational the score is irrational too; it is then
/// carried to 20 decimal places (half away from zero), 18 orders of magnitude below
/// publication, which keeps every later figure a small exact fraction.
pub fn zscore(v: &Exact, better: Better, c: &CohortStats) -> Exact {
    if !c.sd_exact {
        let scale = match better {
            Better::Higher => 10,
            Better::Lower => -10,
        };
        let diff = v.clone() - c.mean.clone();
        if let Some(s) = Exact::clamped_affine_rounded(50, scale, &diff, &c.sd, IRRATIONAL_PLACES) {
            return s;
        }
    }
    let Some(z) = (v.clone() - c.mean.clone()).checked_div(&c.sd) else {
        return Exact::int(50);
    };
    let z = match better {
        Better::Higher => z,
        Better::Lower => -z,
    };
    let score = clamp100(Exact::int(50) + Exact::int(10) * z);
    if c.sd_exact {
        return score;
    }
    score
        .round_dp(IRRATIONAL_PLACES)
        .map(Exact::from_decimal)
        .unwrap_or(score)
}

/// The 360° result of one survey indicator (§2).
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyScore {
    /// Mean per weighted group present, mapped to 0–100, in the plan's group order.
    pub group_means: Vec<(String, Exact)>,
    /// The score, `Σ w_g·mean_g / Σ_{present} w_g`; `None` when no weighted group rated.
    pub score: Option<Exact>,
    /// Mean of the `self` ratings, mapped, if any.
    pub self_mean: Option<Exact>,
}

impl SurveyScore {
    /// Self minus others (READING 7), when both exist.
    pub fn self_gap(&self) -> Option<Exact> {
        Some(self.self_mean.clone()? - self.score.clone()?)
    }
}

/// Maps a rating on the plan's scale to 0–100; a scale whose ends are equal (refused at
/// validation) is a division by zero.
fn map_rating(r: Decimal, scale: (Decimal, Decimal)) -> Result<Exact, ScoreError> {
    let lo = Exact::from(scale.0);
    let span = Exact::from(scale.1) - lo.clone();
    (Exact::hundred() * (Exact::from(r) - lo))
        .checked_div(&span)
        .ok_or(ScoreError::DivisionByZero(Quotient::SurveyRating))
}

/// The mean of some ratings mapped to 0–100; `Ok(None)` for none.
fn mapped_mean(list: &[Decimal], scale: (Decimal, Decimal)) -> Result<Option<Exact>, ScoreError> {
    let mapped = list
        .iter()
        .map(|r| map_rating(*r, scale))
        .collect::<Result<Vec<Exact>, _>>()?;
    Ok(Exact::mean(mapped.iter()))
}

/// Scores one survey indicator from its ratings by group (§2). An error only for a scale
/// whose ends are equal, which validation refuses.
pub fn survey(
    ratings: &BTreeMap<String, Vec<Decimal>>,
    s: &Survey,
) -> Result<SurveyScore, ScoreError> {
    let mut group_means = Vec::new();
    let mut num = Exact::zero();
    let mut den = Exact::zero();
    for (g, w) in &s.groups {
        let Some(list) = ratings.get(g) else { continue };
        if let Some(m) = mapped_mean(list, s.scale)? {
            num = num + Exact::from(*w) * m.clone();
            den = den + Exact::from(*w);
            group_means.push((g.clone(), m));
        }
    }
    let self_mean = match ratings.get("self") {
        Some(list) => mapped_mean(list, s.scale)?,
        None => None,
    };
    Ok(SurveyScore {
        score: num.checked_div(&den), // READING 11: only zero-weighted groups → missing
        group_means,
        self_mean,
    })
}

/// The expert-panel result of one panel indicator (§3).
#[derive(Debug, Clone, PartialEq)]
pub struct PanelScore {
    /// Each expert's weighted total, in input order.
    pub totals: Vec<Exact>,
    /// How many totals were dropped at each end.
    pub trimmed: u32,
    /// The panel score; `None` with no expert.
    pub score: Option<Exact>,
}

/// Scores one panel indicator (§3): each expert's `Σ w_c·score_c`, then the mean after
/// dropping `trim` highest and lowest when there are at least `trim_min` experts.
pub fn panel(experts: &[BTreeMap<String, Decimal>], p: &Panel) -> PanelScore {
    let totals: Vec<Exact> = experts
        .iter()
        .map(|e| {
            p.criteria
                .iter()
                .map(|(c, w)| {
                    Exact::from(*w)
                        * e.get(c)
                            .map(|x| Exact::from(*x))
                            .unwrap_or_else(Exact::zero)
                })
                .sum()
        })
        .collect();
    let trim = if totals.len() >= p.trim_min as usize {
        p.trim
    } else {
        0
    };
    let mut sorted = totals.clone();
    sorted.sort();
    let t = trim as usize;
    let kept = sorted.get(t..sorted.len().saturating_sub(t)).unwrap_or(&[]);
    PanelScore {
        score: Exact::mean(kept.iter()),
        trimmed: trim,
        totals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    fn e(s: &str) -> Exact {
        Exact::from(d(s))
    }
    fn show(x: &Exact) -> String {
        x.round2().unwrap().to_string()
    }

    #[test]
    fn linear_both_directions_and_clamps() {
        // (v, worst, best, expected) by hand: (45−120)/(30−120) = 75/90 = 0.8333…
        let cases = [
            ("0.92", "0", "1", "92.00"),
            ("45", "120", "30", "83.33"),
            ("150", "120", "30", "0.00"),
            ("10", "120", "30", "100.00"),
            ("-1", "0", "1", "0.00"),
            ("2", "0", "1", "100.00"),
        ];
        for (v, w, b, want) in cases {
            assert_eq!(show(&linear(&e(v), d(w), d(b))), want, "{v} in [{w},{b}]");
        }
    }

    #[test]
    fn bands_take_the_highest_band_reached_in_any_input_order() {
        let band = |min: &str, score: &str| Band {
            min: d(min),
            score: d(score),
        };
        let b = vec![band("0.90", "70"), band("0.98", "100"), band("0.95", "85")];
        assert_eq!(show(&bands(&e("0.95"), &b)), "85.00"); // exactly on the line
        assert_eq!(show(&bands(&e("0.9799"), &b)), "85.00");
        assert_eq!(show(&bands(&e("0.99"), &b)), "100.00");
        assert_eq!(show(&bands(&e("0.89"), &b)), "0.00");
    }

    #[test]
    fn cohort_methods() {
        let vals: Vec<Exact> = ["2", "4", "4", "4", "5", "5", "7", "9"]
            .iter()
            .map(|s| e(s))
            .collect();
        let c = CohortStats::of(&vals).unwrap();
        // mean 5, population variance 4, sd 2 (a textbook case, exact)
        assert_eq!(c.mean, e("5"));
        assert_eq!(c.sd, e("2"));
        assert_eq!(show(&zscore(&e("9"), Better::Higher, &c)), "70.00"); // z = 2
        assert_eq!(show(&zscore(&e("9"), Better::Lower, &c)), "30.00");
        assert_eq!(show(&minmax(&e("4"), Better::Higher, &c)), "28.57"); // 2/7
        assert_eq!(show(&minmax(&e("4"), Better::Lower, &c)), "71.43"); // 5/7
        let same = CohortStats::of(&[e("3"), e("3")]).unwrap();
        assert_eq!(show(&minmax(&e("3"), Better::Higher, &same)), "100.00");
        assert_eq!(show(&zscore(&e("3"), Better::Higher, &same)), "50.00");
        // clamped: z = 6 → 110 → 100
        let wide = CohortStats::of(&[
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("0"),
            e("37"),
        ])
        .unwrap();
        assert_eq!(show(&zscore(&e("37"), Better::Higher, &wide)), "100.00");
        assert_eq!(show(&zscore(&e("37"), Better::Lower, &wide)), "0.00");
    }

    #[test]
    fn survey_as_in_the_format_example() {
        let s = crate::defaults::survey();
        let mut r = BTreeMap::new();
        r.insert("superior".to_string(), vec![d("90"), d("86")]);
        r.insert("peer".to_string(), vec![d("80"), d("82"), d("78")]);
        r.insert("subordinate".to_string(), vec![d("88")]);
        r.insert("self".to_string(), vec![d("95")]);
        let got = survey(&r, &s).unwrap();
        // 0.5·88 + 0.3·80 + 0.2·88 = 85.6; self gap 95 − 85.6 = 9.4
        assert_eq!(show(got.score.as_ref().unwrap()), "85.60");
        assert_eq!(show(&got.self_gap().unwrap()), "9.40");
        // without subordinates: (0.5·88 + 0.3·80)/0.8 = 85
        r.remove("subordinate");
        assert_eq!(
            show(survey(&r, &s).unwrap().score.as_ref().unwrap()),
            "85.00"
        );
        // self only: missing
        let only_self: BTreeMap<_, _> = [("self".to_string(), vec![d("90")])].into();
        assert!(survey(&only_self, &s).unwrap().score.is_none());
    }

    #[test]
    fn survey_maps_a_five_point_scale() {
        let s = Survey {
            scale: (d("1"), d("5")),
            groups: vec![("peer".into(), d("1"))],
        };
        let r: BTreeMap<_, _> = [("peer".to_string(), vec![d("4"), d("5")])].into();
        // (4−1)/4·100 = 75, (5−1)/4·100 = 100, mean 87.5
        assert_eq!(
            show(survey(&r, &s).unwrap().score.as_ref().unwrap()),
            "87.50"
        );
    }

    #[test]
    fn panel_trims_from_trim_min() {
        let p = crate::defaults::panel();
        let expert = |a: &str, b: &str, c: &str| -> BTreeMap<String, Decimal> {
            [
                ("feasibility".to_string(), d(a)),
                ("promotion".to_string(), d(b)),
                ("benefit".to_string(), d(c)),
            ]
            .into()
        };
        // one expert: 0.4·80 + 0.3·75 + 0.3·70 = 75.5
        assert_eq!(
            show(
                panel(&[expert("80", "75", "70")], &p)
                    .score
                    .as_ref()
                    .unwrap()
            ),
            "75.50"
        );
        // five experts with totals 60, 70, 80, 90, 100: drop 60 and 100 → mean 80
        let five: Vec<_> = ["60", "70", "80", "90", "100"]
            .iter()
            .map(|x| expert(x, x, x))
            .collect();
        let got = panel(&five, &p);
        assert_eq!(got.trimmed, 1);
        assert_eq!(show(got.score.as_ref().unwrap()), "80.00");
        // four experts: plain mean (60+70+80+90)/4 = 75
        assert_eq!(show(panel(&five[..4], &p).score.as_ref().unwrap()), "75.00");
        assert!(panel(&[], &p).score.is_none());
    }
}
