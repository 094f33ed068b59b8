//! 申诉 Appeals: a proposed correction, its effect on every unit, and the appeal list.

pub mod diff;
pub mod form;
pub mod view;
