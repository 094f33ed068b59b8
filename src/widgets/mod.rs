//! Widgets shared by several screens: the header, tabs, banners and error lists.

pub mod banners;
pub mod error_list;
pub mod header;
pub mod nav;
pub mod options;
pub mod path_errors;
pub mod tab_bar;
pub mod weight_total;
