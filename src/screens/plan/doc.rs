//! Small readings of the plan document shared by the plan editor's sections (lists, texts,
//! shown names, default weight bands) and the native confirmation dialog.

use scorecard_engine::json::Value;
use scorecard_engine::number::fraction_to_percent_text;

/// Asks the user to confirm (a native dialog: keyboard and screen-reader usable).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// The elements of an array value (none when it is not one).
pub fn items(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// The string at `key` (empty when absent or not a string).
pub fn text_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The name shown for an item: its name, or its id when the name is empty.
pub fn shown_name(name: &str, id: &str) -> String {
    if name.is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
}

/// The default weight band of a dimension id, as percentage texts (low, high).
pub fn default_band(id: &str) -> (String, String) {
    let (lo, hi) = scorecard_engine::defaults::band_for(id);
    (fraction_to_percent_text(lo), fraction_to_percent_text(hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json::parse;

    #[test]
    fn readings_tolerate_missing_and_malformed_values() {
        let v = parse(r#"{"name":"A","xs":[1,2],"n":3}"#).unwrap();
        assert_eq!(items(v.get("xs")).len(), 2);
        assert!(items(v.get("n")).is_empty());
        assert!(items(None).is_empty());
        assert_eq!(text_of(&v, "name"), "A");
        assert_eq!(text_of(&v, "n"), "");
        assert_eq!(shown_name("", "d1"), "d1");
        assert_eq!(shown_name("B", "d1"), "B");
    }

    #[test]
    fn default_bands_are_percent_texts_low_to_high() {
        let (lo, hi) = default_band("anything");
        let (l, h) = scorecard_engine::defaults::band_for("anything");
        assert_eq!(lo, fraction_to_percent_text(l));
        assert_eq!(hi, fraction_to_percent_text(h));
    }
}
