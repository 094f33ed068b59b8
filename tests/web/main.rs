//! Browser tests of the app, one test binary run in headless Chromium through
//! wasm-bindgen-test-runner (see scripts/test.sh):
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p scorecard-app --test web
//! ```
//!
//! Add a filter to run one module, e.g. `... --test web -- data::`. Each test renders the whole
//! `App` on a workspace stored in localStorage (as after a reload), acts as a user would and
//! checks what the page shows; [`support`] holds the shared helpers.
//!
//! - [`app`]: the first visit (the demo, ranked) and the language switch;
//! - [`data`]: the data screen (typed values, the record editor, units);
//! - [`plan`]: the plan screen (weights, bands, grading, periods);
//! - [`results`]: the results screen, its receipt and the people screen;
//! - [`saved`]: the copy saved in this browser (an unreadable save, another tab's save);
//! - [`scenarios`]: scenario planning (rebalanced weights, AHP, the comparison);
//! - [`sheets`]: the spreadsheet import on the files screen (preview, apply, problems);
//! - [`sim_tools`]: the self-assessment sandbox and goal seek, appeals, rank stability.
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point (clippy.toml's allow-*-in-tests covers only #[test] fns).
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod app;
mod data;
mod focus;
mod plan;
mod results;
mod saved;
mod scenarios;
mod sheets;
mod sim_tools;
