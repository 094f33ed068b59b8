//! The appeal form's choices and draft, as plain functions (not components): the period
//! and unit shown, the input chosen, and the draft the form asks for (or the first thing
//! missing from it).

use crate::i18n::sim_appeals::AppealsTexts;
use crate::screens::simulate::support::typed_value;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;
use scorecard_engine::score::{default_period, PeriodChoice};
use scorecard_engine::simulate::appeals::AppealDraft;
use scorecard_engine::simulate::sandbox::{InputKind, RecordInput};

/// The requested value of an event: strike it off.
pub const STRIKE: &str = "__strike_off__";

/// The period: the one chosen here, else the header's, else the last period with records.
pub fn pick_period(ws: &Workspace, chosen: Option<&str>, header: &PeriodChoice) -> String {
    chosen
        .map(str::to_string)
        .or_else(|| match header {
            PeriodChoice::Period(p) => Some(p.clone()),
            PeriodChoice::Annual => default_period(ws).map(str::to_string),
        })
        .unwrap_or_default()
}

/// The unit: the one chosen here, else the first with a record in the period.
pub fn pick_unit(ws: &Workspace, chosen: Option<&str>, period: &str) -> String {
    let has = |u: &str| ws.records.iter().any(|r| r.unit == u && r.period == period);
    chosen
        .map(str::to_string)
        .or_else(|| ws.units.iter().find(|u| has(&u.id)).map(|u| u.id.clone()))
        .unwrap_or_default()
}

/// The input: the one chosen (by path) when the record has it, else the first.
pub fn pick_input(inputs: &[RecordInput], chosen: Option<&str>) -> Option<RecordInput> {
    chosen
        .and_then(|path| inputs.iter().find(|i| i.path == path).cloned())
        .or_else(|| inputs.first().cloned())
}

/// What the form holds, to be made a draft.
pub struct Form<'a> {
    /// Unit id.
    pub unit: &'a str,
    /// Period id.
    pub period: &'a str,
    /// The input appealed against.
    pub input: Option<&'a RecordInput>,
    /// The value asked for, as typed (an event: a level id, or [`STRIKE`]).
    pub requested: &'a str,
    /// The reason.
    pub reason: &'a str,
    /// The plan's first deduction level (an event's default).
    pub first_level: &'a str,
}

/// The draft, or the first thing missing from it (a reason only when `need_reason`).
pub fn build_draft(
    t: &AppealsTexts,
    f: &Form<'_>,
    need_reason: bool,
) -> Result<AppealDraft, &'static str> {
    let input = f.input.ok_or(t.no_record)?;
    let (path, value) = match input.kind {
        InputKind::Event { .. } => {
            let pick = if f.requested.is_empty() {
                f.first_level
            } else {
                f.requested
            };
            if pick == STRIKE {
                (input.path.clone(), Value::Null)
            } else {
                (format!("{}.level", input.path), Value::str(pick))
            }
        }
        _ => {
            if f.requested.trim().is_empty() {
                return Err(t.need_value);
            }
            (input.path.clone(), typed_value(&input.path, f.requested))
        }
    };
    if need_reason && f.reason.trim().is_empty() {
        return Err(t.need_reason);
    }
    Ok(AppealDraft {
        unit: f.unit.to_string(),
        period: f.period.to_string(),
        input: path,
        requested: value,
        reason: f.reason.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use scorecard_engine::simulate::sandbox::{record_inputs, record_value};
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn choices_fall_back_to_the_header_and_a_unit_with_a_record() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let q2 = PeriodChoice::Period("2026Q2".into());
        assert_eq!(pick_period(&ws, Some("2026Q3"), &q2), "2026Q3");
        assert_eq!(pick_period(&ws, None, &q2), "2026Q2");
        assert_eq!(pick_period(&ws, None, &PeriodChoice::Annual), "2026Q1");
        assert_eq!(pick_unit(&ws, Some("kjc"), "2026Q1"), "kjc");
        assert_eq!(pick_unit(&ws, None, "2026Q1"), "zd1");
        assert_eq!(pick_unit(&ws, None, "2026Q4"), "");
    }

    #[test]
    fn drafts_need_a_value_and_for_recording_a_reason() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let t = Lang::En.sim_appeals();
        let rec = record_value(&ws, "zd1", "2026Q1").unwrap();
        let inputs = record_inputs(&ws, &rec);
        let value = inputs
            .iter()
            .find(|i| !matches!(i.kind, InputKind::Event { .. }))
            .unwrap();
        assert_eq!(pick_input(&inputs, Some(&value.path)).as_ref(), Some(value));
        assert_eq!(pick_input(&inputs, Some("ghost")).as_ref(), inputs.first());
        let mut f = Form {
            unit: "zd1",
            period: "2026Q1",
            input: None,
            requested: " ",
            reason: "",
            first_level: "general",
        };
        assert_eq!(build_draft(t, &f, false), Err(t.no_record));
        f.input = Some(value);
        assert_eq!(build_draft(t, &f, false), Err(t.need_value));
        f.requested = "88";
        let d = build_draft(t, &f, false).unwrap();
        assert_eq!(
            (d.input.as_str(), d.requested.clone()),
            (value.path.as_str(), typed_value(&value.path, "88"))
        );
        assert_eq!(build_draft(t, &f, true), Err(t.need_reason));
        f.reason = " typo ";
        assert_eq!(build_draft(t, &f, true).unwrap().reason, "typo");
    }

    #[test]
    fn events_are_relevelled_or_struck_off() {
        let t = Lang::En.sim_appeals();
        let ev = RecordInput {
            path: "events[0]".into(),
            kind: InputKind::Event { index: 0 },
            value: Value::Null,
        };
        let mut f = Form {
            unit: "u",
            period: "p",
            input: Some(&ev),
            requested: "",
            reason: "",
            first_level: "general",
        };
        let d = build_draft(t, &f, false).unwrap();
        assert_eq!(
            (d.input.as_str(), d.requested),
            ("events[0].level", Value::str("general"))
        );
        f.requested = STRIKE;
        let d = build_draft(t, &f, false).unwrap();
        assert_eq!((d.input.as_str(), d.requested), ("events[0]", Value::Null));
    }
}
