//! The data grid's columns, as plain functions: which indicators take a column (grouped by
//! dimension) and which are entered in the record editor, what their header hint says, and whether a column shows reported/audited pairs
//! or planned values.

use crate::i18n::Lang;
use scorecard_engine::json::Value;
use scorecard_engine::model::{Better, Dimension, Indicator, Method};
use std::collections::BTreeMap;

/// Whether an indicator is typed as a value in the grid (surveys and panels are entered in
/// the record editor).
pub fn is_value_method(m: &Method) -> bool {
    !matches!(m, Method::Survey | Method::Panel)
}

/// The indicators whose method `keep` accepts, in plan order (the survey indicators of the
/// ratings editor, the panel indicators of the panel editor).
pub fn indicators_where(
    dimensions: &[Dimension],
    keep: impl Fn(&Method) -> bool,
) -> Vec<Indicator> {
    dimensions
        .iter()
        .flat_map(|d| d.indicators.iter())
        .filter(|i| keep(&i.method))
        .cloned()
        .collect()
}

/// The value indicators, grouped by dimension name; dimensions without any are left out.
pub fn value_groups(dimensions: &[Dimension]) -> Vec<(String, Vec<Indicator>)> {
    dimensions
        .iter()
        .map(|d| {
            (
                d.name.clone(),
                d.indicators
                    .iter()
                    .filter(|i| is_value_method(&i.method))
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, inds)| !inds.is_empty())
        .collect()
}

/// Whether a column is on: the explicit choice when there is one, else whether any record
/// `has` something for it.
pub fn column_on(choice: Option<bool>, records: &[&Value], has: impl Fn(&Value) -> bool) -> bool {
    choice.unwrap_or_else(|| records.iter().any(|r| has(r)))
}

/// For each indicator, whether its column shows the part `has` finds in a record (the
/// user's choice first, else whether any record has it).
fn shown_per_indicator(
    choices: &BTreeMap<String, bool>,
    records: &[&Value],
    indicators: &[Indicator],
    has: impl Fn(&Value, &str) -> bool,
) -> Vec<bool> {
    indicators
        .iter()
        .map(|i| column_on(choices.get(&i.id).copied(), records, |r| has(r, &i.id)))
        .collect()
}

/// For each indicator, whether its column shows reported/audited pairs.
pub fn pairs_on(
    choices: &BTreeMap<String, bool>,
    records: &[&Value],
    indicators: &[Indicator],
) -> Vec<bool> {
    shown_per_indicator(choices, records, indicators, |r, id| {
        scorecard_engine::edit::is_pair(r.get("values").and_then(|v| v.get(id)))
    })
}

/// For each indicator, whether its column shows the planned value.
pub fn planned_on(
    choices: &BTreeMap<String, bool>,
    records: &[&Value],
    indicators: &[Indicator],
) -> Vec<bool> {
    shown_per_indicator(choices, records, indicators, |r, id| {
        r.get("planned").and_then(|v| v.get(id)).is_some()
    })
}

/// The choices after flipping the column `id`, which is now `on`.
pub fn flipped(choices: &BTreeMap<String, bool>, id: &str, on: bool) -> BTreeMap<String, bool> {
    let mut m = choices.clone();
    m.insert(id.to_string(), !on);
    m
}

/// The visible hint and the full text (tooltip) of an indicator's method.
pub fn method_hint(lang: Lang, ind: &Indicator) -> (String, String) {
    let t = lang.data();
    let name = t.method(ind.method.kind()).to_string();
    let hint = match &ind.method {
        Method::Linear { worst, best } => t
            .linear_hint
            .replace("{worst}", &worst.to_string())
            .replace("{best}", &best.to_string()),
        Method::Bands(bands) => bands
            .iter()
            .map(|b| format!("≥{}:{}", b.min, b.score))
            .collect::<Vec<_>>()
            .join(" "),
        Method::MinMax(b) | Method::ZScore(b) => match b {
            Better::Higher => t.higher_better.to_string(),
            Better::Lower => t.lower_better.to_string(),
        },
        Method::Direct => t.direct_hint.to_string(),
        Method::Survey | Method::Panel => String::new(),
    };
    (format!("{name} · {hint}"), format!("{name}: {hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json::parse;

    fn ind(id: &str, method: Method) -> Indicator {
        Indicator {
            id: id.into(),
            name: id.to_uppercase(),
            weight: Default::default(),
            method,
        }
    }

    fn dim(name: &str, indicators: Vec<Indicator>) -> Dimension {
        Dimension {
            id: name.into(),
            name: name.into(),
            band: Default::default(),
            indicators,
        }
    }

    #[test]
    fn only_value_indicators_take_columns() {
        let dims = [
            dim(
                "a",
                vec![ind("x", Method::Direct), ind("s", Method::Survey)],
            ),
            dim("b", vec![ind("p", Method::Panel)]),
            dim("c", vec![ind("z", Method::MinMax(Better::Lower))]),
        ];
        let groups = value_groups(&dims);
        let names: Vec<_> = groups.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a", "c"]);
        assert_eq!(groups[0].1.len(), 1);
        assert_eq!(groups[0].1[0].id, "x");
        let panels = indicators_where(&dims, |m| matches!(m, Method::Panel | Method::Survey));
        let ids: Vec<_> = panels.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["s", "p"]);
    }

    #[test]
    fn columns_follow_the_choice_else_the_records() {
        let r1 = parse(r#"{"values":{"x":{"reported":1,"audited":2}},"planned":{"y":3}}"#).unwrap();
        let r2 = parse(r#"{"values":{"x":1,"y":2}}"#).unwrap();
        let records = [&r1, &r2];
        let inds = [ind("x", Method::Direct), ind("y", Method::Direct)];
        let none = BTreeMap::new();
        assert_eq!(pairs_on(&none, &records, &inds), [true, false]);
        assert_eq!(planned_on(&none, &records, &inds), [false, true]);
        let chosen = flipped(&flipped(&none, "x", true), "y", false);
        assert_eq!(pairs_on(&chosen, &records, &inds), [false, true]);
        assert_eq!(planned_on(&chosen, &[], &inds), [false, true]);
    }

    #[test]
    fn hints_name_the_method_and_its_parameters() {
        let (hint, full) = method_hint(Lang::En, &ind("x", Method::MinMax(Better::Higher)));
        let t = Lang::En.data();
        assert!(hint.ends_with(t.higher_better));
        assert!(full.contains(": "));
        let (hint, _) = method_hint(Lang::En, &ind("d", Method::Direct));
        assert!(hint.contains(t.direct_hint));
    }
}
