//! A small JSON reader and writer that keep what the engine needs and serde_json drops:
//! numbers as their exact text, duplicate keys as errors, object key order, and the
//! line, column and JSON path of every syntax error.
//!
//! The reader is iterative over nesting only up to [`MAX_DEPTH`] levels, so no input can
//! exhaust the stack; it never panics.

use crate::path::{JsonPath, Segment};
use std::fmt::Write as _;

/// The deepest nesting the reader accepts (a workspace needs about eight levels).
pub const MAX_DEPTH: usize = 64;

/// Up to this many keys, an object is checked for a duplicate key by a scan; beyond, by a
/// hash set (linear in the keys, not quadratic).
const SCAN_KEYS: usize = 16;
/// A parsed JSON value. Numbers keep their source text so that decimals stay exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written (JSON number grammar, already checked).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in source order (no duplicates: the reader refuses them).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The name of this value's JSON type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// The value of `key` when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string value's text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Shorthand for a string value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::String(s.into())
    }

    /// Writes this value as compact JSON (no spaces), keys in stored order.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, None, 0);
        out
    }

    /// Writes this value as JSON indented by two spaces, keys in stored order, ending
    /// without a newline.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(2), 0);
        out
    }
}

impl Value {
    /// The value at `path`, if there is one.
    pub fn at(&self, path: &JsonPath) -> Option<&Value> {
        let mut v = self;
        for seg in &path.segments() {
            v = match (seg, v) {
                (Segment::Key(k), Value::Object(_)) => v.get(k)?,
                (Segment::Index(i), Value::Array(items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(v)
    }

    /// The value at `path`, mutably; missing object keys on the way are created (as
    /// objects), so a new field can be set in one step. `None` when an index is out of
    /// range or a step goes through a non-container.
    pub fn at_mut_or_create(&mut self, path: &JsonPath) -> Option<&mut Value> {
        let mut v = self;
        for seg in &path.segments() {
            v = match (seg, v) {
                (Segment::Key(k), Value::Object(fields)) => {
                    let pos = match fields.iter().position(|(fk, _)| fk == k) {
                        Some(p) => p,
                        None => {
                            fields.push((k.clone(), Value::Object(Vec::new())));
                            fields.len() - 1
                        }
                    };
                    &mut fields.get_mut(pos)?.1
                }
                (Segment::Index(i), Value::Array(items)) => items.get_mut(*i)?,
                _ => return None,
            };
        }
        Some(v)
    }

    /// Sets the value at `path` (creating missing object keys). Returns false when the
    /// path cannot be reached.
    pub fn set_at(&mut self, path: &JsonPath, value: Value) -> bool {
        match self.at_mut_or_create(path) {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        }
    }

    /// Removes the object field or array element at `path`. Returns false when there is
    /// nothing there.
    pub fn remove_at(&mut self, path: &JsonPath) -> bool {
        let segments = path.segments();
        let Some((last, parent)) = segments.split_last() else {
            return false;
        };
        let parent_path = JsonPath::from_segments(parent.to_vec());
        let Some(container) = self.at_mut_or_create(&parent_path) else {
            return false;
        };
        match (last, container) {
            (Segment::Key(k), Value::Object(fields)) => {
                let before = fields.len();
                fields.retain(|(fk, _)| fk != k);
                fields.len() != before
            }
            (Segment::Index(i), Value::Array(items)) if *i < items.len() => {
                items.remove(*i);
                true
            }
            _ => false,
        }
    }

    /// Appends to the array at `path` (creating it when absent). Returns false when
    /// something other than an array is there.
    pub fn push_at(&mut self, path: &JsonPath, value: Value) -> bool {
        let Some(slot) = self.at_mut_or_create(path) else {
            return false;
        };
        if *slot == Value::Object(Vec::new()) {
            *slot = Value::Array(Vec::new());
        }
        match slot {
            Value::Array(items) => {
                items.push(value);
                true
            }
            _ => false,
        }
    }
}

/// A syntax error: where, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Path of the value being read when the error happened: a string, number or key
    /// names its own place (`units[0].name`); a misplaced comma or bracket names its
    /// container (`plan.dimensions`); the document itself is `(root)`.
    pub path: JsonPath,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What went wrong.
    pub kind: SyntaxErrorKind,
}

/// What kind of syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The text ended too soon.
    UnexpectedEnd,
    /// A character that cannot stand here.
    UnexpectedChar(char),
    /// Something after the one top-level value.
    TrailingContent,
    /// A string with a raw control character in it.
    ControlCharacter,
    /// A backslash escape that JSON does not have, or a broken `\u` escape.
    BadEscape,
    /// A `\u` escape that is half of a surrogate pair without the other half.
    LoneSurrogate,
    /// A malformed number (`01`, `1.`, `-`, …).
    BadNumber,
    /// A literal that is not `true`, `false` or `null` (`NaN`, `Infinity`, …).
    BadLiteral,
    /// The same key twice in one object.
    DuplicateKey(String),
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// An array of `items`, each written by `f`.
pub fn list<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    f: impl FnMut(&'a T) -> Value,
) -> Value {
    Value::Array(items.into_iter().map(f).collect())
}

/// An object of string keys, in the order given.
pub fn obj(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Parses one JSON document. A leading UTF-8 byte-order mark is skipped.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        chars: text.char_indices().peekable(),
        line: 1,
        column: 1,
        path: JsonPath::root(),
        depth: 0,
    };
    p.skip_ws();
    let v = p.value()?;
    p.skip_ws();
    if p.chars.peek().is_some() {
        return Err(p.error(SyntaxErrorKind::TrailingContent));
    }
    Ok(v)
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    line: usize,
    column: usize,
    path: JsonPath,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, kind: SyntaxErrorKind) -> SyntaxError {
        SyntaxError {
            path: self.path.clone(),
            line: self.line,
            column: self.column,
            kind,
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn bump(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn unexpected(&mut self) -> SyntaxError {
        match self.peek() {
            Some(c) => self.error(SyntaxErrorKind::UnexpectedChar(c)),
            None => self.error(SyntaxErrorKind::UnexpectedEnd),
        }
    }

    fn expect(&mut self, want: char) -> Result<(), SyntaxError> {
        if self.peek() == Some(want) {
            self.bump();
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        match self.peek() {
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => Ok(Value::String(self.string()?)),
            Some('-' | '0'..='9') => self.number(),
            Some('t') => self.literal("true", Value::Bool(true)),
            Some('f') => self.literal("false", Value::Bool(false)),
            Some('n') => self.literal("null", Value::Null),
            Some(c) if c.is_alphabetic() => Err(self.error(SyntaxErrorKind::BadLiteral)),
            _ => Err(self.unexpected()),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, SyntaxError> {
        for want in word.chars() {
            if self.peek() != Some(want) {
                return Err(self.error(SyntaxErrorKind::BadLiteral));
            }
            self.bump();
        }
        if matches!(self.peek(), Some(c) if c.is_alphanumeric()) {
            return Err(self.error(SyntaxErrorKind::BadLiteral));
        }
        Ok(v)
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(SyntaxErrorKind::TooDeep));
        }
        Ok(())
    }

    /// Just inside an opening bracket: whether `end` follows at once (the container is
    /// empty, and then closed).
    fn closes_empty(&mut self, end: char) -> bool {
        self.skip_ws();
        let empty = self.peek() == Some(end);
        if empty {
            self.bump();
            self.depth -= 1;
        }
        empty
    }

    /// After a member: `,` (more follow: `false`) or `end` (the container closed: `true`).
    fn member_end(&mut self, end: char) -> Result<bool, SyntaxError> {
        self.skip_ws();
        match self.peek() {
            Some(',') => {
                self.bump();
                Ok(false)
            }
            Some(c) if c == end => {
                self.bump();
                self.depth -= 1;
                Ok(true)
            }
            _ => Err(self.unexpected()),
        }
    }

    /// A value read with `path` as the current path (for the errors inside it).
    fn value_at(&mut self, path: JsonPath) -> Result<Value, SyntaxError> {
        let saved = std::mem::replace(&mut self.path, path);
        let v = self.value();
        self.path = saved;
        v
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.enter()?;
        self.bump(); // '{'
        let mut fields: Vec<(String, Value)> = Vec::new();
        // Keys seen, once the object is large enough for a linear scan to cost (an object of
        // 100 000 keys took 21 s with the scan alone).
        let mut seen: Option<std::collections::HashSet<String>> = None;
        if self.closes_empty('}') {
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some('"') {
                return Err(self.unexpected());
            }
            let key = self.string()?;
            let duplicate = match &mut seen {
                Some(set) => !set.insert(key.clone()),
                None => {
                    let d = fields.iter().any(|(k, _)| *k == key);
                    if !d && fields.len() >= SCAN_KEYS {
                        let mut set: std::collections::HashSet<String> =
                            fields.iter().map(|(k, _)| k.clone()).collect();
                        set.insert(key.clone());
                        seen = Some(set);
                    }
                    d
                }
            };
            if duplicate {
                let mut e = self.error(SyntaxErrorKind::DuplicateKey(key.clone()));
                e.path = self.path.key(&key);
                return Err(e);
            }
            self.skip_ws();
            self.expect(':')?;
            self.skip_ws();
            let v = self.value_at(self.path.key(&key));
            fields.push((key, v?));
            if self.member_end('}')? {
                return Ok(Value::Object(fields));
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.enter()?;
        self.bump(); // '['
        let mut items = Vec::new();
        if self.closes_empty(']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(']') {
                // A trailing comma: the error belongs to the array, not to an element.
                return Err(self.unexpected());
            }
            let v = self.value_at(self.path.index(items.len()));
            items.push(v?);
            if self.member_end(']')? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.error(SyntaxErrorKind::BadEscape))?;
            self.bump();
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump(); // '"'
        let mut s = String::new();
        loop {
            let c = match self.peek() {
                None => return Err(self.error(SyntaxErrorKind::UnexpectedEnd)),
                Some(c) => c,
            };
            match c {
                '"' => {
                    self.bump();
                    return Ok(s);
                }
                '\\' => {
                    self.bump();
                    let e = self
                        .peek()
                        .ok_or_else(|| self.error(SyntaxErrorKind::UnexpectedEnd))?;
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        'u' => None,
                        _ => return Err(self.error(SyntaxErrorKind::BadEscape)),
                    };
                    self.bump();
                    if let Some(ch) = simple {
                        s.push(ch);
                        continue;
                    }
                    let hi = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&hi) {
                        if self.peek() != Some('\\') {
                            return Err(self.error(SyntaxErrorKind::LoneSurrogate));
                        }
                        self.bump();
                        if self.peek() != Some('u') {
                            return Err(self.error(SyntaxErrorKind::LoneSurrogate));
                        }
                        self.bump();
                        let lo = self.hex4()?;
                        if !(0xDC00..0xE000).contains(&lo) {
                            return Err(self.error(SyntaxErrorKind::LoneSurrogate));
                        }
                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                    } else if (0xDC00..0xE000).contains(&hi) {
                        return Err(self.error(SyntaxErrorKind::LoneSurrogate));
                    } else {
                        hi
                    };
                    match char::from_u32(code) {
                        Some(ch) => s.push(ch),
                        None => return Err(self.error(SyntaxErrorKind::BadEscape)),
                    }
                }
                c if (c as u32) < 0x20 => return Err(self.error(SyntaxErrorKind::ControlCharacter)),
                c => {
                    self.bump();
                    s.push(c);
                }
            }
        }
    }

    fn digits(&mut self, text: &mut String) -> usize {
        let mut n = 0;
        while let Some(c @ '0'..='9') = self.peek() {
            self.bump();
            text.push(c);
            n += 1;
        }
        n
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let mut text = String::new();
        if self.peek() == Some('-') {
            self.bump();
            text.push('-');
        }
        match self.peek() {
            Some('0') => {
                self.bump();
                text.push('0');
                if matches!(self.peek(), Some('0'..='9')) {
                    return Err(self.error(SyntaxErrorKind::BadNumber));
                }
            }
            Some('1'..='9') => {
                self.digits(&mut text);
            }
            _ => return Err(self.error(SyntaxErrorKind::BadNumber)),
        }
        if self.peek() == Some('.') {
            self.bump();
            text.push('.');
            if self.digits(&mut text) == 0 {
                return Err(self.error(SyntaxErrorKind::BadNumber));
            }
        }
        if let Some(e @ ('e' | 'E')) = self.peek() {
            self.bump();
            text.push(e);
            if let Some(s @ ('+' | '-')) = self.peek() {
                self.bump();
                text.push(s);
            }
            if self.digits(&mut text) == 0 {
                return Err(self.error(SyntaxErrorKind::BadNumber));
            }
        }
        if matches!(self.peek(), Some(c) if c.is_alphanumeric() || c == '.') {
            return Err(self.error(SyntaxErrorKind::BadNumber));
        }
        Ok(Value::Number(text))
    }
}

/// Writes `s` as a JSON string literal (escaping quotes, backslashes and control characters).
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn newline(out: &mut String, indent: Option<usize>, level: usize) {
    if let Some(n) = indent {
        out.push('\n');
        for _ in 0..n * level {
            out.push(' ');
        }
    }
}

fn write_value(out: &mut String, v: &Value, indent: Option<usize>, level: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent, level + 1);
                write_value(out, item, indent, level + 1);
            }
            newline(out, indent, level);
            out.push(']');
        }
        Value::Object(fields) => {
            if fields.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (k, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent, level + 1);
                write_string(out, k);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write_value(out, item, indent, level + 1);
            }
            newline(out, indent, level);
            out.push('}');
        }
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            // A JSON number is a number, whole or not (a field must not switch between
            // number and string with its value): whole ones that fit exactly as integers,
            // others as the nearest `f64` (what a JavaScript number is). Exact decimals are
            // `Value::String` in every file the engine writes, so nothing official is
            // approximated here. Only a number too large for an `f64` (`1e999`) keeps its
            // text, since JSON has no infinity.
            Value::Number(n) => {
                if let Ok(i) = n.parse::<i64>() {
                    s.serialize_i64(i)
                } else if let Ok(u) = n.parse::<u64>() {
                    s.serialize_u64(u)
                } else {
                    match n.parse::<f64>() {
                        Ok(f) if f.is_finite() => s.serialize_f64(f),
                        _ => s.serialize_str(n),
                    }
                }
            }
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, item) in fields {
                    map.serialize_entry(k, item)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JSON number is a number for serde too (`window.scorecard`'s objects), whole or
    /// not: a field never switches between number and string with its value.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn serialises_every_number_as_a_number() {
        let v = parse(
            r#"{"rank": 1, "p": 0.5, "neg": -2.25, "tiny": 1e-10, "whole": 3.0,
                "huge": 18446744073709551616, "text": "0.5"}"#,
        )
        .unwrap();
        let out = serde_json::to_value(&v).unwrap();
        assert_eq!(out["rank"], serde_json::json!(1));
        assert_eq!(out["p"], serde_json::json!(0.5));
        assert_eq!(out["neg"], serde_json::json!(-2.25));
        assert_eq!(out["tiny"], serde_json::json!(1e-10));
        assert_eq!(out["whole"], serde_json::json!(3.0));
        assert_eq!(out["huge"], serde_json::json!(18446744073709551616.0));
        assert_eq!(out["text"], serde_json::json!("0.5"));
    }

    fn err(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
    }

    #[test]
    fn keeps_numbers_exact_and_key_order() {
        let v = parse(r#"{"b": 0.10, "a": [1e-3, -0, 12345678901234567890123456789]}"#).unwrap();
        assert_eq!(
            v.to_compact(),
            r#"{"b":0.10,"a":[1e-3,-0,12345678901234567890123456789]}"#
        );
    }

    #[test]
    fn unescapes_strings_and_surrogate_pairs() {
        let v = parse(r#""a\"\\\/\n\u00e9\ud83d\ude00總""#).unwrap();
        assert_eq!(v, Value::str("a\"\\/\né😀總"));
        assert_eq!(parse(&v.to_compact()).unwrap(), v);
    }

    #[test]
    fn a_duplicate_key_is_found_in_small_and_large_objects() {
        for n in [2, SCAN_KEYS, SCAN_KEYS + 1, 5_000] {
            let mut keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
            let ok = format!("{{{}}}", keys.join(","));
            match parse(&ok) {
                Ok(Value::Object(f)) => assert_eq!(f.len(), n),
                other => panic!("{n}: {other:?}"),
            }
            // The first key again, at the end: refused there, with its path.
            keys.push("\"k0\":0".into());
            let e = parse(&format!("{{{}}}", keys.join(","))).unwrap_err();
            assert_eq!(e.kind, SyntaxErrorKind::DuplicateKey("k0".into()), "{n}");
            assert_eq!(e.path.to_string(), "k0", "{n}");
        }
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        assert_eq!(err("[1,]").kind, SyntaxErrorKind::UnexpectedChar(']'));
        assert_eq!(
            err(r#"{"a":1,}"#).kind,
            SyntaxErrorKind::UnexpectedChar('}')
        );
        assert_eq!(err("01").kind, SyntaxErrorKind::BadNumber);
        assert_eq!(err("1.").kind, SyntaxErrorKind::BadNumber);
        assert_eq!(err("NaN").kind, SyntaxErrorKind::BadLiteral);
        assert_eq!(err("nul").kind, SyntaxErrorKind::BadLiteral);
        assert_eq!(err("\"\\ud800\"").kind, SyntaxErrorKind::LoneSurrogate);
        assert_eq!(err("\"\\udc00\"").kind, SyntaxErrorKind::LoneSurrogate);
        assert_eq!(err("\"a\tb\"").kind, SyntaxErrorKind::ControlCharacter);
        assert_eq!(err("\"\\x\"").kind, SyntaxErrorKind::BadEscape);
        assert_eq!(err("1 2").kind, SyntaxErrorKind::TrailingContent);
        assert_eq!(err("").kind, SyntaxErrorKind::UnexpectedEnd);
        assert_eq!(err("\"abc").kind, SyntaxErrorKind::UnexpectedEnd);
    }

    #[test]
    fn names_path_line_and_column() {
        let e = err("{\n  \"plan\": {\"dimensions\": [1, 2,]}\n}");
        assert_eq!(e.path.to_string(), "plan.dimensions");
        assert_eq!((e.line, e.column), (2, 32)); // the `]` after the trailing comma
        let e = err(r#"{"units": [{"id": "a", "id": "b"}]}"#);
        assert_eq!(e.kind, SyntaxErrorKind::DuplicateKey("id".into()));
        assert_eq!(e.path.to_string(), "units[0].id");
    }

    #[test]
    fn limits_depth_without_overflowing_the_stack() {
        let deep = "[".repeat(100_000);
        assert_eq!(err(&deep).kind, SyntaxErrorKind::TooDeep);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn edits_by_path() {
        let mut v = parse(r#"{"records": [{"unit": "a", "values": {"x": "1"}}]}"#).unwrap();
        let p = JsonPath::parse("records[0].values.x").unwrap();
        assert_eq!(v.at(&p), Some(&Value::str("1")));
        assert!(v.set_at(&p, Value::str("2")));
        assert!(v.set_at(
            &JsonPath::parse("records[0].planned.x").unwrap(),
            Value::str("3")
        ));
        assert!(v.push_at(&JsonPath::parse("records[0].events").unwrap(), Value::Null));
        assert!(!v.set_at(&JsonPath::parse("records[5].unit").unwrap(), Value::Null));
        assert_eq!(
            v.to_compact(),
            r#"{"records":[{"unit":"a","values":{"x":"2"},"planned":{"x":"3"},"events":[null]}]}"#
        );
        assert!(v.remove_at(&JsonPath::parse("records[0].values").unwrap()));
        assert!(!v.remove_at(&JsonPath::parse("records[0].values").unwrap()));
        assert!(v.remove_at(&JsonPath::parse("records[0].events[0]").unwrap()));
        assert_eq!(
            v.to_compact(),
            r#"{"records":[{"unit":"a","planned":{"x":"3"},"events":[]}]}"#
        );
    }

    #[test]
    fn pretty_printing_round_trips() {
        let text = r#"{"a":[],"b":{},"c":[{"d":null,"e":true}],"f":"總隊"}"#;
        let v = parse(text).unwrap();
        let pretty = v.to_pretty();
        assert!(pretty.contains("\n  \"c\": [\n    {\n      \"d\": null"));
        assert_eq!(parse(&pretty).unwrap(), v);
        assert_eq!(v.to_compact(), text);
    }
}
