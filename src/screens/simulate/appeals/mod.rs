//! 申诉 Appeals: a proposed correction, its effect on every unit, and the appeal list.

pub mod diff;
pub mod draft;
pub mod form;
pub mod history;
pub mod input_picker;
pub mod pickers;
pub mod preview;
pub mod requested;
pub mod view;
