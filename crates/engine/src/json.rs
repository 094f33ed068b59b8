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
///
/// The reader works on bytes and copies each string and number once; the line, column
/// and path of an error are worked out only when there is an error (the path is collected
/// as the error travels out of the nesting), so a valid document pays for none of them.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    Parser::new(text, None).document()
}

/// Receives each element of one top-level array as soon as it is parsed: its index, the
/// element, and the top-level fields parsed before the array. It returns the element to keep
/// it in the tree, or `None` when it has taken it.
pub type ItemHook<'h> = dyn FnMut(usize, Value, &[(String, Value)]) -> Option<Value> + 'h;

/// [`parse`], except that the elements of the array at the top-level key `key` (when the
/// document is an object and that value is an array) go to `hook` one by one as they are
/// parsed, so a reader can turn each into its own type and drop its tree at once. Syntax
/// errors are reported exactly as [`parse`] reports them.
pub fn parse_with_items(
    text: &str,
    key: &str,
    hook: &mut ItemHook<'_>,
) -> Result<Value, SyntaxError> {
    Parser::new(text, Some((key, hook))).document()
}

/// An error on its way out of the nesting: where it happened (a byte offset) and the path
/// segments from the innermost outwards.
struct Pending {
    pos: usize,
    kind: SyntaxErrorKind,
    inside_out: Vec<Segment>,
}

type Step<T> = Result<T, Box<Pending>>;

/// Adds the segment of the value being read to an error coming out of it.
fn within<T>(r: Step<T>, seg: impl FnOnce() -> Segment) -> Step<T> {
    r.map_err(|mut e| {
        e.inside_out.push(seg());
        e
    })
}

struct Parser<'a, 'h> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// The top-level key whose array's elements go to the hook, and the hook.
    hook: Option<(&'a str, &'a mut ItemHook<'h>)>,
}

