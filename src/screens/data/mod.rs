//! 数据 Data: entering the year's figures — the grid of units × indicators, one unit's
//! record with ratings, panels and events, and the units and people lists.

pub mod cell;
pub mod cell_nav;
pub mod columns;
pub mod entry;
pub mod event_row;
pub mod events;
pub mod field;
pub mod grid;
pub mod grid_header;
pub mod grid_row;
pub mod panel;
pub mod panel_expert;
pub mod panel_table;
pub mod people;
pub mod person_field;
pub mod person_row;
pub mod ratings;
pub mod record;
pub mod record_at;
pub mod record_errors;
pub mod record_number;
pub mod record_remove;
pub mod rows;
pub mod unit_add;
pub mod unit_remove;
pub mod unit_row;
pub mod unit_select;
pub mod units;
pub mod view;
