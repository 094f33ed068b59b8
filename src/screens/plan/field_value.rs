//! How a plan-editor field reads and writes the document: what each kind of field holds,
//! the text it shows for a stored value (a fraction as a percentage, through the engine's
//! exact conversion) and the value it writes for typed text.

use crate::widgets::path_errors::{dom_id, errors_at};
use scorecard_engine::json::Value;
use scorecard_engine::number::{fraction_to_percent_text, parse_decimal, percent_text_to_fraction};
use scorecard_engine::path::JsonPath;
use scorecard_engine::Error;

/// What a field holds, and so how it is shown and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FieldKind {
    /// Text (names, ids), written as typed.
    #[default]
    Text,
    /// A decimal, written as a string of what was typed.
    Decimal,
    /// A decimal or nothing: empty is written as `null`.
    NullableDecimal,
    /// A fraction shown and typed as a percentage (0.45 ⇄ 45).
    Percent,
    /// A percentage or nothing: empty is written as `null`.
    NullablePercent,
    /// A whole number ≥ 0, written as a JSON number.
    Whole,
}

/// The text of a document value as typed (strings and numbers as they are).
pub fn raw_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) | Some(Value::Number(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// What a field of `kind` shows for the document's value.
pub fn shown_text(kind: FieldKind, v: Option<&Value>) -> String {
    let raw = raw_text(v);
    match kind {
        FieldKind::Percent | FieldKind::NullablePercent => match parse_decimal(&raw) {
            Ok(d) => fraction_to_percent_text(d),
            Err(_) => raw,
        },
        _ => raw,
    }
}

/// The value to write for text typed into a field of `kind`, or the reason it cannot be
/// written (only a percentage that is not a number: its fraction cannot be formed).
pub fn value_for(kind: FieldKind, typed: &str) -> Result<Value, scorecard_engine::ErrorKind> {
    let t = typed.trim();
    Ok(match kind {
        FieldKind::Text => Value::String(typed.to_string()),
        FieldKind::Decimal => Value::str(t),
        FieldKind::NullableDecimal if t.is_empty() => Value::Null,
        FieldKind::NullableDecimal => Value::str(t),
        FieldKind::NullablePercent if t.is_empty() => Value::Null,
        FieldKind::Percent | FieldKind::NullablePercent => {
            Value::String(percent_text_to_fraction(t)?.to_string())
        }
        // A JSON number only when it is one; anything else as text, for the engine to refuse.
        FieldKind::Whole => match t.parse::<u64>() {
            Ok(n) => Value::Number(n.to_string()),
            Err(_) => Value::str(t),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_fields_show_and_write_fractions() {
        let v = Value::str("0.45");
        assert_eq!(shown_text(FieldKind::Percent, Some(&v)), "45");
        assert_eq!(
            shown_text(FieldKind::Percent, Some(&Value::Number("0.125".into()))),
            "12.5"
        );
        // What cannot be read is shown as it is (its error is beside it).
        assert_eq!(shown_text(FieldKind::Percent, Some(&Value::str("x"))), "x");
        assert_eq!(value_for(FieldKind::Percent, "45"), Ok(Value::str("0.45")));
        assert_eq!(
            value_for(FieldKind::Percent, "12.5%"),
            Ok(Value::str("0.125"))
        );
        assert!(value_for(FieldKind::Percent, "abc").is_err());
        assert_eq!(value_for(FieldKind::NullablePercent, " "), Ok(Value::Null));
    }

    #[test]
    fn other_kinds() {
        assert_eq!(value_for(FieldKind::Decimal, " 60 "), Ok(Value::str("60")));
        assert_eq!(value_for(FieldKind::NullableDecimal, ""), Ok(Value::Null));
        assert_eq!(
            value_for(FieldKind::Whole, "5"),
            Ok(Value::Number("5".into()))
        );
        // Not a whole number: kept as text for the engine to refuse at its path.
        assert_eq!(value_for(FieldKind::Whole, "1.5"), Ok(Value::str("1.5")));
        assert_eq!(
            value_for(FieldKind::Text, " 任务 "),
            Ok(Value::str(" 任务 "))
        );
        assert_eq!(shown_text(FieldKind::Decimal, None), "");
    }
}

/// The DOM ids of a plan field and what its control is described by: its error list when
/// it is invalid, its help when it has one, and any `extra` ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIds {
    /// The control's id.
    pub id: String,
    /// The id of its error list.
    pub err_id: String,
    /// The id of its help line.
    pub help_id: String,
    /// `aria-describedby`, when anything describes it.
    pub described: Option<String>,
}

impl FieldIds {
    /// The ids of the field whose control has the DOM id `id`.
    pub fn new(id: String, invalid: bool, has_help: bool, extra: &str) -> Self {
        let err_id = format!("{id}-err");
        let help_id = format!("{id}-help");
        let mut described: Vec<&str> = Vec::new();
        if invalid {
            described.push(&err_id);
        }
        if has_help {
            described.push(&help_id);
        }
        if !extra.is_empty() {
            described.push(extra);
        }
        let described = (!described.is_empty()).then(|| described.join(" "));
        FieldIds {
            id,
            err_id,
            help_id,
            described,
        }
    }
}

/// A plan control bound to a JSON path: the path's display form, whether the control is
/// invalid (the engine finds errors at or inside the path, or the field refused what was
/// typed) and its DOM ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    /// The path, as `data-path` and [`crate::widgets::path_errors::PathErrors`] take it.
    pub path: String,
    /// Whether it is invalid.
    pub invalid: bool,
    /// Its ids.
    pub ids: FieldIds,
}

impl Bound {
    /// The control bound to `path` among the document's `errors`; `help` is its help line,
    /// `extra` more ids describing it.
    pub fn new(errors: &[Error], path: &JsonPath, refused: bool, help: &str, extra: &str) -> Self {
        let path = path.to_string();
        let invalid = refused || !errors_at(errors, &path, false).is_empty();
        let ids = FieldIds::new(dom_id("f-", &path), invalid, !help.is_empty(), extra);
        Bound { path, invalid, ids }
    }
}

#[cfg(test)]
mod field_ids_tests {
    use super::{dom_id, Bound, FieldIds};
    use scorecard_engine::path::JsonPath;

    #[test]
    fn a_field_is_described_by_its_errors_help_and_extras_in_that_order() {
        let ids = FieldIds::new("f-x".into(), true, true, "note");
        assert_eq!(ids.err_id, "f-x-err");
        assert_eq!(ids.help_id, "f-x-help");
        assert_eq!(ids.described.as_deref(), Some("f-x-err f-x-help note"));
        assert_eq!(
            FieldIds::new("f-x".into(), false, false, "").described,
            None
        );
        assert_eq!(
            FieldIds::new("f-x".into(), false, true, "")
                .described
                .as_deref(),
            Some("f-x-help")
        );
        let b = Bound::new(&[], &JsonPath::root().key("plan").key("a"), false, "", "");
        assert_eq!((b.path.as_str(), b.invalid), ("plan.a", false));
        assert_eq!(b.ids.id, dom_id("f-", "plan.a"));
        assert!(Bound::new(&[], &JsonPath::root(), true, "", "").invalid);
    }
}
