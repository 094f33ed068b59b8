//! Structural edits of the plan: add, rename, move and remove dimensions, indicators,
//! profiles, periods and deduction levels, rater groups and panel criteria; set an
//! indicator's method kind; spell out or reset the settings. Every reference follows.
//!
//! What a removal does with what refers to the removed item (as the app's confirmations
//! say): plan structure follows (a dimension's weight leaves every profile and scenario; a
//! profile's overrides leave every scenario); data is never deleted by a plan edit —
//! records, events and units that name the removed item stay, and validation shows them
//! as errors at their paths until the user fixes or removes them. A unit is removed with
//! its data ([`super::Edit::RemoveUnit`]) because the data belongs to it.

use super::doc::{
    array_mut, array_or_new, at_mut, each_mut, each_value_mut, field_is, items, obj, position,
    rename_key, replace_str, set, str_of,
};
use super::error::{EditError, Kind};
use super::ids::{check_new_id, list_path, next_id};
use super::{Direction, MethodKind, Setting, WeightMap};
use crate::json::Value;
use crate::path::JsonPath;

fn dims_path() -> JsonPath {
    JsonPath::root().key("plan").key("dimensions")
}

fn list(kind: Kind) -> JsonPath {
    list_path(kind).unwrap_or_default()
}

/// Every indicator id of the plan, in plan order.
pub fn indicator_ids(doc: &Value) -> Vec<String> {
    items(doc, &dims_path())
        .iter()
        .flat_map(|d| match d.get("indicators") {
            Some(Value::Array(inds)) => inds
                .iter()
                .filter_map(|i| str_of(i, "id").map(str::to_string))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// Where indicator `id` is: `plan.dimensions[i].indicators[k]` as `(i, k)`.
pub fn indicator_position(doc: &Value, id: &str) -> Result<(usize, usize), EditError> {
    items(doc, &dims_path())
        .iter()
        .enumerate()
        .find_map(|(i, d)| {
            let inds = items(d, &JsonPath::root().key("indicators"));
            inds.iter()
                .position(|x| field_is(x, "id", id))
                .map(|k| (i, k))
        })
        .ok_or_else(|| not_found(Kind::Indicator, id))
}

/// The path of indicator `id`.
pub fn indicator_path(doc: &Value, id: &str) -> Result<JsonPath, EditError> {
    let (i, k) = indicator_position(doc, id)?;
    Ok(dims_path().index(i).key("indicators").index(k))
}

fn not_found(kind: Kind, id: &str) -> EditError {
    EditError::NotFound {
        kind,
        id: id.to_string(),
    }
}

/// A method object of `kind` with starting parameters that validate.
pub fn method_for_kind(kind: MethodKind) -> Value {
    let s = Value::str;
    let word = kind.word();
    match kind {
        MethodKind::Linear => obj(vec![("kind", s(word)), ("worst", s("0")), ("best", s("1"))]),
        MethodKind::Bands => obj(vec![
            ("kind", s(word)),
            (
                "bands",
                Value::Array(vec![
                    obj(vec![("min", s("0.9")), ("score", s("100"))]),
                    obj(vec![("min", s("0.6")), ("score", s("60"))]),
                ]),
            ),
        ]),
        MethodKind::MinMax | MethodKind::ZScore => {
            obj(vec![("kind", s(word)), ("better", s("higher"))])
        }
        MethodKind::Direct | MethodKind::Survey | MethodKind::Panel => obj(vec![("kind", s(word))]),
    }
}

/// Every weight object keyed by dimension id: each profile's `weights` and each of each
/// scenario's overrides.
fn each_weight_object(doc: &mut Value, mut f: impl FnMut(&mut Value)) {
    if let Some(Value::Array(ps)) = at_mut(doc, &list(Kind::Profile)) {
        for p in ps {
            if let Some(w) = at_mut(p, &JsonPath::root().key("weights")) {
                f(w);
            }
        }
    }
    each_mut(doc, "scenarios", |s| {
        each_value_mut(at_mut(s, &JsonPath::root().key("weights")), &mut f)
    });
}

/// Removes element `i` of the list of `kind` unless it is the last one.
fn remove_element(doc: &Value, at: &JsonPath, kind: Kind, id: &str) -> Result<Value, EditError> {
    let i = position(doc, at, kind, id)?;
    if items(doc, at).len() <= 1 {
        return Err(EditError::LastItem {
            kind,
            id: id.to_string(),
        });
    }
    let mut out = doc.clone();
    array_mut(&mut out, at)?.remove(i);
    Ok(out)
}

/// Sets the id of element `i` of the list at `at`.
fn set_id(out: &mut Value, at: &JsonPath, i: usize, new: &str) {
    out.set_at(&at.index(i).key("id"), Value::str(new));
}

/// The document with the `kind` item `id` given the id `new` (its own id only: the caller
/// follows the references); `None` when `new` is `id`. Refused when `id` is not there or
/// `new` is not a free id.
fn renamed(doc: &Value, kind: Kind, id: &str, new: &str) -> Result<Option<Value>, EditError> {
    let i = position(doc, &list(kind), kind, id)?;
    if id == new {
        return Ok(None);
    }
    check_new_id(doc, kind, new)?;
    let mut out = doc.clone();
    set_id(&mut out, &list(kind), i, new);
    Ok(Some(out))
}

/// Appends a dimension (band 0–100%, one direct indicator weighing 100%) and gives it a
/// weight of 0 in every profile and scenario override, so the sums still hold.
pub(super) fn add_dimension(
    doc: &Value,
    name: &str,
    indicator_name: &str,
) -> Result<Value, EditError> {
    let id = next_id(doc, Kind::Dimension);
    let ind = next_id(doc, Kind::Indicator);
    let dim = obj(vec![
        ("id", Value::str(&id)),
        ("name", Value::str(name)),
        ("band", Value::Array(vec![Value::str("0"), Value::str("1")])),
        (
            "indicators",
            Value::Array(vec![new_indicator(&ind, indicator_name, "1")]),
        ),
    ]);
    let mut out = doc.clone();
    array_or_new(&mut out, &dims_path())?.push(dim);
    each_weight_object(&mut out, |w| {
        if let Value::Object(fields) = w {
            fields.retain(|(k, _)| *k != id);
            fields.push((id.clone(), Value::str("0")));
        }
    });
    Ok(out)
}

fn new_indicator(id: &str, name: &str, weight: &str) -> Value {
    obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("weight", Value::str(weight)),
        ("method", method_for_kind(MethodKind::Direct)),
    ])
}

/// Removes a dimension (not the last) with its indicators, and its weight from every
/// profile and scenario. Data of its indicators stays (and shows errors).
pub(super) fn remove_dimension(doc: &Value, id: &str) -> Result<Value, EditError> {
    let mut out = remove_element(doc, &dims_path(), Kind::Dimension, id)?;
    each_weight_object(&mut out, |w| {
        w.remove_at(&JsonPath::root().key(id));
    });
    Ok(out)
}

/// Renames a dimension's id, and its key in every profile and scenario override. (A
/// dimension without a `band` takes its default band by id: see `defaults::band_for`.)
pub(super) fn rename_dimension(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let Some(mut out) = renamed(doc, Kind::Dimension, id, new)? else {
        return Ok(doc.clone());
    };
    each_weight_object(&mut out, |w| rename_key(w, id, new));
    Ok(out)
}

/// Swaps an item with its neighbour in its list (indicators: within their dimension).
pub(super) fn move_item(
    doc: &Value,
    kind: Kind,
    id: &str,
    direction: Direction,
) -> Result<Value, EditError> {
    let (at, i) = match kind {
        Kind::Indicator => {
            let (d, k) = indicator_position(doc, id)?;
            (dims_path().index(d).key("indicators"), k)
        }
        _ => {
            let at = list_path(kind).ok_or_else(|| not_found(kind, id))?;
            let i = position(doc, &at, kind, id)?;
            (at, i)
        }
    };
    let j = match direction {
        Direction::Up => i.checked_sub(1),
        Direction::Down => i.checked_add(1).filter(|j| *j < items(doc, &at).len()),
    };
    let Some(j) = j else {
        return Err(EditError::AtEnd {
            kind,
            id: id.to_string(),
        });
    };
    let mut out = doc.clone();
    array_mut(&mut out, &at)?.swap(i, j);
    Ok(out)
}

/// Appends an indicator (weight 0, direct) to a dimension.
pub(super) fn add_indicator(doc: &Value, dimension: &str, name: &str) -> Result<Value, EditError> {
    let d = position(doc, &dims_path(), Kind::Dimension, dimension)?;
    let id = next_id(doc, Kind::Indicator);
    let mut out = doc.clone();
    array_or_new(&mut out, &dims_path().index(d).key("indicators"))?
        .push(new_indicator(&id, name, "0"));
    Ok(out)
}

const INPUT_PARTS: [&str; 4] = ["values", "planned", "ratings", "panel"];

/// Renames an indicator's id, its key in every record (values, planned, ratings, panel)
/// and in the input path of every appeal against it.
pub(super) fn rename_indicator(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let at = indicator_path(doc, id)?;
    if id == new {
        return Ok(doc.clone());
    }
    check_new_id(doc, Kind::Indicator, new)?;
    let mut out = doc.clone();
    out.set_at(&at.key("id"), Value::str(new));
    each_mut(&mut out, "records", |r| {
        for part in INPUT_PARTS {
            if let Some(m) = at_mut(r, &JsonPath::root().key(part)) {
                rename_key(m, id, new);
            }
        }
    });
    each_mut(&mut out, "appeals", |a| {
        let renamed = str_of(a, "input").and_then(|input| renamed_input(input, id, new));
        if let Some(input) = renamed {
            a.set_at(&JsonPath::root().key("input"), Value::str(input));
        }
    });
    Ok(out)
}

/// An appeal's input path (`values.quality.audited`) with the indicator renamed, when it
/// is one of the indicator's.
fn renamed_input(input: &str, old: &str, new: &str) -> Option<String> {
    use crate::path::Segment;
    let mut segs = JsonPath::parse(input)?.segments();
    match segs.as_mut_slice() {
        [Segment::Key(part), Segment::Key(ind), ..]
            if INPUT_PARTS.contains(&part.as_str()) && ind == old =>
        {
            *ind = new.to_string();
            Some(JsonPath::from_segments(segs).to_string())
        }
        _ => None,
    }
}

/// Removes an indicator (not the last of its dimension). Its data stays (and shows errors).
pub(super) fn remove_indicator(doc: &Value, id: &str) -> Result<Value, EditError> {
    let (d, k) = indicator_position(doc, id)?;
    let at = dims_path().index(d).key("indicators");
    if items(doc, &at).len() <= 1 {
        return Err(EditError::LastItem {
            kind: Kind::Indicator,
            id: id.to_string(),
        });
    }
    let mut out = doc.clone();
    array_mut(&mut out, &at)?.remove(k);
    Ok(out)
}

/// Sets an indicator's method to a kind with its starting parameters (nothing when it
/// already has that kind: its parameters stay).
pub(super) fn set_method(
    doc: &Value,
    indicator: &str,
    kind: MethodKind,
) -> Result<Value, EditError> {
    let at = indicator_path(doc, indicator)?.key("method");
    if doc.at(&at.key("kind")).and_then(Value::as_str) == Some(kind.word()) {
        return Ok(doc.clone());
    }
    let mut out = doc.clone();
    set(&mut out, &at, method_for_kind(kind))?;
    Ok(out)
}

fn bands_path(doc: &Value, indicator: &str) -> Result<JsonPath, EditError> {
    Ok(indicator_path(doc, indicator)?.key("method").key("bands"))
}

/// Appends a band `{min 0, score 0}` to a bands method (refused on another kind).
pub(super) fn add_band(doc: &Value, indicator: &str) -> Result<Value, EditError> {
    let at = bands_path(doc, indicator)?;
    let mut out = doc.clone();
    array_mut(&mut out, &at)?.push(obj(vec![
        ("min", Value::str("0")),
        ("score", Value::str("0")),
    ]));
    Ok(out)
}

/// Removes band `index` of a bands method (not the last).
pub(super) fn remove_band(doc: &Value, indicator: &str, index: usize) -> Result<Value, EditError> {
    let at = bands_path(doc, indicator)?;
    let mut out = doc.clone();
    let bands = array_mut(&mut out, &at)?;
    if index >= bands.len() {
        return Err(EditError::OutOfRange { at, index });
    }
    if bands.len() <= 1 {
        return Err(EditError::LastItem {
            kind: Kind::Item,
            id: index.to_string(),
        });
    }
    bands.remove(index);
    Ok(out)
}

/// Appends a profile with the first profile's weights (so its sum starts at 100%).
pub(super) fn add_profile(doc: &Value, name: &str) -> Result<Value, EditError> {
    let at = list(Kind::Profile);
    let id = next_id(doc, Kind::Profile);
    let weights = items(doc, &at)
        .first()
        .and_then(|p| p.get("weights"))
        .cloned()
        .unwrap_or(Value::Object(Vec::new()));
    let mut out = doc.clone();
    array_or_new(&mut out, &at)?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("weights", weights),
    ]));
    Ok(out)
}

