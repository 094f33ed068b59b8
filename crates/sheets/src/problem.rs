//! What can be wrong with a spreadsheet, and where: every problem is a typed [`Problem`]
//! (so the app can say it in the user's language by matching the variant) with an optional
//! [`Place`] (sheet, row, column letter, the column's key and label, the cell's text).
//!
//! `Display` gives the English line the `scorecard` command prints:
//! `sheet "数据" row 7 column D (progress, 任务进度): "九十": not a number`.

use std::fmt;

/// Where a problem is: a cell, a column header, or a whole sheet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// The sheet's name as the file has it (`CSV` for a CSV file).
    pub sheet: String,
    /// The row, 1-based as a spreadsheet shows it; `None` for the whole sheet.
    pub row: Option<u32>,
    /// The column letter (`A`, `AB`), if the problem is in one column.
    pub column: Option<String>,
    /// The column's key (`progress`, `values.quality` …), when the header has one.
    pub key: Option<String>,
    /// The column's label (the header text before the `[key]`), when it has one.
    pub label: Option<String>,
    /// The cell's text as the file shows it (empty for an empty cell).
    pub text: Option<String>,
}

/// One problem of a spreadsheet (or of the workspace it was to change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is empty (0 bytes).
    EmptyFile,
    /// The file is larger than the engine reads (the limit in bytes).
    FileTooLarge(usize),
    /// The file could not be read as a workbook (the reader's message).
    NotAWorkbook(String),
    /// The workbook reader or writer could not be loaded (the app's on-demand module; why).
    ReaderUnavailable(String),
    /// A CSV file that is not UTF-8 (GBK, for instance): the offset of the first bad byte.
    NotUtf8(usize),
    /// A CSV file that the CSV reader refused (its message).
    BadCsv(String),
    /// No sheet of the file has a header row with `[unit]`.
    NoDataSheet,
    /// A sheet has keyed headers but is none of the known kinds.
    UnknownSheet,
    /// Not one of the words this column takes (them, `hq, direct, branch`).
    NotOneOf(String),
    /// Not a weight profile of the plan.
    UnknownProfile,
    /// A second row for the same unit or person (the first row's number).
    DuplicateId(u32),
    /// A sheet lacks a column it needs (the key).
    MissingColumn(String),
    /// A key that no column of this kind of sheet takes.
    UnknownColumn(String),
    /// The same key in two columns (the other column's letter).
    DuplicateColumn(String),
    /// `X` beside `X.reported` / `X.audited`, or only one of the pair.
    PairColumns(String),
    /// A `values` key names an indicator whose method takes another input (its kind).
    WrongInput(String),
    /// Merged cells in the data part of a sheet (the range, `B3:C4`).
    MergedCells(String),
    /// A required cell is empty.
    Required,
    /// Text that is not a decimal.
    NotANumber,
    /// Not a whole number ≥ 0 (closed items).
    NotWhole,
    /// A decimal beyond what the engine can hold exactly (28 places, 2⁹⁶).
    TooLarge,
    /// A date or time cell.
    Date,
    /// A TRUE/FALSE cell.
    Boolean,
    /// An error cell (`#DIV/0!` …).
    CellError(String),
    /// A formula whose value the file does not hold (saved without calculating).
    FormulaWithoutValue(String),
    /// Not a unit id (or name) of the workspace.
    UnknownUnit,
    /// Not a period id (or name) of the plan.
    UnknownPeriod,
    /// The period is not the one asked for (`--period`): that period's id.
    OtherPeriod(String),
    /// Not an indicator of the plan taking this sheet's input.
    UnknownIndicator,
    /// Not a rating group of the plan (nor `self`).
    UnknownGroup,
    /// Not a deduction level of the plan.
    UnknownLevel,
    /// A second row for the same unit and period (the first row's number).
    DuplicateRow(u32),
    /// A reported figure without its audited figure.
    HalfPair,
    /// A panel row that leaves a criterion empty while others are filled.
    MissingCriterion,
    /// The changed workspace fails the engine's validation here (its message, with path).
    Invalid(scorecard_engine::Error),
    /// The workspace to change is itself invalid (its first error).
    WorkspaceInvalid(scorecard_engine::Error),
    /// The period asked for is not a period of the plan.
    NoSuchPeriod(String),
    /// Writing the workbook failed (the writer's message).
    Write(String),
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    /// Where (`None` for the whole file); boxed to keep results small.
    pub place: Option<Box<Place>>,
    /// What.
    pub problem: Problem,
}

impl SheetError {
    /// A problem of the whole file.
    pub fn file(problem: Problem) -> Self {
        SheetError {
            place: None,
            problem,
        }
    }

    /// A problem at a place.
    pub fn at(place: Place, problem: Problem) -> Self {
        SheetError {
            place: Some(Box::new(place)),
            problem,
        }
    }
}

