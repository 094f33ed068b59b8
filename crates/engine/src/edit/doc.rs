//! Small, panic-free helpers over the document: read arrays and ids, reach values mutably
//! without creating anything, rename object keys in place.

use super::error::{EditError, Kind};
pub use crate::json::obj;
use crate::json::Value;
use crate::path::{JsonPath, Segment};

/// The elements of the array at `at`; none when something else (or nothing) is there.
pub fn items<'a>(doc: &'a Value, at: &JsonPath) -> &'a [Value] {
    match doc.at(at) {
        Some(Value::Array(xs)) => xs,
        _ => &[],
    }
}

/// A string field of an object.
pub fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Whether `v.key` is the string `id`.
pub fn field_is(v: &Value, key: &str, id: &str) -> bool {
    str_of(v, key) == Some(id)
}

/// The value at `at`, mutably; `None` (and nothing created) when it is not there.
pub fn at_mut<'a>(doc: &'a mut Value, at: &JsonPath) -> Option<&'a mut Value> {
    let mut v = doc;
    for seg in at.segments() {
        v = match (seg, v) {
            (Segment::Key(k), Value::Object(fields)) => {
                &mut fields.iter_mut().find(|(fk, _)| *fk == k)?.1
            }
            (Segment::Index(i), Value::Array(xs)) => xs.get_mut(i)?,
            _ => return None,
        };
    }
    Some(v)
}

/// The array at `at`, mutably, or why not.
pub fn array_mut<'a>(doc: &'a mut Value, at: &JsonPath) -> Result<&'a mut Vec<Value>, EditError> {
    match at_mut(doc, at) {
        Some(Value::Array(xs)) => Ok(xs),
        _ => Err(EditError::NotAnArray { at: at.clone() }),
    }
}

/// The array at `at` for appending: created when absent; an error when something else.
pub fn array_or_new<'a>(
    doc: &'a mut Value,
    at: &JsonPath,
) -> Result<&'a mut Vec<Value>, EditError> {
    let slot = doc
        .at_mut_or_create(at)
        .ok_or_else(|| EditError::Unreachable { at: at.clone() })?;
    if *slot == Value::Object(Vec::new()) {
        *slot = Value::Array(Vec::new());
    }
    match slot {
        Value::Array(xs) => Ok(xs),
        _ => Err(EditError::NotAnArray { at: at.clone() }),
    }
}

/// The position of the element with this `id` in the array at `at`, or `NotFound`.
pub fn position(doc: &Value, at: &JsonPath, kind: Kind, id: &str) -> Result<usize, EditError> {
    items(doc, at)
        .iter()
        .position(|x| field_is(x, "id", id))
        .ok_or_else(|| EditError::NotFound {
            kind,
            id: id.to_string(),
        })
}

/// Renames the key `old` to `new` in an object, keeping its place. A stale entry already
/// called `new` is dropped first (an object never gets a duplicate key). Nothing when
/// `v` is not an object or has no `old`.
pub fn rename_key(v: &mut Value, old: &str, new: &str) {
    let Value::Object(fields) = v else { return };
    if old == new || !fields.iter().any(|(k, _)| k == old) {
        return;
    }
    fields.retain(|(k, _)| k != new);
    for (k, _) in fields.iter_mut() {
        if k == old {
            *k = new.to_string();
        }
    }
}

/// Sets `v.key` to the string `new` when it is the string `old`.
pub fn replace_str(v: &mut Value, key: &str, old: &str, new: &str) {
    if field_is(v, key, old) {
        v.set_at(&JsonPath::root().key(key), Value::str(new));
    }
}

/// Runs `f` on every element of the top-level array `list` (nothing when it is not one).
pub fn each_mut(doc: &mut Value, list: &str, mut f: impl FnMut(&mut Value)) {
    if let Some(Value::Array(xs)) = at_mut(doc, &JsonPath::root().key(list)) {
        xs.iter_mut().for_each(&mut f);
    }
}

/// Runs `f` on every value of the object `v` (nothing when it is not one).
pub fn each_value_mut(v: Option<&mut Value>, mut f: impl FnMut(&mut Value)) {
    if let Some(Value::Object(fields)) = v {
        fields.iter_mut().for_each(|(_, x)| f(x));
    }
}

/// Sets the value at `at`; a place that cannot hold one is refused as
/// [`EditError::Unreachable`].
pub fn set(doc: &mut Value, at: &JsonPath, value: Value) -> Result<(), EditError> {
    if doc.set_at(at, value) {
        Ok(())
    } else {
        Err(EditError::Unreachable { at: at.clone() })
    }
}

/// Sets (`Some`, as [`set`]) or removes (`None`) the value at `at`.
pub fn set_or_remove(
    doc: &mut Value,
    at: &JsonPath,
    value: Option<Value>,
) -> Result<(), EditError> {
    match value {
        Some(v) => set(doc, at, v),
        None => {
            doc.remove_at(at);
            Ok(())
        }
    }
}

/// `base` followed by `rel`.
pub fn join(base: &JsonPath, rel: &JsonPath) -> JsonPath {
    let mut segs = base.segments();
    segs.extend(rel.segments());
    JsonPath::from_segments(segs)
}
