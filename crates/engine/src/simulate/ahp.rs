//! AHP weights (§9): a pairwise comparison of the plan's dimensions on Saaty's 1–9 scale
//! gives weights by the principal eigenvector, and the consistency ratio `CR = CI / RI`
//! (accepted below 0.10). The weights are then projected into the bands (nearest point,
//! Euclidean) and rounded to whole percent by largest remainder, so they sum to 100%.
//!
//! The eigenvector is found by power iteration in `f64` (this is advice for a scenario,
//! not an official figure); the projection and rounding are exact ([`super::weights`]).

use super::weights::{self, Rebalanced};
use super::{PairwiseProblem, SimError};
use crate::exact::Exact;
use crate::model::Plan;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Saaty's random index `RI` for `n = 1…15` (n ≤ 2: 0; §9 uses 0.90 for n = 4). Larger
/// matrices use the last value.
pub const RANDOM_INDEX: [f64; 15] = [
    0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/// The consistency ratio below which a comparison is accepted (§9).
pub const CR_LIMIT: f64 = 0.10;

/// How far a judgment may be from its reciprocal, or from the scale's ends, before the
/// matrix is refused (relative).
const TOLERANCE: f64 = 1e-6;

/// The Saaty scale's values, for suggestions: 1/9 … 1/2, 1, 2 … 9.
fn saaty_values() -> impl Iterator<Item = f64> {
    (2..=9)
        .rev()
        .map(|k| 1.0 / f64::from(k))
        .chain((1..=9).map(f64::from))
}

/// The judgments a person picks from, as signed Saaty grades: `k > 1` means the row is `k`
/// times as important as the column (value `k`), `1` equal, `-k` the column `k` times as
/// important (value `1/k`). From "row extremely more important" to "column extremely more".
pub const SAATY_GRADES: [i8; 17] = [9, 8, 7, 6, 5, 4, 3, 2, 1, -2, -3, -4, -5, -6, -7, -8, -9];

/// The matrix entry of a signed Saaty grade (see [`SAATY_GRADES`]): `5` → 5, `-5` → 1/5,
/// `1` → 1; `None` outside the scale (0, −1, beyond ±9).
pub fn saaty_value(grade: i8) -> Option<f64> {
    match grade {
        1..=9 => Some(f64::from(grade)),
        -9..=-2 => Some(1.0 / f64::from(-grade)),
        _ => None,
    }
}

/// The signed Saaty grade nearest (on a log scale) to a matrix entry: `4.6` → 5,
/// `0.2` → −5, `1.1` → 1. Non-positive or non-finite entries give 1.
pub fn saaty_grade(value: f64) -> i8 {
    if !value.is_finite() || value <= 0.0 {
        return 1;
    }
    SAATY_GRADES
        .iter()
        .copied()
        .filter_map(|g| saaty_value(g).map(|v| (g, (v / value).ln().abs())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(1, |(g, _)| g)
}

/// The principal eigenvector of a positive reciprocal matrix and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Eigen {
    /// The principal eigenvector, normalised to sum 1.
    pub weights: Vec<f64>,
    /// The principal eigenvalue `λ_max` (≥ n; = n exactly when consistent).
    pub lambda_max: f64,
    /// `CI = (λ_max − n)/(n − 1)` (0 for n ≤ 2).
    pub ci: f64,
    /// Saaty's `RI` for this n.
    pub ri: f64,
    /// `CR = CI / RI` (0 when RI is 0).
    pub cr: f64,
}

/// The judgment most at odds with the weights: where the matrix is least consistent.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgment {
    /// Row dimension id (the one judged "more important" by `given` > 1).
    pub row: String,
    /// Column dimension id.
    pub column: String,
    /// The judgment given, `a_ij`.
    pub given: f64,
    /// What the weights imply, `w_i / w_j`.
    pub implied: f64,
    /// The Saaty value nearest to the implied one (on a log scale): a suggested revision.
    pub suggested: f64,
}

/// The AHP result for a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Ahp {
    /// Dimension ids, in plan order (the matrix's order).
    pub dimensions: Vec<String>,
    /// The eigenvector and consistency figures.
    pub eigen: Eigen,
    /// `CR < 0.10` (§9).
    pub consistent: bool,
    /// The judgment whose ratio `a_ij · w_j / w_i` is furthest from 1 (None for n ≤ 1):
    /// shown to explain an inconsistent matrix.
    pub worst: Option<Judgment>,
    /// The eigenvector projected into the bands and rounded to whole percent (sum exactly
    /// 1), with any violation left (only when the bands themselves cannot be met on a
    /// whole-percent grid or break the core-largest rule).
    pub weights: Rebalanced,
}

