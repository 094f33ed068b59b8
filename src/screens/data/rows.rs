//! What the data screen's lists show, as plain functions: the units of the document, the
//! periods a unit has data for, whether a new unit's id can be added, and the name a
//! person is shown by.

use scorecard_engine::edit::{self, Kind};
use scorecard_engine::json::Value;
use scorecard_engine::model::Period;

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
    } else if edit::id_taken(doc, Kind::Unit, id) {
        Err(NewIdProblem::Taken)
    } else {
        Ok(())
    }
}

/// The name a person is shown by: the name, or the id when the name is blank.
pub fn person_who(id: &str, name: &str) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
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
    }

    #[test]
    fn people_are_shown_by_name_or_id() {
        assert_eq!(person_who("p1", "  "), "p1");
        assert_eq!(person_who("p1", "Li"), "Li");
    }
}
