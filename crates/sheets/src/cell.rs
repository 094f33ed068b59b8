//! The number rule: how a cell becomes a decimal, a whole number or an id, exactly.
//!
//! - A numeric cell is a binary double; it is read as the **shortest decimal that
//!   round-trips** that double (Rust's `{}` formatting of an `f64`), which is what the user
//!   typed for up to 15 significant digits. A percent-formatted cell already holds the
//!   fraction (Excel stores `95%` as 0.95), so it needs nothing more.
//! - A text cell is read exactly as written, after trimming and turning full-width digits,
//!   point and minus into ASCII; text ending in `%` is divided by 100 exactly (the decimal
//!   point moves, nothing is rounded).
//! - Dates, booleans, error cells and formulas without a saved value are refused.
//!
//! No figure passes through `f64` arithmetic: the double is only *formatted*, and the text
//! is parsed by the engine's exact decimal reader.

use crate::problem::Problem;
use crate::read::Cell;
use rust_decimal::Decimal;
use scorecard_engine::error::ErrorKind;
use scorecard_engine::number::{parse_decimal, percent_text_to_fraction};

/// Full-width digits, point, minus and percent to ASCII; other characters unchanged.
pub fn half_width(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '．' => '.',
            '－' | '−' => '-',
            '％' => '%',
            other => other,
        })
        .collect()
}

fn from_engine(e: ErrorKind) -> Problem {
    match e {
        ErrorKind::DecimalTooLarge(_) => Problem::TooLarge,
        _ => Problem::NotANumber,
    }
}

/// What no figure may be: the problem of a date, boolean, error or formula cell.
fn refused(cell: &Cell) -> Option<Problem> {
    match cell {
        Cell::Bool(_) => Some(Problem::Boolean),
        Cell::Date(_) => Some(Problem::Date),
        Cell::Error(e) => Some(Problem::CellError(e.clone())),
        Cell::Formula(f) => Some(Problem::FormulaWithoutValue(f.clone())),
        _ => None,
    }
}

/// A cell as the decimal text to store (`None` for an empty cell): the shortest round-trip
/// form of a double, or the text as written (a `%` suffix divides by 100 exactly).
pub fn decimal_text(cell: &Cell) -> Result<Option<String>, Problem> {
    if let Some(p) = refused(cell) {
        return Err(p);
    }
    let text = match cell {
        Cell::Int(i) => i.to_string(),
        Cell::Float(f) if !f.is_finite() => return Err(Problem::NotANumber),
        // `{}` of an f64 is its shortest round-trip decimal, never in exponent form.
        Cell::Float(f) => format!("{f}"),
        Cell::Text(t) => {
            let t = half_width(t);
            if t.is_empty() {
                return Ok(None);
            }
            if t.ends_with('%') {
                return percent_text_to_fraction(&t)
                    .map(|d| Some(d.to_string()))
                    .map_err(from_engine);
            }
            t
        }
        _ => return Ok(None),
    };
    // `-0` from a double is 0.
    let text = if text == "-0" { "0".to_string() } else { text };
    parse_decimal(&text).map_err(from_engine)?;
    Ok(Some(text))
}

/// A cell as a decimal (for comparisons and ranges), `None` when empty.
pub fn decimal(cell: &Cell) -> Result<Option<Decimal>, Problem> {
    match decimal_text(cell)? {
        None => Ok(None),
        Some(t) => parse_decimal(&t).map(Some).map_err(from_engine),
    }
}

/// A cell as a whole number ≥ 0 (closed items): `2`, `2.0`, `"2"`; `None` when empty.
pub fn whole(cell: &Cell) -> Result<Option<u64>, Problem> {
    let Some(d) = decimal(cell)? else {
        return Ok(None);
    };
    if d.is_sign_negative() && !d.is_zero() || !d.fract().is_zero() {
        return Err(Problem::NotWhole);
    }
    use rust_decimal::prelude::ToPrimitive;
    d.to_u64().map(Some).ok_or(Problem::NotWhole)
}

