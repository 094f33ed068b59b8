//! The on-demand spreadsheet module (`crates/sheets-web`): imported the first time a user
//! reads or writes a workbook, from `sheets/scorecard_sheets_web.js` beside the page (any
//! sub-path), or — in the single-file build, where nothing can be fetched — from the copy
//! that file carries inline (`globalThis.__scorecardSheets`). A failed load is retried on
//! the next use.
//!
//! Only file formats cross: workbook bytes → grids, tables → workbook bytes. Everything that
//! interprets them (the number rule, the layout, the import and its preview, every message)
//! is this module's caller, in the app's own code.

use scorecard_sheets::read::{check_size, is_workbook, read_file, Grid};
use scorecard_sheets::write::Table;
use scorecard_sheets::SheetError;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
let loading = null;
export function load_sheets(url) {
  if (!loading) {
    const inline = globalThis.__scorecardSheets;
    loading = (inline ? inline() : import(url).then(async (m) => { await m.default(); return m; }));
    loading.catch(() => { loading = null; });
  }
  return loading;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn load_sheets(url: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The module's file, relative to the page.
const MODULE: &str = "sheets/scorecard_sheets_web.js";

/// A thrown value as text.
fn message(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The module's URL, resolved against the page (so a build under a sub-path finds it).
fn module_url() -> Result<String, String> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or("no document")?;
    web_sys::Url::new_with_base(MODULE, &base)
        .map(|u| u.href())
        .map_err(message)
}

/// Why the module did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleError {
    /// It could not be loaded (offline before first use, a missing file): why.
    Unavailable(String),
    /// It refused the input (not a workbook; a table it cannot write): its message.
    Refused(String),
}

impl ModuleError {
    /// The problem to show for it when reading a file.
    pub fn read_problem(self) -> scorecard_sheets::Problem {
        use scorecard_sheets::Problem;
        match self {
            ModuleError::Unavailable(m) => Problem::ReaderUnavailable(m),
            ModuleError::Refused(m) => Problem::NotAWorkbook(m),
        }
    }

    /// The problem to show for it when writing a workbook.
    pub fn write_problem(self) -> scorecard_sheets::Problem {
        use scorecard_sheets::Problem;
        match self {
            ModuleError::Unavailable(m) => Problem::ReaderUnavailable(m),
            ModuleError::Refused(m) => Problem::Write(m),
        }
    }
}

/// The module's exported function `name`, the module loaded first if need be.
async fn function(name: &str) -> Result<js_sys::Function, ModuleError> {
    let gone = |e: JsValue| ModuleError::Unavailable(message(e));
    let url = module_url().map_err(ModuleError::Unavailable)?;
    let module = JsFuture::from(load_sheets(&url).map_err(gone)?)
        .await
        .map_err(gone)?;
    js_sys::Reflect::get(&module, &JsValue::from_str(name))
        .map_err(gone)?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| ModuleError::Unavailable(format!("the spreadsheet module has no {name}")))
}

/// The sheets of an XLSX, XLS or ODS file (the caller checked its size).
pub async fn read_workbook(bytes: &[u8]) -> Result<Vec<Grid>, ModuleError> {
    let f = function("read_workbook").await?;
    let refused = |e: JsValue| ModuleError::Refused(message(e));
    let grids = f
        .call1(&JsValue::NULL, &js_sys::Uint8Array::from(bytes))
        .map_err(refused)?;
    serde_wasm_bindgen::from_value(grids).map_err(|e| ModuleError::Refused(e.to_string()))
}

/// A file's sheets, or the problem that stopped the reading: a CSV file read here, a
/// workbook by the module (the size is checked first, either way).
pub async fn read_sheets(bytes: Vec<u8>) -> Result<Rc<Vec<Grid>>, SheetError> {
    check_size(&bytes)?;
    if is_workbook(&bytes) {
        read_workbook(&bytes)
            .await
            .map(Rc::new)
            .map_err(|e| SheetError::file(e.read_problem()))
    } else {
        read_file(&bytes).map(Rc::new)
    }
}

/// The tables as XLSX bytes.
pub async fn write_book(tables: &[Table]) -> Result<Vec<u8>, ModuleError> {
    let f = function("write_book").await?;
    let arg =
        serde_wasm_bindgen::to_value(tables).map_err(|e| ModuleError::Refused(e.to_string()))?;
    let bytes = f
        .call1(&JsValue::NULL, &arg)
        .map_err(|e| ModuleError::Refused(message(e)))?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}
