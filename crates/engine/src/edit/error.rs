//! Why an [`Edit`](super::Edit) was refused: typed, with the ids or the path concerned, so
//! the app words it in the user's language. A refused edit leaves the document as it was.

use crate::error::Errors;
use crate::path::JsonPath;
use crate::simulate::SimError;

/// What kind of thing an edit addresses (in errors and for [`super::next_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An assessed unit (`units`).
    Unit,
    /// A person (`people`).
    Person,
    /// A unit's record for a period (`records`).
    Record,
    /// A dimension (`plan.dimensions`).
    Dimension,
    /// An indicator (`plan.dimensions[].indicators`; ids unique across the plan).
    Indicator,
    /// A weight profile (`plan.profiles`).
    Profile,
    /// A period (`plan.periods`).
    Period,
    /// A deduction level (`plan.deductions.levels`).
    Level,
    /// A scenario (`scenarios`).
    Scenario,
    /// An appeal (`appeals`).
    Appeal,
    /// A rater group of the survey (`plan.survey.groups`).
    SurveyGroup,
    /// A criterion of the expert panel (`plan.panel.criteria`).
    PanelCriterion,
    /// An element of a list inside a record or a method (an event, an expert, a band).
    Item,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// Nothing of this kind has this id (for a record: `unit` and `period` in `id` as
    /// `unit/period`; prefer [`EditError::NoRecord`]).
    #[error("no {kind:?} {id:?}")]
    NotFound {
        /// What was looked for.
        kind: Kind,
        /// Its id.
        id: String,
    },
    /// The unit has no record for the period.
    #[error("no record of unit {unit:?} for period {period:?}")]
    NoRecord {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
    },
    /// Another item of this kind already has this id (renames and additions refuse it:
    /// merging two items' references could not be told apart afterwards).
    #[error("{kind:?} id {id:?} is taken")]
    IdTaken {
        /// Kind.
        kind: Kind,
        /// The id asked for.
        id: String,
    },
    /// An id that is empty (or only white space).
    #[error("empty {kind:?} id")]
    EmptyId {
        /// Kind.
        kind: Kind,
    },
    /// Removing the only item of a list the plan needs at least one of (dimension,
    /// indicator of a dimension, profile, period, rater group, criterion, band).
    #[error("cannot remove the last {kind:?} {id:?}")]
    LastItem {
        /// Kind.
        kind: Kind,
        /// Its id (for a band, its index).
        id: String,
    },
    /// Moving the first item up or the last one down.
    #[error("cannot move {kind:?} {id:?} past the end")]
    AtEnd {
        /// Kind.
        kind: Kind,
        /// Its id.
        id: String,
    },
    /// No element `index` in the array at `at`.
    #[error("no element {index} at {at}")]
    OutOfRange {
        /// The array.
        at: JsonPath,
        /// The index asked for.
        index: usize,
    },
    /// Something other than an array where the edit needs one (a malformed document).
    #[error("not an array at {at}")]
    NotAnArray {
        /// Where.
        at: JsonPath,
    },
    /// Something other than an object where the edit needs one (a malformed document, or a
    /// setting left to its defaults that must be spelled out first).
    #[error("not an object at {at}")]
    NotAnObject {
        /// Where.
        at: JsonPath,
    },
    /// The path cannot be reached (an index out of range, a step through a non-container).
    #[error("cannot reach {at}")]
    Unreachable {
        /// Where.
        at: JsonPath,
    },
    /// [`super::Edit::SetField`] at the document root (the whole document is never
    /// replaced by a field edit).
    #[error("a field edit cannot replace the document")]
    RootPath,
    /// [`super::Edit::SetField`] at a place a domain edit owns (a list of units, periods …,
    /// one of their elements or ids, a record's unit or period, a person's status, a rater
    /// group or criterion key): use that edit, which keeps the references consistent.
    #[error("{at} is changed by its own edit")]
    Managed {
        /// Where.
        at: JsonPath,
    },
    /// The edit needs a valid workspace (appeals are recorded and decided by the engine on
    /// the validated model) and the document has errors.
    #[error("the document has errors")]
    Invalid(Errors),
    /// The engine refused the appeal operation.
    #[error(transparent)]
    Sim(#[from] SimError),
}