/// Renames a profile's id, in the units that use it and the scenarios that override it.
pub(super) fn rename_profile(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let Some(mut out) = renamed(doc, Kind::Profile, id, new)? else {
        return Ok(doc.clone());
    };
    each_mut(&mut out, "units", |u| replace_str(u, "profile", id, new));
    each_mut(&mut out, "scenarios", |s| {
        if let Some(w) = at_mut(s, &JsonPath::root().key("weights")) {
            rename_key(w, id, new);
        }
    });
    Ok(out)
}

/// Removes a profile (not the last) and every scenario's override of it. Units that use
/// it keep the id (and show errors until given another profile).
pub(super) fn remove_profile(doc: &Value, id: &str) -> Result<Value, EditError> {
    let mut out = remove_element(doc, &list(Kind::Profile), Kind::Profile, id)?;
    each_mut(&mut out, "scenarios", |s| {
        s.remove_at(&JsonPath::root().key("weights").key(id));
    });
    Ok(out)
}

/// Appends a period (weight 0).
pub(super) fn add_period(doc: &Value, name: &str) -> Result<Value, EditError> {
    let id = next_id(doc, Kind::Period);
    let mut out = doc.clone();
    array_or_new(&mut out, &list(Kind::Period))?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("weight", Value::str("0")),
    ]));
    Ok(out)
}

