//! Reading a file into plain grids of [`Cell`]s: XLSX, XLS and ODS through `calamine`
//! (cached formula values, dates told apart, merged regions), CSV through the `csv` crate
//! (UTF-8 only, a leading BOM dropped, any line ending). Nothing here interprets a figure:
//! that is [`crate::cell`]'s job.

use crate::problem::{Problem, SheetError};
#[cfg(feature = "xlsx")]
use calamine::{Data, Reader};
#[cfg(feature = "xlsx")]
use std::io::Cursor;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Cell {
    /// Nothing.
    Empty,
    /// A whole number stored as such (XLS/ODS readers give these).
    Int(i64),
    /// A binary double (every XLSX number).
    Float(f64),
    /// Text.
    Text(String),
    /// TRUE / FALSE.
    Bool(bool),
    /// A date, time or duration (its text).
    Date(String),
    /// An error value (`#DIV/0!`).
    Error(String),
    /// A formula with no saved value (the formula text).
    Formula(String),
}

impl Cell {
    /// Whether the cell holds nothing (blank text counts as nothing).
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a person reads it, for error messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Int(i) => i.to_string(),
            Cell::Float(f) => format!("{f}"),
            Cell::Text(t) | Cell::Date(t) | Cell::Error(t) => t.clone(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Formula(fm) => format!("={fm}"),
        }
    }
}

/// One sheet: its name, its cells from A1 (row-major, rows may be ragged) and its merged
/// regions (0-based `(first row, first col, last row, last col)`).
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Grid {
    /// The sheet's name.
    pub name: String,
    /// Rows from row 1.
    pub rows: Vec<Vec<Cell>>,
    /// Merged regions.
    pub merged: Vec<(u32, u32, u32, u32)>,
}

impl Grid {
    /// The cell at 0-based `(row, col)` (empty beyond the data).
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }
}

/// What kind of file the bytes are, by their first bytes: a zip (XLSX, ODS), an OLE
/// compound file (XLS), or else text (CSV).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Refuses an empty file and one over the engine's input limit, before reading it.
pub fn check_size(bytes: &[u8]) -> Result<(), SheetError> {
    if bytes.is_empty() {
        return Err(SheetError::file(Problem::EmptyFile));
    }
    let limit = scorecard_engine::error::MAX_INPUT_BYTES;
    if bytes.len() > limit {
        return Err(SheetError::file(Problem::FileTooLarge(limit)));
    }
    Ok(())
}

/// Reads a file's sheets. A CSV file is one sheet named `CSV`. Without the `xlsx` feature
/// only CSV is read (a workbook is refused: the app reads workbooks with the Wasm module
/// that has the feature, and hands the grids to [`crate::import_grids`]).
pub fn read_file(bytes: &[u8]) -> Result<Vec<Grid>, SheetError> {
    check_size(bytes)?;
    if is_workbook(bytes) {
        read_workbook_file(bytes)
    } else {
        read_csv(bytes).map(|g| vec![g])
    }
}

/// A workbook without the reader built in.
#[cfg(not(feature = "xlsx"))]
fn read_workbook_file(_: &[u8]) -> Result<Vec<Grid>, SheetError> {
    Err(SheetError::file(Problem::NotAWorkbook(
        "this build reads CSV files only".to_string(),
    )))
}

/// Reads an XLSX, XLS or ODS file's sheets (after [`check_size`]).
#[cfg(feature = "xlsx")]
pub fn read_workbook_file(bytes: &[u8]) -> Result<Vec<Grid>, SheetError> {
    // calamine 0.38 can panic on a crafted file where overflow checks are on (a cell
    // reference of many letters overflows its column arithmetic: found by
    // fuzz/fuzz_targets/sheet_import.rs, kept in fuzz/regressions/sheet_import/). Where a
    // panic unwinds (tests, debug builds) it becomes this file's error, not a crash;
    // release builds wrap instead and calamine refuses the reference.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_workbook(bytes))).unwrap_or_else(
        |_| {
            Err(SheetError::file(Problem::NotAWorkbook(
                "the workbook's structure could not be read".to_string(),
            )))
        },
    )
}

