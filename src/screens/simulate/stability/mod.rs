//! 排名稳定性 Rank stability: how ranks move when weights vary within their bands.

pub mod heatmap;
pub mod heatmap_row;
pub mod results;
pub mod runner;
pub mod status;
pub mod view;
