//! JSON paths such as `records[3].values.quality.audited`, the address every error carries.

use std::fmt;
use std::rc::Rc;

/// One step of a path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// An object key.
    Key(String),
    /// An array index, from 0.
    Index(usize),
}

/// A path from the document root. Displays as `plan.dimensions[0].id`; the root itself as
/// `(root)`; a key that is not plain ASCII letters, digits, `_` or `-` as `["key"]`.
///
/// Held as a shared linked list from the leaf up, so extending a path (done for every
/// field read) allocates one small node instead of copying the whole path.
#[derive(Clone, Default)]
pub struct JsonPath(Option<Rc<Node>>);

struct Node {
    parent: Option<Rc<Node>>,
    seg: Segment,
}

impl JsonPath {
    /// The document root.
    pub fn root() -> Self {
        JsonPath(None)
    }

    /// Parses the display form back (`a.b[2]["c d"]`); `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        if text == "(root)" {
            return Some(Self::root());
        }
        let mut segs = Vec::new();
        let mut rest = text;
        let mut first = true;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix("[\"") {
                let end = find_closing_quote(r)?;
                let raw = r.get(..end)?;
                let key = crate::json::parse(&format!("\"{raw}\"")).ok()?;
                segs.push(Segment::Key(key.as_str()?.to_string()));
                rest = r.get(end + 1..)?.strip_prefix(']')?;
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']')?;
                segs.push(Segment::Index(r.get(..end)?.parse().ok()?));
                rest = r.get(end + 1..)?;
            } else {
                let r = if first { rest } else { rest.strip_prefix('.')? };
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let key = r.get(..end)?;
                if key.is_empty() {
                    return None;
                }
                segs.push(Segment::Key(key.to_string()));
                rest = r.get(end..)?;
            }
            first = false;
        }
        Some(Self::from_segments(segs))
    }

    /// A path made of these steps.
    pub fn from_segments(segments: Vec<Segment>) -> Self {
        segments
            .into_iter()
            .fold(JsonPath::root(), |p, s| p.push(s))
    }

    fn push(&self, seg: Segment) -> Self {
        JsonPath(Some(Rc::new(Node {
            parent: self.0.clone(),
            seg,
        })))
    }

    /// The path without its last step (the root stays the root).
    pub fn parent(&self) -> Self {
        JsonPath(self.0.as_ref().and_then(|n| n.parent.clone()))
    }

    /// Whether `self` is `other` or lies inside it.
    pub fn starts_with(&self, other: &JsonPath) -> bool {
        self.segments().starts_with(&other.segments())
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        self.push(Segment::Key(key.to_string()))
    }

    /// This path extended by an array index.
    pub fn index(&self, i: usize) -> Self {
        self.push(Segment::Index(i))
    }

    /// The steps of the path, from the root.
    pub fn segments(&self) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut node = self.0.as_deref();
        while let Some(n) = node {
            out.push(n.seg.clone());
            node = n.parent.as_deref();
        }
        out.reverse();
        out
    }

    /// The last step, if any.
    pub fn last(&self) -> Option<&Segment> {
        self.0.as_deref().map(|n| &n.seg)
    }

    /// Whether this is the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_none()
    }
}

impl PartialEq for JsonPath {
    fn eq(&self, other: &Self) -> bool {
        self.segments() == other.segments()
    }
}

impl Eq for JsonPath {}

impl std::hash::Hash for JsonPath {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.segments().hash(state);
    }
}

impl PartialOrd for JsonPath {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for JsonPath {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.segments().cmp(&other.segments())
    }
}

impl fmt::Debug for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JsonPath({self})")
    }
}

fn find_closing_quote(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

fn is_plain(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_root() {
            return f.write_str("(root)");
        }
        for (i, seg) in self.segments().iter().enumerate() {
            match seg {
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Key(k) if is_plain(k) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Segment::Key(k) => {
                    let mut quoted = String::new();
                    crate::json::write_string(&mut quoted, k);
                    write!(f, "[{quoted}]")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_the_format_spec() {
        let p = JsonPath::root()
            .key("records")
            .index(3)
            .key("values")
            .key("quality")
            .key("audited");
        assert_eq!(p.to_string(), "records[3].values.quality.audited");
        assert_eq!(JsonPath::root().to_string(), "(root)");
        let q = JsonPath::root()
            .key("history")
            .index(0)
            .key("scores")
            .key("一支隊");
        assert_eq!(q.to_string(), r#"history[0].scores["一支隊"]"#);
    }

    #[test]
    fn parses_its_own_display_form() {
        for text in [
            "(root)",
            "records[3].values.quality.audited",
            r#"history[0].scores["一支 \"隊"].x[2]"#,
            r#"["a.b"]"#,
        ] {
            assert_eq!(JsonPath::parse(text).unwrap().to_string(), text);
        }
        assert!(JsonPath::parse("a..b").is_none());
    }
}