/// Renames a period's id, in every record and appeal of it.
pub(super) fn rename_period(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let Some(mut out) = renamed(doc, Kind::Period, id, new)? else {
        return Ok(doc.clone());
    };
    for l in ["records", "appeals"] {
        each_mut(&mut out, l, |r| replace_str(r, "period", id, new));
    }
    Ok(out)
}

/// Removes a period (not the last). Its records and appeals stay (and show errors).
pub(super) fn remove_period(doc: &Value, id: &str) -> Result<Value, EditError> {
    remove_element(doc, &list(Kind::Period), Kind::Period, id)
}

/// How many records are of period `id` (shown before removing it).
pub fn records_in_period(doc: &Value, id: &str) -> usize {
    items(doc, &JsonPath::root().key("records"))
        .iter()
        .filter(|r| field_is(r, "period", id))
        .count()
}

/// Appends a deduction level (0%, no review, no veto).
pub(super) fn add_level(doc: &Value, name: &str) -> Result<Value, EditError> {
    let id = next_id(doc, Kind::Level);
    let mut out = doc.clone();
    array_or_new(&mut out, &list(Kind::Level))?.push(obj(vec![
        ("id", Value::str(id)),
        ("name", Value::str(name)),
        ("pct", Value::str("0")),
        ("special_review", Value::Bool(false)),
        ("veto", Value::Bool(false)),
    ]));
    Ok(out)
}

