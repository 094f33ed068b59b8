//! Data entry and the units and people: set or clear one input of a unit's record for a
//! period (creating the record when needed), push and remove list items of a record,
//! reported/audited pairs, rating lists; add, rename and remove a unit (with everything
//! that refers to it), add and remove people.
//!
//! The `pub fn`s returning a [`Value`] are the older, lenient forms (what they cannot do
//! they leave alone); [`super::apply`] uses the `try_` cores, which say why instead.

use super::doc::{array_mut, array_or_new, at_mut, each_mut, field_is, items, join, obj, set};
use super::error::{EditError, Kind};
use super::ids::check_new_id;
use crate::json::Value;
use crate::model::{Level, Post, Status};
use crate::path::{JsonPath, Segment};
use std::collections::HashMap;

/// Each unit's record for `period`: unit id → the index in `records` that [`record_index`]
/// finds (the first), in one pass over the records instead of a scan per unit.
pub fn record_indices<'a>(doc: &'a Value, period: &str) -> HashMap<&'a str, usize> {
    let mut first = HashMap::new();
    if let Some(Value::Array(items)) = doc.get("records") {
        for (i, r) in items.iter().enumerate() {
            if r.get("period").and_then(Value::as_str) == Some(period) {
                if let Some(unit) = r.get("unit").and_then(Value::as_str) {
                    first.entry(unit).or_insert(i);
                }
            }
        }
    }
    first
}

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
/// returns the new document (unchanged when the field cannot be reached).
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
    try_set_record_field(doc, unit, period, field, value).unwrap_or_else(|_| doc.clone())
}

/// A record field an edit may address: not the record itself, its unit or its period.
fn check_record_field(field: &JsonPath) -> Result<(), EditError> {
    match field.segments().first() {
        None => Err(EditError::Managed { at: field.clone() }),
        Some(Segment::Key(k)) if k == "unit" || k == "period" => {
            Err(EditError::Managed { at: field.clone() })
        }
        _ => Ok(()),
    }
}

/// [`set_record_field`], saying why when it cannot be done.
pub(super) fn try_set_record_field(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    value: Option<Value>,
) -> Result<Value, EditError> {
    check_record_field(field)?;
    let mut out = doc.clone();
    match (record_index(doc, unit, period), value) {
        (Some(i), Some(v)) => {
            set(&mut out, &join(&record_path(i), field), v)?;
        }
        (Some(i), None) => {
            let base = record_path(i);
            if out.remove_at(&join(&base, field)) {
                prune_empty(&mut out, &base, field);
            }
        }
        (None, Some(v)) => {
            let mut record = new_record(unit, period);
            set(&mut record, field, v)?;
            push_record(&mut out, record)?;
        }
        (None, None) => {}
    }
    Ok(out)
}

/// Appends `value` to the array at `field` of the record of `unit` for `period` (an event,
/// an expert), creating the array and the record when needed; returns the new document
/// (unchanged when something other than an array is there).
pub fn push_record_item(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    value: Value,
) -> Value {
    try_push_record_item(doc, unit, period, field, value).unwrap_or_else(|_| doc.clone())
}

/// [`push_record_item`], saying why when it cannot be done.
pub(super) fn try_push_record_item(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    value: Value,
) -> Result<Value, EditError> {
    check_record_field(field)?;
    let mut out = doc.clone();
    match record_index(doc, unit, period) {
        Some(i) => {
            array_or_new(&mut out, &join(&record_path(i), field))?.push(value);
        }
        None => {
            let mut record = new_record(unit, period);
            array_or_new(&mut record, field)?.push(value);
            push_record(&mut out, record)?;
        }
    }
    Ok(out)
}

