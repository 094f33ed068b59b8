//! Profile weights for scenario planning (§4, §8, S3.2): moving one weight and rebalancing
//! the others inside their bands, the nearest weights inside the bands (Euclidean
//! projection), the special-period preset (S3.2.2) and the list of band and core-largest
//! violations the editor shows as they happen.
//!
//! Results are exact decimals on a grid of `dp` places that sum to exactly 1: the projection
//! is solved in rationals and then rounded by largest remainder (§9), so the sum is kept
//! and, when the bands themselves lie on the grid, so are the bands.

use super::{SimError, WeightsProblem};
use crate::exact::Exact;
use crate::model::Plan;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Points the special-period preset moves from the core to risk control (S3.2.2; the
/// method's example `standard` 45/20/20/15 → 40/20/20/20).
pub const SPECIAL_PERIOD_POINTS: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// The most decimal places a weight grid may have.
pub const MAX_DP: u32 = 12;

/// One way a weight set breaks the rules of §4.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// A weight below its dimension's band.
    BelowBand {
        /// Dimension id.
        dimension: String,
        /// The weight.
        weight: Decimal,
        /// The band's low end.
        low: Decimal,
    },
    /// A weight above its dimension's band.
    AboveBand {
        /// Dimension id.
        dimension: String,
        /// The weight.
        weight: Decimal,
        /// The band's high end.
        high: Decimal,
    },
    /// With `core_largest`, a dimension weighs more than the core (核心任務優先).
    CoreNotLargest {
        /// The core dimension's id.
        core: String,
        /// The core's weight.
        core_weight: Decimal,
        /// The heavier dimension.
        dimension: String,
        /// Its weight.
        weight: Decimal,
    },
    /// The weights do not sum to exactly 1.
    SumNotOne {
        /// Their sum.
        sum: Decimal,
    },
}

/// Weights that sum to exactly 1, and what they still break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebalanced {
    /// Weight per dimension id (every dimension of the plan).
    pub weights: BTreeMap<String, Decimal>,
    /// The violations of these weights (empty: inside every band, core largest).
    pub violations: Vec<Violation>,
}

/// Every band and core-largest violation of a weight set, in plan order (§4), and the sum
/// when it is not 1. A dimension without a weight counts as 0.
pub fn violations(plan: &Plan, weights: &BTreeMap<String, Decimal>) -> Vec<Violation> {
    let w = |id: &str| weights.get(id).copied().unwrap_or_default();
    let mut out = Vec::new();
    for d in &plan.dimensions {
        let x = w(&d.id);
        if x < d.band.0 {
            out.push(Violation::BelowBand {
                dimension: d.id.clone(),
                weight: x,
                low: d.band.0,
            });
        } else if x > d.band.1 {
            out.push(Violation::AboveBand {
                dimension: d.id.clone(),
                weight: x,
                high: d.band.1,
            });
        }
    }
    if let Some(core) = plan.dimensions.first().filter(|_| plan.core_largest) {
        let c = w(&core.id);
        for d in plan.dimensions.iter().skip(1) {
            if w(&d.id) > c {
                out.push(Violation::CoreNotLargest {
                    core: core.id.clone(),
                    core_weight: c,
                    dimension: d.id.clone(),
                    weight: w(&d.id),
                });
            }
        }
    }
    let sum: Decimal = plan
        .dimensions
        .iter()
        .fold(Decimal::ZERO, |a, d| a.saturating_add(w(&d.id)));
    if sum != Decimal::ONE {
        out.push(Violation::SumNotOne { sum });
    }
    out
}

/// The sum of a weight set over the plan's dimensions (a dimension without a weight counts
/// as 0), exactly: what the editor shows as the total (`1` = 100%).
pub fn total(plan: &Plan, weights: &BTreeMap<String, Decimal>) -> Decimal {
    plan.dimensions.iter().fold(Decimal::ZERO, |a, d| {
        a.saturating_add(weights.get(&d.id).copied().unwrap_or_default())
    })
}

fn check_dp(dp: u32) -> Result<(), SimError> {
    if dp > MAX_DP {
        return Err(SimError::Weights(WeightsProblem::TooManyPlaces {
            max: MAX_DP,
            asked: dp,
        }));
    }
    Ok(())
}