/// Renames a deduction level's id, in every event that has it.
pub(super) fn rename_level(doc: &Value, id: &str, new: &str) -> Result<Value, EditError> {
    let Some(mut out) = renamed(doc, Kind::Level, id, new)? else {
        return Ok(doc.clone());
    };
    each_mut(&mut out, "records", |r| {
        if let Some(Value::Array(events)) = at_mut(r, &JsonPath::root().key("events")) {
            events
                .iter_mut()
                .for_each(|e| replace_str(e, "level", id, new));
        }
    });
    Ok(out)
}

/// Removes a deduction level (the list may become empty). Events of it stay (and show
/// errors).
pub(super) fn remove_level(doc: &Value, id: &str) -> Result<Value, EditError> {
    let at = list(Kind::Level);
    let i = position(doc, &at, Kind::Level, id)?;
    let mut out = doc.clone();
    array_mut(&mut out, &at)?.remove(i);
    Ok(out)
}

/// Adds a key with weight 0 to a rater-group or criterion map, which must be in the
/// document (spell the setting out first).
pub(super) fn add_weight_key(doc: &Value, map: WeightMap, key: &str) -> Result<Value, EditError> {
    let at = map.path();
    if !matches!(doc.at(&at), Some(Value::Object(_))) {
        return Err(EditError::NotAnObject { at });
    }
    check_new_id(doc, map.kind(), key)?;
    let mut out = doc.clone();
    out.set_at(&at.key(key), Value::str("0"));
    Ok(out)
}

