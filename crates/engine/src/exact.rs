//! Exact rational arithmetic for the score computation, and the one place where figures are
//! rounded for publication (half away from zero, §0).
//!
//! Why not `Decimal` all the way: the method divides (linear scaling, rater means, rescaled
//! weights), and a 28-digit quotient can put a true midpoint such as `80.005` on the wrong
//! side of the rounding. Rationals keep every figure exact until it is published.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::ops::{Add, Mul, Neg, Sub};

/// Digits kept when a square root is not exact (far beyond 2-place publication).
const SQRT_DIGITS: u32 = 40;

/// An exact rational number.
///
/// Held as a reduced `i128` fraction while it fits (the common case: every input is a
/// decimal of at most 28 digits) and as a `BigRational` when an operation would overflow,
/// so nothing is ever rounded and the fast path costs no allocation. A value always has one
/// representation (small whenever it fits), so equality and hashing are exact.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Exact(Repr);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// `n / d`, `d > 0`, `gcd(|n|, d) = 1`.
    Small(i128, i128),
    /// Anything that does not fit.
    Big(BigRational),
}

/// Binary gcd (Stein's algorithm) on one unsigned width.
macro_rules! binary_gcd {
    ($name:ident, $t:ty) => {
        fn $name(mut a: $t, mut b: $t) -> $t {
            if a == 0 {
                return b;
            }
            if b == 0 {
                return a;
            }
            let shift = (a | b).trailing_zeros();
            a >>= a.trailing_zeros();
            loop {
                b >>= b.trailing_zeros();
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                b -= a;
                if b == 0 {
                    return a << shift;
                }
            }
        }
    };
}

binary_gcd!(gcd_u64, u64);
binary_gcd!(gcd_u128, u128);

fn gcd_u(a: u128, b: u128) -> u128 {
    // The common case (decimals of a few digits) fits 64 bits, where the steps are native
    // instructions instead of 128-bit library calls.
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        return u128::from(gcd_u64(a, b));
    }
    gcd_u128(a, b)
}

/// `n / g` for a divisor known to divide `n` exactly and be positive, on 64 bits when both
/// fit (a 128-bit division is a slow library call).
fn div_exact(n: i128, g: i128) -> i128 {
    match (i64::try_from(n), i64::try_from(g)) {
        (Ok(n), Ok(g)) if g > 0 => i128::from(n / g),
        _ => n / g,
    }
}

fn gcd_i(a: i128, b: i128) -> i128 {
    // |i128::MIN| does not fit an i128; such values never reach here reduced (guarded below).
    i128::try_from(gcd_u(a.unsigned_abs(), b.unsigned_abs())).unwrap_or(1)
}

