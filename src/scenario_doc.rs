//! Scenario edits as edits of the workspace document (§8): where a scenario, its weights
//! and its grading override live in the JSON, what a new or copied scenario looks like, and
//! the weights a scenario puts in force for a profile. Pure: no browser, no arithmetic on
//! figures (the weights themselves come from `scorecard_engine::simulate::weights`).

use rust_decimal::Decimal;
use scorecard_engine::json::Value;
use scorecard_engine::model::Plan;
use scorecard_engine::number::parse_decimal;
use scorecard_engine::path::JsonPath;
use std::collections::BTreeMap;

/// The grading settings a scenario may override, in the order the editor shows them.
pub const GRADING_FIELDS: [&str; 8] = [
    "excellent_share",
    "quota_rounding",
    "quota_min_one",
    "excellent_min",
    "good_min",
    "pass_line",
    "severe_line",
    "honour_min",
];

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
pub fn grading_path(i: usize, field: &str) -> JsonPath {
    scenario_path(i).key("grading").key(field)
}

/// The scenarios of the document, in order.
pub fn entries(doc: &Value) -> Vec<ScenarioEntry> {
    let Some(Value::Array(items)) = doc.at(&scenarios_path()) else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .map(|(index, s)| ScenarioEntry {
            index,
            id: s
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            name: s
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
        })
        .collect()
}

/// The first id `s1`, `s2`, … that no scenario of the document has.
pub fn free_id(doc: &Value) -> String {
    let taken: Vec<String> = entries(doc).into_iter().map(|e| e.id).collect();
    (1..)
        .map(|k| format!("s{k}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// A new scenario: an id and a name, overriding nothing yet (it scores like the plan).
pub fn new_scenario(id: &str, name: &str) -> Value {
    Value::Object(vec![
        ("id".into(), Value::str(id)),
        ("name".into(), Value::str(name)),
        ("weights".into(), Value::Object(Vec::new())),
    ])
}

/// A copy of scenario `i` under a new id and name (weights and grading kept); `None` when
/// there is no scenario `i` or it is not an object.
pub fn copy_scenario(doc: &Value, i: usize, id: &str, name: &str) -> Option<Value> {
    let Value::Object(fields) = doc.at(&scenario_path(i))? else {
        return None;
    };
    let mut fields = fields.clone();
    for (k, v) in fields.iter_mut() {
        match k.as_str() {
            "id" => *v = Value::str(id),
            "name" => *v = Value::str(name),
            _ => {}
        }
    }
    Some(Value::Object(fields))
}

/// Weights as the document stores them: one string per dimension, in plan order, each as
/// the engine gave it (`"0.40"`).
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

/// The weights scenario `i` of the document gives `profile`, when it overrides it and they
/// read as decimals (a weight that does not read is left out).
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

/// The weights in force for `profile` under scenario `i`: the scenario's override, else the
/// plan's own profile; and whether they are the scenario's.
pub fn weights_in_force(
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

/// The plan's own weights of a profile (empty when there is no such profile).
pub fn plan_weights(plan: &Plan, profile: &str) -> BTreeMap<String, Decimal> {
    plan.profiles
        .iter()
        .find(|p| p.id == profile)
        .map(|p| p.weights.clone())
        .unwrap_or_default()
}

/// The text of a grading override field as the document holds it (`None`: not overridden).
pub fn grading_text(doc: &Value, i: usize, field: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    fn doc() -> Value {
        json::parse(EXAMPLE_WORKSPACE).unwrap()
    }

    #[test]
    fn reads_the_example_scenarios() {
        let d = doc();
        let e = entries(&d);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].id, "special");
        assert_eq!(free_id(&d), "s1");
        let plan = parse_workspace(EXAMPLE_WORKSPACE).unwrap().plan;
        let (w, own) = weights_in_force(&d, &plan, 0, "standard");
        assert!(own);
        assert_eq!(w["risk"].to_string(), "0.20");
        let (w, own) = weights_in_force(&d, &plan, 0, "technical");
        assert!(!own);
        assert_eq!(w["innovation"].to_string(), "0.25");
        assert_eq!(
            grading_text(&d, 0, "excellent_share").as_deref(),
            Some("0.15")
        );
        assert_eq!(grading_text(&d, 0, "pass_line"), None);
    }

    #[test]
    fn new_copy_and_weights_keep_the_document_valid() {
        let mut d = doc();
        let plan = parse_workspace(EXAMPLE_WORKSPACE).unwrap().plan;
        let id = free_id(&d);
        assert!(d.push_at(&scenarios_path(), new_scenario(&id, "新情景 1")));
        let copy = copy_scenario(&d, 0, "s2", "特殊时期(副本)").unwrap();
        assert!(d.push_at(&scenarios_path(), copy));
        let w: BTreeMap<String, Decimal> = [
            ("task", "0.50"),
            ("team", "0.20"),
            ("innovation", "0.20"),
            ("risk", "0.10"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect();
        assert!(d.set_at(&weights_path(1, "technical"), weights_value(&plan, &w)));
        let ws = scorecard_engine::parse::workspace_from_value(&d).unwrap();
        assert_eq!(ws.scenarios.len(), 3);
        assert_eq!(ws.scenarios[2].name, "特殊时期(副本)");
        assert_eq!(
            ws.scenarios[2].grading.excellent_share,
            Some("0.15".parse().unwrap())
        );
        assert_eq!(ws.scenarios[1].weights["technical"], w);
        assert_eq!(free_id(&d), "s3");
        // Stored in plan order, as strings.
        assert_eq!(
            d.at(&weights_path(1, "technical")).unwrap().to_compact(),
            r#"{"task":"0.50","team":"0.20","innovation":"0.20","risk":"0.10"}"#
        );
        assert_eq!(copy_scenario(&d, 9, "x", "y"), None);
    }
}
