//! Everything that touches the browser: local storage, reading and saving files, the
//! `window.scorecard` JavaScript API, the on-demand spreadsheet module. Components call these
//! from effects and callbacks, never from the reducer.

pub mod after_paint;
pub mod files;
pub mod focus;
pub mod js_api;
pub mod sheets;
pub mod storage;
