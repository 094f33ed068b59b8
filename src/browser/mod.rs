//! Everything that touches the browser: local storage, reading and saving files, the
//! `window.scorecard` JavaScript API. Components call these from effects and callbacks,
//! never from the reducer.

pub mod files;
pub mod js_api;
pub mod storage;