impl<'a, 'h> Parser<'a, 'h> {
    /// A reader at the start of `text` (a leading byte-order mark skipped).
    fn new(text: &'a str, hook: Option<(&'a str, &'a mut ItemHook<'h>)>) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            hook,
        }
    }

    /// The one value of the document, with nothing after it.
    fn document(&mut self) -> Result<Value, SyntaxError> {
        let result = (|| {
            self.skip_ws();
            let v = self.value()?;
            self.skip_ws();
            if self.pos < self.bytes.len() {
                return Err(self.fail(SyntaxErrorKind::TrailingContent));
            }
            Ok(v)
        })();
        result.map_err(|e| self.located(*e))
    }

    fn fail(&self, kind: SyntaxErrorKind) -> Box<Pending> {
        Box::new(Pending {
            pos: self.pos,
            kind,
            inside_out: Vec::new(),
        })
    }

    /// The public error: 1-based line and column (in characters) of the byte offset, and
    /// the path from the root.
    fn located(&self, e: Pending) -> SyntaxError {
        let before = self.text.get(..e.pos).unwrap_or(self.text);
        let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + before.get(line_start..).map_or(0, |s| s.chars().count());
        let mut path = JsonPath::root();
        for seg in e.inside_out.into_iter().rev() {
            path = match seg {
                Segment::Key(k) => path.key(&k),
                Segment::Index(i) => path.index(i),
            };
        }
        SyntaxError {
            path,
            line,
            column,
            kind: e.kind,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The character at the current position (for messages and Unicode-aware checks).
    fn peek_char(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn unexpected(&self) -> Box<Pending> {
        match self.peek_char() {
            Some(c) => self.fail(SyntaxErrorKind::UnexpectedChar(c)),
            None => self.fail(SyntaxErrorKind::UnexpectedEnd),
        }
    }

    fn expect(&mut self, want: u8) -> Step<()> {
        if self.peek() == Some(want) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Step<Value> {
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(None),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            _ => match self.peek_char() {
                Some(c) if c.is_alphabetic() => Err(self.fail(SyntaxErrorKind::BadLiteral)),
                _ => Err(self.unexpected()),
            },
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Step<Value> {
        for want in word.bytes() {
            if self.peek() != Some(want) {
                return Err(self.fail(SyntaxErrorKind::BadLiteral));
            }
            self.pos += 1;
        }
        if matches!(self.peek_char(), Some(c) if c.is_alphanumeric()) {
            return Err(self.fail(SyntaxErrorKind::BadLiteral));
        }
        Ok(v)
    }

    fn enter(&mut self) -> Step<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(SyntaxErrorKind::TooDeep));
        }
        Ok(())
    }

    fn object(&mut self) -> Step<Value> {
        self.enter()?;
        self.pos += 1; // '{'
        let mut fields: Vec<(String, Value)> = Vec::new();
        // Keys seen, once the object is large enough for a linear scan to cost (an object of
        // 100 000 keys took 21 s with the scan alone).
        let mut seen: Option<std::collections::HashSet<String>> = None;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
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
                let mut e = self.fail(SyntaxErrorKind::DuplicateKey(key.clone()));
                e.inside_out.push(Segment::Key(key));
                return Err(e);
            }
            self.skip_ws();
            self.expect(b':')?;
            self.skip_ws();
            let hooked = self.depth == 1
                && self.peek() == Some(b'[')
                && self.hook.as_ref().is_some_and(|(k, _)| *k == key);
            let v = if hooked {
                let mut hook = self.hook.take();
                let v = self.array(hook.as_mut().map(|(_, f)| (&mut **f, fields.as_slice())));
                self.hook = hook;
                within(v, || Segment::Key(key.clone()))?
            } else {
                within(self.value(), || Segment::Key(key.clone()))?
            };
            fields.push((key, v));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    /// An array; with a hook, each element goes to it (and stays only if it gives it back).
    fn array(&mut self, mut hook: Option<(&mut ItemHook<'_>, &[(String, Value)])>) -> Step<Value> {
        self.enter()?;
        self.pos += 1; // '['
        let mut items = Vec::new();
        let mut i = 0;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                // A trailing comma: the error belongs to the array, not to an element.
                return Err(self.unexpected());
            }
            let v = within(self.value(), || Segment::Index(i))?;
            let kept = match hook.as_mut() {
                Some((f, before)) => f(i, v, before),
                None => Some(v),
            };
            items.extend(kept);
            i += 1;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.fail(SyntaxErrorKind::BadEscape))?;
            self.pos += 1;
            n = n * 16 + d;
        }
        Ok(n)
    }

    /// A string's text: runs without escapes are copied whole (they end at an ASCII byte,
    /// so every cut is on a character boundary).
    fn string(&mut self) -> Step<String> {
        self.pos += 1; // '"'
        let mut s = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            s.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err(self.fail(SyntaxErrorKind::UnexpectedEnd)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    s.push(self.escape()?);
                }
                Some(_) => return Err(self.fail(SyntaxErrorKind::ControlCharacter)),
            }
        }
    }

    /// The character of one escape, after its backslash.
    fn escape(&mut self) -> Step<char> {
        let e = self
            .peek()
            .ok_or_else(|| self.fail(SyntaxErrorKind::UnexpectedEnd))?;
        let simple = match e {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => '\0',
            _ => return Err(self.fail(SyntaxErrorKind::BadEscape)),
        };
        self.pos += 1;
        if e != b'u' {
            return Ok(simple);
        }
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if self.peek() != Some(b'\\') {
                return Err(self.fail(SyntaxErrorKind::LoneSurrogate));
            }
            self.pos += 1;
            if self.peek() != Some(b'u') {
                return Err(self.fail(SyntaxErrorKind::LoneSurrogate));
            }
            self.pos += 1;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.fail(SyntaxErrorKind::LoneSurrogate));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else if (0xDC00..0xE000).contains(&hi) {
            return Err(self.fail(SyntaxErrorKind::LoneSurrogate));
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.fail(SyntaxErrorKind::BadEscape))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Step<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.fail(SyntaxErrorKind::BadNumber));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.fail(SyntaxErrorKind::BadNumber)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.fail(SyntaxErrorKind::BadNumber));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail(SyntaxErrorKind::BadNumber));
            }
        }
        if matches!(self.peek_char(), Some(c) if c.is_alphanumeric() || c == '.') {
            return Err(self.fail(SyntaxErrorKind::BadNumber));
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(text.to_string()))
    }
}

