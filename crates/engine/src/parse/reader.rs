//! Typed reading of JSON values with error collection: every helper reports what it expected
//! at which path and returns `None`, so one pass finds every problem in a file.

use crate::error::{Error, ErrorKind, Expected};
use crate::json::Value;
use crate::model::FileWord;
use crate::number::parse_decimal;
use crate::path::JsonPath;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Most characters in an id (file-format.md).
pub const MAX_ID_CHARS: usize = 64;
/// Most characters in a name (file-format.md).
pub const MAX_NAME_CHARS: usize = 200;
/// Most characters in a note or a reason.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Collects errors while reading.
#[derive(Default)]
pub struct Reader {
    /// Everything found so far, in document order.
    pub errors: Vec<Error>,
}

/// An object being read: its fields and its path.
pub struct Obj<'v> {
    fields: &'v [(String, Value)],
    /// The object's own path.
    pub path: JsonPath,
}

impl<'v> Obj<'v> {
    /// The field `name` with its path, if present.
    pub fn get(&self, name: &str) -> Option<(&'v Value, JsonPath)> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| (v, self.path.key(name)))
    }

    /// The field `name` with its path, if present and not `null`.
    pub fn get_some(&self, name: &str) -> Option<(&'v Value, JsonPath)> {
        self.get(name).filter(|(v, _)| **v != Value::Null)
    }

    /// Every field, with its path.
    pub fn entries(&self) -> impl Iterator<Item = (&'v str, &'v Value, JsonPath)> + '_ {
        self.fields
            .iter()
            .map(|(k, v)| (k.as_str(), v, self.path.key(k)))
    }
}

impl Reader {
    /// Records an error.
    pub fn err(&mut self, path: JsonPath, kind: ErrorKind) {
        self.errors.push(Error::new(path, kind));
    }

    fn wrong(&mut self, path: &JsonPath, expected: Expected, v: &Value) {
        self.err(
            path.clone(),
            ErrorKind::WrongType {
                expected,
                found: v.type_name(),
            },
        );
    }