/// A full matrix from its upper triangle, row by row (`a_01, a_02, …, a_12, …`); the
/// diagonal is 1 and the lower triangle the reciprocals. `None` when the count is not
/// `n(n−1)/2`.
pub fn matrix_from_upper(n: usize, upper: &[f64]) -> Option<Vec<Vec<f64>>> {
    if upper.len() != n * n.saturating_sub(1) / 2 {
        return None;
    }
    let mut m = vec![vec![1.0; n]; n];
    let mut k = 0usize;
    for i in 0..n {
        for j in (i + 1)..n {
            let v = *upper.get(k)?;
            *m.get_mut(i)?.get_mut(j)? = v;
            *m.get_mut(j)?.get_mut(i)? = 1.0 / v;
            k += 1;
        }
    }
    Some(m)
}

fn at(m: &[Vec<f64>], i: usize, j: usize) -> f64 {
    m.get(i).and_then(|r| r.get(j)).copied().unwrap_or(f64::NAN)
}

/// Checks that `m` is an `n × n` positive reciprocal matrix on Saaty's scale.
pub fn check_matrix(m: &[Vec<f64>], n: usize) -> Result<(), SimError> {
    if m.len() != n || m.iter().any(|r| r.len() != n) {
        return Err(SimError::Pairwise(PairwiseProblem::Shape { n }));
    }
    for i in 0..n {
        for j in 0..n {
            let a = at(m, i, j);
            if !a.is_finite() || a <= 0.0 {
                return Err(SimError::Pairwise(PairwiseProblem::NotPositive {
                    row: i,
                    col: j,
                }));
            }
            if i == j && (a - 1.0).abs() > TOLERANCE {
                return Err(SimError::Pairwise(PairwiseProblem::Diagonal {
                    row: i,
                    value: a.to_string(),
                }));
            }
            if !((1.0 - TOLERANCE) / 9.0..=9.0 * (1.0 + TOLERANCE)).contains(&a) {
                return Err(SimError::Pairwise(PairwiseProblem::OffScale {
                    row: i,
                    col: j,
                    value: a.to_string(),
                }));
            }
            if (a * at(m, j, i) - 1.0).abs() > TOLERANCE {
                return Err(SimError::Pairwise(PairwiseProblem::NotReciprocal {
                    row: i,
                    col: j,
                }));
            }
        }
    }
    Ok(())
}

/// The principal eigenvector by power iteration (to 1e-15, at most 100 000 steps; a
/// positive matrix converges), `λ_max` as the mean of `(Aw)_i / w_i`, and `CI`, `RI`, `CR`.
/// The matrix must have passed [`check_matrix`].
pub fn principal(m: &[Vec<f64>]) -> Eigen {
    let n = m.len();
    let nf = n as f64;
    let mul = |w: &[f64]| -> Vec<f64> {
        m.iter()
            .map(|row| row.iter().zip(w).map(|(a, x)| a * x).sum())
            .collect()
    };
    let mut w = vec![1.0 / nf; n];
    for _ in 0..100_000 {
        let v = mul(&w);
        let s: f64 = v.iter().sum();
        let v: Vec<f64> = v.iter().map(|x| x / s).collect();
        let diff = v
            .iter()
            .zip(&w)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        w = v;
        if diff < 1e-15 {
            break;
        }
    }
    let aw = mul(&w);
    let lambda_max = if n == 0 {
        0.0
    } else {
        aw.iter().zip(&w).map(|(a, x)| a / x).sum::<f64>() / nf
    };
    let ci = if n > 2 {
        ((lambda_max - nf) / (nf - 1.0)).max(0.0)
    } else {
        0.0
    };
    let ri = RANDOM_INDEX
        .get(n.saturating_sub(1))
        .or(RANDOM_INDEX.last())
        .copied()
        .unwrap_or(0.0);
    let cr = if ri > 0.0 { ci / ri } else { 0.0 };
    Eigen {
        weights: w,
        lambda_max,
        ci,
        ri,
        cr,
    }
}

