//! Edits of a workspace *document* (the JSON being edited, which may be invalid), for data
//! entry: set or clear one input of a unit's record for a period (creating the record when
//! needed), reported/audited pairs, rating lists, and removing a unit with everything that
//! refers to it.
//!
//! These work on [`Value`], not on the validated [`crate::Workspace`]: an edit keeps exactly
//! what the user typed (decimals stay text, so they stay exact) and the engine's validation
//! then says, at the edited path, whether it is acceptable. No function here does arithmetic
//! on figures, and none panics on a malformed document: what it cannot find it leaves alone.

use crate::json::Value;
use crate::path::{JsonPath, Segment};

/// The index in `records` of the record of `unit` for `period`, if the document has one.
pub fn record_index(doc: &Value, unit: &str, period: &str) -> Option<usize> {
    match doc.get("records") {
        Some(Value::Array(items)) => items.iter().position(|r| {
            r.get("unit").and_then(Value::as_str) == Some(unit)
                && r.get("period").and_then(Value::as_str) == Some(period)
        }),
        _ => None,
    }
}

/// The path `records[i]`.
pub fn record_path(index: usize) -> JsonPath {
    JsonPath::root().key("records").index(index)
}

/// The text an input shows for a stored value: a string or number as written, nothing for
/// an absent value, compact JSON for anything else (so a malformed value is still visible).
pub fn value_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.clone(),
        Some(other) => other.to_compact(),
    }
}

/// The value to store for a typed decimal: the text as typed (trimmed) as a JSON string,
/// or `None` (remove: missing data) when the input is blank.
pub fn typed_value(text: &str) -> Option<Value> {
    let t = text.trim();
    (!t.is_empty()).then(|| Value::str(t))
}

/// The value to store for a typed whole number (`closed_items`, `months_in_post`): a JSON
/// number when the text is plain digits, else the text as a string (which validation then
/// refuses with its own message); `None` when blank.
pub fn typed_whole(text: &str) -> Option<Value> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let plain = t.chars().all(|c| c.is_ascii_digit()) && (t == "0" || !t.starts_with('0'));
    Some(if plain {
        Value::Number(t.to_string())
    } else {
        Value::str(t)
    })
}

/// Sets (`Some`) or clears (`None`) `field` — a path relative to the record, such as
/// `values.quality` or `coefficients.risk` — in the record of `unit` for `period`, and
/// returns the new document.
///
/// Setting a field of a unit that has no record for the period appends the record
/// `{"unit", "period", …}`. Clearing removes the field and then any object it leaves empty
/// on the way up to the record (an array element is never removed, so indices stay put);
/// the record itself stays, since a record says the unit is assessed in that period.
pub fn set_record_field(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    value: Option<Value>,
) -> Value {
    let mut out = doc.clone();
    match (record_index(doc, unit, period), value) {
        (Some(i), Some(v)) => {
            out.set_at(&join(&record_path(i), field), v);
        }
        (Some(i), None) => {
            let base = record_path(i);
            if out.remove_at(&join(&base, field)) {
                prune_empty(&mut out, &base, field);
            }
        }
        (None, Some(v)) => {
            let mut record = new_record(unit, period);
            if record.set_at(field, v) {
                push_record(&mut out, record);
            }
        }
        (None, None) => {}
    }
    out
}

/// Appends `value` to the array at `field` of the record of `unit` for `period` (an event,
/// an expert), creating the array and the record when needed; returns the new document.
pub fn push_record_item(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    value: Value,
) -> Value {
    let mut out = doc.clone();
    match record_index(doc, unit, period) {
        Some(i) => {
            out.push_at(&join(&record_path(i), field), value);
        }
        None => {
            let mut record = new_record(unit, period);
            if record.push_at(field, value) {
                push_record(&mut out, record);
            }
        }
    }
    out
}

/// Removes the record of `unit` for `period` (the unit is then not assessed in it).
pub fn remove_record(doc: &Value, unit: &str, period: &str) -> Value {
    let mut out = doc.clone();
    if let Some(i) = record_index(doc, unit, period) {
        out.remove_at(&record_path(i));
    }
    out
}

fn new_record(unit: &str, period: &str) -> Value {
    Value::Object(vec![
        ("unit".into(), Value::str(unit)),
        ("period".into(), Value::str(period)),
    ])
}

