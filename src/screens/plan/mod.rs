//! 方案 Plan: editing the scheme itself — dimensions, indicators and their methods, profiles,
//! periods, coefficients, deductions, raters, rules and grading.

pub mod coefficients;
pub mod deductions;
pub mod defaults_gate;
pub mod dimension_card;
pub mod dimensions;
pub mod doc;
pub mod field;
pub mod field_value;
pub mod grading;
pub mod indicator_row;
pub mod method;
pub mod method_bands;
pub mod move_buttons;
pub mod new;
pub mod periods;
pub mod profile_row;
pub mod profiles;
pub mod raters;
pub mod rules;
pub mod section;
pub mod select;
pub mod toggle;
pub mod view;
pub mod weight_map;
