//! The web app: the scoring engine in the browser, in Chinese (简体) by default.
//!
//! Map: [`app`] is the root (state, autosave, layout); [`state`] the pure reducer over the
//! workspace document; [`screens`] one folder per screen (results, people, data, plan,
//! simulate, files), one component per file; [`widgets`] the components several screens
//! share; [`hooks`] the custom hooks; [`i18n`] the texts in both languages; [`browser`]
//! storage, files and the `window.scorecard` API; [`demo`] the workspace a first visit
//! opens; [`chart_geom`] the geometry of the SVG charts; [`by_ptr`] values compared by
//! identity.

pub mod app;
pub mod browser;
pub mod by_ptr;
pub mod chart_geom;
pub mod demo;
pub mod format;
pub mod hooks;
pub mod i18n;
pub mod screens;
pub mod state;
pub mod widgets;

pub use app::App;
