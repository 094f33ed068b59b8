//! Scenarios in the document (§8): where a scenario, its weights and its grading override
//! live, the scenarios as the document holds them, the weights a scenario puts in force
//! for a profile as typed; and the edits: add, copy, rename, remove a scenario, set or
//! reset a profile's weights, set or clear a grading override field.

use super::doc::{array_mut, array_or_new, items, obj, position, set_or_remove, str_of};
use super::error::{EditError, Kind};
use super::ids::check_new_id;
use super::GradingField;
use crate::json::Value;
use crate::model::Plan;
use crate::number::parse_decimal;
use crate::path::JsonPath;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Weights per profile id, per dimension id.
pub type ProfileWeights = BTreeMap<String, BTreeMap<String, Decimal>>;

/// A scenario as the document holds it (it may be invalid: id or name as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioEntry {
    /// Position in `scenarios`.
    pub index: usize,
    /// Id (empty when missing or not a string).
    pub id: String,
    /// Name (empty when missing or not a string).
    pub name: String,
}

/// `scenarios`.
pub fn scenarios_path() -> JsonPath {
    JsonPath::root().key("scenarios")
}

/// `scenarios[i]`.
pub fn scenario_path(i: usize) -> JsonPath {
    scenarios_path().index(i)
}

/// `scenarios[i].name`.
pub fn name_path(i: usize) -> JsonPath {
    scenario_path(i).key("name")
}

/// `scenarios[i].weights.<profile>`.
pub fn weights_path(i: usize, profile: &str) -> JsonPath {
    scenario_path(i).key("weights").key(profile)
}

/// `scenarios[i].grading.<field>`.
pub fn grading_path(i: usize, field: GradingField) -> JsonPath {
    scenario_path(i).key("grading").key(field.key())
}

/// The scenarios of the document, in order.
pub fn entries(doc: &Value) -> Vec<ScenarioEntry> {
    items(doc, &scenarios_path())
        .iter()
        .enumerate()
        .map(|(index, s)| ScenarioEntry {
            index,
            id: str_of(s, "id").unwrap_or_default().to_string(),
            name: str_of(s, "name").unwrap_or_default().to_string(),
        })
        .collect()
}

/// Weights as the document stores them: one string per dimension, in the plan's order of
/// dimensions, each as the engine gave it (`"0.40"`); weights of other ids are left out.
pub fn weights_value(plan: &Plan, weights: &BTreeMap<String, Decimal>) -> Value {
    Value::Object(
        plan.dimensions
            .iter()
            .filter_map(|d| {
                weights
                    .get(&d.id)
                    .map(|w| (d.id.clone(), Value::str(w.to_string())))
            })
            .collect(),
    )
}

/// The weights scenario `i` of the document gives `profile`, when it overrides it; a
/// weight that does not read as a decimal is left out (validation reports it).
pub fn overridden_weights(
    doc: &Value,
    i: usize,
    profile: &str,
) -> Option<BTreeMap<String, Decimal>> {
    let Value::Object(fields) = doc.at(&weights_path(i, profile))? else {
        return None;
    };
    Some(
        fields
            .iter()
            .filter_map(|(k, v)| decimal_of(v).map(|d| (k.clone(), d)))
            .collect(),
    )
}

/// The plan's own weights of a profile (empty when there is no such profile).
pub fn plan_weights(plan: &Plan, profile: &str) -> BTreeMap<String, Decimal> {
    plan.profile(profile)
        .map(|p| p.weights.clone())
        .unwrap_or_default()
}

/// The weights in force for `profile` under scenario `i` *of the document* (as typed, so
/// while the document is invalid): the scenario's override, else the plan's profile; and
/// whether they are the scenario's. On a valid workspace this is what
/// [`crate::score::period::weights_in_force`] gives for the profile.
pub fn doc_weights_in_force(
    doc: &Value,
    plan: &Plan,
    i: usize,
    profile: &str,
) -> (BTreeMap<String, Decimal>, bool) {
    match overridden_weights(doc, i, profile) {
        Some(w) => (w, true),
        None => (plan_weights(plan, profile), false),
    }
}

/// The text of a grading override field as the document holds it (`None`: not overridden).
pub fn grading_text(doc: &Value, i: usize, field: GradingField) -> Option<String> {
    match doc.at(&grading_path(i, field))? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => None,
        other => Some(other.to_compact()),
    }
}

fn decimal_of(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(s) | Value::Number(s) => parse_decimal(s).ok(),
        _ => None,
    }
}

/// The dimension ids of the document's plan, in order.
fn dimension_ids(doc: &Value) -> Vec<String> {
    super::ids::ids(doc, Kind::Dimension)
}