/// Builds a reduced small fraction, or `None` when it cannot be one.
fn small(n: i128, d: i128) -> Option<Repr> {
    if d == 1 && n != i128::MIN {
        // A whole number (the most common result): nothing to reduce.
        return Some(Repr::Small(n, 1));
    }
    if d == 0 || n == i128::MIN || d == i128::MIN {
        return None;
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    let g = gcd_i(n, d);
    if g == 0 {
        return None;
    }
    Some(Repr::Small(div_exact(n, g), div_exact(d, g)))
}

/// `n / d` known to be reduced with `d > 0` (no gcd needed), or `None` at the limits.
fn small_reduced(n: i128, d: i128) -> Option<Repr> {
    (n != i128::MIN && d > 0).then_some(Repr::Small(n, d))
}

/// `a/b + c/d` on the fast path, `None` on overflow. Both operands are reduced, so (Knuth,
/// TAOCP 4.5.1) with `g = gcd(b, d)` the sum needs no reduction when `g = 1` (the common
/// case: a whole number and a fraction, or two coprime denominators), and otherwise only
/// by `gcd(t, g)`, a gcd on small numbers, instead of the gcd of the whole result.
fn add_small(a: i128, b: i128, c: i128, d: i128) -> Option<Repr> {
    if b == 1 && d == 1 {
        return small_reduced(a.checked_add(c)?, 1);
    }
    let g = gcd_i(b, d).max(1);
    if g == 1 {
        let n = a.checked_mul(d)?.checked_add(c.checked_mul(b)?)?;
        return small_reduced(n, b.checked_mul(d)?);
    }
    let (b1, d1) = (div_exact(b, g), div_exact(d, g));
    let t = a.checked_mul(d1)?.checked_add(c.checked_mul(b1)?)?;
    let g2 = gcd_i(t, g).max(1);
    small_reduced(div_exact(t, g2), b1.checked_mul(div_exact(d, g2))?)
}

/// `a/b · c/d` on the fast path, `None` on overflow: cross-reduced first (`gcd(a, d)`,
/// `gcd(c, b)`, skipped against a denominator of 1), after which the product of two reduced
/// fractions is reduced.
fn mul_small(a: i128, b: i128, c: i128, d: i128) -> Option<Repr> {
    let g1 = if d == 1 { 1 } else { gcd_i(a, d).max(1) };
    let g2 = if b == 1 { 1 } else { gcd_i(c, b).max(1) };
    let n = div_exact(a, g1).checked_mul(div_exact(c, g2))?;
    small_reduced(n, div_exact(b, g2).checked_mul(div_exact(d, g1))?)
}

impl Repr {
    fn to_big(&self) -> BigRational {
        match self {
            Repr::Small(n, d) => BigRational::new_raw(BigInt::from(*n), BigInt::from(*d)),
            Repr::Big(b) => b.clone(),
        }
    }
}

impl Exact {
    fn from_big(b: BigRational) -> Self {
        if let (Some(n), Some(d)) = (b.numer().to_i128(), b.denom().to_i128()) {
            if let Some(r) = small(n, d) {
                return Exact(r);
            }
        }
        Exact(Repr::Big(b))
    }

    fn big(&self) -> BigRational {
        self.0.to_big()
    }

    /// 0
    pub fn zero() -> Self {
        Exact(Repr::Small(0, 1))
    }

    /// 1
    pub fn one() -> Self {
        Exact(Repr::Small(1, 1))
    }

    /// A whole number.
    pub fn int(n: i64) -> Self {
        Exact(Repr::Small(i128::from(n), 1))
    }

    /// 100
    pub fn hundred() -> Self {
        Self::int(100)
    }

    /// The exact value of a decimal.
    pub fn from_decimal(d: Decimal) -> Self {
        // mantissa < 2^96 and 10^scale ≤ 10^28 < 2^94: always a small fraction.
        match 10i128
            .checked_pow(d.scale())
            .and_then(|den| small(d.mantissa(), den))
        {
            Some(r) => Exact(r),
            None => Exact::from_big(BigRational::new(
                BigInt::from(d.mantissa()),
                BigInt::from(10u8).pow(d.scale()),
            )),
        }
    }

    /// Whether this is zero.
    pub fn is_zero(&self) -> bool {
        matches!(self.0, Repr::Small(0, _))
    }

    fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Small(n, _) => *n < 0,
            Repr::Big(b) => b.is_negative(),
        }
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
        if self.is_negative() {
            -self.clone()
        } else {
            self.clone()
        }
    }

    /// `self / other`, or `None` when `other` is zero.
    pub fn checked_div(&self, other: &Self) -> Option<Self> {
        if other.is_zero() {
            return None;
        }
        let recip = match &other.0 {
            Repr::Small(n, d) => small(*d, *n).map(Exact),
            Repr::Big(_) => None,
        }
        .unwrap_or_else(|| Exact::from_big(other.big().recip()));
        Some(self.clone() * recip)
    }

    /// The fraction `n / d`, or `None` when `d` is zero.
    pub fn ratio(n: i64, d: i64) -> Option<Self> {
        Exact::int(n).checked_div(&Exact::int(d))
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

    /// The square root when it is rational (this is the square of a rational), else `None`.
    pub fn sqrt_exact(&self) -> Option<Self> {
        let b = self.big();
        if b.is_negative() {
            return None;
        }
        let pq = b.numer() * b.denom();
        let root = pq.sqrt();
        (&root * &root == pq).then(|| Exact::from_big(BigRational::new(root, b.denom().clone())))
    }

    /// The square root: exact when this is the square of a rational, else to 40 decimal
    /// places (rounded down); `None` for a negative number.
    pub fn sqrt(&self) -> Option<Self> {
        let b = self.big();
        if b.is_negative() {
            return None;
        }
        if b.is_zero() {
            return Some(Exact::zero());
        }
        // sqrt(p/q) = sqrt(p·q)/q
        let p = b.numer();
        let q = b.denom();
        let pq = p * q;
        let root = pq.sqrt();
        if &root * &root == pq {
            return Some(Exact::from_big(BigRational::new(root, q.clone())));
        }
        let scale = BigInt::from(10u8).pow(SQRT_DIGITS);
        let scaled = (&pq * &scale * &scale).sqrt();
        Some(Exact::from_big(BigRational::new(scaled, q * scale)))
    }

    /// Rounded to `dp` decimal places, half away from zero (四捨五入), as a decimal.
    /// `None` when the result does not fit a decimal.
    pub fn round_dp(&self, dp: u32) -> Option<Decimal> {
        if let Repr::Small(n, d) = &self.0 {
            if let Some(scaled) = 10i128
                .checked_pow(dp)
                .and_then(|f| n.unsigned_abs().checked_mul(f.unsigned_abs()))
            {
                let d = d.unsigned_abs();
                let (mut q, r) = (scaled / d, scaled % d);
                if r.checked_mul(2).is_some_and(|r2| r2 >= d) || r > d / 2 {
                    q += 1;
                }
                let q = i128::try_from(q).ok()?;
                let m = if *n < 0 { -q } else { q };
                return Decimal::try_from_i128_with_scale(m, dp).ok();
            }
        }
        let b = self.big();
        let factor = BigInt::from(10u8).pow(dp);
        let scaled = b.numer().abs() * factor;
        let denom = b.denom();
        let (mut q, r) = scaled.div_rem(denom);
        if r * 2u8 >= *denom {
            q += 1u8;
        }
        if b.numer().sign() == Sign::Minus {
            q = -q;
        }
        let m = q.to_i128()?;
        Decimal::try_from_i128_with_scale(m, dp).ok()
    }

    /// `clamp(base + scale·(num / den), 0, 100)` rounded half away from zero to `dp`
    /// decimals: the same figure as computing the fraction exactly, clamping and then
    /// [`Exact::round_dp`], but with wide multiplications and one division instead of a
    /// reduction by gcd at every step (the z-score of every unit against an irrational
    /// standard deviation, §1, was a tenth of the scoring time). `None` when `den ≤ 0`.
    pub fn clamped_affine_rounded(
        base: i64,
        scale: i64,
        num: &Exact,
        den: &Exact,
        dp: u32,
    ) -> Option<Exact> {
        let (num, den) = (num.big(), den.big());
        if !den.is_positive() {
            return None;
        }
        // num = a/b, den = c/d (b, c, d > 0): x = (base·b·c + scale·a·d) / (b·c) = n / q.
        let (a, b) = (num.numer(), num.denom());
        let (c, d) = (den.numer(), den.denom());
        let q = b * c;
        let n = BigInt::from(base) * &q + BigInt::from(scale) * a * d;
        if !n.is_positive() {
            return Some(Exact::zero());
        }
        if n >= BigInt::from(100u8) * &q {
            return Some(Exact::hundred());
        }
        // 0 < x < 100: half away from zero is half up, floor((2·n·10^dp + q) / (2·q)).
        let scaled = (n * BigInt::from(10u8).pow(dp) * 2u8 + &q) / (q * 2u8);
        let m = scaled.to_i128()?;
        Some(Exact::from_decimal(
            Decimal::try_from_i128_with_scale(m, dp).ok()?,
        ))
    }

    /// Published figure: 2 places, half away from zero (§0).
    pub fn round2(&self) -> Option<Decimal> {
        self.round_dp(2)
    }

    /// The value as text with exactly `dp` places, rounded half away from zero (四捨五入),
    /// for showing intermediate figures (`86.245` at 4 places is `"86.2450"`,
    /// `250/3` is `"83.3333"`). Never used to decide anything; see [`Exact::is_exact_at`].
    pub fn display(&self, dp: u32) -> String {
        match self.round_dp(dp) {
            Some(d) => d.to_string(),
            // Beyond a decimal's range: an approximation is the best text there is.
            None => format!("{:.*}", dp as usize, self.to_f64()),
        }
    }

    /// Whether the value has at most `dp` decimal places, so that [`Exact::display`] at
    /// `dp` shows it exactly (`1/8` at 3 places: yes; `1/3` at any: no).
    pub fn is_exact_at(&self, dp: u32) -> bool {
        self.round_dp(dp)
            .is_some_and(|d| Exact::from_decimal(d) == *self)
    }

    /// The nearest `f64` (for display and Monte-Carlo only, never for official figures).
    pub fn to_f64(&self) -> f64 {
        match &self.0 {
            Repr::Small(n, d) => (*n as f64) / (*d as f64),
            Repr::Big(b) => b.to_f64().unwrap_or(f64::NAN),
        }
    }

    /// The largest whole number not above this.
    pub fn floor_int(&self) -> Option<i64> {
        match &self.0 {
            Repr::Small(n, d) => i64::try_from(n.div_euclid(*d)).ok(),
            Repr::Big(b) => b.floor().to_integer().to_i64(),
        }
    }

    /// The smallest whole number not below this.
    pub fn ceil_int(&self) -> Option<i64> {
        (-self.clone()).floor_int().map(|x| -x)
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &other.0) {
            if let (Some(x), Some(y)) = (a.checked_mul(*d), c.checked_mul(*b)) {
                return x.cmp(&y);
            }
        }
        self.big().cmp(&other.big())
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Add for Exact {
    type Output = Exact;
    fn add(self, o: Exact) -> Exact {
        if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &o.0) {
            if let Some(r) = add_small(*a, *b, *c, *d) {
                return Exact(r);
            }
        }
        Exact::from_big(self.big() + o.big())
    }
}

