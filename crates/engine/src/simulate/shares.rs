//! Shares of a count for display (rank stability, §9): percentages that add up to exactly
//! 100 when rounded, one percentage on its own, and the shade step of a heatmap cell.
//!
//! Percentages are worked on the integer counts, exactly (no `f64`), and rounded by
//! largest remainder: each share is first cut down to its grid, then the leftover grid
//! steps go to the largest remainders (ties: earlier first), so a row of grade
//! probabilities always reads as 100%.

use super::stability::UnitStability;
use rust_decimal::Decimal;

fn pow10(dp: u32) -> u128 {
    10u128.saturating_pow(dp)
}

/// `count / total` as a percentage with `dp` places, rounded half away from zero
/// (`total = 0`: 0). `dp` is at most 6.
pub fn percent(count: u32, total: u32, dp: u32) -> Decimal {
    let dp = dp.min(6);
    if total == 0 {
        return Decimal::new(0, dp);
    }
    // units of 10^-dp percent: round(count · 100 · 10^dp / total)
    let num = u128::from(count) * 100 * pow10(dp);
    let t = u128::from(total);
    let q = (2 * num + t) / (2 * t);
    on_grid(q, dp)
}

/// `q` units of `10^-dp`, as a decimal; what a decimal cannot hold (a mantissa beyond 96
/// bits, a scale above 28) saturates at [`Decimal::MAX`] instead of panicking. The callers
/// never get there: counts are `u32` and `dp` is at most 6.
fn on_grid(q: u128, dp: u32) -> Decimal {
    i128::try_from(q)
        .ok()
        .and_then(|m| Decimal::try_from_i128_with_scale(m, dp).ok())
        .unwrap_or(Decimal::MAX)
}

/// Each count's share of their sum as a percentage with `dp` places (at most 6), rounded by
/// largest remainder so that the shares add up to exactly 100 (all zero when the sum is 0).
pub fn percentages(counts: &[u32], dp: u32) -> Vec<Decimal> {
    let dp = dp.min(6);
    let total: u128 = counts.iter().map(|c| u128::from(*c)).sum();
    if total == 0 {
        return counts.iter().map(|_| Decimal::new(0, dp)).collect();
    }
    let grid = 100 * pow10(dp);
    // floor and remainder of count · grid / total
    let mut parts: Vec<(u128, u128)> = counts
        .iter()
        .map(|c| {
            let n = u128::from(*c) * grid;
            (n / total, n % total)
        })
        .collect();
    let given: u128 = parts.iter().map(|(q, _)| q).sum();
    let mut left = grid.saturating_sub(given);
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|a, b| {
        let ra = parts.get(*a).map(|p| p.1).unwrap_or(0);
        let rb = parts.get(*b).map(|p| p.1).unwrap_or(0);
        rb.cmp(&ra).then(a.cmp(b))
    });
    for i in order {
        if left == 0 {
            break;
        }
        if let Some(p) = parts.get_mut(i) {
            if p.1 > 0 {
                p.0 += 1;
                left -= 1;
            }
        }
    }
    parts.into_iter().map(|(q, _)| on_grid(q, dp)).collect()
}

/// A fraction as a percentage (`0.05` → `5`), exactly, in its shortest form.
pub fn to_percent(fraction: Decimal) -> Decimal {
    fraction.saturating_mul(Decimal::ONE_HUNDRED).normalize()
}

/// A percentage as a fraction (`5` → `0.05`), exactly (the δ field of a stability run).
pub fn from_percent(percent: Decimal) -> Decimal {
    percent
        .checked_div(Decimal::ONE_HUNDRED)
        .unwrap_or(Decimal::ZERO)
        .normalize()
}

/// A unit's grade probabilities (Excellent, Good, Pass, Fail) as percentages with `dp`
/// places that add up to exactly 100.
pub fn grade_percentages(u: &UnitStability, dp: u32) -> Vec<Decimal> {
    percentages(&u.grade_counts, dp)
}

