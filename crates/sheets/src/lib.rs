//! Spreadsheets in and out of the scorecard, with no browser code (it also builds for
//! `wasm32-unknown-unknown`, so the app can load it).
//!
//! Features: `xlsx` (default) brings the workbook reader (`calamine`) and writer
//! (`rust_xlsxwriter`); without it the crate builds the tables, reads CSV and imports
//! grids, which is what the app's first download holds. `serde` makes grids and tables
//! serialisable, to hand them to and from the on-demand Wasm module (`crates/sheets-web`)
//! that has the `xlsx` feature.
//!
//! - [`data_workbook`]: a data template, or an export of a workspace's data, as XLSX in
//!   the documented layout (`label [key]` headers, a frozen header row, dropdowns for
//!   levels and groups, number ranges, existing figures filled in).
//! - [`import()`]: an XLSX, XLS, ODS or CSV file into a workspace document: the new
//!   document and the list of changes, or every problem with its place ([`SheetError`]).
//! - [`results_workbook`] and [`results_csv`]: the results of a scoring run.
//!
//! Map: [`read`] reads files into grids; [`cell`] is the number rule; [`layout`] the
//! header keys and sheet kinds; [`import`] builds the new document; [`template`] and
//! [`results`] write workbooks; [`problem`] the typed errors.

pub mod cell;
pub mod import;
pub mod layout;
pub mod problem;
pub mod read;
pub mod results;
pub mod template;
mod template_lists;
mod template_roster;
pub mod write;

pub use import::{import, import_grids, Change, ChangeKind, Counts, Imported};
pub use layout::Lang;
pub use problem::{Place, Problem, SheetError};
#[cfg(feature = "xlsx")]
pub use results::results_workbook;
pub use results::{results_csv, results_tables};
pub use template::data_tables;
#[cfg(feature = "xlsx")]
pub use template::data_workbook;
