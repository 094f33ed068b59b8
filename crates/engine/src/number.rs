//! Exact decimal parsing and publication formatting.
//!
//! A decimal is read from JSON number text or from a string holding the same grammar
//! (`"0.45"`, `"1E-8"`), digit for digit: no binary floating point on the way, no silent
//! rounding. Anything that does not fit `rust_decimal` (more than 28 decimal places, more
//! than 96 bits of mantissa) is refused rather than rounded.

use crate::error::ErrorKind;
use rust_decimal::Decimal;

/// Parses decimal text (JSON number grammar) exactly, keeping its scale (`"0.50"` stays
/// `0.50`).
pub fn parse_decimal(text: &str) -> Result<Decimal, ErrorKind> {
    let bad = || ErrorKind::NotADecimal(text.to_string());
    let too_large = || ErrorKind::DecimalTooLarge(text.to_string());
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa_part, exp_part) = match rest.find(['e', 'E']) {
        Some(i) => (
            rest.get(..i).ok_or_else(bad)?,
            Some(rest.get(i + 1..).ok_or_else(bad)?),
        ),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mantissa_part.find('.') {
        Some(i) => (
            mantissa_part.get(..i).ok_or_else(bad)?,
            mantissa_part.get(i + 1..).ok_or_else(bad)?,
        ),
        None => (mantissa_part, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty()
        || !all_digits(int_part)
        || (int_part.len() > 1 && int_part.starts_with('0'))
        || (mantissa_part.contains('.') && frac_part.is_empty())
        || !all_digits(frac_part)
    {
        return Err(bad());
    }
    // The exponent, as an i64; a huge one is only acceptable on a zero.
    let exp: Option<i64> = match exp_part {
        None => Some(0),
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !all_digits(digits) {
                return Err(bad());
            }
            e.parse::<i64>().ok().filter(|x| x.abs() < 1_000_000)
        }
    };
    let digits: String = int_part.chars().chain(frac_part.chars()).collect();
    let significant = digits.trim_start_matches('0');
    let frac_len = i64::try_from(frac_part.len()).map_err(|_| too_large())?;
    if significant.is_empty() {
        // Zero: keep a sensible scale, never fail.
        let scale = exp.map(|e| (frac_len - e).clamp(0, 28)).unwrap_or(0);
        return Decimal::try_from_i128_with_scale(0, scale as u32).map_err(|_| too_large());
    }
    let exp = exp.ok_or_else(too_large)? - frac_len;
    let (mut digits, mut scale) = if exp >= 0 {
        let zeros = usize::try_from(exp).map_err(|_| too_large())?;
        if significant.len() + zeros > 29 {
            return Err(too_large());
        }
        (format!("{significant}{}", "0".repeat(zeros)), 0i64)
    } else {
        (significant.to_string(), -exp)
    };
    while scale > 28 && digits.ends_with('0') {
        digits.pop();
        scale -= 1;
    }
    if scale > 28 || digits.len() > 29 {
        return Err(too_large());
    }
    let m: i128 = digits.parse().map_err(|_| too_large())?;
    let m = if negative { -m } else { m };
    Decimal::try_from_i128_with_scale(m, scale as u32).map_err(|_| too_large())
}

/// Formats a decimal with exactly two places: `5` → `"5.00"`. Figures reach here already
/// published; anything with more places is rounded half away from zero, never to even.
pub fn two_places(d: Decimal) -> String {
    let mut r = d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r.to_string()
}

/// A fraction as percent text, exactly, without trailing zeros: `0.45` → `"45"`,
/// `0.455` → `"45.5"`, `1` → `"100"`, `0.4500` → `"45"`, `-0.005` → `"-0.5"`. The decimal
/// point moves two places in the digits, so nothing is rounded and nothing overflows.
pub fn fraction_to_percent_text(d: Decimal) -> String {
    let text = d.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut frac = frac.to_string();
    while frac.len() < 2 {
        frac.push('0');
    }
    let (head, tail) = frac.split_at(2);
    let whole = format!("{int}{head}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let tail = tail.trim_end_matches('0');
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    if tail.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tail}")
    }
}

/// Percent text as typed by a person (`"45"`, `"45.5"`, `" 45 %"`, full-width `"４５％"`)
/// to the exact fraction (`0.45`, `0.455`): the decimal point moves two places, nothing is
/// rounded. The number itself follows [`parse_decimal`]; the error names the text as typed.
pub fn percent_text_to_fraction(text: &str) -> Result<Decimal, ErrorKind> {
    let normal: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '．' | '。' => '.',
            '－' => '-',
            other => other,
        })
        .collect();
    let number = normal
        .strip_suffix(['%', '％'])
        .unwrap_or(&normal)
        .trim_end();
    let d = parse_decimal(number).map_err(|e| match e {
        ErrorKind::NotADecimal(_) => ErrorKind::NotADecimal(text.to_string()),
        other => other,
    })?;
    let scale = d.scale() + 2;
    if scale > 28 {
        return Err(ErrorKind::DecimalTooLarge(text.to_string()));
    }
    Decimal::try_from_i128_with_scale(d.mantissa(), scale)
        .map_err(|_| ErrorKind::DecimalTooLarge(text.to_string()))
}

/// An approximate figure (an `f64` of advice, such as an AHP eigenvector, never an official
/// score) as text with exactly `places` decimals, half away from zero: `0.0` → `"0.000"`
/// (3 places). `None` for NaN or infinity.
pub fn approx_text(x: f64, places: u32) -> Option<String> {
    let d = Decimal::from_f64_retain(x)?;
    let mut r =
        d.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    r.rescale(places);
    Some(if r.is_zero() { r.abs() } else { r }.to_string())
}

