//! What the data screen's lists show, as plain functions: the units of the document, the
//! periods a unit has data for, how an added unit or person looks, and what leaving
//! secondment does to a person.

use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Period;
use scorecard_engine::path::JsonPath;

/// A unit as the document has it now (it may be invalid).
#[derive(Clone, PartialEq, Debug)]
pub struct DocUnit {
    /// Id.
    pub id: String,
    /// Name (the id when empty).
    pub name: String,
    /// Level word.
    pub level: String,
}

/// The units of the document, in order.
pub fn doc_units(doc: &Value) -> Vec<DocUnit> {
    list(doc, "units")
        .iter()
        .filter_map(|u| {
            let id = u.get("id").and_then(Value::as_str)?.to_string();
            let name = u
                .get("name")
                .and_then(Value::as_str)
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(&id)
                .to_string();
            let level = u
                .get("level")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            Some(DocUnit { id, name, level })
        })
        .collect()
}

/// The elements of the array `key` of the document (none when it is not an array).
pub fn list(doc: &Value, key: &str) -> Vec<Value> {
    match doc.get(key) {
        Some(Value::Array(xs)) => xs.clone(),
        _ => Vec::new(),
    }
}

/// The name a unit is shown by: its document name, or its id when it has none.
pub fn unit_display(units: &[DocUnit], id: &str) -> String {
    units
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The names of the periods the unit has a record for, in plan order.
pub fn periods_with_data(doc: &Value, periods: &[Period], unit: &str) -> Vec<String> {
    periods
        .iter()
        .filter(|p| edit::record_index(doc, unit, &p.id).is_some())
        .map(|p| p.name.clone())
        .collect()
}

/// Why a new unit's id cannot be added.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NewIdProblem {
    /// Nothing typed.
    Empty,
    /// Another unit has it.
    Taken,
}

/// Whether `id` (already trimmed) can be the id of a new unit.
pub fn check_new_unit_id(doc: &Value, id: &str) -> Result<(), NewIdProblem> {
    if id.is_empty() {
        Err(NewIdProblem::Empty)
    } else if edit::id_in_use(doc, "units", id) {
        Err(NewIdProblem::Taken)
    } else {
        Ok(())
    }
}

/// The unit the add form creates.
pub fn new_unit(id: &str, name: &str, level: &str, profile: &str) -> Value {
    Value::Object(vec![
        ("id".into(), Value::str(id)),
        ("name".into(), Value::str(name.trim())),
        ("level".into(), Value::str(level)),
        ("profile".into(), Value::str(profile)),
    ])
}

/// The person the add button creates: a free id, in the first unit, regular management staff.
pub fn new_person(doc: &Value, first_unit: &str) -> Value {
    Value::Object(vec![
        ("id".into(), Value::str(edit::free_id(doc, "people", "p"))),
        ("name".into(), Value::str("")),
        ("unit".into(), Value::str(first_unit)),
        ("post".into(), Value::str("management")),
        ("status".into(), Value::str("regular")),
    ])
}

/// The name a person is shown by: the name, or the id when the name is blank.
pub fn person_who(id: &str, name: &str) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
}

/// The document after the person at `base` takes `status` other than seconded: the host unit
/// goes in the same step.
pub fn leave_secondment(doc: &Value, base: &JsonPath, status: &str) -> Value {
    let mut d = doc.clone();
    d.set_at(&base.key("status"), Value::str(status));
    d.remove_at(&base.key("host_unit"));
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json::parse;

    fn doc(text: &str) -> Value {
        parse(text).unwrap()
    }

    #[test]
    fn units_fall_back_to_their_id_and_skip_those_without_one() {
        let d = doc(
            r#"{"units":[{"id":"u1","name":" ","level":"hq"},{"name":"x"},{"id":"u2","name":"B"}]}"#,
        );
        let us = doc_units(&d);
        assert_eq!(us.len(), 2);
        assert_eq!(us[0].name, "u1");
        assert_eq!(us[0].level, "hq");
        assert_eq!(us[1].name, "B");
        assert_eq!(us[1].level, "");
        assert_eq!(unit_display(&us, "u2"), "B");
        assert_eq!(unit_display(&us, "zz"), "zz");
        assert!(doc_units(&doc(r#"{"units":3}"#)).is_empty());
    }

    #[test]
    fn periods_with_data_lists_recorded_periods_in_plan_order() {
        let d = doc(
            r#"{"records":[{"unit":"u1","period":"q2"},{"unit":"u1","period":"q1"},{"unit":"u2","period":"q3"}]}"#,
        );
        let p = |id: &str, name: &str| Period {
            id: id.into(),
            name: name.into(),
            weight: Default::default(),
        };
        let periods = [p("q1", "Q1"), p("q2", "Q2"), p("q3", "Q3")];
        assert_eq!(periods_with_data(&d, &periods, "u1"), ["Q1", "Q2"]);
        assert!(periods_with_data(&d, &periods, "u9").is_empty());
    }

    #[test]
    fn new_unit_ids_must_be_present_and_free() {
        let d = doc(r#"{"units":[{"id":"u1"}]}"#);
        assert_eq!(check_new_unit_id(&d, ""), Err(NewIdProblem::Empty));
        assert_eq!(check_new_unit_id(&d, "u1"), Err(NewIdProblem::Taken));
        assert_eq!(check_new_unit_id(&d, "u2"), Ok(()));
        let u = new_unit("u2", "  North ", "branch", "std");
        assert_eq!(u.get("name").and_then(Value::as_str), Some("North"));
        assert_eq!(u.get("profile").and_then(Value::as_str), Some("std"));
    }

    #[test]
    fn new_people_take_a_free_id_and_the_first_unit() {
        let d = doc(r#"{"people":[{"id":"p1"}]}"#);
        let p = new_person(&d, "u1");
        assert_eq!(p.get("id").and_then(Value::as_str), Some("p2"));
        assert_eq!(p.get("unit").and_then(Value::as_str), Some("u1"));
        assert_eq!(p.get("status").and_then(Value::as_str), Some("regular"));
        assert_eq!(person_who("p1", "  "), "p1");
        assert_eq!(person_who("p1", "Li"), "Li");
    }

    #[test]
    fn leaving_secondment_drops_the_host_unit() {
        let d = doc(r#"{"people":[{"id":"p1","status":"seconded","host_unit":"u2"}]}"#);
        let base = JsonPath::root().key("people").index(0);
        let after = leave_secondment(&d, &base, "regular");
        let p = after.at(&base).unwrap();
        assert_eq!(p.get("status").and_then(Value::as_str), Some("regular"));
        assert!(p.get("host_unit").is_none());
    }
}
