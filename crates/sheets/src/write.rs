//! Tables to write ([`Table`], [`Column`], [`Out`], [`Validation`]: plain data, so they can
//! be built in one Wasm module and written in another), and writing them as an XLSX
//! workbook with `rust_xlsxwriter` ([`write_book`], with the `xlsx` feature): a bold, frozen
//! `label [key]` header row, notes on headers, data validation per column, widths from the
//! contents.
//!
//! Figures are stored text (exact decimals). A figure is written as a **number** only when
//! its double reads back as the same decimal under the number rule (the shortest round-trip
//! form of the double equals it, like `0.92` or `"0.50"`); otherwise as text, so nothing is
//! lost either way. The double is only parsed from the text, never computed.

use crate::layout::header_text;
#[cfg(feature = "xlsx")]
use crate::problem::{Problem, SheetError};
use rust_decimal::Decimal;
#[cfg(feature = "xlsx")]
use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, Note, Workbook};
use scorecard_engine::number::parse_decimal;

/// One cell to write.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Out {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// An exact decimal (stored text): a number cell when that loses nothing.
    Figure(String),
    /// A published figure (2 places): a number cell formatted `0.00`.
    Published(String),
    /// A whole number.
    Whole(u64),
}

/// What a column's data cells accept (Excel's data validation).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Validation {
    /// A decimal between the two bounds (inclusive); the bounds are only hints to Excel.
    Decimal(f64, f64),
    /// A whole number between the two bounds (inclusive).
    Whole(i32, i32),
    /// One of these words (a dropdown).
    List(Vec<String>),
}

/// One column: its key (no key: a notes column), label, header note and validation.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Column {
    /// The key in brackets.
    pub key: Option<String>,
    /// The label (UI language).
    pub label: String,
    /// A note on the header cell (method, range).
    pub note: Option<String>,
    /// Data validation for the data rows.
    pub validation: Option<Validation>,
}

impl Column {
    /// A keyed column.
    pub fn keyed(label: impl Into<String>, key: impl Into<String>) -> Self {
        Column {
            key: Some(key.into()),
            label: label.into(),
            ..Column::default()
        }
    }

    /// A column without a key (ignored on import).
    pub fn plain(label: impl Into<String>) -> Self {
        Column {
            label: label.into(),
            ..Column::default()
        }
    }

    /// With a header note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// With data validation.
    pub fn validate(mut self, v: Option<Validation>) -> Self {
        self.validation = v;
        self
    }

    /// The header cell's text: `label [key]`, or the label alone for a notes column.
    pub fn header(&self) -> String {
        match &self.key {
            Some(k) => header_text(&self.label, k),
            None => self.label.clone(),
        }
    }
}

/// One sheet.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Table {
    /// The sheet's name.
    pub name: String,
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows (each as long as `columns` or shorter).
    pub rows: Vec<Vec<Out>>,
}

/// How many empty rows below the data get the validation, for rows users add.
#[cfg(feature = "xlsx")]
const SPARE_ROWS: usize = 500;

/// The double of a decimal text when it reads back as the same decimal.
pub fn exact_double(text: &str) -> Option<f64> {
    let d: Decimal = parse_decimal(text).ok()?;
    let f: f64 = text.parse().ok()?;
    let back = parse_decimal(&format!("{f}")).ok()?;
    (f.is_finite() && back == d).then_some(f)
}

#[cfg(feature = "xlsx")]
/// Display width of text: CJK and other wide characters count 2.
fn width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

#[cfg(feature = "xlsx")]
fn err(e: rust_xlsxwriter::XlsxError) -> SheetError {
    SheetError::file(Problem::Write(e.to_string()))
}

#[cfg(feature = "xlsx")]
fn col_num(i: usize) -> Result<u16, SheetError> {
    u16::try_from(i).map_err(|_| SheetError::file(Problem::Write("too many columns".into())))
}

#[cfg(feature = "xlsx")]
fn row_num(i: usize) -> Result<u32, SheetError> {
    u32::try_from(i).map_err(|_| SheetError::file(Problem::Write("too many rows".into())))
}

#[cfg(feature = "xlsx")]
/// Writes the tables as one workbook (XLSX bytes).
pub fn write_book(tables: &[Table]) -> Result<Vec<u8>, SheetError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let two = Format::new().set_num_format("0.00");
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(&t.name).map_err(err)?;
        let mut widths: Vec<usize> = t.columns.iter().map(|c| width(&c.header()) + 2).collect();
        for (c, col) in t.columns.iter().enumerate() {
            let cn = col_num(c)?;
            sheet
                .write_string_with_format(0, cn, col.header(), &bold)
                .map_err(err)?;
            if let Some(n) = &col.note {
                sheet
                    .insert_note(0, cn, &Note::new(n).set_author("scorecard"))
                    .map_err(err)?;
            }
            if let Some(v) = col.validation.as_ref().and_then(excel_validation) {
                let last = row_num(t.rows.len() + SPARE_ROWS)?.min(1_048_575);
                sheet
                    .add_data_validation(1, cn, last, cn, &v)
                    .map_err(err)?;
            }
        }
        for (r, row) in t.rows.iter().enumerate() {
            let rn = row_num(r + 1)?;
            for (c, out) in row.iter().enumerate() {
                let cn = col_num(c)?;
                let shown = match out {
                    Out::Empty => continue,
                    Out::Text(s) => {
                        sheet.write_string(rn, cn, s).map_err(err)?;
                        width(s)
                    }
                    Out::Figure(s) => {
                        match exact_double(s) {
                            Some(f) => sheet.write_number(rn, cn, f),
                            None => sheet.write_string(rn, cn, s),
                        }
                        .map_err(err)?;
                        width(s)
                    }
                    Out::Published(s) => {
                        match s.parse::<f64>() {
                            Ok(f) if f.is_finite() => {
                                sheet.write_number_with_format(rn, cn, f, &two)
                            }
                            _ => sheet.write_string(rn, cn, s),
                        }
                        .map_err(err)?;
                        width(s)
                    }
                    Out::Whole(n) => {
                        // Whole numbers up to 2^53 are exact doubles; above, text.
                        if *n < (1u64 << 53) {
                            sheet.write_number(rn, cn, *n as f64).map_err(err)?;
                        } else {
                            sheet.write_string(rn, cn, n.to_string()).map_err(err)?;
                        }
                        n.to_string().len()
                    }
                };
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(shown + 2);
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet
                .set_column_width(col_num(c)?, (*w).clamp(6, 60) as f64)
                .map_err(err)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}

/// Excel's form of a validation (`None` for a list Excel cannot hold).
#[cfg(feature = "xlsx")]
fn excel_validation(v: &Validation) -> Option<DataValidation> {
    let new = DataValidation::new();
    match v {
        Validation::Decimal(lo, hi) => {
            Some(new.allow_decimal_number(DataValidationRule::Between(*lo, *hi)))
        }
        Validation::Whole(lo, hi) => {
            Some(new.allow_whole_number(DataValidationRule::Between(*lo, *hi)))
        }
        Validation::List(items) => new.allow_list_strings(items).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_numbers_only_when_exact() {
        assert_eq!(exact_double("0.92"), Some(0.92));
        assert_eq!(exact_double("0.50"), Some(0.5));
        assert_eq!(exact_double("100"), Some(100.0));
        assert_eq!(exact_double("0.12345678901234567890"), None);
        assert_eq!(exact_double("abc"), None);
    }
}