/// The shade of a heatmap cell: `0` for no sample, else `1 … steps` in proportion to
/// `count / total` (rounded up, so any sample shows).
pub fn shade(count: u32, total: u32, steps: u32) -> u32 {
    if count == 0 || total == 0 {
        return 0;
    }
    let n = u64::from(count.min(total)) * u64::from(steps);
    let t = u64::from(total);
    u32::try_from(n.div_ceil(t)).unwrap_or(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[Decimal]) -> Vec<String> {
        v.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn percentages_add_up_to_100() {
        // 1/3 each: 33.33 + 33.33 + 33.33 = 99.99; the leftover 0.01 goes to the first
        // (all remainders tie).
        assert_eq!(
            strs(&percentages(&[1, 1, 1], 2)),
            ["33.34", "33.33", "33.33"]
        );
        // 2/3 and 1/3 with one place: 66.6 (rem 2/3) and 33.3 (rem 1/3): 66.7 + 33.3.
        assert_eq!(strs(&percentages(&[2, 1], 1)), ["66.7", "33.3"]);
        // 10 000 samples: 8 123 / 1 877 / 0 / 0 → 81.23 / 18.77 / 0.00 / 0.00.
        assert_eq!(
            strs(&percentages(&[8123, 1877, 0, 0], 2)),
            ["81.23", "18.77", "0.00", "0.00"]
        );
        // A zero count never gets the leftover: 1 of 7 → 14.285…, 6 of 7 → 85.714…;
        // floors 14.2 + 85.7 = 99.9; remainders 0.857 vs 0.142: the first takes 0.1.
        assert_eq!(strs(&percentages(&[1, 6, 0], 1)), ["14.3", "85.7", "0.0"]);
        assert_eq!(strs(&percentages(&[0, 0], 1)), ["0.0", "0.0"]);
    }

    #[test]
    fn one_percentage() {
        // 1/8 = 12.5% exactly; 1/3 = 33.333…% → 33.3; 2/3 → 66.7 (half away from zero
        // only matters at .x5: 1/16 = 6.25% → 6.3 at one place).
        assert_eq!(percent(1, 8, 1).to_string(), "12.5");
        assert_eq!(percent(1, 3, 1).to_string(), "33.3");
        assert_eq!(percent(2, 3, 1).to_string(), "66.7");
        assert_eq!(percent(1, 16, 1).to_string(), "6.3");
        assert_eq!(percent(5, 0, 1).to_string(), "0.0");
        assert_eq!(percent(10_000, 10_000, 0).to_string(), "100");
    }

    #[test]
    fn percent_and_fraction() {
        // 0.45 → 45; 0.125 → 12.5; 5 → 0.05; 2.5 → 0.025.
        assert_eq!(to_percent("0.45".parse().unwrap()).to_string(), "45");
        assert_eq!(to_percent("0.125".parse().unwrap()).to_string(), "12.5");
        assert_eq!(from_percent("5".parse().unwrap()).to_string(), "0.05");
        assert_eq!(from_percent("2.5".parse().unwrap()).to_string(), "0.025");
    }

    #[test]
    fn a_count_beyond_a_decimal_saturates_instead_of_panicking() {
        // 2^96 does not fit a decimal's 96-bit mantissa; nor does u128::MAX, nor a scale
        // above 28.
        assert_eq!(on_grid(1u128 << 96, 2), Decimal::MAX);
        assert_eq!(on_grid(u128::MAX, 0), Decimal::MAX);
        assert_eq!(on_grid(5, 29), Decimal::MAX);
        assert_eq!(on_grid(12_345, 2).to_string(), "123.45");
        assert_eq!(on_grid((1u128 << 96) - 1, 0), Decimal::MAX);
    }

    #[test]
    fn shades() {
        // 10 steps: 0 → 0; 1 of 10 000 → 1 (any sample shows); half → 5; all → 10.
        assert_eq!(shade(0, 10_000, 10), 0);
        assert_eq!(shade(1, 10_000, 10), 1);
        assert_eq!(shade(5_000, 10_000, 10), 5);
        assert_eq!(shade(5_001, 10_000, 10), 6);
        assert_eq!(shade(10_000, 10_000, 10), 10);
        assert_eq!(shade(3, 0, 10), 0);
    }
}