/// Sets one dimension's weight to `value` (rounded to `dp` places, half away from zero,
/// and kept within `[0, 1]`) and rebalances the others so the sum stays exactly 1: the
/// others move to the nearest point (Euclidean) inside their bands with the sum they must
/// have, then are rounded to `dp` places by largest remainder (`dp = 2`: whole percent).
///
/// The moved weight is kept as given even outside its band, so the editor can show the
/// violation. With `core_largest`, moving another dimension up raises the core's floor to
/// that value, and moving the core down lowers the others' ceilings to it. When the others'
/// bands cannot absorb the rest, they go to the nearest weights just outside their bands
/// (each between its band and 0, or between its band and 1), and the violations say so.
pub fn rebalance(
    plan: &Plan,
    weights: &BTreeMap<String, Decimal>,
    dimension: &str,
    value: Decimal,
    dp: u32,
) -> Result<Rebalanced, SimError> {
    check_dp(dp)?;
    if !plan.dimensions.iter().any(|d| d.id == dimension) {
        return Err(SimError::UnknownDimension(dimension.to_string()));
    }
    let value = value
        .round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .clamp(Decimal::ZERO, Decimal::ONE);
    let core = plan.dimensions.first().map(|d| d.id.as_str());
    let core_rule = plan.core_largest;
    let others: Vec<Slot> = plan
        .dimensions
        .iter()
        .filter(|d| d.id != dimension)
        .map(|d| {
            let mut lo = Exact::from(d.band.0);
            let mut hi = Exact::from(d.band.1);
            if core_rule && core == Some(d.id.as_str()) {
                lo = lo.max(Exact::from(value)); // the core stays the largest
            }
            if core_rule && core == Some(dimension) {
                hi = hi.min(Exact::from(value));
            }
            Slot {
                id: d.id.clone(),
                target: Exact::from(weights.get(&d.id).copied().unwrap_or_default()),
                lo,
                hi,
                band: (Exact::from(d.band.0), Exact::from(d.band.1)),
            }
        })
        .collect();
    let rest = Exact::one() - Exact::from(value);
    let mut out = BTreeMap::new();
    out.insert(dimension.to_string(), value);
    if others.is_empty() {
        // A plan of one dimension: it weighs 1, whatever was asked.
        out.insert(dimension.to_string(), Decimal::ONE);
    } else {
        let x = project_slots(&others, &rest);
        let rounded = largest_remainder(&x, &rest, dp)?;
        for (s, r) in others.iter().zip(rounded) {
            out.insert(s.id.clone(), r);
        }
    }
    Ok(Rebalanced {
        violations: violations(plan, &out),
        weights: out,
    })
}

/// The nearest weights (Euclidean) to `target` that lie inside every band and sum to 1,
/// rounded to `dp` places by largest remainder so they still sum to exactly 1 (§9: AHP
/// weights use `dp = 2`, whole percent). `target` need not sum to 1; a dimension it lacks
/// counts as 0. When the bands cannot hold a sum of 1 (their lows exceed 1 or their highs
/// fall short), the weights go just outside them, and the violations say so.
pub fn project(
    plan: &Plan,
    target: &BTreeMap<String, Exact>,
    dp: u32,
) -> Result<Rebalanced, SimError> {
    check_dp(dp)?;
    let slots: Vec<Slot> = plan
        .dimensions
        .iter()
        .map(|d| Slot {
            id: d.id.clone(),
            target: target.get(&d.id).cloned().unwrap_or_else(Exact::zero),
            lo: Exact::from(d.band.0),
            hi: Exact::from(d.band.1),
            band: (Exact::from(d.band.0), Exact::from(d.band.1)),
        })
        .collect();
    let x = project_slots(&slots, &Exact::one());
    let rounded = largest_remainder(&x, &Exact::one(), dp)?;
    let weights: BTreeMap<String, Decimal> =
        slots.iter().map(|s| s.id.clone()).zip(rounded).collect();
    Ok(Rebalanced {
        violations: violations(plan, &weights),
        weights,
    })
}

