//! 自评模拟 Self-assessment: a unit's own figures changed in a sandbox, and goal seeking.

pub mod card;
pub mod comparison;
pub mod event_control;
pub mod goal_inputs;
pub mod goal_result;
pub mod goal_seek;
pub mod invalid;
pub mod others;
pub mod pickers;
pub mod sandbox_editor;
pub mod sections;
pub mod selection;
pub mod view;
pub mod workbench;
