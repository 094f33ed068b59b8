//! 情景 Scenarios: other weights or grading, edited by hand or from AHP, compared with the plan.

pub mod ahp;
pub mod ahp_apply;
pub mod ahp_figures;
pub mod ahp_logic;
pub mod ahp_matrix;
pub mod ahp_pairs;
pub mod compare;
pub mod compare_chart;
pub mod compare_row;
pub mod compare_summary;
pub mod compare_text;
pub mod detail;
pub mod editor;
pub mod grading;
pub mod list;
pub mod scenario_checks;
pub mod slope_chart;
pub mod weight_editor;
pub mod weight_row;
pub mod weight_text;
