//! The exact scoring engine of the corps' target-assessment scheme (總隊目標考核).
//!
//! It reads a workspace file, validates it (every error with its JSON path), scores one
//! period or the annual composite under the plan or a scenario, and writes a results file
//! that anyone can verify. Every official figure is exact until it is published (rounded to
//! 2 places, half away from zero). No browser code lives here: the web app and the
//! `scorecard` command are thin layers over this crate.
//!
//! ```
//! use scorecard_engine::{parse_workspace, score, Query, EXAMPLE_WORKSPACE};
//!
//! let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
//! let results = score(&ws, &Query::period("2026Q1")).unwrap();
//! let zd1 = results.unit("zd1").unwrap();
//! assert_eq!(zd1.score.to_string(), "90.46");
//! assert_eq!(zd1.grade.as_str(), "excellent");
//! ```
//!
//! Map of the crate: [`json`] and [`path`] read JSON exactly; [`parse`] validates it into
//! the [`model`]; [`score`] computes (indicators, periods, grades, annual, people) on
//! [`exact`] rationals; [`results`] writes and verifies results files; [`export`] writes
//! workspaces and their digest; [`defaults`] holds the method's defaults; [`simulate`] holds
//! scenario planning, AHP, comparison, goal seek, appeals and rank stability (§8, §9);
//! [`report`] derives the results screens' summaries and receipt steps;
//! [`edit`] changes the workspace document by typed edits that keep references consistent.

#![warn(missing_docs)]

pub mod defaults;
pub mod edit;
pub mod error;
pub mod exact;
pub mod export;
pub mod json;
pub mod model;
pub mod number;
pub mod parse;
pub mod path;
pub mod plan_check;
pub mod report;
pub mod results;
pub mod score;
pub mod simulate;
#[cfg(test)]
mod testing;

pub use error::{Error, ErrorKind, Errors, ScoreError};
pub use export::{canonical_json, input_sha256, workspace_json};
pub use model::Workspace;
pub use parse::parse_workspace;
pub use results::{results_json, score_to_json, verify_results, Verification};
pub use score::{score, PeriodChoice, Query, ResultSet};

/// The example workspace of `file-format.md` (its figures for `2026Q1` are the spec's).
pub const EXAMPLE_WORKSPACE: &str = include_str!("../data/example.json");

/// The demo workspace the app opens on a first visit: a realistic corps over a whole year.
pub const DEMO_WORKSPACE: &str = include_str!("../data/demo.json");

/// The engine's version, written into every results file.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