fn push_record(doc: &mut Value, record: Value) {
    doc.push_at(&JsonPath::root().key("records"), record);
}

fn join(base: &JsonPath, rel: &JsonPath) -> JsonPath {
    let mut segs = base.segments();
    segs.extend(rel.segments());
    JsonPath::from_segments(segs)
}

/// Removes the objects left empty above a removed `field` of the record at `base`, up to
/// (not including) the record; stops at the first non-empty one or at an array element.
fn prune_empty(doc: &mut Value, base: &JsonPath, field: &JsonPath) {
    let mut segs = field.segments();
    segs.pop();
    while !segs.is_empty() {
        if !matches!(segs.last(), Some(Segment::Key(_))) {
            return;
        }
        let at = join(base, &JsonPath::from_segments(segs.clone()));
        match doc.at(&at) {
            Some(Value::Object(fields)) if fields.is_empty() => {
                doc.remove_at(&at);
            }
            _ => return,
        }
        segs.pop();
    }
}

/// One half of a `{reported, audited}` pair (§1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairPart {
    /// The figure the unit reported.
    Reported,
    /// The figure the audit found: the one scored.
    Audited,
}

impl PairPart {
    /// The key in the file.
    pub fn key(self) -> &'static str {
        match self {
            PairPart::Reported => "reported",
            PairPart::Audited => "audited",
        }
    }
}

/// The texts of the reported and audited inputs for a stored value: a plain value is the
/// scored one, so it shows as the audited figure with no reported figure.
pub fn pair_texts(v: Option<&Value>) -> (String, String) {
    match v {
        Some(o @ Value::Object(_)) => (value_text(o.get("reported")), value_text(o.get("audited"))),
        other => (String::new(), value_text(other)),
    }
}

/// Whether a stored value is a `{reported, audited}` pair.
pub fn is_pair(v: Option<&Value>) -> bool {
    matches!(v, Some(Value::Object(_)))
}

/// The value to store after typing `text` into one half of a reported/audited entry whose
/// stored value is `current`; `None` removes the value (missing data).
///
/// A plain value is the scored (audited) one. Typing a reported figure next to it makes a
/// pair; clearing the reported figure of a pair leaves the audited one as a plain value.
/// An audited figure cleared while a reported one stays gives `{"reported": …}` alone,
/// which validation refuses ("missing audited"): a reported figure is never silently
/// scored as if audited.
pub fn with_pair_part(current: Option<&Value>, part: PairPart, text: &str) -> Option<Value> {
    let (reported, audited) = match current {
        Some(o @ Value::Object(_)) => (o.get("reported").cloned(), o.get("audited").cloned()),
        Some(Value::String(_) | Value::Number(_)) => (None, current.cloned()),
        _ => (None, None),
    };
    let typed = typed_value(text);
    let (reported, audited) = match part {
        PairPart::Reported => (typed, audited),
        PairPart::Audited => (reported, typed),
    };
    match (reported, audited) {
        (None, None) => None,
        (None, Some(a)) => Some(a),
        (Some(r), a) => {
            let mut fields = vec![("reported".to_string(), r)];
            if let Some(a) = a {
                fields.push(("audited".to_string(), a));
            }
            Some(Value::Object(fields))
        }
    }
}

/// Splits a typed list of ratings (`90, 86 88`, `90，86、88`) into its items: separators
/// are commas (ASCII or full-width), `、`, semicolons and white space.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(|c: char| matches!(c, ',' | '，' | '、' | ';' | '；') || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The value to store for a typed list: an array of the items as strings, or `None` when
/// there are none.
pub fn typed_list(text: &str) -> Option<Value> {
    let items = split_list(text);
    (!items.is_empty()).then(|| Value::Array(items.into_iter().map(Value::String).collect()))
}

/// The text a list input shows for a stored array (`90, 86`); anything else as
/// [`value_text`] shows it.
pub fn list_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .map(|x| value_text(Some(x)))
            .collect::<Vec<_>>()
            .join(", "),
        other => value_text(other),
    }
}

