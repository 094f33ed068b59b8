//! When an imported value is "the same" as the stored one (so the stored text is kept and
//! no change is listed), and how a value is shown in the preview.
//!
//! Decimals compare by value (`0.5` = `"0.50"`), objects by their fields in any order (an
//! absent field = an empty string, for an event's `note`), arrays element by element.

use scorecard_engine::json::Value;
use scorecard_engine::number::parse_decimal;

fn number(v: &Value) -> Option<rust_decimal::Decimal> {
    match v {
        Value::Number(t) | Value::String(t) => parse_decimal(t).ok(),
        _ => None,
    }
}

fn field<'a>(fields: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn blank(v: Option<&Value>) -> bool {
    match v {
        None => true,
        Some(Value::String(s)) => s.is_empty(),
        _ => false,
    }
}

/// Whether the stored `old` and the imported `new` mean the same.
pub fn same(old: Option<&Value>, new: Option<&Value>) -> bool {
    match (old, new) {
        (None, None) => true,
        (Some(a), Some(b)) => same_value(a, b),
        _ => false,
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        return x == y;
    }
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = x.iter().chain(y.iter()).map(|(k, _)| k.as_str());
            keys.into_iter().all(|k| match (field(x, k), field(y, k)) {
                (Some(p), Some(q)) => same_value(p, q),
                (p, q) => blank(p) && blank(q),
            })
        }
        _ => a == b,
    }
}

/// A value as the preview shows it: decimals and text as written, a reported/audited pair
/// as `reported → audited`, lists joined by `, `, other objects as `key: value; …`.
pub fn shown(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(t) | Value::String(t) => t.clone(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        Value::Object(fields) => {
            if let (Some(r), Some(a), 2) = (
                field(fields, "reported"),
                field(fields, "audited"),
                fields.len(),
            ) {
                return format!("{} → {}", shown(r), shown(a));
            }
            let parts: Vec<String> = fields
                .iter()
                .map(|(k, v)| match v {
                    Value::Array(_) | Value::Object(_) => format!("{k}: [{}]", shown(v)),
                    _ => format!("{k}: {}", shown(v)),
                })
                .collect();
            parts.join("; ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json::parse;

    fn v(t: &str) -> Value {
        parse(t).unwrap()
    }

    #[test]
    fn decimals_by_value_objects_in_any_order() {
        assert!(same(Some(&v("\"0.50\"")), Some(&v("\"0.5\""))));
        assert!(same(Some(&v("0.5")), Some(&v("\"0.5\""))));
        assert!(!same(Some(&v("\"0.5\"")), Some(&v("\"0.51\""))));
        assert!(same(
            Some(&v(r#"{"reported":"1","audited":"2"}"#)),
            Some(&v(r#"{"audited":"2.0","reported":"1"}"#))
        ));
        assert!(same(
            Some(&v(r#"[{"level":"general","note":""}]"#)),
            Some(&v(r#"[{"level":"general"}]"#))
        ));
        assert!(!same(Some(&v(r#"["1","2"]"#)), Some(&v(r#"["2","1"]"#))));
        assert!(!same(None, Some(&v("\"1\""))));
        assert!(same(None, None));
    }

    #[test]
    fn preview_text() {
        assert_eq!(
            shown(&v(r#"{"reported":"0.97","audited":"0.95"}"#)),
            "0.97 → 0.95"
        );
        assert_eq!(
            shown(&v(r#"{"superior":["80","81"]}"#)),
            "superior: [80, 81]"
        );
    }
}
