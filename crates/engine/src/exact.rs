//! Exact rational arithmetic for the score computation, and the one place where figures are
//! rounded for publication (half away from zero, §0).
//!
//! Why not `Decimal` all the way: the method divides (linear scaling, rater means, rescaled
//! weights), and a 28-digit quotient can put a true midpoint such as `80.005` on the wrong
//! side of the rounding. Rationals keep every figure exact until it is published.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::ops::{Add, Div, Mul, Neg, Sub};

/// Digits kept when a square root is not exact (far beyond 2-place publication).
const SQRT_DIGITS: u32 = 40;

/// An exact rational number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Exact(BigRational);

impl Exact {
    /// 0
    pub fn zero() -> Self {
        Exact(BigRational::zero())
    }

    /// 1
    pub fn one() -> Self {
        Exact(BigRational::one())
    }

    /// A whole number.
    pub fn int(n: i64) -> Self {
        Exact(BigRational::from_integer(BigInt::from(n)))
    }

    /// 100
    pub fn hundred() -> Self {
        Self::int(100)
    }

    /// The exact value of a decimal.
    pub fn from_decimal(d: Decimal) -> Self {
        let numer = BigInt::from(d.mantissa());
        let denom = BigInt::from(10u8).pow(d.scale());
        Exact(BigRational::new(numer, denom))
    }

    /// Whether this is zero.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// The smaller of two.
    pub fn min(self, other: Self) -> Self {
        if other < self {
            other
        } else {
            self
        }
    }

    /// The larger of two.
    pub fn max(self, other: Self) -> Self {
        if other > self {
            other
        } else {
            self
        }
    }

    /// Clamped into `[lo, hi]`.
    pub fn clamp(self, lo: &Self, hi: &Self) -> Self {
        if &self < lo {
            lo.clone()
        } else if &self > hi {
            hi.clone()
        } else {
            self
        }
    }

    /// Absolute value.
    pub fn abs(&self) -> Self {
        Exact(self.0.abs())
    }

    /// `self / other`, or `None` when `other` is zero.
    pub fn checked_div(&self, other: &Self) -> Option<Self> {
        if other.is_zero() {
            None
        } else {
            Some(Exact(&self.0 / &other.0))
        }
    }

    /// The mean of some values, or `None` when there are none.
    pub fn mean<'a>(values: impl IntoIterator<Item = &'a Exact>) -> Option<Self> {
        let mut sum = Exact::zero();
        let mut n = 0i64;
        for v in values {
            sum = sum + v.clone();
            n += 1;
        }
        sum.checked_div(&Exact::int(n))
    }

    /// The square root: exact when this is the square of a rational, else to 40 decimal
    /// places (rounded down). Negative input gives zero (never happens for a variance).
    pub fn sqrt(&self) -> Self {
        if !self.0.is_positive() {
            return Exact::zero();
        }
        // sqrt(p/q) = sqrt(p·q)/q
        let p = self.0.numer();
        let q = self.0.denom();
        let pq = p * q;
        let root = pq.sqrt();
        if &root * &root == pq {
            return Exact(BigRational::new(root, q.clone()));
        }
        let scale = BigInt::from(10u8).pow(SQRT_DIGITS);
        let scaled = (&pq * &scale * &scale).sqrt();
        Exact(BigRational::new(scaled, q * scale))
    }

    /// Rounded to `dp` decimal places, half away from zero (四捨五入), as a decimal.
    /// `None` when the result does not fit a decimal.
    pub fn round_dp(&self, dp: u32) -> Option<Decimal> {
        let factor = BigInt::from(10u8).pow(dp);
        let scaled = self.0.numer().abs() * factor;
        let denom = self.0.denom();
        let (mut q, r) = scaled.div_rem(denom);
        if r * 2u8 >= *denom {
            q += 1u8;
        }
        if self.0.numer().sign() == Sign::Minus {
            q = -q;
        }
        let m = q.to_i128()?;
        Decimal::try_from_i128_with_scale(m, dp).ok()
    }

    /// Published figure: 2 places, half away from zero (§0).
    pub fn round2(&self) -> Option<Decimal> {
        self.round_dp(2)
    }

    /// The nearest `f64` (for display and Monte-Carlo only, never for official figures).
    pub fn to_f64(&self) -> f64 {
        self.0.to_f64().unwrap_or(f64::NAN)
    }

    /// The largest whole number not above this.
    pub fn floor_int(&self) -> Option<i64> {
        self.0.floor().to_integer().to_i64()
    }

    /// The smallest whole number not below this.
    pub fn ceil_int(&self) -> Option<i64> {
        self.0.ceil().to_integer().to_i64()
    }
}

impl Add for Exact {
    type Output = Exact;
    fn add(self, o: Exact) -> Exact {
        Exact(self.0 + o.0)
    }
}

impl Sub for Exact {
    type Output = Exact;
    fn sub(self, o: Exact) -> Exact {
        Exact(self.0 - o.0)
    }
}

impl Mul for Exact {
    type Output = Exact;
    fn mul(self, o: Exact) -> Exact {
        Exact(self.0 * o.0)
    }
}

impl Neg for Exact {
    type Output = Exact;
    fn neg(self) -> Exact {
        Exact(-self.0)
    }
}

/// Division by a value known to be non-zero; zero divisors give zero (callers check first).
impl Div for Exact {
    type Output = Exact;
    fn div(self, o: Exact) -> Exact {
        self.checked_div(&o).unwrap_or_else(Exact::zero)
    }
}

impl std::iter::Sum for Exact {
    fn sum<I: Iterator<Item = Exact>>(iter: I) -> Exact {
        iter.fold(Exact::zero(), |a, b| a + b)
    }
}

impl From<Decimal> for Exact {
    fn from(d: Decimal) -> Self {
        Exact::from_decimal(d)
    }
}

/// Compares an exact value with a decimal.
pub fn cmp_decimal(a: &Exact, d: Decimal) -> Ordering {
    a.cmp(&Exact::from_decimal(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::prelude::FromStr;

    fn e(s: &str) -> Exact {
        Exact::from_decimal(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn rounds_half_away_from_zero() {
        // (value, expected 2-place figure) worked by hand
        let cases = [
            ("86.245", "86.25"),
            ("86.244999", "86.24"),
            ("0.005", "0.01"),
            ("0.015", "0.02"), // banker's rounding would give 0.02 too; 0.025 below differs
            ("0.025", "0.03"),
            ("-0.025", "-0.03"),
            ("2.5", "2.50"),
            ("99.995", "100.00"),
        ];
        for (v, want) in cases {
            assert_eq!(e(v).round2().unwrap().to_string(), want, "{v}");
        }
    }

    #[test]
    fn thirds_stay_exact_through_a_midpoint() {
        // 0.15 × 100/3 = 5 exactly; a 28-digit decimal would give 4.99…95.
        let third = Exact::hundred() / Exact::int(3);
        let x = e("0.15") * third + e("75.005");
        assert_eq!(x.round2().unwrap().to_string(), "80.01");
    }

    #[test]
    fn square_roots() {
        assert_eq!(e("6.25").sqrt(), e("2.5"));
        assert_eq!(
            (Exact::int(4) / Exact::int(9)).sqrt(),
            Exact::int(2) / Exact::int(3)
        );
        let r2 = Exact::int(2).sqrt();
        assert_eq!(r2.round_dp(10).unwrap().to_string(), "1.4142135624");
        assert!(r2.clone() * r2 < Exact::int(2));
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert!(Exact::mean([].iter()).is_none());
        assert_eq!(Exact::mean([e("1"), e("2")].iter()).unwrap(), e("1.5"));
    }
}