/// The AHP weights of the plan's dimensions from a full pairwise matrix in plan order
/// (`m[i][j]` = how much more important dimension i is than j, 1–9 or a reciprocal).
pub fn ahp(plan: &Plan, m: &[Vec<f64>]) -> Result<Ahp, SimError> {
    let n = plan.dimensions.len();
    check_matrix(m, n)?;
    let eigen = principal(m);
    let ids: Vec<String> = plan.dimensions.iter().map(|d| d.id.clone()).collect();

    // The judgment furthest from what the weights imply (|ln(a_ij·w_j/w_i)| largest).
    let mut worst: Option<(f64, Judgment)> = None;
    for i in 0..n {
        for j in (i + 1)..n {
            let (wi, wj) = (
                eigen.weights.get(i).copied().unwrap_or(1.0),
                eigen.weights.get(j).copied().unwrap_or(1.0),
            );
            let given = at(m, i, j);
            let implied = wi / wj;
            let off = (given / implied).ln().abs();
            if worst.as_ref().is_none_or(|(o, _)| off > *o) {
                let suggested = saaty_values()
                    .min_by(|a, b| {
                        let da = (a / implied).ln().abs();
                        let db = (b / implied).ln().abs();
                        da.total_cmp(&db)
                    })
                    .unwrap_or(1.0);
                worst = Some((
                    off,
                    Judgment {
                        row: ids.get(i).cloned().unwrap_or_default(),
                        column: ids.get(j).cloned().unwrap_or_default(),
                        given,
                        implied,
                        suggested,
                    },
                ));
            }
        }
    }

    // Exact from here: the eigenvector to 12 places, projected, rounded to whole percent.
    let target: BTreeMap<String, Exact> = ids
        .iter()
        .zip(&eigen.weights)
        .map(|(id, w)| {
            let x = Decimal::from_f64_retain(*w)
                .map(|d| d.round_dp(12))
                .unwrap_or_default();
            (id.clone(), Exact::from(x))
        })
        .collect();
    let weights = weights::project(plan, &target, 2)?;
    Ok(Ahp {
        dimensions: ids,
        consistent: eigen.cr < CR_LIMIT,
        eigen,
        worst: worst.map(|(_, j)| j),
        weights,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;
    use crate::testing::example_plan as plan;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() < tol
    }

    #[test]
    fn textbook_three_by_three() {
        // Saaty's classic [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: w ≈ (0.6370, 0.2583, 0.1047),
        // λ_max ≈ 3.0385, CI = 0.0385/2 ≈ 0.0193, CR = 0.0193/0.58 ≈ 0.0332.
        let m = matrix_from_upper(3, &[3.0, 5.0, 3.0]).unwrap();
        check_matrix(&m, 3).unwrap();
        let e = principal(&m);
        assert!(close(e.weights[0], 0.6370, 1e-4), "{:?}", e.weights);
        assert!(close(e.weights[1], 0.2583, 1e-4));
        assert!(close(e.weights[2], 0.1047, 1e-4));
        assert!(close(e.lambda_max, 3.0385, 1e-4), "{}", e.lambda_max);
        assert!(close(e.ci, 0.01926, 1e-4));
        assert!(close(e.cr, 0.0332, 1e-4), "{}", e.cr);
    }

    #[test]
    fn a_consistent_matrix_gives_its_weights_exactly_and_cr_zero() {
        // a_ij = w_i/w_j for w = (0.45, 0.20, 0.20, 0.15): λ_max = 4, CI = CR = 0, and the
        // weights are inside the bands already, so they come back as 45/20/20/15.
        let w = [0.45, 0.20, 0.20, 0.15];
        let m: Vec<Vec<f64>> = w
            .iter()
            .map(|a| w.iter().map(|b| a / b).collect())
            .collect();
        let r = ahp(&plan(), &m).unwrap();
        assert!(close(r.eigen.lambda_max, 4.0, 1e-9));
        assert!(r.eigen.cr.abs() < 1e-9);
        assert!(r.consistent);
        assert_eq!(r.eigen.ri, 0.90);
        let got: Vec<Decimal> = r
            .dimensions
            .iter()
            .map(|id| r.weights.weights[id])
            .collect();
        assert_eq!(got, vec![d("0.45"), d("0.20"), d("0.20"), d("0.15")]);
        assert!(r.weights.violations.is_empty());
    }

    #[test]
    fn four_by_four_projected_into_the_bands() {
        // task/team/innovation/risk: [[1,5,3,7],[1/5,1,1/3,3],[1/3,3,1,5],[1/7,1/3,1/5,1]]
        // w ≈ (0.5650, 0.1175, 0.2622, 0.0553), λ_max ≈ 4.1170, CI ≈ 0.0390,
        // CR ≈ 0.0390/0.90 ≈ 0.0433 < 0.10: accepted.
        // Projection onto the bands: task clamps at 0.50, team at 0.20, innovation at 0.25;
        // risk takes the rest, 1 − 0.95 = 0.05 (τ = 0.0053 leaves it free inside [0, 0.20]).
        let m = matrix_from_upper(4, &[5.0, 3.0, 7.0, 1.0 / 3.0, 3.0, 5.0]).unwrap();
        let r = ahp(&plan(), &m).unwrap();
        assert!(
            close(r.eigen.weights[0], 0.5650, 1e-4),
            "{:?}",
            r.eigen.weights
        );
        assert!(
            close(r.eigen.lambda_max, 4.1170, 1e-4),
            "{}",
            r.eigen.lambda_max
        );
        assert!(close(r.eigen.cr, 0.0433, 1e-4), "{}", r.eigen.cr);
        assert!(r.consistent);
        let w = &r.weights.weights;
        assert_eq!(
            (w["task"], w["team"], w["innovation"], w["risk"]),
            (d("0.50"), d("0.20"), d("0.25"), d("0.05"))
        );
        assert!(r.weights.violations.is_empty());
    }

    #[test]
    fn an_inconsistent_matrix_is_explained() {
        // A cycle task ≫ team ≫ innovation ≫ task (9, 9, then innovation 9× task) cannot be
        // consistent: CR far above 0.10, and the worst judgment is named with a suggestion.
        let m = matrix_from_upper(4, &[9.0, 1.0 / 9.0, 1.0, 9.0, 1.0, 1.0]).unwrap();
        let r = ahp(&plan(), &m).unwrap();
        assert!(!r.consistent);
        assert!(r.eigen.cr > 1.0, "{}", r.eigen.cr);
        let worst = r.worst.unwrap();
        assert!(worst.given != worst.suggested);
        assert!((1.0 / 9.0..=9.0).contains(&worst.suggested));
        // The weights are still usable: inside the bands, whole percent, sum 1.
        assert_eq!(
            r.weights.weights.values().copied().sum::<Decimal>(),
            Decimal::ONE
        );
        assert!(r.weights.violations.is_empty());
        for v in r.weights.weights.values() {
            assert_eq!(v.round_dp(2), *v);
        }
    }

    #[test]
    fn bad_matrices_are_refused() {
        let p = plan();
        assert!(ahp(&p, &matrix_from_upper(3, &[1.0, 1.0, 1.0]).unwrap()).is_err()); // 3 × 3
        let mut m = matrix_from_upper(4, &[2.0; 6]).unwrap();
        m[1][0] = 2.0; // not reciprocal
        assert!(ahp(&p, &m).is_err());
        assert!(ahp(
            &p,
            &matrix_from_upper(4, &[10.0, 1.0, 1.0, 1.0, 1.0, 1.0]).unwrap()
        )
        .is_err());
        assert!(ahp(
            &p,
            &matrix_from_upper(4, &[f64::NAN, 1.0, 1.0, 1.0, 1.0, 1.0]).unwrap()
        )
        .is_err());
        assert!(matrix_from_upper(4, &[1.0; 5]).is_none());
    }

    #[test]
    fn saaty_grades_and_values() {
        assert_eq!(saaty_value(5), Some(5.0));
        assert_eq!(saaty_value(-4), Some(0.25));
        assert_eq!(saaty_value(1), Some(1.0));
        assert_eq!(saaty_value(0), None);
        assert_eq!(saaty_value(-1), None);
        assert_eq!(saaty_value(10), None);
        for g in SAATY_GRADES {
            assert_eq!(saaty_grade(saaty_value(g).unwrap()), g);
        }
        // ln 4.6 is nearer ln 5 (|ln 5/4.6| = 0.083) than ln 4 (0.140).
        assert_eq!(saaty_grade(4.6), 5);
        assert_eq!(saaty_grade(0.2), -5);
        assert_eq!(saaty_grade(1.1), 1);
        assert_eq!(saaty_grade(f64::NAN), 1);
        assert_eq!(saaty_grade(100.0), 9);
    }
}
