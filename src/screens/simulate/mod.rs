//! 模拟 Simulate: the what-if tools, one folder per sub-view.

pub mod appeals;
pub mod scenarios;
pub mod self_assessment;
pub mod stability;
pub mod support;
pub mod view;