/// The column letter of a 0-based column index: 0 → `A`, 27 → `AB`.
pub fn column_letter(index: u32) -> String {
    let mut n = u64::from(index) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sheet {:?}", self.sheet)?;
        if let Some(r) = self.row {
            write!(f, " row {r}")?;
        }
        if let Some(c) = &self.column {
            write!(f, " column {c}")?;
        }
        match (&self.key, &self.label) {
            (Some(k), Some(l)) if !l.is_empty() => write!(f, " ({k}, {l})"),
            (Some(k), _) => write!(f, " ({k})"),
            (None, Some(l)) if !l.is_empty() => write!(f, " ({l})"),
            _ => Ok(()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem::*;
        match self {
            EmptyFile => write!(f, "the file is empty"),
            FileTooLarge(limit) => write!(
                f,
                "the file is larger than {} MiB, the most this tool reads",
                limit / (1024 * 1024)
            ),
            NotAWorkbook(m) => write!(f, "not a workbook (xlsx, xls, ods) or CSV file: {m}"),
            ReaderUnavailable(m) => write!(f, "the spreadsheet reader could not be loaded: {m}"),
            NotUtf8(at) => write!(
                f,
                "the CSV file is not UTF-8 (invalid byte at offset {at}); save it as \"CSV UTF-8\""
            ),
            BadCsv(m) => write!(f, "the CSV file cannot be read: {m}"),
            NoDataSheet => write!(
                f,
                "no sheet has a header row with [unit]: header cells read \"label [key]\""
            ),
            UnknownSheet => write!(
                f,
                "the header keys match no known sheet (values, ratings, panel, events, units, people)"
            ),
            NotOneOf(words) => write!(f, "not one of: {words}"),
            UnknownProfile => write!(f, "not a weight profile of the plan"),
            DuplicateId(r) => write!(f, "the same id as row {r}"),
            MissingColumn(k) => write!(f, "no column with the key [{k}]"),
            UnknownColumn(k) => write!(f, "unknown key [{k}] for this sheet"),
            DuplicateColumn(c) => write!(f, "the same key as column {c}"),
            PairColumns(k) => write!(
                f,
                "[{k}] needs either one column or both [{k}.reported] and [{k}.audited]"
            ),
            WrongInput(kind) => write!(
                f,
                "this indicator's method is {kind}: its input goes on another sheet"
            ),
            MergedCells(r) => write!(f, "merged cells {r}: unmerge them"),
            Required => write!(f, "this cell must not be empty"),
            NotANumber => write!(f, "not a number"),
            NotWhole => write!(f, "not a whole number ≥ 0"),
            TooLarge => write!(
                f,
                "too many digits to hold exactly (at most 28 decimal places)"
            ),
            Date => write!(f, "a date or time, not a number"),
            Boolean => write!(f, "TRUE/FALSE, not a number"),
            CellError(e) => write!(f, "an error cell ({e})"),
            FormulaWithoutValue(fm) => write!(
                f,
                "the formula ={fm} has no saved value: recalculate and save the file, or type the figure"
            ),
            UnknownUnit => write!(f, "not a unit of the workspace"),
            UnknownPeriod => write!(f, "not a period of the plan"),
            OtherPeriod(p) => write!(f, "only period {p:?} is being imported"),
            UnknownIndicator => write!(f, "not an indicator of the plan for this sheet"),
            UnknownGroup => write!(f, "not a rating group of the plan (nor self)"),
            UnknownLevel => write!(f, "not a deduction level of the plan"),
            DuplicateRow(r) => write!(f, "the same unit and period as row {r}"),
            HalfPair => write!(
                f,
                "a reported figure needs its audited figure (the audited figure alone is a plain value)"
            ),
            MissingCriterion => write!(f, "every criterion needs a score"),
            Invalid(e) => write!(f, "{}", e.kind),
            WorkspaceInvalid(e) => write!(f, "the workspace is invalid: {e}"),
            NoSuchPeriod(p) => write!(f, "{p:?} is not a period of the plan"),
            Write(m) => write!(f, "the workbook cannot be written: {m}"),
        }
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            None => write!(f, "(file): {}", self.problem),
            Some(p) => {
                write!(f, "{p}: ")?;
                match &p.text {
                    Some(t) if !t.is_empty() => write!(f, "{t:?}: {}", self.problem),
                    _ => write!(f, "{}", self.problem),
                }
            }
        }
    }
}

impl std::error::Error for SheetError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn a_cell_problem_reads_like_the_issue() {
        let e = SheetError::at(
            Place {
                sheet: "数据".into(),
                row: Some(7),
                column: Some("D".into()),
                key: Some("progress".into()),
                label: Some("任务进度".into()),
                text: Some("九十".into()),
            },
            Problem::NotANumber,
        );
        assert_eq!(
            e.to_string(),
            "sheet \"数据\" row 7 column D (progress, 任务进度): \"九十\": not a number"
        );
    }
}