#[cfg(feature = "xlsx")]
fn read_workbook(bytes: &[u8]) -> Result<Vec<Grid>, SheetError> {
    let not_a_book = |e: calamine::Error| SheetError::file(Problem::NotAWorkbook(e.to_string()));
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(not_a_book)?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let values = book.worksheet_range(&name).map_err(not_a_book)?;
        let formulas = book.worksheet_formula(&name).ok();
        let mut grid = Grid {
            name: name.clone(),
            ..Grid::default()
        };
        let (r0, c0) = values.start().unwrap_or((0, 0));
        for (i, row) in values.rows().enumerate() {
            let abs_row = r0 as usize + i;
            for (j, v) in row.iter().enumerate() {
                let abs_col = c0 as usize + j;
                let cell = data_cell(v);
                if cell != Cell::Empty {
                    put(&mut grid, abs_row, abs_col, cell);
                }
            }
        }
        if let Some(f) = formulas {
            // A formula cell with no cached value reads as empty: say which formula it was.
            for (r, c, text) in f.used_cells() {
                let (fr, fc) = f.start().unwrap_or((0, 0));
                let (row, col) = (fr as usize + r, fc as usize + c);
                if !text.is_empty() && *grid.cell(row, col) == Cell::Empty {
                    put(&mut grid, row, col, Cell::Formula(text.clone()));
                }
            }
        }
        // Merged regions are told by the XLSX and XLS readers; a failure to read them is
        // not worth refusing a file the value reader accepts.
        let merged = match &mut book {
            calamine::Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            calamine::Sheets::Xls(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            _ => Vec::new(),
        };
        for d in merged {
            grid.merged.push((d.start.0, d.start.1, d.end.0, d.end.1));
        }
        grids.push(grid);
    }
    Ok(grids)
}

#[cfg(feature = "xlsx")]
fn put(grid: &mut Grid, row: usize, col: usize, cell: Cell) {
    if grid.rows.len() <= row {
        grid.rows.resize(row + 1, Vec::new());
    }
    if let Some(r) = grid.rows.get_mut(row) {
        if r.len() <= col {
            r.resize(col + 1, Cell::Empty);
        }
        if let Some(c) = r.get_mut(col) {
            *c = cell;
        }
    }
}

#[cfg(feature = "xlsx")]
fn data_cell(v: &Data) -> Cell {
    match v {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Int(*i),
        Data::Float(f) => Cell::Float(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Date(d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Date(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

fn read_csv(bytes: &[u8]) -> Result<Grid, SheetError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| SheetError::file(Problem::NotUtf8(e.valid_up_to())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Grid {
        name: "CSV".into(),
        ..Grid::default()
    };
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::file(Problem::BadCsv(e.to_string())))?;
        grid.rows.push(
            record
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_and_crlf() {
        let g = read_file("\u{feff}单位 [unit],x [progress]\r\nzd1,0.92\r\n".as_bytes()).unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].cell(0, 0), &Cell::Text("单位 [unit]".into()));
        assert_eq!(g[0].cell(1, 1), &Cell::Text("0.92".into()));
        assert_eq!(g[0].rows.len(), 2);
    }

    #[test]
    fn gbk_csv_and_empty_files_are_refused() {
        // "单位" in GBK.
        let gbk = [0xB5, 0xA5, 0xCE, 0xBB, b',', b'x'];
        assert_eq!(read_file(&gbk).unwrap_err().problem, Problem::NotUtf8(0));
        assert_eq!(read_file(b"").unwrap_err().problem, Problem::EmptyFile);
    }

    #[test]
    fn a_file_over_the_input_limit_is_refused_before_it_is_read() {
        let limit = scorecard_engine::error::MAX_INPUT_BYTES;
        let mut big = vec![b' '; limit + 1];
        assert_eq!(
            read_file(&big).unwrap_err().problem,
            Problem::FileTooLarge(limit)
        );
        big.truncate(limit);
        assert_ne!(
            read_file(&big).err().map(|e| e.problem),
            Some(Problem::FileTooLarge(limit))
        );
    }

    #[test]
    fn a_zip_that_is_not_a_workbook_is_refused() {
        let e = read_file(b"PK\x03\x04 not really a zip").unwrap_err();
        assert!(matches!(e.problem, Problem::NotAWorkbook(_)), "{e}");
    }
}