/// Removes element `index` of the array at `field` of the record (an event, an expert);
/// the elements after it move up.
pub(super) fn try_remove_record_item(
    doc: &Value,
    unit: &str,
    period: &str,
    field: &JsonPath,
    index: usize,
) -> Result<Value, EditError> {
    check_record_field(field)?;
    let i = existing_record(doc, unit, period)?;
    let mut out = doc.clone();
    let at = join(&record_path(i), field);
    let xs = array_mut(&mut out, &at)?;
    if index >= xs.len() {
        return Err(EditError::OutOfRange { at, index });
    }
    xs.remove(index);
    Ok(out)
}

/// Replaces the record of `unit` for `period` by `record` (a sandbox record applied),
/// which must be an object of the same unit and period.
pub(super) fn try_replace_record(
    doc: &Value,
    unit: &str,
    period: &str,
    record: &Value,
) -> Result<Value, EditError> {
    let i = existing_record(doc, unit, period)?;
    let at = record_path(i);
    if !matches!(record, Value::Object(_)) {
        return Err(EditError::NotAnObject { at });
    }
    for (key, id) in [("unit", unit), ("period", period)] {
        if !field_is(record, key, id) {
            return Err(EditError::Managed { at: at.key(key) });
        }
    }
    let mut out = doc.clone();
    out.set_at(&at, record.clone());
    Ok(out)
}

/// Removes the record of `unit` for `period` (the unit is then not assessed in it).
pub fn remove_record(doc: &Value, unit: &str, period: &str) -> Value {
    try_remove_record(doc, unit, period).unwrap_or_else(|_| doc.clone())
}

/// [`remove_record`]; `NoRecord` when there is none.
pub(super) fn try_remove_record(doc: &Value, unit: &str, period: &str) -> Result<Value, EditError> {
    let i = existing_record(doc, unit, period)?;
    let mut out = doc.clone();
    out.remove_at(&record_path(i));
    Ok(out)
}

fn existing_record(doc: &Value, unit: &str, period: &str) -> Result<usize, EditError> {
    record_index(doc, unit, period).ok_or_else(|| EditError::NoRecord {
        unit: unit.to_string(),
        period: period.to_string(),
    })
}

fn new_record(unit: &str, period: &str) -> Value {
    Value::Object(vec![
        ("unit".into(), Value::str(unit)),
        ("period".into(), Value::str(period)),
    ])
}

fn push_record(doc: &mut Value, record: Value) -> Result<(), EditError> {
    array_or_new(doc, &JsonPath::root().key("records"))?.push(record);
    Ok(())
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
/// (`"units"`, `"people"`) of the document (the rule of [`super::ids::free_id`]; prefer
/// [`super::next_id`]).
pub fn free_id(doc: &Value, list: &str, prefix: &str) -> String {
    let at = JsonPath::root().key(list);
    super::ids::free_id(
        prefix,
        items(doc, &at)
            .iter()
            .filter_map(|x| super::doc::str_of(x, "id")),
    )
}

/// Whether an element of the array `list` of the document has this `id` (prefer
/// [`super::id_taken`]).
pub fn id_in_use(doc: &Value, list: &str, id: &str) -> bool {
    items(doc, &JsonPath::root().key(list))
        .iter()
        .any(|x| field_is(x, "id", id))
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

fn top<'a>(doc: &'a Value, list: &str) -> &'a [Value] {
    items(doc, &JsonPath::root().key(list))
}

