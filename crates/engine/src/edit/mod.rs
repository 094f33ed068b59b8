//! Edits of a workspace *document* (the JSON being edited, which may be invalid) as typed
//! domain operations: one [`Edit`] enum, applied by one function, [`apply`], that keeps
//! every reference consistent and says with a typed [`EditError`] why it refuses.
//!
//! Edits work on [`Value`], not on the validated [`crate::Workspace`]: an edit keeps exactly
//! what the user typed (decimals stay text, so they stay exact) and the engine's validation
//! then says, at the edited path, whether it is acceptable. No edit does arithmetic on
//! figures, none panics on a malformed document, and none is dropped silently: it applies,
//! or it returns an error and the document stays as it was.
//!
//! Items are addressed by id (units, dimensions, indicators, profiles, periods, levels,
//! scenarios, appeals: ids change only through `Rename…`, which refuses empty and taken
//! ids), records by unit and period, people by position (their ids are typed freely and
//! nothing refers to them). The submodules also hold the read helpers the app shows the
//! document with ([`value_text`], [`pair_texts`], [`entries`] …).

mod appeal;
mod doc;
mod error;
mod field;
pub mod ids;
pub mod plan;
pub mod record;
pub mod scenario;

#[cfg(test)]
mod tests;

pub use error::{EditError, Kind};
pub use ids::{free_id as first_free_id, id_taken, ids, next_id};
pub use plan::{default_setting, indicator_ids, method_for_kind, records_in_period};
pub use record::{
    free_id, id_in_use, is_pair, list_text, pair_texts, push_record_item, record_index,
    record_indices, record_path, remove_record, remove_unit, set_record_field, split_list,
    typed_list, typed_value, typed_whole, unit_references, value_text, with_pair_part, PairPart,
    UnitReferences,
};
pub use scenario::{
    doc_weights_in_force, entries, grading_path, grading_text, name_path, overridden_weights,
    plan_weights, scenario_path, scenarios_path, weights_path, weights_value, ProfileWeights,
    ScenarioEntry,
};