/// Writes `s` as a JSON string literal (escaping quotes, backslashes, control characters
/// and the line separators U+2028/U+2029). Runs that need no escape are copied whole.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    let mut rest = s;
    while let Some(i) =
        rest.find(|c: char| matches!(c, '"' | '\\' | '\u{2028}' | '\u{2029}') || (c as u32) < 0x20)
    {
        let (run, tail) = rest.split_at(i);
        out.push_str(run);
        let mut chars = tail.chars();
        match chars.next() {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            None => {}
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out.push('"');
}

const SPACES: &str = "                                                                ";

fn newline(out: &mut String, indent: Option<usize>, level: usize) {
    if let Some(n) = indent {
        out.push('\n');
        let mut left = n * level;
        while left > 0 {
            let k = left.min(SPACES.len());
            out.push_str(SPACES.get(..k).unwrap_or_default());
            left -= k;
        }
    }
}

/// JSON text written piece by piece, so that a large document (a results file of 10 000
/// units, a workspace's canonical form) is never held as a tree: the caller writes the
/// frame and hands over one small [`Value`] at a time. The text is byte-identical to
/// [`Value::to_pretty`] / [`Value::to_compact`] of the whole tree. With a sink
/// ([`Writer::to_sink`]) the text is handed on in chunks of about 64 KiB as it is written,
/// so it is never held whole either.
pub struct Writer<'a> {
    out: String,
    indent: Option<usize>,
    /// Per open container: whether it has an element yet.
    open: Vec<bool>,
    /// A key was just written: the next value follows it on the same line.
    after_key: bool,
    sink: Option<&'a mut dyn FnMut(&str)>,
}

/// How much text a [`Writer`] with a sink buffers before handing it on.
const CHUNK: usize = 1 << 16;

impl<'a> Writer<'a> {
    /// Pretty text, 2-space indent (as [`Value::to_pretty`]), kept until [`Writer::finish`].
    pub fn pretty() -> Self {
        Self::new(Some(2), None)
    }

    /// Compact text (as [`Value::to_compact`]), kept until [`Writer::finish`].
    pub fn compact() -> Self {
        Self::new(None, None)
    }

    /// Text handed to `sink` in chunks; `pretty` chooses the 2-space form.
    pub fn to_sink(pretty: bool, sink: &'a mut dyn FnMut(&str)) -> Self {
        Self::new(pretty.then_some(2), Some(sink))
    }

    fn new(indent: Option<usize>, sink: Option<&'a mut dyn FnMut(&str)>) -> Self {
        Writer {
            out: String::new(),
            indent,
            open: Vec::new(),
            after_key: false,
            sink,
        }
    }

    /// Separator and line break before an element of the open container.
    fn element(&mut self) {
        if std::mem::take(&mut self.after_key) {
            return;
        }
        if let Some(has) = self.open.last_mut() {
            if *has {
                self.out.push(',');
            }
            *has = true;
            newline(&mut self.out, self.indent, self.open.len());
        }
    }

    fn flush_if_full(&mut self) {
        if self.out.len() >= CHUNK {
            if let Some(sink) = self.sink.as_mut() {
                sink(&self.out);
                self.out.clear();
            }
        }
    }

    /// Opens an object (`{`) or array (`[`).
    pub fn begin(&mut self, bracket: char) {
        self.element();
        self.out.push(bracket);
        self.open.push(false);
    }

    /// Closes the innermost container with `}` or `]`.
    pub fn end(&mut self, bracket: char) {
        if self.open.pop().unwrap_or(false) {
            newline(&mut self.out, self.indent, self.open.len());
        }
        self.out.push(bracket);
    }

    /// A key of the open object; its value comes next.
    pub fn key(&mut self, key: &str) {
        self.element();
        write_string(&mut self.out, key);
        self.out.push(':');
        if self.indent.is_some() {
            self.out.push(' ');
        }
        self.after_key = true;
    }

    /// A whole value (after a key, or as an element of the open array).
    pub fn value(&mut self, v: &Value) {
        self.element();
        write_value(&mut self.out, v, self.indent, self.open.len());
        self.flush_if_full();
    }

    /// A key and its value.
    pub fn field(&mut self, key: &str, v: &Value) {
        self.key(key);
        self.value(v);
    }

    /// Raw text after the document (a final newline).
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// The text still buffered (all of it without a sink); with a sink, the rest is handed
    /// on and the result is empty.
    pub fn finish(mut self) -> String {
        if let Some(sink) = self.sink.as_mut() {
            sink(&self.out);
            return String::new();
        }
        self.out
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
