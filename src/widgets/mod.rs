//! Widgets shared by several screens: the header, tabs, banners, error lists, the select
//! options and the parts of the editors' tables.

pub mod banners;
pub mod error_list;
pub mod header;
pub mod modal;
pub mod nav;
pub mod options;
pub mod path_errors;
pub mod saved_banners;
pub mod screen_panel;
pub mod scroll_region;
pub mod tab_bar;
pub mod tab_keys;
pub mod table;
pub mod weight_total;
