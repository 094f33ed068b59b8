//! Structural edits of the plan in the workspace document: adding, removing, moving and
//! renaming dimensions, indicators, profiles, periods and deduction levels, keeping every
//! reference to them in step (profile weights, scenario weights, units, records). Each takes
//! the document and returns the edited copy, for one `Action::Replace` (one undo step).
//!
//! Pure and arithmetic-free: these move JSON values around; the engine validates the result
//! and any remaining problem shows at its path.

use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;

fn path(text: &str) -> JsonPath {
    JsonPath::parse(text).unwrap_or_default()
}

fn items(doc: &Value, at: &str) -> Vec<Value> {
    match doc.at(&path(at)) {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn ids_of(doc: &Value, at: &str) -> Vec<String> {
    items(doc, at)
        .iter()
        .filter_map(|v| v.get("id").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// The first of `prefix1`, `prefix2`, … not in `taken`.
pub fn fresh_id(prefix: &str, taken: &[String]) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.iter().any(|t| t == id))
        .unwrap_or_else(|| prefix.to_string())
}

fn obj(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Every indicator id of the plan.
fn indicator_ids(doc: &Value) -> Vec<String> {
    items(doc, "plan.dimensions")
        .iter()
        .flat_map(|d| match d.get("indicators") {
            Some(Value::Array(inds)) => inds
                .iter()
                .filter_map(|i| i.get("id").and_then(Value::as_str).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// A method object of `kind` with starting parameters (a kind of the format, else direct).
pub fn method_for_kind(kind: &str) -> Value {
    let s = Value::str;
    match kind {
        "linear" => obj(vec![
            ("kind", s("linear")),
            ("worst", s("0")),
            ("best", s("1")),
        ]),
        "bands" => obj(vec![
            ("kind", s("bands")),
            (
                "bands",
                Value::Array(vec![
                    obj(vec![("min", s("0.9")), ("score", s("100"))]),
                    obj(vec![("min", s("0.6")), ("score", s("60"))]),
                ]),
            ),
        ]),
        "minmax" | "zscore" => obj(vec![("kind", s(kind)), ("better", s("higher"))]),
        "survey" | "panel" => obj(vec![("kind", s(kind))]),
        _ => obj(vec![("kind", s("direct"))]),
    }
}

/// Renames the key `old` to `new` in the object at `at` (keeping its place); nothing when
/// absent.
fn rename_key(doc: &mut Value, at: &JsonPath, old: &str, new: &str) {
    if let Some(Value::Object(fields)) = doc.at_mut_or_create_existing(at) {
        for (k, _) in fields.iter_mut() {
            if k == old {
                *k = new.to_string();
            }
        }
    }
}

/// Mutable access without creating anything.
trait AtExisting {
    fn at_mut_or_create_existing(&mut self, at: &JsonPath) -> Option<&mut Value>;
}

impl AtExisting for Value {
    fn at_mut_or_create_existing(&mut self, at: &JsonPath) -> Option<&mut Value> {
        self.at(at)?;
        self.at_mut_or_create(at)
    }
}

/// Each profile's and each scenario's weight object (paths).
fn weight_objects(doc: &Value) -> Vec<JsonPath> {
    let mut out: Vec<JsonPath> = (0..items(doc, "plan.profiles").len())
        .map(|i| path("plan.profiles").index(i).key("weights"))
        .collect();
    for (i, sc) in items(doc, "scenarios").iter().enumerate() {
        if let Some(Value::Object(ws)) = sc.get("weights") {
            for (profile, _) in ws {
                out.push(path("scenarios").index(i).key("weights").key(profile));
            }
        }
    }
    out
}

/// Appends a dimension (id `dim1`, `dim2` …, band 0–100%, one direct indicator weighing
/// 100%) and gives it a weight of 0 in every profile and scenario, so the sums still hold.
pub fn add_dimension(doc: &Value, name: &str, indicator_name: &str) -> Value {
    let mut d = doc.clone();
    let id = fresh_id("dim", &ids_of(doc, "plan.dimensions"));
    let ind = fresh_id("ind", &indicator_ids(doc));
    let dim = obj(vec![
        ("id", Value::str(&id)),
        ("name", Value::str(name)),
        ("band", Value::Array(vec![Value::str("0"), Value::str("1")])),
        (
            "indicators",
            Value::Array(vec![obj(vec![
                ("id", Value::str(ind)),
                ("name", Value::str(indicator_name)),
                ("weight", Value::str("1")),
                ("method", method_for_kind("direct")),
            ])]),
        ),
    ]);
    d.push_at(&path("plan.dimensions"), dim);
    for w in weight_objects(doc) {
        d.set_at(&w.key(&id), Value::str("0"));
    }
    d
}

/// Removes dimension `i` and its weight from every profile and scenario.
pub fn remove_dimension(doc: &Value, i: usize) -> Value {
    let mut d = doc.clone();
    let at = path("plan.dimensions").index(i);
    let id = doc
        .at(&at.key("id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    d.remove_at(&at);
    if let Some(id) = id {
        for w in weight_objects(doc) {
            d.remove_at(&w.key(&id));
        }
    }
    d
}

/// Renames dimension `i` to `new`, and its key in every profile and scenario.
pub fn rename_dimension(doc: &Value, i: usize, new: &str) -> Value {
    let mut d = doc.clone();
    let at = path("plan.dimensions").index(i).key("id");
    let old = doc.at(&at).and_then(Value::as_str).map(str::to_string);
    d.set_at(&at, Value::str(new));
    if let Some(old) = old {
        for w in weight_objects(doc) {
            rename_key(&mut d, &w, &old, new);
        }
    }
    d
}

/// Swaps element `i` of the array at `at` with its neighbour (`up`: the one before).
/// Unchanged when there is no such neighbour.
pub fn move_item(doc: &Value, at: &str, i: usize, up: bool) -> Value {
    let mut d = doc.clone();
    if let Some(Value::Array(list)) = d.at_mut_or_create_existing(&path(at)) {
        let j = if up {
            i.checked_sub(1)
        } else {
            i.checked_add(1)
        };
        if let Some(j) = j.filter(|j| *j < list.len() && i < list.len()) {
            list.swap(i, j);
        }
    }
    d
}

/// Appends an indicator (weight 0, direct) to dimension `i`.
pub fn add_indicator(doc: &Value, i: usize, name: &str) -> Value {
    let mut d = doc.clone();
    let id = fresh_id("ind", &indicator_ids(doc));
    d.push_at(
        &path("plan.dimensions").index(i).key("indicators"),
        obj(vec![
            ("id", Value::str(id)),
            ("name", Value::str(name)),
            ("weight", Value::str("0")),
            ("method", method_for_kind("direct")),
        ]),
    );
    d
}

/// Renames indicator `k` of dimension `i`, and its key in every record.
pub fn rename_indicator(doc: &Value, i: usize, k: usize, new: &str) -> Value {
    let mut d = doc.clone();
    let at = path("plan.dimensions")
        .index(i)
        .key("indicators")
        .index(k)
        .key("id");
    let old = doc.at(&at).and_then(Value::as_str).map(str::to_string);
    d.set_at(&at, Value::str(new));
    if let Some(old) = old {
        for r in 0..items(doc, "records").len() {
            for part in ["values", "planned", "ratings", "panel"] {
                rename_key(&mut d, &path("records").index(r).key(part), &old, new);
            }
        }
    }
    d
}

/// Appends a profile with the first profile's weights (so its sum starts at 100%).
pub fn add_profile(doc: &Value, name: &str) -> Value {
    let mut d = doc.clone();
    let id = fresh_id("profile", &ids_of(doc, "plan.profiles"));
    let weights = doc
        .at(&path("plan.profiles[0].weights"))
        .cloned()
        .unwrap_or(Value::Object(Vec::new()));
    d.push_at(
        &path("plan.profiles"),
        obj(vec![
            ("id", Value::str(id)),
            ("name", Value::str(name)),
            ("weights", weights),
        ]),
    );
    d
}

/// Renames profile `i`, in the units that use it and the scenarios that override it.
pub fn rename_profile(doc: &Value, i: usize, new: &str) -> Value {
    let mut d = doc.clone();
    let at = path("plan.profiles").index(i).key("id");
    let old = doc.at(&at).and_then(Value::as_str).map(str::to_string);
    d.set_at(&at, Value::str(new));
    if let Some(old) = old {
        for (u, unit) in items(doc, "units").iter().enumerate() {
            if unit.get("profile").and_then(Value::as_str) == Some(old.as_str()) {
                d.set_at(&path("units").index(u).key("profile"), Value::str(new));
            }
        }
        for s in 0..items(doc, "scenarios").len() {
            rename_key(
                &mut d,
                &path("scenarios").index(s).key("weights"),
                &old,
                new,
            );
        }
    }
    d
}

/// Appends a period (weight 0).
pub fn add_period(doc: &Value, name: &str) -> Value {
    let mut d = doc.clone();
    let id = fresh_id("period", &ids_of(doc, "plan.periods"));
    d.push_at(
        &path("plan.periods"),
        obj(vec![
            ("id", Value::str(id)),
            ("name", Value::str(name)),
            ("weight", Value::str("0")),
        ]),
    );
    d
}

/// Renames period `i`, in every record and appeal of it.
pub fn rename_period(doc: &Value, i: usize, new: &str) -> Value {
    let mut d = doc.clone();
    let at = path("plan.periods").index(i).key("id");
    let old = doc.at(&at).and_then(Value::as_str).map(str::to_string);
    d.set_at(&at, Value::str(new));
    if let Some(old) = old {
        for list in ["records", "appeals"] {
            for (r, rec) in items(doc, list).iter().enumerate() {
                if rec.get("period").and_then(Value::as_str) == Some(old.as_str()) {
                    d.set_at(&path(list).index(r).key("period"), Value::str(new));
                }
            }
        }
    }
    d
}

/// How many records refer to period `i` (shown before removing it).
pub fn records_in_period(doc: &Value, i: usize) -> usize {
    let id = doc
        .at(&path("plan.periods").index(i).key("id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    items(doc, "records")
        .iter()
        .filter(|r| id.is_some() && r.get("period").and_then(Value::as_str) == id.as_deref())
        .count()
}

/// Appends a deduction level (0%, no review, no veto).
pub fn add_level(doc: &Value, name: &str) -> Value {
    let mut d = doc.clone();
    let id = fresh_id("level", &ids_of(doc, "plan.deductions.levels"));
    d.push_at(
        &path("plan.deductions.levels"),
        obj(vec![
            ("id", Value::str(id)),
            ("name", Value::str(name)),
            ("pct", Value::str("0")),
            ("special_review", Value::Bool(false)),
            ("veto", Value::Bool(false)),
        ]),
    );
    d
}

/// Renames deduction level `i`, in every event that has it.
pub fn rename_level(doc: &Value, i: usize, new: &str) -> Value {
    let mut d = doc.clone();
    let at = path("plan.deductions.levels").index(i).key("id");
    let old = doc.at(&at).and_then(Value::as_str).map(str::to_string);
    d.set_at(&at, Value::str(new));
    if let Some(old) = old {
        for (r, rec) in items(doc, "records").iter().enumerate() {
            if let Some(Value::Array(events)) = rec.get("events") {
                for (e, ev) in events.iter().enumerate() {
                    if ev.get("level").and_then(Value::as_str) == Some(old.as_str()) {
                        let p = path("records").index(r).key("events").index(e).key("level");
                        d.set_at(&p, Value::str(new));
                    }
                }
            }
        }
    }
    d
}

/// The plan settings that [`reset_settings`] puts back (everything but the name,
/// baseline, dimensions, profiles and periods).
pub const SETTINGS: [&str; 12] = [
    "survey",
    "panel",
    "deductions",
    "coefficients",
    "bonus",
    "grading",
    "warnings",
    "audit_tolerance",
    "missing",
    "cohort",
    "max_score",
    "core_largest",
];

/// The document with the plan's settings back at the scheme's defaults; name, baseline,
/// dimensions, profiles, periods, units and data kept.
pub fn reset_settings(doc: &Value) -> Value {
    let defaults = crate::demo::empty_doc("", 2026);
    let mut d = doc.clone();
    for key in SETTINGS {
        let at = path("plan").key(key);
        if let Some(v) = defaults.at(&at) {
            d.set_at(&at, v.clone());
        }
    }
    d
}

/// The scheme's default for a plan setting (`grading.pass_line`, `survey` …), as a new
/// plan holds it.
pub fn default_setting(at: &str) -> Option<Value> {
    let defaults = crate::demo::empty_doc("", 2026);
    defaults.get("plan")?.at(&JsonPath::parse(at)?).cloned()
}

/// The document with the plan setting `key` (an object such as `survey`) written out with
/// the scheme's defaults, so that its fields can be edited one by one without the others
/// silently dropping out.
pub fn spell_out_default(doc: &Value, key: &str) -> Value {
    let mut d = doc.clone();
    if let Some(v) = default_setting(key) {
        d.set_at(&path("plan").key(key), v);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::{json, parse, score, Query, EXAMPLE_WORKSPACE};

    fn example() -> Value {
        json::parse(EXAMPLE_WORKSPACE).unwrap()
    }

    fn valid(doc: &Value) -> scorecard_engine::Workspace {
        match parse::workspace_from_value(doc) {
            Ok(ws) => ws,
            Err(e) => panic!("{e}"),
        }
    }

    fn at<'a>(doc: &'a Value, p: &str) -> Option<&'a Value> {
        doc.at(&path(p))
    }

    #[test]
    fn fresh_ids_skip_taken_ones() {
        assert_eq!(fresh_id("dim", &[]), "dim1");
        assert_eq!(fresh_id("dim", &["dim1".into(), "dim3".into()]), "dim2");
    }

    #[test]
    fn adding_and_removing_a_dimension_keeps_the_workspace_valid() {
        let d = add_dimension(&example(), "新维度", "新指标");
        let ws = valid(&d);
        assert_eq!(ws.plan.dimensions.len(), 5);
        assert_eq!(ws.plan.dimensions[4].id, "dim1");
        assert_eq!(
            at(&d, "plan.profiles[1].weights.dim1"),
            Some(&Value::str("0"))
        );
        assert_eq!(
            at(&d, "scenarios[0].weights.standard.dim1"),
            Some(&Value::str("0"))
        );
        let back = remove_dimension(&d, 4);
        assert_eq!(back, example());
    }

    #[test]
    fn renaming_keeps_references() {
        let d = rename_dimension(&example(), 1, "teamwork");
        let ws = valid(&d);
        assert!(ws.plan.profiles[0].weights.contains_key("teamwork"));
        // teamwork no longer earns the collaboration award (READING: by id), but scores.
        let d = rename_indicator(&d, 0, 1, "qual");
        let ws = valid(&d);
        assert!(ws.records[0].values.contains_key("qual"));
        let d = rename_profile(&d, 0, "std");
        let ws = valid(&d);
        assert_eq!(ws.units[0].profile, "std");
        assert!(ws.scenarios[0].weights.contains_key("std"));
        let d = rename_period(&d, 0, "Q1");
        let ws = valid(&d);
        assert_eq!(ws.records[0].period, "Q1");
        let d = rename_level(&d, 0, "minor");
        let ws = valid(&d);
        assert_eq!(ws.records[0].events[0].level, "minor");
        // Same figures as before: zd1 90.46 in the first period.
        let rs = score(&ws, &Query::period("Q1")).unwrap();
        assert_eq!(rs.unit("zd1").unwrap().score.to_string(), "90.46");
    }

    #[test]
    fn moving_swaps_neighbours_only() {
        let d = move_item(&example(), "plan.periods", 1, true);
        assert_eq!(at(&d, "plan.periods[0].id"), Some(&Value::str("2026Q2")));
        assert_eq!(move_item(&example(), "plan.periods", 0, true), example());
        assert_eq!(move_item(&example(), "plan.periods", 4, false), example());
        assert_eq!(move_item(&example(), "nothing", 0, false), example());
    }

    #[test]
    fn added_items_start_harmless() {
        let d = add_indicator(&example(), 3, "新指标");
        valid(&d); // weight 0: the dimension still sums to 1
        let d = add_profile(&d, "新方案");
        let ws = valid(&d);
        assert_eq!(ws.plan.profiles[2].id, "profile1");
        assert_eq!(ws.plan.profiles[2].weights, ws.plan.profiles[0].weights);
        let d = add_level(&d, "轻微");
        valid(&d);
        let d = add_period(&d, "补充期");
        valid(&d); // weight 0: the periods still sum to 1
        assert_eq!(records_in_period(&d, 0), 1);
        assert_eq!(records_in_period(&d, 5), 0);
    }

    #[test]
    fn every_method_kind_starts_valid() {
        for kind in [
            "linear", "bands", "minmax", "zscore", "direct", "survey", "panel",
        ] {
            let mut d = example();
            // the 'plans' indicator (risk) has a value in the record; only value kinds keep
            // the record valid, so test on a fresh indicator without data
            d = add_indicator(&d, 3, "x");
            d.set_at(
                &path("plan.dimensions[3].indicators[2].method"),
                method_for_kind(kind),
            );
            valid(&d);
        }
    }

    #[test]
    fn defaults_are_spelled_out() {
        assert_eq!(default_setting("grading.pass_line"), Some(Value::str("60")));
        let mut d = example();
        d.remove_at(&path("plan.survey"));
        valid(&d);
        let d = spell_out_default(&d, "survey");
        assert_eq!(at(&d, "plan.survey.groups.peer"), Some(&Value::str("0.3")));
        valid(&d);
    }

    #[test]
    fn reset_settings_keeps_the_structure() {
        let mut d = example();
        d.set_at(&path("plan.grading.pass_line"), Value::str("70"));
        d.set_at(&path("plan.missing"), Value::str("zero"));
        let r = reset_settings(&d);
        let ws = valid(&r);
        assert_eq!(ws.plan.grading.pass_line.to_string(), "60");
        assert_eq!(
            ws.plan.missing,
            scorecard_engine::model::MissingPolicy::Exclude
        );
        assert_eq!(ws.plan.name, "2026年度總隊目標考核");
        assert_eq!(ws.records.len(), 1);
    }
}