/// Removes a key (not the last) from a rater-group or criterion map. Ratings or scores
/// under it stay in the data (and show errors).
pub(super) fn remove_weight_key(
    doc: &Value,
    map: WeightMap,
    key: &str,
) -> Result<Value, EditError> {
    let at = map.path();
    let Some(Value::Object(fields)) = doc.at(&at) else {
        return Err(EditError::NotAnObject { at });
    };
    if !fields.iter().any(|(k, _)| k == key) {
        return Err(not_found(map.kind(), key));
    }
    if fields.len() <= 1 {
        return Err(EditError::LastItem {
            kind: map.kind(),
            id: key.to_string(),
        });
    }
    let mut out = doc.clone();
    out.remove_at(&at.key(key));
    Ok(out)
}

/// The `plan` of a new workspace on the scheme's defaults.
fn default_plan() -> Value {
    let ws = crate::defaults::workspace("", 2026);
    crate::export::workspace_value(&ws)
        .get("plan")
        .cloned()
        .unwrap_or(Value::Null)
}

/// The scheme's default for a plan setting or one of its fields (`grading.pass_line`,
/// `survey` …, relative to `plan`), as a new plan holds it; `None` when the default is to
/// leave it out (`max_score`) or there is no such setting.
pub fn default_setting(at: &JsonPath) -> Option<Value> {
    default_plan().at(at).cloned()
}

/// Writes a plan setting left out of the document with the scheme's defaults, so that its
/// fields can be edited one by one; nothing when it is already there.
pub(super) fn spell_out_default(doc: &Value, setting: Setting) -> Result<Value, EditError> {
    let plan = JsonPath::root().key("plan");
    let Some(Value::Object(_)) = doc.at(&plan) else {
        return Err(EditError::NotAnObject { at: plan });
    };
    let at = plan.key(setting.key());
    if doc.at(&at).is_some() {
        return Ok(doc.clone());
    }
    let mut out = doc.clone();
    if let Some(v) = default_setting(&JsonPath::root().key(setting.key())) {
        out.set_at(&at, v);
    }
    Ok(out)
}

/// Puts every plan setting ([`Setting::ALL`]) back at the scheme's defaults (a setting
/// whose default is to be left out is removed); the name, baseline, dimensions, profiles,
/// periods, units and data are kept.
pub(super) fn reset_settings(doc: &Value) -> Result<Value, EditError> {
    let plan = JsonPath::root().key("plan");
    let Some(Value::Object(_)) = doc.at(&plan) else {
        return Err(EditError::NotAnObject { at: plan });
    };
    let defaults = default_plan();
    let mut out = doc.clone();
    for s in Setting::ALL {
        let at = plan.key(s.key());
        match defaults.get(s.key()) {
            Some(v) => {
                out.set_at(&at, v.clone());
            }
            None => {
                out.remove_at(&at);
            }
        }
    }
    Ok(out)
}