/// An approximate fraction as percent text with exactly `places` decimals, half away from
/// zero: `0.55792` → `"55.8"` (1 place). `None` for NaN, infinity or an overflow.
pub fn approx_percent_text(x: f64, places: u32) -> Option<String> {
    let d = Decimal::from_f64_retain(x)?.checked_mul(Decimal::ONE_HUNDRED)?;
    let mut r =
        d.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    r.rescale(places);
    Some(if r.is_zero() { r.abs() } else { r }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::prelude::*;

    #[test]
    fn table() {
        // (text, expected to_string, or None for refused)
        let cases: &[(&str, Option<&str>)] = &[
            ("0.1", Some("0.1")),
            ("0.50", Some("0.50")),
            ("-3", Some("-3")),
            ("-0", Some("0")),
            ("1e-3", Some("0.001")),
            ("1E+2", Some("100")),
            ("2.5E-1", Some("0.25")),
            ("0E-8", Some("0.00000000")),
            ("0e999999999999", Some("0")),
            (
                "12345678901234567890123456789",
                Some("12345678901234567890123456789"),
            ),
            (
                "0.1234567890123456789012345678",
                Some("0.1234567890123456789012345678"),
            ),
            (
                "1.00000000000000000000000000000",
                Some("1.0000000000000000000000000000"),
            ),
            ("99999999999999999999999999999", None),
            ("0.12345678901234567890123456789", None),
            ("1e999", None),
            ("1e-999", None),
            ("1e99999999999999999999", None),
            ("abc", None),
            ("1,5", None),
            (" 1", None),
            ("1 ", None),
            ("01", None),
            (".5", None),
            ("5.", None),
            ("+1", None),
            ("", None),
            ("-", None),
            ("1e", None),
            ("NaN", None),
            ("Infinity", None),
        ];
        for (text, want) in cases {
            let got = parse_decimal(text).ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "parsing {text:?}");
        }
    }

    #[test]
    fn is_exact_not_binary() {
        assert_eq!(parse_decimal("0.1").unwrap(), Decimal::new(1, 1));
        assert_eq!(
            parse_decimal("0.1").unwrap() + parse_decimal("0.2").unwrap(),
            parse_decimal("0.3").unwrap()
        );
    }

    #[test]
    fn two_places_pads() {
        assert_eq!(two_places(Decimal::from(5)), "5.00");
        assert_eq!(two_places(Decimal::from_str("86.25").unwrap()), "86.25");
        assert_eq!(two_places(Decimal::from_str("-0.5").unwrap()), "-0.50");
        assert_eq!(two_places(Decimal::from_str("0.125").unwrap()), "0.13"); // not banker's 0.12
        assert_eq!(two_places(Decimal::from_str("-0.125").unwrap()), "-0.13");
    }

    #[test]
    fn percent_text_both_ways() {
        // (fraction, percent text): the point moves two places, trailing zeros go.
        let cases: &[(&str, &str)] = &[
            ("0.45", "45"),
            ("0.4500", "45"),
            ("0.455", "45.5"),
            ("1", "100"),
            ("0", "0"),
            ("0.00", "0"),
            ("0.05", "5"),
            ("0.005", "0.5"),
            ("-0.005", "-0.5"),
            ("0.123456789", "12.3456789"),
            ("12.5", "1250"),
            (
                "79228162514264337593543950335",
                "7922816251426433759354395033500",
            ),
        ];
        for (fraction, percent) in cases {
            let d = Decimal::from_str(fraction).unwrap();
            assert_eq!(fraction_to_percent_text(d), *percent, "{fraction}");
        }
        // (typed, fraction as stored, or None for refused)
        let typed: &[(&str, Option<&str>)] = &[
            ("45", Some("0.45")),
            ("45.5", Some("0.455")),
            (" 45 % ", Some("0.45")),
            ("45%", Some("0.45")),
            ("４５％", Some("0.45")),
            ("４５．５", Some("0.455")),
            ("100", Some("1.00")),
            ("0", Some("0.00")),
            ("-5", Some("-0.05")),
            ("1e1", Some("0.10")),
            ("", None),
            ("%", None),
            ("abc", None),
            ("4 5", None),
            ("45.", None),
            (
                "0.12345678901234567890123456",
                Some("0.0012345678901234567890123456"),
            ),
            ("0.123456789012345678901234567", None),
        ];
        for (text, want) in typed {
            let got = percent_text_to_fraction(text).ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "typing {text:?}");
        }
        // The error names the text as typed.
        assert_eq!(
            percent_text_to_fraction("４x"),
            Err(ErrorKind::NotADecimal("４x".into()))
        );
        // Round trip on the whole-percent grid.
        for k in 0..=100 {
            let d = Decimal::new(k, 2);
            let back = percent_text_to_fraction(&fraction_to_percent_text(d)).unwrap();
            assert_eq!(back, d);
        }
    }

    #[test]
    fn approximate_figures() {
        assert_eq!(approx_text(0.0, 3).as_deref(), Some("0.000"));
        assert_eq!(approx_text(-1e-17, 2).as_deref(), Some("0.00"));
        assert_eq!(approx_text(4.0000000001, 3).as_deref(), Some("4.000"));
        assert_eq!(approx_text(0.0893, 2).as_deref(), Some("0.09"));
        assert_eq!(approx_text(0.125, 2).as_deref(), Some("0.13")); // 0.125 is exact in binary
        assert_eq!(approx_text(f64::NAN, 2), None);
        assert_eq!(approx_percent_text(0.55792, 1).as_deref(), Some("55.8"));
        assert_eq!(approx_percent_text(0.25, 1).as_deref(), Some("25.0"));
        assert_eq!(approx_percent_text(f64::INFINITY, 1), None);
    }
}