/// Counts what refers to `unit` in the document.
pub fn unit_references(doc: &Value, unit: &str) -> UnitReferences {
    let count = |list: &str, key: &str| {
        top(doc, list)
            .iter()
            .filter(|x| field_is(x, key, unit))
            .count()
    };
    UnitReferences {
        records: count("records", "unit"),
        people: count("people", "unit"),
        hosted: top(doc, "people")
            .iter()
            .filter(|p| field_is(p, "host_unit", unit) && !field_is(p, "unit", unit))
            .count(),
        history: top(doc, "history")
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

fn unit_exists(doc: &Value, unit: &str) -> Result<(), EditError> {
    if top(doc, "units").iter().any(|u| field_is(u, "id", unit)) {
        Ok(())
    } else {
        Err(EditError::NotFound {
            kind: Kind::Unit,
            id: unit.to_string(),
        })
    }
}

/// Appends a unit; its id must be new and its profile one of the plan's.
pub(super) fn add_unit(
    doc: &Value,
    id: &str,
    name: &str,
    level: Level,
    profile: &str,
) -> Result<Value, EditError> {
    check_new_id(doc, Kind::Unit, id)?;
    if !super::ids::id_taken(doc, Kind::Profile, profile) {
        return Err(EditError::NotFound {
            kind: Kind::Profile,
            id: profile.to_string(),
        });
    }
    let mut out = doc.clone();
    array_or_new(&mut out, &JsonPath::root().key("units"))?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("level", Value::str(level.as_str())),
        ("profile", Value::str(profile)),
    ]));
    Ok(out)
}

/// Renames a unit's id everywhere it is referred to: its records, its people (own and
/// host unit), history scores and appeals.
pub(super) fn rename_unit(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    unit_exists(doc, id)?;
    if id == new {
        return Ok(doc.clone());
    }
    check_new_id(doc, Kind::Unit, new)?;
    let mut out = doc.clone();
    use super::doc::{rename_key, replace_str};
    each_mut(&mut out, "units", |u| replace_str(u, "id", id, new));
    each_mut(&mut out, "records", |r| replace_str(r, "unit", id, new));
    each_mut(&mut out, "appeals", |a| replace_str(a, "unit", id, new));
    each_mut(&mut out, "people", |p| {
        replace_str(p, "unit", id, new);
        replace_str(p, "host_unit", id, new);
    });
    each_mut(&mut out, "history", |h| {
        if let Some(scores) = at_mut(h, &JsonPath::root().key("scores")) {
            rename_key(scores, id, new);
        }
    });
    Ok(out)
}

/// [`remove_unit`]; `NotFound` when there is no such unit.
pub(super) fn try_remove_unit(doc: &Value, id: &str) -> Result<Value, EditError> {
    unit_exists(doc, id)?;
    Ok(remove_unit(doc, id))
}

/// Appends a person of `unit` (which must exist), id `p1`, `p2` … the first free, in post
/// `post`, status regular.
pub(super) fn add_person(
    doc: &Value,
    name: &str,
    unit: &str,
    post: Post,
) -> Result<Value, EditError> {
    unit_exists(doc, unit)?;
    let id = super::ids::next_id(doc, Kind::Person);
    let mut out = doc.clone();
    array_or_new(&mut out, &JsonPath::root().key("people"))?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("unit", Value::str(unit)),
        ("post", Value::str(post.as_str())),
        ("status", Value::str(Status::Regular.as_str())),
    ]));
    Ok(out)
}

fn person_path(doc: &Value, index: usize) -> Result<JsonPath, EditError> {
    let list = JsonPath::root().key("people");
    match doc.at(&list) {
        Some(Value::Array(xs)) if index < xs.len() => Ok(list.index(index)),
        Some(Value::Array(_)) => Err(EditError::OutOfRange { at: list, index }),
        _ => Err(EditError::NotAnArray { at: list }),
    }
}

/// Sets person `index`'s status; leaving secondment drops the host unit in the same step.
pub(super) fn set_person_status(
    doc: &Value,
    index: usize,
    status: Status,
) -> Result<Value, EditError> {
    let at = person_path(doc, index)?;
    let mut out = doc.clone();
    if !out.set_at(&at.key("status"), Value::str(status.as_str())) {
        return Err(EditError::NotAnObject { at });
    }
    if status != Status::Seconded {
        out.remove_at(&at.key("host_unit"));
    }
    Ok(out)
}

/// Removes person `index` (nothing refers to a person).
pub(super) fn remove_person(doc: &Value, index: usize) -> Result<Value, EditError> {
    let at = person_path(doc, index)?;
    let mut out = doc.clone();
    out.remove_at(&at);
    Ok(out)
}