/// A cell as an id or name (unit, period, group …): text trimmed, a number in its shortest
/// form (`101` for a numeric cell 101); `None` when empty.
pub fn id_text(cell: &Cell) -> Result<Option<String>, Problem> {
    if let Some(p) = refused(cell) {
        return Err(p);
    }
    Ok(match cell {
        Cell::Int(i) => Some(i.to_string()),
        Cell::Float(f) => Some(format!("{f}")),
        Cell::Text(t) => {
            let t = t.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        _ => None,
    })
}

/// A cell as free text (an event's note): as written, numbers in shortest form.
pub fn note_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => t.clone(),
        Cell::Empty => String::new(),
        other => other.shown(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn doubles_read_as_their_shortest_round_trip_decimal() {
        assert_eq!(decimal_text(&Cell::Float(0.1)).unwrap().unwrap(), "0.1");
        assert_eq!(decimal_text(&Cell::Float(0.92)).unwrap().unwrap(), "0.92");
        // What 0.1 + 0.2 gives in a spreadsheet is *not* 0.3, and is read as stored.
        assert_eq!(
            decimal_text(&Cell::Float(0.1 + 0.2)).unwrap().unwrap(),
            "0.30000000000000004"
        );
        assert_eq!(decimal_text(&Cell::Float(95.0)).unwrap().unwrap(), "95");
        assert_eq!(decimal_text(&Cell::Float(-0.0)).unwrap().unwrap(), "0");
        assert_eq!(
            decimal_text(&Cell::Float(1e-7)).unwrap().unwrap(),
            "0.0000001"
        );
        assert_eq!(decimal_text(&Cell::Int(7)).unwrap().unwrap(), "7");
        assert_eq!(
            decimal_text(&Cell::Float(123456789.12345))
                .unwrap()
                .unwrap(),
            "123456789.12345"
        );
        assert_eq!(
            decimal_text(&Cell::Float(f64::NAN)),
            Err(Problem::NotANumber)
        );
        assert_eq!(decimal_text(&Cell::Float(1e300)), Err(Problem::TooLarge));
    }

    #[test]
    fn text_is_read_as_written() {
        assert_eq!(decimal_text(&text(" 0.50 ")).unwrap().unwrap(), "0.50");
        assert_eq!(decimal_text(&text("95%")).unwrap().unwrap(), "0.95");
        assert_eq!(decimal_text(&text("９５．５％")).unwrap().unwrap(), "0.955");
        assert_eq!(decimal_text(&text("０.９２")).unwrap().unwrap(), "0.92");
        assert_eq!(decimal_text(&text("－3")).unwrap().unwrap(), "-3");
        assert_eq!(decimal_text(&text("")).unwrap(), None);
        assert_eq!(decimal_text(&text("九十")), Err(Problem::NotANumber));
        assert_eq!(decimal_text(&text("1,234")), Err(Problem::NotANumber));
    }

    #[test]
    fn dates_booleans_errors_and_formulas_are_refused() {
        assert_eq!(decimal_text(&Cell::Bool(true)), Err(Problem::Boolean));
        assert_eq!(
            decimal_text(&Cell::Date("2026-01-05".into())),
            Err(Problem::Date)
        );
        assert_eq!(
            decimal_text(&Cell::Error("#DIV/0!".into())),
            Err(Problem::CellError("#DIV/0!".into()))
        );
        assert_eq!(
            decimal_text(&Cell::Formula("A1/B1".into())),
            Err(Problem::FormulaWithoutValue("A1/B1".into()))
        );
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(whole(&Cell::Float(2.0)).unwrap(), Some(2));
        assert_eq!(whole(&text("3")).unwrap(), Some(3));
        assert_eq!(whole(&text("2.5")), Err(Problem::NotWhole));
        assert_eq!(whole(&text("-1")), Err(Problem::NotWhole));
        assert_eq!(id_text(&Cell::Float(101.0)).unwrap().unwrap(), "101");
    }
}
