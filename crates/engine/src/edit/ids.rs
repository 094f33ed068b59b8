//! The one free-id rule: `prefix1`, `prefix2`, … the first not taken.
//!
//! It replaces three copies that behaved the same on every reachable input (the app's
//! `plan_edit::fresh_id` and `scenario_doc::free_id`, and `edit::free_id` here; the
//! appeals' `A1, A2 …` is a fourth): all count from 1, all compare ids exactly, all
//! ignore non-string ids. They differed only past the end of the counter (one looped on,
//! one fell back to the bare prefix, one to an empty id), which cannot happen in practice;
//! this one counts in `u64` and falls back to the bare prefix.

use super::doc::{items, str_of};
use super::error::Kind;
use crate::json::Value;
use crate::path::JsonPath;

/// The first of `prefix1`, `prefix2`, … that is not in `taken`.
pub fn free_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: std::collections::BTreeSet<&str> = taken.into_iter().collect();
    (1..=u64::MAX)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| prefix.to_string())
}

/// The prefix of new ids of a kind (`u`, `p`, `dim`, `ind`, `profile`, `period`, `level`,
/// `s`, `A`); `None` for kinds without ids of their own.
pub fn prefix(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Unit => "u",
        Kind::Person => "p",
        Kind::Dimension => "dim",
        Kind::Indicator => "ind",
        Kind::Profile => "profile",
        Kind::Period => "period",
        Kind::Level => "level",
        Kind::Scenario => "s",
        Kind::Appeal => "A",
        Kind::Record | Kind::SurveyGroup | Kind::PanelCriterion | Kind::Item => return None,
    })
}

/// The path of the list that holds the items of a kind with ids (indicators: none, they
/// live in each dimension; see [`ids`]).
pub fn list_path(kind: Kind) -> Option<JsonPath> {
    let root = JsonPath::root();
    Some(match kind {
        Kind::Unit => root.key("units"),
        Kind::Person => root.key("people"),
        Kind::Record => root.key("records"),
        Kind::Dimension => root.key("plan").key("dimensions"),
        Kind::Profile => root.key("plan").key("profiles"),
        Kind::Period => root.key("plan").key("periods"),
        Kind::Level => root.key("plan").key("deductions").key("levels"),
        Kind::Scenario => root.key("scenarios"),
        Kind::Appeal => root.key("appeals"),
        Kind::Indicator | Kind::SurveyGroup | Kind::PanelCriterion | Kind::Item => return None,
    })
}

/// Every id of a kind in the document, in order (string ids only; indicators across the
/// whole plan; rater groups and criteria: their keys).
pub fn ids(doc: &Value, kind: Kind) -> Vec<String> {
    let keys = |at: JsonPath| match doc.at(&at) {
        Some(Value::Object(fields)) => fields.iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    match kind {
        Kind::Indicator => super::plan::indicator_ids(doc),
        Kind::SurveyGroup => keys(super::WeightMap::SurveyGroups.path()),
        Kind::PanelCriterion => keys(super::WeightMap::PanelCriteria.path()),
        _ => match list_path(kind) {
            Some(at) => items(doc, &at)
                .iter()
                .filter_map(|x| str_of(x, "id").map(str::to_string))
                .collect(),
            None => Vec::new(),
        },
    }
}

/// Whether an item of the kind has this id.
pub fn id_taken(doc: &Value, kind: Kind, id: &str) -> bool {
    ids(doc, kind).iter().any(|x| x == id)
}

/// The id an `Add…` edit gives the new item of this kind (`u1`, `dim2`, `s3` …): the
/// first free one. The app shows or selects it before dispatching the edit.
pub fn next_id(doc: &Value, kind: Kind) -> String {
    let taken = ids(doc, kind);
    free_id(
        prefix(kind).unwrap_or_default(),
        taken.iter().map(String::as_str),
    )
}

/// Checks a new id for a kind: not empty, not taken.
pub(super) fn check_new_id(doc: &Value, kind: Kind, id: &str) -> Result<(), super::EditError> {
    if id.trim().is_empty() {
        return Err(super::EditError::EmptyId { kind });
    }
    if id_taken(doc, kind, id) {
        return Err(super::EditError::IdTaken {
            kind,
            id: id.to_string(),
        });
    }
    Ok(())
}