/// The special-period preset (特殊時期, S3.2.2): risk control up by `points` (default
/// [`SPECIAL_PERIOD_POINTS`], 5 points), taken from the core, literally; the violations
/// show where that leaves a band (e.g. `technical` 40/20/25/15 → 35/20/25/20 puts the core
/// below 40%). Risk control is the dimension with id `risk`, else the plan's last one.
pub fn special_period(
    plan: &Plan,
    weights: &BTreeMap<String, Decimal>,
    points: Decimal,
) -> Result<Rebalanced, SimError> {
    let core = plan
        .dimensions
        .first()
        .ok_or(SimError::Weights(WeightsProblem::NoDimension))?;
    let risk = plan
        .dimension("risk")
        .or(plan.dimensions.last())
        .ok_or(SimError::Weights(WeightsProblem::NoDimension))?;
    if risk.id == core.id {
        return Err(SimError::Weights(WeightsProblem::OneDimension));
    }
    let mut out: BTreeMap<String, Decimal> = plan
        .dimensions
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                weights.get(&d.id).copied().unwrap_or_default(),
            )
        })
        .collect();
    let c = out.get(&core.id).copied().unwrap_or_default();
    let r = out.get(&risk.id).copied().unwrap_or_default();
    let (Some(c2), Some(r2)) = (c.checked_sub(points), r.checked_add(points)) else {
        return Err(SimError::Weights(WeightsProblem::PointsOutOfRange));
    };
    if c2 < Decimal::ZERO || r2 > Decimal::ONE {
        return Err(SimError::Weights(WeightsProblem::LeavesUnitInterval {
            points,
            from: core.id.clone(),
            from_weight: c,
            to: risk.id.clone(),
            to_weight: r,
        }));
    }
    out.insert(core.id.clone(), c2);
    out.insert(risk.id.clone(), r2);
    Ok(Rebalanced {
        violations: violations(plan, &out),
        weights: out,
    })
}

/// One coordinate of a projection: where it wants to be, and its box.
struct Slot {
    id: String,
    target: Exact,
    lo: Exact,
    hi: Exact,
    /// The dimension's own band (the box may be narrower, for the core rule).
    band: (Exact, Exact),
}

/// The Euclidean projection of the targets onto `{lo ≤ x ≤ hi, Σx = total}`, exactly; if
/// that is empty, onto the bands alone; if that is empty too, onto the nearest boxes just
/// outside the bands (`[0, lo]` when the lows exceed the total, `[hi, 1]` when the highs
/// fall short).
fn project_slots(slots: &[Slot], total: &Exact) -> Vec<Exact> {
    let boxes: Vec<(Exact, Exact)> = slots.iter().map(|s| (s.lo.clone(), s.hi.clone())).collect();
    if let Some(x) = project_box(slots, &boxes, total) {
        return x;
    }
    let bands: Vec<(Exact, Exact)> = slots.iter().map(|s| s.band.clone()).collect();
    if let Some(x) = project_box(slots, &bands, total) {
        return x;
    }
    let lows: Exact = slots.iter().map(|s| s.band.0.clone()).sum();
    let outside: Vec<(Exact, Exact)> = if *total < lows {
        slots
            .iter()
            .map(|s| (Exact::zero(), s.band.0.clone()))
            .collect()
    } else {
        slots
            .iter()
            .map(|s| (s.band.1.clone(), Exact::one().max(s.band.1.clone())))
            .collect()
    };
    project_box(slots, &outside, total).unwrap_or_else(|| {
        // Unreachable for totals in [0, 1]; an even split keeps the sum regardless (no
        // slots: nothing to split).
        let n = Exact::int(i64::try_from(slots.len()).unwrap_or(i64::MAX));
        match total.checked_div(&n) {
            Some(share) => vec![share; slots.len()],
            None => Vec::new(),
        }
    })
}

/// `x_i(τ) = clamp(y_i − τ, lo_i, hi_i)` with `τ` such that `Σ x_i = total` (the KKT form of
/// the projection onto a box and a hyperplane); `None` when no `τ` gives the total (or a
/// box is empty). `Σ x(τ)` is non-increasing and piecewise linear in `τ`, with breakpoints
/// at `y_i − hi_i` and `y_i − lo_i`: the root is found exactly on the right piece.
fn project_box(slots: &[Slot], boxes: &[(Exact, Exact)], total: &Exact) -> Option<Vec<Exact>> {
    if boxes.iter().any(|(lo, hi)| lo > hi) {
        return None;
    }
    let at = |tau: &Exact| -> Vec<Exact> {
        slots
            .iter()
            .zip(boxes)
            .map(|(s, (lo, hi))| (s.target.clone() - tau.clone()).clamp(lo, hi))
            .collect()
    };
    let sum = |tau: &Exact| -> Exact { at(tau).into_iter().sum() };
    let mut breaks: Vec<Exact> = slots
        .iter()
        .zip(boxes)
        .flat_map(|(s, (lo, hi))| [s.target.clone() - hi.clone(), s.target.clone() - lo.clone()])
        .collect();
    breaks.sort();
    breaks.dedup();
    let first = breaks.first()?;
    let last = breaks.last()?;
    // Left of every breakpoint all sit at `hi`; right of every one all sit at `lo`.
    if *total > sum(first) || *total < sum(last) {
        return None;
    }
    let mut prev = first.clone();
    let mut prev_sum = sum(&prev);
    if prev_sum == *total {
        return Some(at(&prev));
    }
    for b in breaks.iter().skip(1) {
        let s = sum(b);
        if s == *total {
            return Some(at(b));
        }
        if s < *total {
            // Affine between prev (sum above the total) and b (below): interpolate.
            // prev_sum > total > s: the divisor is never zero.
            let tau = prev.clone()
                + ((prev_sum.clone() - total.clone()) * (b.clone() - prev.clone()))
                    .checked_div(&(prev_sum.clone() - s))?;
            return Some(at(&tau));
        }
        prev = b.clone();
        prev_sum = s;
    }
    None
}