/// The first id `prefix1`, `prefix2`, … not used by any element of the array `list`
/// (`"units"`, `"people"`) of the document.
pub fn free_id(doc: &Value, list: &str, prefix: &str) -> String {
    let mut n: u64 = 1;
    loop {
        let id = format!("{prefix}{n}");
        if !id_in_use(doc, list, &id) {
            return id;
        }
        n = n.saturating_add(1);
    }
}

/// Whether an element of the array `list` of the document has this `id`.
pub fn id_in_use(doc: &Value, list: &str, id: &str) -> bool {
    match doc.get(list) {
        Some(Value::Array(items)) => items
            .iter()
            .any(|x| x.get("id").and_then(Value::as_str) == Some(id)),
        _ => false,
    }
}

/// What refers to a unit: what removing it takes with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnitReferences {
    /// Its records (one per period it was assessed in).
    pub records: usize,
    /// People whose unit it is (removed with it).
    pub people: usize,
    /// People seconded to it from another unit (they become regular staff of their unit).
    pub hosted: usize,
    /// History entries that list a score for it (the score is dropped).
    pub history: usize,
    /// Its appeals.
    pub appeals: usize,
}

fn items<'a>(doc: &'a Value, list: &str) -> &'a [Value] {
    match doc.get(list) {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

fn field_is(v: &Value, key: &str, id: &str) -> bool {
    v.get(key).and_then(Value::as_str) == Some(id)
}

/// Counts what refers to `unit` in the document.
pub fn unit_references(doc: &Value, unit: &str) -> UnitReferences {
    let count = |list: &str, key: &str| {
        items(doc, list)
            .iter()
            .filter(|x| field_is(x, key, unit))
            .count()
    };
    UnitReferences {
        records: count("records", "unit"),
        people: count("people", "unit"),
        hosted: items(doc, "people")
            .iter()
            .filter(|p| field_is(p, "host_unit", unit) && !field_is(p, "unit", unit))
            .count(),
        history: items(doc, "history")
            .iter()
            .filter(|h| h.get("scores").and_then(|s| s.get(unit)).is_some())
            .count(),
        appeals: count("appeals", "unit"),
    }
}

/// The document without `unit` and everything that refers to it, as one edit (so one undo
/// restores it all): the unit, its records, its people and appeals, its history scores;
/// people seconded to it become regular staff of their own unit (`host_unit` dropped).
pub fn remove_unit(doc: &Value, unit: &str) -> Value {
    let Value::Object(fields) = doc else {
        return doc.clone();
    };
    let keep = |key: &str, v: &Value| -> Value {
        match v {
            Value::Array(xs) => Value::Array(
                xs.iter()
                    .filter(|x| !field_is(x, key, unit))
                    .cloned()
                    .collect(),
            ),
            other => other.clone(),
        }
    };
    let out = fields
        .iter()
        .map(|(k, v)| {
            let v = match k.as_str() {
                "units" => keep("id", v),
                "records" | "appeals" => keep("unit", v),
                "people" => release_hosted(keep("unit", v), unit),
                "history" => drop_history_scores(v, unit),
                _ => v.clone(),
            };
            (k.clone(), v)
        })
        .collect();
    Value::Object(out)
}

fn drop_history_scores(history: &Value, unit: &str) -> Value {
    match history {
        Value::Array(entries) => Value::Array(
            entries
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    e.remove_at(&JsonPath::root().key("scores").key(unit));
                    e
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

fn release_hosted(people: Value, unit: &str) -> Value {
    match people {
        Value::Array(ps) => Value::Array(
            ps.into_iter()
                .map(|mut p| {
                    if field_is(&p, "host_unit", unit) {
                        p.remove_at(&JsonPath::root().key("host_unit"));
                        p.set_at(&JsonPath::root().key("status"), Value::str("regular"));
                    }
                    p
                })
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{json, parse_workspace, score, Query, EXAMPLE_WORKSPACE};

    fn example() -> Value {
        json::parse(EXAMPLE_WORKSPACE).unwrap()
    }

    fn p(s: &str) -> JsonPath {
        JsonPath::parse(s).unwrap()
    }

    fn score_of(doc: &Value, period: &str, unit: &str) -> Option<String> {
        let ws = parse_workspace(&doc.to_compact()).unwrap();
        let rs = score(&ws, &Query::period(period)).unwrap();
        rs.unit(unit).map(|u| u.score.to_string())
    }

    #[test]
    fn finds_records_by_unit_and_period() {
        let doc = example();
        assert_eq!(record_index(&doc, "zd1", "2026Q1"), Some(0));
        assert_eq!(record_index(&doc, "kjc", "2026Q1"), None);
        assert_eq!(record_index(&Value::Null, "zd1", "2026Q1"), None);
        assert_eq!(record_path(3).to_string(), "records[3]");
    }

    #[test]
    fn setting_a_value_keeps_the_text_and_rescores() {
        let doc = set_record_field(
            &example(),
            "zd1",
            "2026Q1",
            &p("values.progress"),
            typed_value(" 0.80 "),
        );
        assert_eq!(
            doc.at(&p("records[0].values.progress")),
            Some(&Value::str("0.80"))
        );
        // progress 92 → 80: task −0.5·12 = −6, B −0.45·6 = −2.7, S −2.7·1.05 = −2.835:
        // 90.46 (exactly 90.4575 + …) becomes 87.62, as in the app's reducer test.
        assert_eq!(score_of(&doc, "2026Q1", "zd1").as_deref(), Some("87.62"));
    }

    #[test]
    fn setting_a_value_of_a_unit_without_record_creates_it() {
        let before = example();
        assert_eq!(score_of(&before, "2026Q1", "kjc"), None);
        let doc = set_record_field(
            &before,
            "kjc",
            "2026Q1",
            &p("values.plans"),
            typed_value("80"),
        );
        let i = record_index(&doc, "kjc", "2026Q1").unwrap();
        assert_eq!(i, 1);
        assert_eq!(
            doc.at(&p("records[1]")).unwrap().to_compact(),
            r#"{"unit":"kjc","period":"2026Q1","values":{"plans":"80"}}"#
        );
        // kjc now has only `plans` (risk dimension, weight 0.5 rescaled to 1): D_risk = 80;
        // every other dimension is missing, so B = 80 and S = 80.00.
        assert_eq!(score_of(&doc, "2026Q1", "kjc").as_deref(), Some("80.00"));
    }

    #[test]
    fn clearing_removes_the_value_and_empty_objects_but_keeps_the_record() {
        let doc = set_record_field(&example(), "zd1", "2026Q1", &p("planned.progress"), None);
        assert_eq!(doc.at(&p("records[0].planned")), None);
        assert!(doc.at(&p("records[0].values")).is_some());
        let doc = set_record_field(&doc, "zd1", "2026Q1", &p("coefficients.risk"), None);
        assert!(doc.at(&p("records[0].coefficients.coordination")).is_some());
        // Clearing what a unit without a record does not have changes nothing.
        let same = set_record_field(&doc, "kjc", "2026Q1", &p("values.plans"), None);
        assert_eq!(same, doc);
        // Clearing a criterion of an expert keeps the expert (indices stay put).
        let doc = set_record_field(
            &doc,
            "zd1",
            "2026Q1",
            &p("panel.panel[0].feasibility"),
            None,
        );
        assert!(doc.at(&p("records[0].panel.panel[0]")).is_some());
    }

    #[test]
    fn pushing_items_and_removing_records() {
        let event = Value::Object(vec![
            ("level".into(), Value::str("general")),
            ("note".into(), Value::str("")),
        ]);
        let doc = push_record_item(&example(), "zd1", "2026Q1", &p("events"), event.clone());
        assert_eq!(doc.at(&p("records[0].events[1]")), Some(&event));
        // A second general event: P goes from 2 to 4, so S drops by 2·1.05 = 2.10.
        assert_eq!(score_of(&doc, "2026Q1", "zd1").as_deref(), Some("88.36"));
        let doc = push_record_item(&doc, "kjc", "2026Q2", &p("events"), event);
        let i = record_index(&doc, "kjc", "2026Q2").unwrap();
        assert!(doc.at(&record_path(i).key("events").index(0)).is_some());
        let doc = remove_record(&doc, "kjc", "2026Q2");
        assert_eq!(record_index(&doc, "kjc", "2026Q2"), None);
    }

    #[test]
    fn reported_and_audited_pairs() {
        let plain = Value::str("0.9");
        let pair = |r: &str, a: &str| {
            Value::Object(vec![
                ("reported".into(), Value::str(r)),
                ("audited".into(), Value::str(a)),
            ])
        };
        assert_eq!(pair_texts(Some(&plain)), (String::new(), "0.9".into()));
        assert_eq!(pair_texts(Some(&pair("1", "2"))), ("1".into(), "2".into()));
        // A reported figure beside a plain (audited) value makes a pair.
        assert_eq!(
            with_pair_part(Some(&plain), PairPart::Reported, "0.95"),
            Some(pair("0.95", "0.9"))
        );
        // Editing the audited half of a plain value keeps it plain.
        assert_eq!(
            with_pair_part(Some(&plain), PairPart::Audited, "0.8"),
            Some(Value::str("0.8"))
        );
        assert_eq!(with_pair_part(Some(&plain), PairPart::Audited, ""), None);
        // Clearing the reported figure leaves the audited one, plain.
        assert_eq!(
            with_pair_part(Some(&pair("1", "2")), PairPart::Reported, " "),
            Some(Value::str("2"))
        );
        // Clearing the audited figure keeps the reported one alone (validation refuses it).
        let half = with_pair_part(Some(&pair("1", "2")), PairPart::Audited, "").unwrap();
        assert_eq!(half.to_compact(), r#"{"reported":"1"}"#);
        let doc = set_record_field(
            &example(),
            "zd1",
            "2026Q1",
            &p("values.quality"),
            Some(half),
        );
        let errs = crate::parse::workspace_from_value(&doc).unwrap_err().0;
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].path.to_string(), "records[0].values.quality");
        assert!(is_pair(doc.at(&p("records[0].values.quality"))));
        assert!(!is_pair(Some(&plain)));
    }

    #[test]
    fn lists_split_on_chinese_and_ascii_separators() {
        assert_eq!(split_list("90, 86 88"), vec!["90", "86", "88"]);
        assert_eq!(
            split_list("90，86、88;70；1\t2"),
            vec!["90", "86", "88", "70", "1", "2"]
        );
        assert_eq!(typed_list("  , "), None);
        let v = typed_list("80 82").unwrap();
        assert_eq!(v.to_compact(), r#"["80","82"]"#);
        assert_eq!(list_text(Some(&v)), "80, 82");
        assert_eq!(list_text(None), "");
    }

    #[test]
    fn whole_numbers_are_numbers_when_plain() {
        assert_eq!(typed_whole("2"), Some(Value::Number("2".into())));
        assert_eq!(typed_whole("0"), Some(Value::Number("0".into())));
        assert_eq!(typed_whole("02"), Some(Value::str("02")));
        assert_eq!(typed_whole("1.5"), Some(Value::str("1.5")));
        assert_eq!(typed_whole(""), None);
    }

    #[test]
    fn free_ids() {
        let doc = example();
        assert_eq!(free_id(&doc, "units", "u"), "u1");
        assert!(id_in_use(&doc, "units", "zd1"));
        assert!(!id_in_use(&doc, "units", "zd2"));
        assert_eq!(free_id(&doc, "units", "zd"), "zd2");
        assert_eq!(free_id(&doc, "people", "p00"), "p003");
    }

    #[test]
    fn removing_a_unit_takes_everything_that_refers_to_it() {
        let doc = example();
        assert_eq!(
            unit_references(&doc, "zd1"),
            UnitReferences {
                records: 1,
                people: 2,
                hosted: 0,
                history: 1,
                appeals: 0
            }
        );
        assert_eq!(unit_references(&doc, "kjc").hosted, 1);
        let out = remove_unit(&doc, "kjc");
        let ws = parse_workspace(&out.to_compact()).unwrap();
        assert_eq!(ws.units.len(), 1);
        // p002 was seconded to kjc: now a regular member of zd1.
        let p2 = ws.people.iter().find(|x| x.id == "p002").unwrap();
        assert_eq!(p2.status.as_str(), "regular");
        assert_eq!(p2.host_unit, None);
        assert!(ws.history.iter().all(|h| !h.scores.contains_key("kjc")));

        let out = remove_unit(&doc, "zd1");
        let ws = parse_workspace(&out.to_compact()).unwrap();
        assert_eq!(ws.units.len(), 1);
        assert!(ws.records.is_empty());
        assert!(ws.people.is_empty());
        assert_eq!(remove_unit(&Value::Null, "zd1"), Value::Null);
    }
}
