//! 文件 Files: opening, importing and saving workspaces and results, and verifying a results file.

pub mod sheet_preview;
pub mod sheets_card;
pub mod start;
pub mod verify;
pub mod view;
