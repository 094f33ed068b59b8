//! The app's screens, one folder each: the tab a user opens is the folder to look in.
//! Each screen's `view` is its root component; the other files are its parts.

pub mod data;
pub mod files;
pub mod people;
pub mod plan;
pub mod results;
pub mod simulate;