/// Rounds exact values that sum to `total` onto the grid of `dp` places so they still sum
/// to `total` rounded to that grid: each goes down to the grid, then the units left over go
/// one each to the largest remainders (ties: the earlier dimension). A value already on
/// the grid never moves, so a value on a grid-aligned bound stays inside it.
pub fn largest_remainder(
    values: &[Exact],
    total: &Exact,
    dp: u32,
) -> Result<Vec<Decimal>, SimError> {
    check_dp(dp)?;
    let overflow = || SimError::Weights(WeightsProblem::TooLarge);
    // Total on its own (no panic whatever `dp`), though `check_dp` keeps it to 10^MAX_DP.
    let scale = 10i64.checked_pow(dp).map(Exact::int).ok_or_else(overflow)?;
    let mut floors = Vec::with_capacity(values.len());
    let mut remainders = Vec::with_capacity(values.len());
    for v in values {
        let scaled = v.clone() * scale.clone();
        let f = scaled.floor_int().ok_or_else(overflow)?;
        remainders.push(scaled - Exact::int(f));
        floors.push(f);
    }
    let want = (total.clone() * scale.clone())
        .round_dp(0)
        .and_then(|d| i64::try_from(d.mantissa()).ok())
        .ok_or_else(overflow)?;
    let have = floors
        .iter()
        .try_fold(0i64, |sum, &f| sum.checked_add(f))
        .ok_or_else(overflow)?;
    let mut left = want.checked_sub(have).ok_or_else(overflow)?;
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| remainders.get(b).cmp(&remainders.get(a)).then(a.cmp(&b)));
    // `left` is below the number of non-zero remainders when the values sum to `total`;
    // the loop also copes with values that do not (it wraps around).
    let n = order.len();
    let mut i = 0usize;
    while left != 0 && n > 0 {
        if let Some(f) = order.get(i % n).and_then(|&k| floors.get_mut(k)) {
            *f += left.signum();
        }
        left -= left.signum();
        i += 1;
    }
    floors
        .into_iter()
        .map(|f| Decimal::try_new(f, dp).map_err(|_| overflow()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;
    use crate::testing::example_plan as plan;
    use crate::testing::four;

    fn standard() -> BTreeMap<String, Decimal> {
        four("0.45", "0.20", "0.20", "0.15")
    }
    fn sum(m: &BTreeMap<String, Decimal>) -> Decimal {
        m.values().copied().sum()
    }

    #[test]
    fn moving_task_up_takes_from_risk_once_the_others_hit_their_floors() {
        // task 0.45 → 0.50: the others must lose 0.05. Equal shares (0.0167 each) would
        // put team and innovation below 0.20, so they stop at 0.20 and risk gives it all:
        // 0.50 / 0.20 / 0.20 / 0.10.
        let r = rebalance(&plan(), &standard(), "task", d("0.50"), 2).unwrap();
        assert_eq!(r.weights, four("0.50", "0.20", "0.20", "0.10"));
        assert!(r.violations.is_empty());
    }

    #[test]
    fn moving_risk_up_spreads_over_the_others_within_bands() {
        // risk 0.15 → 0.19: others lose 0.04 from (0.45, 0.20, 0.20); team and innovation
        // are at their floors, so task gives it all: 0.41 / 0.20 / 0.20 / 0.19.
        let r = rebalance(&plan(), &standard(), "risk", d("0.19"), 2).unwrap();
        assert_eq!(r.weights, four("0.41", "0.20", "0.20", "0.19"));
        // risk 0.15 → 0.10: others gain 0.05 from (0.45, 0.20, 0.20): τ = −1/60 each →
        // 0.46666…, 0.21666…, 0.21666…, all inside. On a 4-place grid the floors are
        // 0.4666, 0.2166, 0.2166 (sum 0.8998); the two units left go to the largest
        // remainders (all 2/3, so in plan order): task and team.
        let r = rebalance(&plan(), &standard(), "risk", d("0.10"), 4).unwrap();
        assert_eq!(r.weights, four("0.4667", "0.2167", "0.2166", "0.10"));
        assert_eq!(sum(&r.weights), Decimal::ONE);
        assert!(r.violations.is_empty());
    }

    #[test]
    fn a_move_out_of_band_is_kept_and_reported() {
        // team 0.30 (band 0.20–0.25): kept; the others need 0.70 from (0.45, 0.20, 0.15):
        // they lose 0.10; innovation is at its floor, τ = 0.05 → task 0.40, risk 0.10.
        let r = rebalance(&plan(), &standard(), "team", d("0.30"), 2).unwrap();
        assert_eq!(r.weights, four("0.40", "0.30", "0.20", "0.10"));
        assert_eq!(
            r.violations,
            vec![Violation::AboveBand {
                dimension: "team".into(),
                weight: d("0.30"),
                high: d("0.25")
            }]
        );
        // task 0.30: the others would need 0.70 but hold at most 0.70 (0.25+0.25+0.20) —
        // exactly enough; task 0.20 would need 0.80: beyond their highs (0.70), so they go
        // above (nearest point of the [hi, 1] boxes): each +1/12 from (0.20, 0.20, 0.15) →
        // 0.2833, 0.2833, 0.2333 (sum 0.55 + 3/12 = 0.80).
        let r = rebalance(&plan(), &standard(), "task", d("0.30"), 2).unwrap();
        assert_eq!(sum(&r.weights), Decimal::ONE);
        assert_eq!(r.weights.get("risk"), Some(&d("0.20")));
        let r = rebalance(&plan(), &standard(), "task", d("0.20"), 4).unwrap();
        assert_eq!(sum(&r.weights), Decimal::ONE);
        assert!(r
            .violations
            .iter()
            .any(|v| matches!(v, Violation::BelowBand { dimension, .. } if dimension == "task")));
        assert!(r
            .violations
            .iter()
            .any(|v| matches!(v, Violation::CoreNotLargest { .. })));
    }

    #[test]
    fn projection_keeps_bands_and_sum_exactly() {
        // A grid of targets, including ones far outside the bands and not summing to 1:
        // every projection must be inside the bands, core largest, sum exactly 1.
        let p = plan();
        let ids = ["task", "team", "innovation", "risk"];
        for a in 0..6 {
            for b in 0..6 {
                for c in 0..6 {
                    let t: BTreeMap<String, Exact> = ids
                        .iter()
                        .zip([a, b, c, 5 - c])
                        .map(|(k, v)| (k.to_string(), Exact::ratio(v, 7).unwrap()))
                        .collect();
                    for dp in [2, 3, 4] {
                        let r = project(&p, &t, dp).unwrap();
                        assert_eq!(sum(&r.weights), Decimal::ONE, "{a}{b}{c} dp {dp}");
                        assert!(r.violations.is_empty(), "{a}{b}{c}: {:?}", r.violations);
                    }
                }
            }
        }
        // And every single-weight move on a 1% grid keeps the sum and the others' bands.
        for dim in ids {
            for pct in 0..=100 {
                let r = rebalance(&p, &standard(), dim, Decimal::new(pct, 2), 2).unwrap();
                assert_eq!(sum(&r.weights), Decimal::ONE, "{dim} {pct}");
            }
        }
        // Inside-band moves leave no violation at all.
        for (dim, lo, hi) in [("task", 40, 50), ("team", 20, 25), ("risk", 5, 20)] {
            for pct in lo..=hi {
                let r = rebalance(&p, &standard(), dim, Decimal::new(pct, 2), 2).unwrap();
                assert!(r.violations.is_empty(), "{dim} {pct}: {:?}", r.violations);
            }
        }
    }

    #[test]
    fn projection_of_a_point_inside_is_itself() {
        let t: BTreeMap<String, Exact> = standard()
            .into_iter()
            .map(|(k, v)| (k, Exact::from(v)))
            .collect();
        assert_eq!(project(&plan(), &t, 2).unwrap().weights, standard());
    }

    #[test]
    fn special_period_preset() {
        // standard 45/20/20/15 → 40/20/20/20 (the method's example, §4).
        let r = special_period(&plan(), &standard(), SPECIAL_PERIOD_POINTS).unwrap();
        assert_eq!(r.weights, four("0.40", "0.20", "0.20", "0.20"));
        assert!(r.violations.is_empty());
        // technical 40/20/25/15 → 35/20/25/20: the core leaves its band.
        let tech = four("0.40", "0.20", "0.25", "0.15");
        let r = special_period(&plan(), &tech, SPECIAL_PERIOD_POINTS).unwrap();
        assert_eq!(r.weights.get("task"), Some(&d("0.35")));
        assert_eq!(
            r.violations,
            vec![Violation::BelowBand {
                dimension: "task".into(),
                weight: d("0.35"),
                low: d("0.40")
            }]
        );
    }

    #[test]
    fn largest_remainder_by_hand() {
        // thirds of 1 on 2 places: floors 0.33 ×3 = 0.99, one unit to the first (ties in
        // order): 0.34 / 0.33 / 0.33.
        let third = Exact::ratio(1, 3).unwrap();
        let r =
            largest_remainder(&[third.clone(), third.clone(), third], &Exact::one(), 2).unwrap();
        assert_eq!(r, vec![d("0.34"), d("0.33"), d("0.33")]);
        // 0.456, 0.123, 0.421 on 2 places: floors 0.45, 0.12, 0.42 (0.99); remainders
        // 0.6, 0.3, 0.1 → the unit goes to the first: 0.46 / 0.12 / 0.42.
        let v: Vec<Exact> = ["0.456", "0.123", "0.421"]
            .iter()
            .map(|s| Exact::from(d(s)))
            .collect();
        assert_eq!(
            largest_remainder(&v, &Exact::one(), 2).unwrap(),
            vec![d("0.46"), d("0.12"), d("0.42")]
        );
        assert!(largest_remainder(&v, &Exact::one(), 13).is_err());
    }

    /// Every number of places is answered without a panic: up to [`MAX_DP`] a rounding
    /// (10^12 is the largest scale), beyond it a refusal, even at `u32::MAX` (whose power
    /// of ten fits no integer); and floors too large to add up are refused, not wrapped.
    #[test]
    fn largest_remainder_is_total_in_places_and_size() {
        let third = Exact::ratio(1, 3).unwrap();
        let thirds = [third.clone(), third.clone(), third];
        let r = largest_remainder(&thirds, &Exact::one(), MAX_DP).unwrap();
        assert_eq!(
            r,
            vec![
                d("0.333333333334"),
                d("0.333333333333"),
                d("0.333333333333")
            ]
        );
        for dp in [MAX_DP + 1, 19, 39, u32::MAX] {
            assert!(
                matches!(
                    largest_remainder(&thirds, &Exact::one(), dp),
                    Err(SimError::Weights(WeightsProblem::TooManyPlaces { .. }))
                ),
                "{dp}"
            );
        }
        // 9·10^6 on 12 places is 9·10^18 (fits an i64); two of them do not.
        let big = Exact::from(d("9000000"));
        assert_eq!(
            largest_remainder(&[big.clone(), big.clone()], &Exact::zero(), MAX_DP),
            Err(SimError::Weights(WeightsProblem::TooLarge))
        );
    }

    #[test]
    fn violations_list() {
        let bad = four("0.20", "0.30", "0.25", "0.20");
        let v = violations(&plan(), &bad);
        // task below 0.40, team above 0.25, team and innovation above the core, sum 0.95.
        assert_eq!(v.len(), 5, "{v:?}");
        assert!(v.contains(&Violation::SumNotOne { sum: d("0.95") }));
    }

    #[test]
    fn total_over_the_plan() {
        // 0.45 + 0.20 + 0.20 + 0.15 = 1; a missing dimension counts 0, an unknown one not
        // at all: 0.45 + 0.20 + 0 + 0.15 = 0.80.
        assert_eq!(total(&plan(), &standard()), Decimal::ONE);
        let mut m = standard();
        m.remove("innovation");
        m.insert("other".into(), d("0.5"));
        assert_eq!(total(&plan(), &m), d("0.80"));
    }
}