use crate::json::Value;
use crate::model::{Level, Post, Status};
use crate::path::JsonPath;
use crate::simulate::appeals::{AppealDraft, Decision};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One change of the document. Apply it with [`apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set (`Some`) or remove (`None`) a plain field: a name, a plan setting, a weight, a
    /// method parameter, a person's field, an event's level. Refused at the root and at
    /// places the other edits own (see [`EditError::Managed`]).
    SetField {
        /// Where (a typed path: never parsed from text here).
        at: JsonPath,
        /// The new value; `None` removes the field or element.
        value: Option<Value>,
    },

    // ---- Data entry: a unit's record for a period ----
    /// Set or clear one input of a record (`values.quality`, `coefficients.risk`,
    /// `events[0].note` …); a unit without a record for the period gets one; clearing
    /// prunes objects left empty (never array elements, never the record).
    SetRecordField {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
        /// Path inside the record (not its `unit` or `period`).
        field: JsonPath,
        /// The value; `None` clears it.
        value: Option<Value>,
    },
    /// Append to a list of a record (an event, an expert), creating list and record.
    PushRecordItem {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
        /// The list, inside the record (`events`, `panel.quality`).
        field: JsonPath,
        /// The new element.
        value: Value,
    },
    /// Remove element `index` of a list of a record (an event, an expert).
    RemoveRecordItem {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
        /// The list, inside the record.
        field: JsonPath,
        /// The element.
        index: usize,
    },
    /// Replace a record as a whole (a sandbox's trial record applied); same unit and period.
    ReplaceRecord {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
        /// The new record.
        record: Value,
    },
    /// Remove a unit's record for a period (the unit is then not assessed in it).
    RemoveRecord {
        /// Unit id.
        unit: String,
        /// Period id.
        period: String,
    },

    // ---- Units and people ----
    /// Add a unit (id new and not empty, profile one of the plan's).
    AddUnit {
        /// Id.
        id: String,
        /// Name.
        name: String,
        /// Level.
        level: Level,
        /// Weight profile id.
        profile: String,
    },
    /// Rename a unit's id in its records, people (own and host unit), history and appeals.
    RenameUnit {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a unit with its records, people, appeals and history scores; people seconded
    /// to it become regular staff of their own unit.
    RemoveUnit {
        /// Id.
        id: String,
    },
    /// Add a person (id: `next_id(doc, Kind::Person)`), status regular.
    AddPerson {
        /// Name.
        name: String,
        /// Own unit (must exist).
        unit: String,
        /// Post category.
        post: Post,
    },
    /// Set person `index`'s status; any status but seconded drops the host unit.
    SetPersonStatus {
        /// Position in `people`.
        index: usize,
        /// Status.
        status: Status,
    },
    /// Remove person `index`.
    RemovePerson {
        /// Position in `people`.
        index: usize,
    },

    // ---- Plan structure ----
    /// Add a dimension (`dim…`) with one direct indicator (`ind…`) weighing 100%, weight 0
    /// in every profile and scenario override.
    AddDimension {
        /// Its name.
        name: String,
        /// Its indicator's name.
        indicator_name: String,
    },
    /// Rename a dimension's id, in every profile's and scenario's weights.
    RenameDimension {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a dimension (not the last) with its indicators and its weights.
    RemoveDimension {
        /// Id.
        id: String,
    },
    /// Add an indicator (`ind…`, weight 0, direct) to a dimension.
    AddIndicator {
        /// Dimension id.
        dimension: String,
        /// Name.
        name: String,
    },
    /// Rename an indicator's id, in every record and appeal.
    RenameIndicator {
        /// Current id.
        id: String,
        /// New id (unique across the plan).
        new: String,
    },
    /// Remove an indicator (not the last of its dimension); its data stays.
    RemoveIndicator {
        /// Id.
        id: String,
    },
    /// Give an indicator a method kind with starting parameters (no change when it has it).
    SetMethod {
        /// Indicator id.
        indicator: String,
        /// Kind.
        kind: MethodKind,
    },
    /// Append a band `{min 0, score 0}` to an indicator's bands method.
    AddBand {
        /// Indicator id.
        indicator: String,
    },
    /// Remove band `index` (not the last) of an indicator's bands method.
    RemoveBand {
        /// Indicator id.
        indicator: String,
        /// Band.
        index: usize,
    },
    /// Add a profile (`profile…`) with the first profile's weights.
    AddProfile {
        /// Name.
        name: String,
    },
    /// Rename a profile's id, in units and scenario overrides.
    RenameProfile {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a profile (not the last) and its scenario overrides; units keep the id.
    RemoveProfile {
        /// Id.
        id: String,
    },
    /// Add a period (`period…`, weight 0).
    AddPeriod {
        /// Name.
        name: String,
    },
    /// Rename a period's id, in records and appeals.
    RenamePeriod {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a period (not the last); its records and appeals stay.
    RemovePeriod {
        /// Id.
        id: String,
    },
    /// Add a deduction level (`level…`, 0%, no review, no veto).
    AddLevel {
        /// Name.
        name: String,
    },
    /// Rename a deduction level's id, in every event.
    RenameLevel {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a deduction level; events of it stay.
    RemoveLevel {
        /// Id.
        id: String,
    },
    /// Swap a dimension, indicator (within its dimension), profile, period, level, unit or
    /// scenario with its neighbour.
    Move {
        /// Which list.
        kind: Kind,
        /// The item's id.
        id: String,
        /// Which way.
        direction: Direction,
    },
    /// Add a rater group or panel criterion (weight 0); the map must be spelled out.
    AddWeightKey {
        /// Which map.
        map: WeightMap,
        /// The new key.
        key: String,
    },
    /// Remove a rater group or panel criterion (not the last); data under it stays.
    RemoveWeightKey {
        /// Which map.
        map: WeightMap,
        /// The key.
        key: String,
    },
    /// Write a plan setting that the document leaves out with the scheme's defaults (no
    /// change when it is there).
    SpellOutDefault(Setting),
    /// Put every plan setting back at the scheme's defaults (structure and data kept).
    ResetSettings,

    // ---- Scenarios ----
    /// Add a scenario (id new: `next_id(doc, Kind::Scenario)`), with overrides for some
    /// profiles (empty: it scores like the plan).
    AddScenario {
        /// Id.
        id: String,
        /// Name.
        name: String,
        /// Overrides per profile.
        weights: ProfileWeights,
    },
    /// Add a copy of a scenario under a new id and name.
    CopyScenario {
        /// The scenario copied.
        from: String,
        /// The copy's id.
        id: String,
        /// The copy's name.
        name: String,
    },
    /// Rename a scenario's id.
    RenameScenario {
        /// Current id.
        id: String,
        /// New id.
        new: String,
    },
    /// Remove a scenario.
    RemoveScenario {
        /// Id.
        id: String,
    },
    /// Set (`Some`) or drop (`None`) a scenario's override of a profile's weights.
    SetScenarioWeights {
        /// Scenario id.
        scenario: String,
        /// Profile id.
        profile: String,
        /// Weight per dimension id (stored in plan order); `None`: the plan's again.
        weights: Option<BTreeMap<String, Decimal>>,
    },
    /// Set (`Some`) or clear (`None`) a grading override field of a scenario.
    SetScenarioGrading {
        /// Scenario id.
        scenario: String,
        /// The field.
        field: GradingField,
        /// The value as typed.
        value: Option<Value>,
    },

    // ---- Appeals (need a valid document) ----
    /// Record an appeal (`A…`, pending).
    RecordAppeal(AppealDraft),
    /// Decide a pending appeal (upheld: the requested value goes into the data).
    DecideAppeal {
        /// Appeal id.
        id: String,
        /// Decision.
        decision: Decision,
    },

    /// Several edits as one (one undo step): each applies to the result of the one before;
    /// the first refusal refuses them all.
    All(Vec<Edit>),
}

/// Up or down a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the start.
    Up,
    /// Towards the end.
    Down,
}

/// A map of weights keyed by an id that the data uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightMap {
    /// `plan.survey.groups` (keys in `records[].ratings[indicator]`).
    SurveyGroups,
    /// `plan.panel.criteria` (keys in `records[].panel[indicator][expert]`).
    PanelCriteria,
}

impl WeightMap {
    /// Where it is.
    pub fn path(self) -> JsonPath {
        let plan = JsonPath::root().key("plan");
        match self {
            WeightMap::SurveyGroups => plan.key("survey").key("groups"),
            WeightMap::PanelCriteria => plan.key("panel").key("criteria"),
        }
    }

    /// The kind of its keys.
    pub fn kind(self) -> Kind {
        match self {
            WeightMap::SurveyGroups => Kind::SurveyGroup,
            WeightMap::PanelCriteria => Kind::PanelCriterion,
        }
    }
}

/// An indicator's method kind (§1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// `linear`
    Linear,
    /// `bands`
    Bands,
    /// `minmax`
    MinMax,
    /// `zscore`
    ZScore,
    /// `direct`
    Direct,
    /// `survey`
    Survey,
    /// `panel`
    Panel,
}

impl MethodKind {
    /// Every kind, in the editor's order.
    pub const ALL: [MethodKind; 7] = [
        MethodKind::Linear,
        MethodKind::Bands,
        MethodKind::MinMax,
        MethodKind::ZScore,
        MethodKind::Direct,
        MethodKind::Survey,
        MethodKind::Panel,
    ];

    /// The word in files.
    pub fn word(self) -> &'static str {
        match self {
            MethodKind::Linear => "linear",
            MethodKind::Bands => "bands",
            MethodKind::MinMax => "minmax",
            MethodKind::ZScore => "zscore",
            MethodKind::Direct => "direct",
            MethodKind::Survey => "survey",
            MethodKind::Panel => "panel",
        }
    }

    /// The kind of a word in files.
    pub fn from_word(w: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.word() == w)
    }
}

/// A plan setting with a default (what [`Edit::ResetSettings`] puts back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// `survey`
    Survey,
    /// `panel`
    Panel,
    /// `deductions`
    Deductions,
    /// `coefficients`
    Coefficients,
    /// `bonus`
    Bonus,
    /// `grading`
    Grading,
    /// `warnings`
    Warnings,
    /// `audit_tolerance`
    AuditTolerance,
    /// `missing`
    Missing,
    /// `cohort`
    Cohort,
    /// `max_score`
    MaxScore,
    /// `core_largest`
    CoreLargest,
}

impl Setting {
    /// Every setting (everything in `plan` but the name, baseline, dimensions, profiles and
    /// periods).
    pub const ALL: [Setting; 12] = [
        Setting::Survey,
        Setting::Panel,
        Setting::Deductions,
        Setting::Coefficients,
        Setting::Bonus,
        Setting::Grading,
        Setting::Warnings,
        Setting::AuditTolerance,
        Setting::Missing,
        Setting::Cohort,
        Setting::MaxScore,
        Setting::CoreLargest,
    ];

    /// Its key in `plan`.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Survey => "survey",
            Setting::Panel => "panel",
            Setting::Deductions => "deductions",
            Setting::Coefficients => "coefficients",
            Setting::Bonus => "bonus",
            Setting::Grading => "grading",
            Setting::Warnings => "warnings",
            Setting::AuditTolerance => "audit_tolerance",
            Setting::Missing => "missing",
            Setting::Cohort => "cohort",
            Setting::MaxScore => "max_score",
            Setting::CoreLargest => "core_largest",
        }
    }

    /// The setting of a key.
    pub fn from_key(k: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == k)
    }
}

/// A grading setting a scenario may override, in the order the editor shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradingField {
    /// `excellent_share`
    ExcellentShare,
    /// `quota_rounding`
    QuotaRounding,
    /// `quota_min_one`
    QuotaMinOne,
    /// `excellent_min`
    ExcellentMin,
    /// `good_min`
    GoodMin,
    /// `pass_line`
    PassLine,
    /// `severe_line`
    SevereLine,
    /// `honour_min`
    HonourMin,
}

impl GradingField {
    /// Every field, in the editor's order.
    pub const ALL: [GradingField; 8] = [
        GradingField::ExcellentShare,
        GradingField::QuotaRounding,
        GradingField::QuotaMinOne,
        GradingField::ExcellentMin,
        GradingField::GoodMin,
        GradingField::PassLine,
        GradingField::SevereLine,
        GradingField::HonourMin,
    ];

    /// Its key in `grading`.
    pub fn key(self) -> &'static str {
        match self {
            GradingField::ExcellentShare => "excellent_share",
            GradingField::QuotaRounding => "quota_rounding",
            GradingField::QuotaMinOne => "quota_min_one",
            GradingField::ExcellentMin => "excellent_min",
            GradingField::GoodMin => "good_min",
            GradingField::PassLine => "pass_line",
            GradingField::SevereLine => "severe_line",
            GradingField::HonourMin => "honour_min",
        }
    }
}

/// Applies an edit and returns the new document.
///
/// No-op convention: an edit that changes nothing (a rename to the same id, clearing an
/// absent field, spelling out a setting that is there) returns `Ok` with a document equal
/// to `doc`; the caller compares (`new == *doc`) to keep its `Rc` and push no undo step —
/// or uses [`apply_changed`]. An `Err` means nothing was applied.
pub fn apply(doc: &Value, edit: &Edit) -> Result<Value, EditError> {
    use Edit as E;
    match edit {
        E::SetField { at, value } => field::set_field(doc, at, value.clone()),
        E::SetRecordField {
            unit,
            period,
            field,
            value,
        } => record::try_set_record_field(doc, unit, period, field, value.clone()),
        E::PushRecordItem {
            unit,
            period,
            field,
            value,
        } => record::try_push_record_item(doc, unit, period, field, value.clone()),
        E::RemoveRecordItem {
            unit,
            period,
            field,
            index,
        } => record::try_remove_record_item(doc, unit, period, field, *index),
        E::ReplaceRecord {
            unit,
            period,
            record,
        } => record::try_replace_record(doc, unit, period, record),
        E::RemoveRecord { unit, period } => record::try_remove_record(doc, unit, period),
        E::AddUnit {
            id,
            name,
            level,
            profile,
        } => record::add_unit(doc, id, name, *level, profile),
        E::RenameUnit { id, new } => record::rename_unit(doc, id, new),
        E::RemoveUnit { id } => record::try_remove_unit(doc, id),
        E::AddPerson { name, unit, post } => record::add_person(doc, name, unit, *post),
        E::SetPersonStatus { index, status } => record::set_person_status(doc, *index, *status),
        E::RemovePerson { index } => record::remove_person(doc, *index),
        E::AddDimension {
            name,
            indicator_name,
        } => plan::add_dimension(doc, name, indicator_name),
        E::RenameDimension { id, new } => plan::rename_dimension(doc, id, new),
        E::RemoveDimension { id } => plan::remove_dimension(doc, id),
        E::AddIndicator { dimension, name } => plan::add_indicator(doc, dimension, name),
        E::RenameIndicator { id, new } => plan::rename_indicator(doc, id, new),
        E::RemoveIndicator { id } => plan::remove_indicator(doc, id),
        E::SetMethod { indicator, kind } => plan::set_method(doc, indicator, *kind),
        E::AddBand { indicator } => plan::add_band(doc, indicator),
        E::RemoveBand { indicator, index } => plan::remove_band(doc, indicator, *index),
        E::AddProfile { name } => plan::add_profile(doc, name),
        E::RenameProfile { id, new } => plan::rename_profile(doc, id, new),
        E::RemoveProfile { id } => plan::remove_profile(doc, id),
        E::AddPeriod { name } => plan::add_period(doc, name),
        E::RenamePeriod { id, new } => plan::rename_period(doc, id, new),
        E::RemovePeriod { id } => plan::remove_period(doc, id),
        E::AddLevel { name } => plan::add_level(doc, name),
        E::RenameLevel { id, new } => plan::rename_level(doc, id, new),
        E::RemoveLevel { id } => plan::remove_level(doc, id),
        E::Move {
            kind,
            id,
            direction,
        } => plan::move_item(doc, *kind, id, *direction),
        E::AddWeightKey { map, key } => plan::add_weight_key(doc, *map, key),
        E::RemoveWeightKey { map, key } => plan::remove_weight_key(doc, *map, key),
        E::SpellOutDefault(s) => plan::spell_out_default(doc, *s),
        E::ResetSettings => plan::reset_settings(doc),
        E::AddScenario { id, name, weights } => scenario::add_scenario(doc, id, name, weights),
        E::CopyScenario { from, id, name } => scenario::copy_scenario(doc, from, id, name),
        E::RenameScenario { id, new } => scenario::rename_scenario(doc, id, new),
        E::RemoveScenario { id } => scenario::remove_scenario(doc, id),
        E::SetScenarioWeights {
            scenario,
            profile,
            weights,
        } => scenario::set_scenario_weights(doc, scenario, profile, weights.as_ref()),
        E::SetScenarioGrading {
            scenario,
            field,
            value,
        } => scenario::set_scenario_grading(doc, scenario, *field, value.clone()),
        E::RecordAppeal(draft) => appeal::record(doc, draft),
        E::DecideAppeal { id, decision } => appeal::decide_appeal(doc, id, *decision),
        E::All(edits) => edits.iter().try_fold(doc.clone(), |d, e| apply(&d, e)),
    }
}

/// [`apply`], with `Ok(None)` when the edit changes nothing.
pub fn apply_changed(doc: &Value, edit: &Edit) -> Result<Option<Value>, EditError> {
    let out = apply(doc, edit)?;
    Ok((out != *doc).then_some(out))
}
