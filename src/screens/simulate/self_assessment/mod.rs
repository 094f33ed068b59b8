//! 自评模拟 Self-assessment: a unit's own figures changed in a sandbox, and goal seeking.

pub mod goal_seek;
pub mod sandbox_editor;
pub mod view;
