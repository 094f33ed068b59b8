//! The sandbox editor's grouping, as plain functions (not components): the section an
//! input belongs to, and the validation errors at an input.

use crate::i18n::Lang;
use scorecard_engine::model::Workspace;
use scorecard_engine::simulate::sandbox::InputKind;

/// The section of an input: its indicator's dimension, else "events", else "other".
pub fn section_of(ws: &Workspace, lang: Lang, kind: &InputKind) -> String {
    let ti = lang.sim_inputs();
    let indicator = match kind {
        InputKind::Value { indicator }
        | InputKind::Reported { indicator }
        | InputKind::Audited { indicator }
        | InputKind::Planned { indicator }
        | InputKind::Rating { indicator, .. }
        | InputKind::Panel { indicator, .. } => Some(indicator.as_str()),
        _ => None,
    };
    match (indicator, kind) {
        (Some(i), _) => ws
            .plan
            .dimensions
            .iter()
            .find(|d| d.indicators.iter().any(|x| x.id == i))
            .map(|d| d.name.clone())
            .unwrap_or_default(),
        (None, InputKind::Event { .. }) => ti.section_events.to_string(),
        _ => ti.section_other.to_string(),
    }
}

/// The messages of the errors at `path` or inside it.
pub fn errors_at<'a>(errors: &'a [(String, String)], path: &str) -> Vec<&'a String> {
    errors
        .iter()
        .filter(|(at, _)| {
            at == path || at.starts_with(&format!("{path}.")) || at.starts_with(&format!("{path}["))
        })
        .map(|(_, m)| m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn inputs_group_by_dimension_then_events_then_the_rest() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let d = &ws.plan.dimensions[0];
        let i = d.indicators[0].id.clone();
        let ti = Lang::En.sim_inputs();
        assert_eq!(
            section_of(&ws, Lang::En, &InputKind::Value { indicator: i }),
            d.name
        );
        assert_eq!(
            section_of(&ws, Lang::En, &InputKind::Event { index: 0 }),
            ti.section_events
        );
        assert_eq!(
            section_of(&ws, Lang::En, &InputKind::Risk),
            ti.section_other
        );
    }

    #[test]
    fn errors_belong_to_the_input_and_its_parts() {
        let e = |p: &str| (p.to_string(), format!("m:{p}"));
        let errors = vec![
            e("values.a"),
            e("values.a.x"),
            e("values.a[0]"),
            e("values.ab"),
        ];
        let got: Vec<&str> = errors_at(&errors, "values.a")
            .into_iter()
            .map(String::as_str)
            .collect();
        assert_eq!(got, vec!["m:values.a", "m:values.a.x", "m:values.a[0]"]);
    }
}
