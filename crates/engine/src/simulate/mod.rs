//! Simulation beyond the official score (§8, §9): weight scenarios and their projection into
//! the bands, AHP weights, scenario comparison, goal seek, appeals, and rank stability.
//!
//! Everything here is built on the exact scorer ([`crate::score`]); only the Monte-Carlo
//! rank stability ([`stability`]) samples in `f64`, as §0 allows, and it checks itself
//! against the exact path. Every function is deterministic and never panics on input.
//!
//! Map: [`weights`] (rebalance one weight, project into the bands, the special-period
//! preset, violations), [`ahp`] (pairwise comparison → weights and consistency ratio),
//! [`compare`] (the plan against scenarios, per unit), [`goal_seek`] (the least value of one
//! indicator that reaches a target), [`appeals`] (record, preview, uphold or reject an
//! appeal, S4.5), [`stability`] (SMAA-style rank and grade probabilities, in chunks),
//! [`sandbox`] (the self-assessment sandbox and splicing engine changes into the user's
//! document), [`shares`] (percentages that add up to 100, heatmap shades).

pub mod ahp;
pub mod appeals;
pub mod compare;
pub mod goal_seek;
pub mod sandbox;
pub mod shares;
pub mod stability;
pub mod weights;

use crate::error::{Errors, ScoreError};

/// Why a simulation cannot be run as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimError {
    /// The workspace cannot be scored as asked (unknown period or scenario, overflow).
    #[error(transparent)]
    Score(#[from] ScoreError),
    /// No weight profile has this id.
    #[error("unknown profile {0:?}")]
    UnknownProfile(String),
    /// No dimension of the plan has this id.
    #[error("unknown dimension {0:?}")]
    UnknownDimension(String),
    /// No unit has this id.
    #[error("unknown unit {0:?}")]
    UnknownUnit(String),
    /// No indicator of the plan has this id.
    #[error("unknown indicator {0:?}")]
    UnknownIndicator(String),
    /// The unit has no record in that period, so there is nothing to change.
    #[error("unit {unit:?} has no record in period {period:?}")]
    NoRecord {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
    },
    /// The unit is not scored in the set asked for.
    #[error("unit {0:?} is not scored in this set")]
    NotScored(String),
    /// Goal seek works on one value of one period; this asks for something else.
    #[error("{0}")]
    Unsupported(String),
    /// A weight outside `[0, 1]`, or weights that cannot be brought to sum 1.
    #[error("weights: {0}")]
    Weights(String),
    /// A pairwise comparison matrix that is not one (§9 AHP).
    #[error("pairwise comparison: {0}")]
    Pairwise(String),
    /// Simulation settings out of range (samples, δ).
    #[error("settings: {0}")]
    Settings(String),
    /// No appeal has this id.
    #[error("unknown appeal {0:?}")]
    UnknownAppeal(String),
    /// The appeal was already decided.
    #[error("appeal {0:?} has already been decided")]
    AlreadyDecided(String),
    /// The appeal's input path does not name a place in the record.
    #[error("appeal input {input:?}: {detail}")]
    BadInput {
        /// The path as given.
        input: String,
        /// What is wrong with it.
        detail: String,
    },
    /// The data at the appeal's input no longer holds the appeal's `original`.
    #[error("appeal {0:?}: the data no longer holds the original value (changed since the appeal was recorded)")]
    Stale(String),
    /// The corrected workspace is invalid: the errors, with their JSON paths.
    #[error("the corrected workspace is invalid:\n{0}")]
    Invalid(Errors),
}
