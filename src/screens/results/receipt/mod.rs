//! The receipt (计分明细): a dialog explaining how one unit's score was computed, period by
//! period and for the year, with its charts.

pub mod annual;
pub mod charts;
pub mod dialog;
pub mod grade;
pub mod parts;
pub mod period;
pub mod period_indicators;
pub mod period_input;
pub mod period_steps;
pub mod radar_chart;
pub mod trend_chart;
