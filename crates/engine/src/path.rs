//! JSON paths such as `records[3].values.quality.audited`, the address every error carries.

use std::fmt;

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsonPath(Vec<Segment>);

impl JsonPath {
    /// The document root.
    pub fn root() -> Self {
        JsonPath(Vec::new())
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
        Some(JsonPath(segs))
    }

    /// A path made of these steps.
    pub fn from_segments(segments: Vec<Segment>) -> Self {
        JsonPath(segments)
    }

    /// The path without its last step (the root stays the root).
    pub fn parent(&self) -> Self {
        let mut v = self.0.clone();
        v.pop();
        JsonPath(v)
    }

    /// Whether `self` is `other` or lies inside it.
    pub fn starts_with(&self, other: &JsonPath) -> bool {
        self.0.starts_with(&other.0)
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        let mut v = self.0.clone();
        v.push(Segment::Key(key.to_string()));
        JsonPath(v)
    }

    /// This path extended by an array index.
    pub fn index(&self, i: usize) -> Self {
        let mut v = self.0.clone();
        v.push(Segment::Index(i));
        JsonPath(v)
    }

    /// The steps of the path.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether this is the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
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
        if self.0.is_empty() {
            return f.write_str("(root)");
        }
        for (i, seg) in self.0.iter().enumerate() {
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
