//! The app's second Wasm module, loaded only when a user reads or writes a workbook: the
//! workbook reader (`calamine`) and writer (`rust_xlsxwriter`) are most of the spreadsheet
//! code's size, so the first visit does not download them.
//!
//! It holds no rule of the scorecard: it turns workbook bytes into plain grids of cells
//! ([`read_workbook`]) and plain tables into workbook bytes ([`write_book`]). The app builds
//! the tables, interprets the grids (the number rule, the layout, the import and its
//! preview) and translates every problem, with `scorecard-sheets` built without its `xlsx`
//! feature. Grids and tables cross as JavaScript values (`serde-wasm-bindgen`): a cell's
//! double crosses as the same double, so the number rule sees what the file holds.
//!
//! `scripts/build-sheets-web.sh` builds it (wasm-bindgen `--target web`) into the page's
//! `sheets/` folder; the app's `browser::sheets` imports it on first use.

use scorecard_sheets::problem::Problem;
use scorecard_sheets::write::Table;
use wasm_bindgen::prelude::*;

/// The sheets of an XLSX, XLS or ODS file, as an array of grids; throws the reader's message
/// (a string) when the bytes are not a workbook it can read.
#[wasm_bindgen]
pub fn read_workbook(bytes: &[u8]) -> Result<JsValue, JsValue> {
    let grids = scorecard_sheets::read::read_workbook_file(bytes).map_err(|e| {
        JsValue::from_str(&match e.problem {
            Problem::NotAWorkbook(m) => m,
            other => other.to_string(),
        })
    })?;
    serde_wasm_bindgen::to_value(&grids).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The XLSX bytes of the tables (an array as the app's `scorecard_sheets::write::Table`
/// serialises); throws the writer's message (a string).
#[wasm_bindgen]
pub fn write_book(tables: JsValue) -> Result<Vec<u8>, JsValue> {
    let tables: Vec<Table> =
        serde_wasm_bindgen::from_value(tables).map_err(|e| JsValue::from_str(&e.to_string()))?;
    scorecard_sheets::write::write_book(&tables)
        .map_err(|e| JsValue::from_str(&e.problem.to_string()))
}
