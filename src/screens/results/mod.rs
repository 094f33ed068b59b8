//! 结果 Results: the ranking of every unit for a period or the year, its filters, summary
//! and charts, and the receipt that explains one unit's figures.

pub mod chart_frame;
pub mod filters;
pub mod grade_chart;
pub mod posting;
pub mod receipt;
pub mod selection;
pub mod sort;
pub mod sort_header;
pub mod summary;
pub mod summary_counts;
pub mod table;
pub mod table_row;
pub mod view;