    /// An object whose field names must all be in `known`; unknown ones are reported.
    pub fn object<'v>(&mut self, v: &'v Value, path: &JsonPath, known: &[&str]) -> Option<Obj<'v>> {
        match v {
            Value::Object(fields) => {
                for (k, _) in fields {
                    if !known.contains(&k.as_str()) {
                        self.err(path.key(k), ErrorKind::UnknownField);
                    }
                }
                Some(Obj {
                    fields,
                    path: path.clone(),
                })
            }
            _ => {
                self.wrong(path, Expected::Object, v);
                None
            }
        }
    }

    /// An object used as a map (any keys).
    pub fn map<'v>(&mut self, v: &'v Value, path: &JsonPath) -> Option<Obj<'v>> {
        self.object_any(v, path)
    }

    fn object_any<'v>(&mut self, v: &'v Value, path: &JsonPath) -> Option<Obj<'v>> {
        match v {
            Value::Object(fields) => Some(Obj {
                fields,
                path: path.clone(),
            }),
            _ => {
                self.wrong(path, Expected::Object, v);
                None
            }
        }
    }

    /// A required field of `obj`; reports it missing at the object's path.
    pub fn req<'v>(&mut self, obj: &Obj<'v>, name: &str) -> Option<(&'v Value, JsonPath)> {
        let got = obj.get(name);
        if got.is_none() {
            self.err(obj.path.clone(), ErrorKind::MissingField(name.to_string()));
        }
        got
    }

    /// An array of at most `max` items.
    pub fn array<'v>(&mut self, v: &'v Value, path: &JsonPath, max: usize) -> Option<&'v [Value]> {
        match v {
            Value::Array(items) if items.len() > max => {
                self.err(
                    path.clone(),
                    ErrorKind::TooMany {
                        len: items.len(),
                        max,
                    },
                );
                None
            }
            Value::Array(items) => Some(items),
            _ => {
                self.wrong(path, Expected::Array, v);
                None
            }
        }
    }

    /// A non-empty array of at most `max` items.
    pub fn nonempty_array<'v>(
        &mut self,
        v: &'v Value,
        path: &JsonPath,
        max: usize,
    ) -> Option<&'v [Value]> {
        let items = self.array(v, path, max)?;
        if items.is_empty() {
            self.err(path.clone(), ErrorKind::Empty);
            return None;
        }
        Some(items)
    }

    /// A string of at most `max` characters.
    pub fn text(&mut self, v: &Value, path: &JsonPath, max: usize) -> Option<String> {
        match v {
            Value::String(s) => {
                let len = s.chars().count();
                if len > max {
                    self.err(path.clone(), ErrorKind::TooLong { len, max });
                    return None;
                }
                Some(s.clone())
            }
            _ => {
                self.wrong(path, Expected::String, v);
                None
            }
        }
    }

    /// A display name.
    pub fn name(&mut self, v: &Value, path: &JsonPath) -> Option<String> {
        self.text(v, path, MAX_NAME_CHARS)
    }

    /// A note or a reason.
    pub fn note(&mut self, v: &Value, path: &JsonPath) -> Option<String> {
        self.text(v, path, MAX_NOTE_CHARS)
    }

    /// An id: non-empty, at most 64 characters, no control characters, no surrounding
    /// white space.
    pub fn id(&mut self, v: &Value, path: &JsonPath) -> Option<String> {
        let s = self.text(v, path, MAX_ID_CHARS)?;
        if s.is_empty() {
            self.err(path.clone(), ErrorKind::EmptyId);
            return None;
        }
        if s.chars().any(char::is_control) || s.trim() != s {
            self.err(path.clone(), ErrorKind::BadId(s));
            return None;
        }
        Some(s)
    }

    /// A map key used as an id (checked like [`Reader::id`]).
    pub fn key_id(&mut self, key: &str, path: &JsonPath) -> Option<String> {
        self.id(&Value::str(key), path)
    }

    /// `true` or `false`.
    pub fn boolean(&mut self, v: &Value, path: &JsonPath) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => {
                self.wrong(path, Expected::Boolean, v);
                None
            }
        }
    }

    /// One of the words in `allowed`.
    pub fn word(
        &mut self,
        v: &Value,
        path: &JsonPath,
        allowed: &'static [&'static str],
    ) -> Option<&'static str> {
        let s = match v {
            Value::String(s) => s,
            _ => {
                self.wrong(path, Expected::String, v);
                return None;
            }
        };
        match allowed.iter().find(|a| **a == s.as_str()) {
            Some(a) => Some(a),
            None => {
                self.err(
                    path.clone(),
                    ErrorKind::NotOneOf {
                        found: s.clone(),
                        allowed,
                    },
                );
                None
            }
        }
    }

    /// One of the file words of `T`, as its value.
    pub fn choice<T: FileWord>(&mut self, v: &Value, path: &JsonPath) -> Option<T> {
        self.word(v, path, T::WORDS).and_then(T::from_word)
    }

    /// A decimal, from a JSON number or a string, exactly.
    pub fn decimal(&mut self, v: &Value, path: &JsonPath) -> Option<Decimal> {
        let text = match v {
            Value::Number(t) | Value::String(t) => t,
            _ => {
                self.wrong(path, Expected::Decimal, v);
                return None;
            }
        };
        match parse_decimal(text) {
            Ok(d) => Some(d),
            Err(kind) => {
                self.err(path.clone(), kind);
                None
            }
        }
    }

    /// A decimal or `null`. The outer `Option` is `None` on error.
    pub fn decimal_or_null(&mut self, v: &Value, path: &JsonPath) -> Option<Option<Decimal>> {
        match v {
            Value::Null => Some(None),
            Value::Number(_) | Value::String(_) => self.decimal(v, path).map(Some),
            _ => {
                self.wrong(path, Expected::DecimalOrNull, v);
                None
            }
        }
    }

    /// A decimal within a range (as [`Reader::decimal_in`]) or `null`. The outer `Option`
    /// is `None` on error.
    pub fn decimal_in_or_null(
        &mut self,
        v: &Value,
        path: &JsonPath,
        min: Option<Decimal>,
        max: Option<Decimal>,
        min_inclusive: bool,
    ) -> Option<Option<Decimal>> {
        match self.decimal_or_null(v, path)? {
            Some(d) => self.check_range(d, path, min, max, min_inclusive).map(Some),
            None => Some(None),
        }
    }

    /// A decimal within `[min, max]` (either end optional; `min` exclusive when
    /// `min_inclusive` is false).
    pub fn decimal_in(
        &mut self,
        v: &Value,
        path: &JsonPath,
        min: Option<Decimal>,
        max: Option<Decimal>,
        min_inclusive: bool,
    ) -> Option<Decimal> {
        let d = self.decimal(v, path)?;
        self.check_range(d, path, min, max, min_inclusive)
    }

    /// A decimal within `[low, high]` when that range is known, any decimal when not.
    pub fn decimal_within(
        &mut self,
        v: &Value,
        path: &JsonPath,
        range: Option<(Decimal, Decimal)>,
    ) -> Option<Decimal> {
        match range {
            Some((lo, hi)) => self.decimal_in(v, path, Some(lo), Some(hi), true),
            None => self.decimal(v, path),
        }
    }

    /// Checks a decimal against a range, reporting it when outside.
    pub fn check_range(
        &mut self,
        d: Decimal,
        path: &JsonPath,
        min: Option<Decimal>,
        max: Option<Decimal>,
        min_inclusive: bool,
    ) -> Option<Decimal> {
        let below = match min {
            Some(lo) if min_inclusive => d < lo,
            Some(lo) => d <= lo,
            None => false,
        };
        let above = matches!(max, Some(hi) if d > hi);
        if below || above {
            self.err(
                path.clone(),
                ErrorKind::OutOfRange {
                    found: d,
                    min,
                    max,
                    min_inclusive,
                },
            );
            return None;
        }
        Some(d)
    }

    /// A whole number in `[0, max]`, from a JSON number or a string (`2`, `"2"`, `2.0`).
    pub fn whole(&mut self, v: &Value, path: &JsonPath, max: u32) -> Option<u32> {
        let text = match v {
            Value::Number(t) | Value::String(t) => t,
            _ => {
                self.wrong(path, Expected::WholeNumber, v);
                return None;
            }
        };
        let d = match parse_decimal(text) {
            Ok(d) => d,
            Err(_) => {
                self.err(path.clone(), ErrorKind::NotAWholeNumber(text.clone()));
                return None;
            }
        };
        if d.is_sign_negative() && !d.is_zero() || d.fract() != Decimal::ZERO {
            self.err(path.clone(), ErrorKind::NotAWholeNumber(text.clone()));
            return None;
        }
        let n = d.trunc().mantissa() / 10i128.pow(d.trunc().scale());
        match u32::try_from(n) {
            Ok(n) if n <= max => Some(n),
            _ => {
                self.err(
                    path.clone(),
                    ErrorKind::OutOfRange {
                        found: d,
                        min: Some(Decimal::ZERO),
                        max: Some(Decimal::from(max)),
                        min_inclusive: true,
                    },
                );
                None
            }
        }
    }

    /// A `[low, high]` pair of decimals with `low ≤ high`, each within `[min, max]`.
    pub fn range(
        &mut self,
        v: &Value,
        path: &JsonPath,
        min: Option<Decimal>,
        max: Option<Decimal>,
    ) -> Option<(Decimal, Decimal)> {
        let items = match v {
            Value::Array(items) if items.len() == 2 => items,
            _ => {
                self.wrong(path, Expected::Range, v);
                return None;
            }
        };
        let mut ends = items.iter().enumerate().map(|(i, item)| {
            let p = path.index(i);
            self.decimal_in(item, &p, min, max, true)
        });
        let (lo, hi) = (ends.next().flatten(), ends.next().flatten());
        let (lo, hi) = (lo?, hi?);
        if lo > hi {
            self.err(path.clone(), ErrorKind::RangeReversed { low: lo, high: hi });
            return None;
        }
        Some((lo, hi))
    }

    /// Marks the second and later uses of an id within one list.
    pub fn unique(
        &mut self,
        seen: &mut BTreeSet<String>,
        id: String,
        path: &JsonPath,
    ) -> Option<String> {
        if !seen.insert(id.clone()) {
            self.err(path.clone(), ErrorKind::DuplicateId(id));
            return None;
        }
        Some(id)
    }

    /// An id (as [`Reader::id`]) not used before in one list (as [`Reader::unique`]).
    pub fn unique_id(
        &mut self,
        seen: &mut BTreeSet<String>,
        v: &Value,
        path: &JsonPath,
    ) -> Option<String> {
        let id = self.id(v, path)?;
        self.unique(seen, id, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn path() -> JsonPath {
        JsonPath::root().key("x")
    }

    fn kinds(r: &Reader) -> Vec<(String, ErrorKind)> {
        r.errors
            .iter()
            .map(|e| (e.path.to_string(), e.kind.clone()))
            .collect()
    }

    #[test]
    fn whole_numbers_from_numbers_and_strings() {
        let mut r = Reader::default();
        for (text, want) in [("2", 2), ("\"3\"", 3), ("2.0", 2), ("0", 0), ("-0", 0)] {
            assert_eq!(
                r.whole(&parse(text).unwrap(), &path(), 10),
                Some(want),
                "{text}"
            );
        }
        assert!(r.errors.is_empty());
        for text in ["1.5", "-1", "\"two\""] {
            assert_eq!(r.whole(&parse(text).unwrap(), &path(), 10), None, "{text}");
        }
        assert_eq!(r.whole(&parse("11").unwrap(), &path(), 10), None);
        assert_eq!(r.whole(&parse("true").unwrap(), &path(), 10), None);
        let got = kinds(&r);
        assert_eq!(got.len(), 5);
        assert_eq!(
            got[0],
            ("x".into(), ErrorKind::NotAWholeNumber("1.5".into()))
        );
        assert_eq!(got[1].1, ErrorKind::NotAWholeNumber("-1".into()));
        assert_eq!(got[2].1, ErrorKind::NotAWholeNumber("two".into()));
        assert_eq!(
            got[3].1,
            ErrorKind::OutOfRange {
                found: Decimal::from(11),
                min: Some(Decimal::ZERO),
                max: Some(Decimal::from(10)),
                min_inclusive: true
            }
        );
        assert_eq!(
            got[4].1,
            ErrorKind::WrongType {
                expected: Expected::WholeNumber,
                found: "boolean"
            }
        );
    }

    #[test]
    fn ids_are_checked_for_emptiness_length_and_white_space() {
        let mut r = Reader::default();
        assert_eq!(r.id(&Value::str("zd1"), &path()), Some("zd1".into()));
        assert_eq!(r.id(&Value::str(""), &path()), None);
        assert_eq!(r.id(&Value::str(" zd1"), &path()), None);
        assert_eq!(r.id(&Value::str("a\tb"), &path()), None);
        let long = "k".repeat(MAX_ID_CHARS + 1);
        assert_eq!(r.id(&Value::str(long.as_str()), &path()), None);
        // 64 characters of Chinese are 64 characters, not 192 bytes.
        let wide = "隊".repeat(MAX_ID_CHARS);
        assert_eq!(
            r.id(&Value::str(wide.as_str()), &path()),
            Some(wide.clone())
        );
        let got: Vec<ErrorKind> = kinds(&r).into_iter().map(|(_, k)| k).collect();
        assert_eq!(
            got,
            [
                ErrorKind::EmptyId,
                ErrorKind::BadId(" zd1".into()),
                ErrorKind::BadId("a\tb".into()),
                ErrorKind::TooLong {
                    len: 65,
                    max: MAX_ID_CHARS
                },
            ]
        );
    }

    #[test]
    fn ranges_and_objects_report_at_their_paths() {
        let mut r = Reader::default();
        let v = parse("[1, 5]").unwrap();
        assert_eq!(
            r.range(&v, &path(), None, None),
            Some((Decimal::ONE, Decimal::from(5)))
        );
        assert_eq!(
            r.range(&parse("[5, 1]").unwrap(), &path(), None, None),
            None
        );
        assert_eq!(r.range(&parse("[1]").unwrap(), &path(), None, None), None);
        let o = parse(r#"{"a": 1, "b": 2}"#).unwrap();
        let obj = r.object(&o, &path(), &["a"]).unwrap();
        assert_eq!(obj.get("a").map(|(_, p)| p.to_string()), Some("x.a".into()));
        assert!(r.req(&obj, "c").is_none());
        let got = kinds(&r);
        assert_eq!(
            got,
            [
                (
                    "x".into(),
                    ErrorKind::RangeReversed {
                        low: Decimal::from(5),
                        high: Decimal::ONE
                    }
                ),
                (
                    "x".into(),
                    ErrorKind::WrongType {
                        expected: Expected::Range,
                        found: "array"
                    }
                ),
                ("x.b".into(), ErrorKind::UnknownField),
                ("x".into(), ErrorKind::MissingField("c".into())),
            ]
        );
    }
}
