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
pub mod rank_tally;
pub mod sandbox;
pub mod shares;
pub mod stability;
pub mod weights;

use crate::error::{Errors, ScoreError};
use rust_decimal::Decimal;

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
    Unsupported(Unsupported),
    /// A weight outside `[0, 1]`, or weights that cannot be brought to sum 1.
    #[error("weights: {0}")]
    Weights(WeightsProblem),
    /// A pairwise comparison matrix that is not one (§9 AHP).
    #[error("pairwise comparison: {0}")]
    Pairwise(PairwiseProblem),
    /// Simulation settings out of range (samples, δ).
    #[error("settings: {0}")]
    Settings(SettingsProblem),
    /// No appeal has this id.
    #[error("unknown appeal {0:?}")]
    UnknownAppeal(String),
    /// The appeal was already decided.
    #[error("appeal {0:?} has already been decided")]
    AlreadyDecided(String),
    /// The appeal's input path does not name a place in the record.
    #[error("appeal input {input:?}: {problem}")]
    BadInput {
        /// The path as given.
        input: String,
        /// What is wrong with it.
        problem: InputProblem,
    },
    /// The data at the appeal's input no longer holds the appeal's `original`.
    #[error("appeal {0:?}: the data no longer holds the original value (changed since the appeal was recorded)")]
    Stale(String),
    /// The corrected workspace is invalid: the errors, with their JSON paths.
    #[error("the corrected workspace is invalid:\n{0}")]
    Invalid(Errors),
}

/// What goal seek cannot do (the English text is for the command line; the app translates
/// the kind).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unsupported {
    /// Goal seek on the annual composite.
    #[error("goal seek works on one period's value, not on the annual composite")]
    Annual,
    /// Goal seek on an indicator scored from ratings or a panel.
    #[error("indicator {indicator:?} is scored from {method} input, not one value; goal seek needs a value indicator")]
    NotAValueIndicator {
        /// Indicator id.
        indicator: String,
        /// Its method's kind (`survey`, `panel`).
        method: &'static str,
    },
}

/// Why weights cannot be set or moved as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WeightsProblem {
    /// More decimal places than the tools carry.
    #[error("at most {max} decimal places (asked for {asked})")]
    TooManyPlaces {
        /// The most allowed.
        max: u32,
        /// Asked for.
        asked: u32,
    },
    /// The plan has no dimension.
    #[error("the plan has no dimension")]
    NoDimension,
    /// The plan has one dimension: there is nothing to move weight between.
    #[error("the plan has one dimension: nothing to move")]
    OneDimension,
    /// Moving the points overflows.
    #[error("points out of range")]
    PointsOutOfRange,
    /// Moving the points takes a weight outside `[0, 1]`.
    #[error("moving {points} from {from} ({from_weight}) to {to} ({to_weight}) leaves [0, 1]")]
    LeavesUnitInterval {
        /// Points moved.
        points: Decimal,
        /// Dimension the points come from.
        from: String,
        /// Its weight.
        from_weight: Decimal,
        /// Dimension the points go to.
        to: String,
        /// Its weight.
        to_weight: Decimal,
    },
    /// A weight too large to carry.
    #[error("a weight is too large")]
    TooLarge,
}

/// Why a pairwise comparison matrix is not one (§9 AHP). Rows and columns count from 0.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PairwiseProblem {
    /// Not `n × n`.
    #[error("expected a {n} × {n} matrix (one row and column per dimension)")]
    Shape {
        /// Dimensions.
        n: usize,
    },
    /// An entry that is not a positive number.
    #[error("entry ({row}, {col}) must be a positive number")]
    NotPositive {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
    },
    /// A diagonal entry other than 1.
    #[error("the diagonal must be 1 (entry ({row}, {row}) is {value})")]
    Diagonal {
        /// Row (and column).
        row: usize,
        /// The entry as written.
        value: String,
    },
    /// An entry outside 1/9 … 9.
    #[error("entry ({row}, {col}) = {value} is outside Saaty's scale 1/9 … 9")]
    OffScale {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
        /// The entry as written.
        value: String,
    },
    /// `a[i][j] · a[j][i] ≠ 1`.
    #[error("entries ({row}, {col}) and ({col}, {row}) must be reciprocal")]
    NotReciprocal {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
    },
}

/// Simulation settings out of range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsProblem {
    /// The number of samples.
    #[error("samples must be 1 … {max} (got {got})")]
    Samples {
        /// The most allowed.
        max: u32,
        /// Asked for.
        got: u32,
    },
    /// The band widening δ.
    #[error("delta must be within [0, 1] (got {got})")]
    Delta {
        /// Asked for.
        got: Decimal,
    },
    /// No weights could be drawn in a profile's box.
    #[error("profile {profile:?}: no weights found in the box after {attempts} draws")]
    NoWeightsInBox {
        /// Profile id.
        profile: String,
        /// Draws tried.
        attempts: u32,
    },
}

/// Why an appeal's input path does not name an input of the record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputProblem {
    /// Not a JSON path.
    #[error("not a path")]
    NotAPath,
    /// The empty path: the whole record.
    #[error("names the whole record; name one input in it")]
    WholeRecord,
    /// The record's `unit` or `period`.
    #[error("the record's unit and period are not inputs; appeal a value instead")]
    UnitOrPeriod,
    /// A path starting with an index.
    #[error("a record is an object, not a list")]
    RecordIsAnObject,
    /// A key the record does not have, on the way to the input.
    #[error("no such place")]
    NoSuchPlace,
    /// An item a list does not have.
    #[error("there is no item {index}")]
    NoItem {
        /// Index asked for.
        index: usize,
    },
    /// An item past the end of a list (one past is an append).
    #[error("item {index} is beyond the end of a list of {len}")]
    BeyondEnd {
        /// Index asked for.
        index: usize,
        /// The list's length.
        len: usize,
    },
    /// A key of something that is not an object.
    #[error("cannot take key {key:?} of a {found}")]
    NotAnObject {
        /// The key.
        key: String,
        /// What is there (`array`, `string`, …).
        found: &'static str,
    },
    /// An item of something that is not a list.
    #[error("cannot take item {index} of a {found}")]
    NotAList {
        /// The index.
        index: usize,
        /// What is there.
        found: &'static str,
    },
}
