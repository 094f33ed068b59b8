//! 排名稳定性 Rank stability: how ranks move when weights vary within their bands.

pub mod heatmap;
pub mod view;
