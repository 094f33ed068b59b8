//! The app's components, one per file. Each reads the shared state through
//! [`crate::app::use_app`] and changes it only by dispatching [`crate::state::Action`]s;
//! none does arithmetic on figures (every number comes from the engine).

pub mod banners;
pub mod data_view;
pub mod error_list;
pub mod files_view;
pub mod header;
pub mod nav;
pub mod people_view;
pub mod plan_view;
pub mod results_view;
pub mod sim_ahp;
pub mod sim_appeals;
pub mod sim_compare;
pub mod sim_grading;
pub mod sim_scenario_editor;
pub mod sim_scenarios;
pub mod sim_self;
pub mod sim_stability;
pub mod sim_weight_editor;
pub mod simulate_view;
pub mod slope_chart;
