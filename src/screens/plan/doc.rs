//! Small readings of the plan document shared by the plan editor's sections (lists, texts,
//! shown names, default weight bands, the plan with its live check).

use crate::i18n::plan::PlanTexts;
use scorecard_engine::json::Value;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use scorecard_engine::plan_check::{check_plan, CellCheck, PlanCheck};

/// The path of the plan (`plan`), the start of every path the plan editor binds.
pub fn plan_path() -> JsonPath {
    JsonPath::root().key("plan")
}

/// The plan as the document has it (`null` when it has none), with the engine's live check
/// of it (weight totals, bands) that the sections show while it is edited.
pub fn checked_plan(doc: &Value) -> (Value, PlanCheck) {
    let plan = doc.get("plan").cloned().unwrap_or(Value::Null);
    let check = check_plan(&plan);
    (plan, check)
}

/// The path of the plan setting `key` (`plan.<key>`).
pub fn setting_path(key: &str) -> JsonPath {
    plan_path().key(key)
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

/// A weight as a percentage text with its sign, `12.5%`.
pub fn pct(d: rust_decimal::Decimal) -> String {
    format!("{}%", fraction_to_percent_text(d))
}

/// Why a profile's weight for a dimension is flagged: outside its band, above the core.
pub fn band_explanations(t: &PlanTexts, c: &CellCheck) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((lo, hi)) = c.band {
        if c.below_band {
            out.push(t.below_band.replace("{x}", &fraction_to_percent_text(lo)));
        }
        if c.above_band {
            out.push(t.above_band.replace("{x}", &fraction_to_percent_text(hi)));
        }
    }
    if c.above_core {
        out.push(t.above_core.to_string());
    }
    out
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

    #[test]
    fn flagged_weights_say_which_rule_they_break() {
        use crate::i18n::Lang;
        use rust_decimal::Decimal;
        let t = Lang::En.plan();
        let cell = CellCheck {
            dimension: "d".into(),
            weight: None,
            band: Some((Decimal::new(1, 1), Decimal::new(3, 1))),
            below_band: true,
            above_band: false,
            above_core: true,
        };
        let why = band_explanations(t, &cell);
        assert_eq!(why.len(), 2);
        assert_eq!(why[1], t.above_core);
        let fine = CellCheck {
            below_band: false,
            above_core: false,
            ..cell
        };
        assert!(band_explanations(t, &fine).is_empty());
        assert_eq!(
            pct(Decimal::new(25, 2)),
            format!("{}%", fraction_to_percent_text(Decimal::new(25, 2)))
        );
    }
}