/// Weights as stored, in the document's order of dimensions; refuses a weight for an id
/// that is not a dimension (it would be dropped).
fn stored_weights(doc: &Value, w: &BTreeMap<String, Decimal>) -> Result<Value, EditError> {
    let dims = dimension_ids(doc);
    if let Some(k) = w.keys().find(|k| !dims.contains(k)) {
        return Err(EditError::NotFound {
            kind: Kind::Dimension,
            id: k.clone(),
        });
    }
    Ok(Value::Object(
        dims.iter()
            .filter_map(|d| w.get(d).map(|x| (d.clone(), Value::str(x.to_string()))))
            .collect(),
    ))
}

fn check_profile(doc: &Value, profile: &str) -> Result<(), EditError> {
    if super::ids::id_taken(doc, Kind::Profile, profile) {
        Ok(())
    } else {
        Err(EditError::NotFound {
            kind: Kind::Profile,
            id: profile.to_string(),
        })
    }
}

/// Appends a scenario with a new id, a name and overrides for some profiles (none: it
/// scores like the plan).
pub(super) fn add_scenario(
    doc: &Value,
    id: &str,
    name: &str,
    weights: &ProfileWeights,
) -> Result<Value, EditError> {
    check_new_id(doc, Kind::Scenario, id)?;
    let mut overrides = Vec::new();
    for (profile, w) in weights {
        check_profile(doc, profile)?;
        overrides.push((profile.clone(), stored_weights(doc, w)?));
    }
    let mut out = doc.clone();
    array_or_new(&mut out, &scenarios_path())?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("weights", Value::Object(overrides)),
    ]));
    Ok(out)
}

/// Appends a copy of scenario `from` under a new id and name (weights and grading kept).
pub(super) fn copy_scenario(
    doc: &Value,
    from: &str,
    id: &str,
    name: &str,
) -> Result<Value, EditError> {
    let i = position(doc, &scenarios_path(), Kind::Scenario, from)?;
    check_new_id(doc, Kind::Scenario, id)?;
    let Some(Value::Object(fields)) = doc.at(&scenario_path(i)) else {
        return Err(EditError::NotAnObject {
            at: scenario_path(i),
        });
    };
    let mut fields = fields.clone();
    for (k, v) in fields.iter_mut() {
        match k.as_str() {
            "id" => *v = Value::str(id),
            "name" => *v = Value::str(name),
            _ => {}
        }
    }
    let mut out = doc.clone();
    array_mut(&mut out, &scenarios_path())?.push(Value::Object(fields));
    Ok(out)
}

/// Renames a scenario's id (nothing in the document refers to a scenario).
pub(super) fn rename_scenario(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let i = position(doc, &scenarios_path(), Kind::Scenario, id)?;
    if id == new {
        return Ok(doc.clone());
    }
    check_new_id(doc, Kind::Scenario, new)?;
    let mut out = doc.clone();
    out.set_at(&scenario_path(i).key("id"), Value::str(new));
    Ok(out)
}

/// Removes a scenario.
pub(super) fn remove_scenario(doc: &Value, id: &str) -> Result<Value, EditError> {
    let i = position(doc, &scenarios_path(), Kind::Scenario, id)?;
    let mut out = doc.clone();
    array_mut(&mut out, &scenarios_path())?.remove(i);
    Ok(out)
}

/// Sets (`Some`) a scenario's override of a profile's weights, stored in plan order, or
/// removes it (`None`: the profile scores with the plan's weights again).
pub(super) fn set_scenario_weights(
    doc: &Value,
    scenario: &str,
    profile: &str,
    weights: Option<&BTreeMap<String, Decimal>>,
) -> Result<Value, EditError> {
    let i = position(doc, &scenarios_path(), Kind::Scenario, scenario)?;
    let at = weights_path(i, profile);
    let stored = match weights {
        Some(w) => {
            check_profile(doc, profile)?;
            Some(stored_weights(doc, w)?)
        }
        None => None,
    };
    let mut out = doc.clone();
    set_or_remove(&mut out, &at, stored)?;
    Ok(out)
}

/// Sets (`Some`) or clears (`None`) one grading override field of a scenario.
pub(super) fn set_scenario_grading(
    doc: &Value,
    scenario: &str,
    field: GradingField,
    value: Option<Value>,
) -> Result<Value, EditError> {
    let i = position(doc, &scenarios_path(), Kind::Scenario, scenario)?;
    let at = grading_path(i, field);
    let mut out = doc.clone();
    set_or_remove(&mut out, &at, value)?;
    Ok(out)
}