impl Sub for Exact {
    type Output = Exact;
    fn sub(self, o: Exact) -> Exact {
        self + (-o)
    }
}

impl Mul for Exact {
    type Output = Exact;
    fn mul(self, o: Exact) -> Exact {
        if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &o.0) {
            if let Some(r) = mul_small(*a, *b, *c, *d) {
                return Exact(r);
            }
        }
        Exact::from_big(self.big() * o.big())
    }
}

impl Neg for Exact {
    type Output = Exact;
    fn neg(self) -> Exact {
        match self.0 {
            Repr::Small(n, d) => Exact(Repr::Small(-n, d)),
            Repr::Big(b) => Exact::from_big(-b),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamped_affine_rounded_is_the_step_by_step_figure() {
        let step = |base: i64, scale: i64, num: &Exact, den: &Exact, dp: u32| {
            let x = Exact::int(base) + Exact::int(scale) * num.checked_div(den).unwrap();
            Exact::from_decimal(
                x.clamp(&Exact::zero(), &Exact::hundred())
                    .round_dp(dp)
                    .unwrap(),
            )
        };
        let sd = Exact::from_decimal("0.0459782557".parse().unwrap())
            .sqrt()
            .unwrap();
        let mut dens = vec![sd, Exact::ratio(7, 9).unwrap(), Exact::ratio(1, 8).unwrap()];
        dens.push(Exact::ratio(3, 1).unwrap());
        for den in &dens {
            for n in -40..=40 {
                let num = Exact::ratio(n, 16).unwrap();
                for (scale, dp) in [(10, 20), (-10, 20), (10, 0), (-10, 2), (3, 1)] {
                    assert_eq!(
                        Exact::clamped_affine_rounded(50, scale, &num, den, dp),
                        Some(step(50, scale, &num, den, dp)),
                        "n = {n}, scale = {scale}, dp = {dp}"
                    );
                }
            }
        }
        assert_eq!(
            Exact::clamped_affine_rounded(50, 10, &Exact::one(), &Exact::zero(), 2),
            None
        );
    }
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
        let third = Exact::ratio(100, 3).unwrap();
        let x = e("0.15") * third + e("75.005");
        assert_eq!(x.round2().unwrap().to_string(), "80.01");
    }

    #[test]
    fn square_roots() {
        assert_eq!(e("6.25").sqrt(), Some(e("2.5")));
        assert_eq!(Exact::ratio(4, 9).unwrap().sqrt(), Exact::ratio(2, 3));
        let r2 = Exact::int(2).sqrt().unwrap();
        assert_eq!(r2.round_dp(10).unwrap().to_string(), "1.4142135624");
        assert!(r2.clone() * r2 < Exact::int(2));
    }

    #[test]
    fn fast_sums_and_products_are_the_reduced_exact_figures() {
        // Every pair of fractions n/d with |n| ≤ 13, d ≤ 13, and some near the i128 limits:
        // the fast paths give the same value as big rationals, in the one reduced form.
        let mut xs: Vec<Exact> = Vec::new();
        for n in -13i64..=13 {
            for d in 1i64..=13 {
                xs.push(Exact::ratio(n, d).unwrap());
            }
        }
        let huge = Exact::from_big(BigRational::new(
            BigInt::from(i128::MAX / 3),
            BigInt::from(7u8),
        ));
        xs.push(huge.clone());
        xs.push(-huge);
        for x in &xs {
            for y in &xs {
                let sum = x.clone() + y.clone();
                let product = x.clone() * y.clone();
                assert_eq!(sum.big(), x.big() + y.big(), "{x:?} + {y:?}");
                assert_eq!(product.big(), x.big() * y.big(), "{x:?} · {y:?}");
                for r in [&sum, &product] {
                    if let Repr::Small(n, d) = r.0 {
                        assert!(d > 0 && gcd_i(n, d) == 1, "{r:?} is not reduced");
                    } else {
                        assert_eq!(Exact::from_big(r.big()), *r, "{r:?} could be small");
                    }
                }
            }
        }
    }

    #[test]
    fn small_and_big_paths_agree() {
        // Build values that overflow i128 on the way and come back: (10^30 · 3) / (10^30 · 7)
        let big = Exact::from_big(BigRational::new(
            BigInt::from(10u8).pow(30) * 3u8,
            BigInt::from(1u8),
        ));
        let back = big
            .checked_div(&Exact::from_big(BigRational::new(
                BigInt::from(10u8).pow(30) * 7u8,
                BigInt::from(1u8),
            )))
            .unwrap();
        assert_eq!(back, Exact::ratio(3, 7).unwrap());
        assert!(matches!(back.0, Repr::Small(3, 7)));
        // ordering across representations
        assert!(big > Exact::int(i64::MAX));
        assert!(-big.clone() < Exact::int(i64::MIN));
        // rounding on the big path, half away from zero
        let half = Exact::from_big(BigRational::new(
            BigInt::from(10u8).pow(40) * 2u8 + 1u8,
            BigInt::from(10u8).pow(40) * 200u8,
        ));
        assert_eq!(half.round2().unwrap().to_string(), "0.01"); // 0.005000…05 → 0.01
                                                                // floor/ceil of negatives
        assert_eq!(Exact::ratio(-7, 2).unwrap().floor_int(), Some(-4));
        assert_eq!(Exact::ratio(-7, 2).unwrap().ceil_int(), Some(-3));
        assert_eq!(Exact::ratio(7, 2).unwrap().ceil_int(), Some(4));
    }

    #[test]
    fn rounding_table_on_negative_and_exact_halves() {
        for (n, d, want) in [
            (-1, 8, "-0.13"),
            (1, 8, "0.13"),
            (-1, 200, "-0.01"),
            (1, 3, "0.33"),
            (-2, 3, "-0.67"),
        ] {
            assert_eq!(
                Exact::ratio(n, d).unwrap().round2().unwrap().to_string(),
                want,
                "{n}/{d}"
            );
        }
    }

    #[test]
    fn display_pads_rounds_and_says_when_exact() {
        // 86.245 to 4 places is exact; 250/3 = 83.3333… is not; −1/8 to 2 places rounds away
        assert_eq!(e("86.245").display(4), "86.2450");
        assert!(e("86.245").is_exact_at(4));
        assert!(!e("86.245").is_exact_at(2));
        let third = Exact::ratio(250, 3).unwrap();
        assert_eq!(third.display(4), "83.3333");
        assert!(!third.is_exact_at(4));
        assert_eq!(Exact::ratio(2, 3).unwrap().display(4), "0.6667");
        assert_eq!(Exact::ratio(-1, 8).unwrap().display(2), "-0.13");
        assert_eq!(Exact::int(5).display(0), "5");
    }

    #[test]
    fn square_root_of_a_negative_is_none() {
        assert_eq!(Exact::int(-4).sqrt(), None);
        assert_eq!((-e("0.01")).sqrt(), None);
        assert_eq!(Exact::zero().sqrt(), Some(Exact::zero()));
        assert_eq!(Exact::int(9).sqrt(), Some(Exact::int(3)));
    }

    #[test]
    fn division_by_zero_is_none() {
        assert_eq!(Exact::int(1).checked_div(&Exact::zero()), None);
        assert_eq!(Exact::ratio(1, 0), None);
        assert_eq!(Exact::ratio(-6, 4), Some(-e("1.5")));
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert!(Exact::mean([].iter()).is_none());
        assert_eq!(Exact::mean([e("1"), e("2")].iter()).unwrap(), e("1.5"));
    }
}
