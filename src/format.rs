//! Text of figures for the screens. Formatting only: every figure comes from the engine
//! (published decimals, or exact intermediate values shown to 4 places by
//! [`Exact::display`]); nothing here computes one.

use rust_decimal::Decimal;
use scorecard_engine::exact::Exact;
use scorecard_engine::number::two_places;
use scorecard_engine::report;

/// Places shown for exact intermediate figures in a receipt.
pub const RECEIPT_PLACES: u32 = 4;

/// An exact intermediate figure to 4 places, marked `≈` when it does not end there.
pub fn fig4(x: &Exact) -> String {
    if x.is_exact_at(RECEIPT_PLACES) {
        x.display(RECEIPT_PLACES)
    } else {
        format!("≈{}", x.display(RECEIPT_PLACES))
    }
}

/// An exact figure with all its places when it ends within 10 (`90.45725`), else to 10
/// places marked `≈`: for stating how a published figure was rounded.
pub fn full(x: &Exact) -> String {
    match (0..=10).find(|dp| x.is_exact_at(*dp)) {
        Some(dp) => x.display(dp),
        None => format!("≈{}", x.display(10)),
    }
}

/// A published figure with exactly 2 places.
pub fn pub2(d: Decimal) -> String {
    two_places(d)
}

/// An optional published figure, or the placeholder.
pub fn pub2_or(d: Option<Decimal>, none: &str) -> String {
    d.map(two_places).unwrap_or_else(|| none.to_string())
}

/// A weight (a fraction) as a percentage: `0.45` → `45%`.
pub fn weight(d: Decimal) -> String {
    report::percent(&Exact::from(d), RECEIPT_PLACES)
}

/// An exact weight as a percentage, marked `≈` when it does not end at 4 places.
pub fn weight_exact(x: &Exact) -> String {
    let p = report::percent(x, RECEIPT_PLACES);
    if report::percent_is_exact(x, RECEIPT_PLACES) {
        p
    } else {
        format!("≈{p}")
    }
}

/// A published change with its sign (`+1.25`, `-0.50`, `0.00`): the engine's.
pub use scorecard_engine::report::signed;

/// A rank change (positive: up): `↑2`, `↓1`, `0`.
pub fn rank_move(d: i64) -> String {
    match d.cmp(&0) {
        std::cmp::Ordering::Greater => format!("↑{d}"),
        std::cmp::Ordering::Less => format!("↓{}", d.unsigned_abs()),
        std::cmp::Ordering::Equal => "0".into(),
    }
}

/// A decimal as entered (inputs, coefficients): its own digits, normalised.
pub fn entered(d: Decimal) -> String {
    d.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_as_text() {
        assert_eq!(
            fig4(&Exact::from("86.245".parse::<Decimal>().unwrap())),
            "86.2450"
        );
        assert_eq!(fig4(&(Exact::ratio(250, 3).unwrap())), "≈83.3333");
        assert_eq!(weight("0.45".parse().unwrap()), "45%");
        assert_eq!(weight_exact(&(Exact::ratio(1, 3).unwrap())), "≈33.3333%");
        assert_eq!(
            weight_exact(&Exact::from("0.375".parse::<Decimal>().unwrap())),
            "37.5%"
        );
        assert_eq!(entered("1.050".parse().unwrap()), "1.05");
        assert_eq!(pub2_or(None, "—"), "—");
        assert_eq!(
            full(&Exact::from("90.45725".parse::<Decimal>().unwrap())),
            "90.45725"
        );
        assert_eq!(full(&Exact::int(2)), "2");
        assert_eq!(full(&(Exact::ratio(2, 3).unwrap())), "≈0.6666666667");
    }

    #[test]
    fn changes_read_with_sign_and_arrow() {
        assert_eq!(signed(Decimal::new(125, 2)), "+1.25");
        assert_eq!(signed(Decimal::new(-5, 1)), "-0.50");
        assert_eq!(signed(Decimal::ZERO), "0.00");
        assert_eq!(rank_move(2), "↑2");
        assert_eq!(rank_move(-1), "↓1");
        assert_eq!(rank_move(0), "0");
    }
}
