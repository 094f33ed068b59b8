//! The self-assessment's choices and bookkeeping, as plain functions (not components):
//! which period and unit are shown, how many inputs the sandbox changed, an edit applied to
//! the sandbox record, and where a validation error sits inside the record.

use crate::i18n::errors::kind_text;
use crate::i18n::problems::Names;
use crate::i18n::Lang;
use crate::screens::simulate::self_assessment::sandbox_editor::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;
use scorecard_engine::path::JsonPath;
use scorecard_engine::score::{default_period, PeriodChoice};
use scorecard_engine::simulate::appeals::same_value;
use scorecard_engine::simulate::sandbox::{record_inputs, Prediction};
use scorecard_engine::simulate::SimError;
use std::rc::Rc;

/// The sandbox: the edited record of one unit and period.
#[derive(Clone, PartialEq)]
pub struct Sandbox {
    /// Unit id.
    pub unit: String,
    /// Period id.
    pub period: String,
    /// The edited record.
    pub record: Rc<Value>,
}

/// What the trial gives: the sandbox workspace and the prediction, or why not.
pub type Trial = Result<(Rc<Workspace>, Rc<Prediction>), SimError>;

/// Errors of a sandbox that cannot be scored, in the user's language: those inside the
/// record (at `prefix`) by their path there (shown at their field), and the last other one
/// in words, its place and ids named from `ws`.
pub fn sandbox_errors(
    lang: Lang,
    ws: Option<&Workspace>,
    prefix: Option<&JsonPath>,
    e: &SimError,
) -> (Vec<(String, String)>, Option<String>) {
    let names = Names::new(lang, ws);
    let mut field_errors: Vec<(String, String)> = Vec::new();
    let mut other_error: Option<String> = None;
    match e {
        SimError::Invalid(errors) => {
            for x in &errors.0 {
                let msg = kind_text(lang, &x.kind);
                match relative_path(prefix, &x.path) {
                    Some(r) => field_errors.push((r, msg)),
                    None => other_error = Some(format!("{}: {msg}", names.place(&x.path))),
                }
            }
        }
        other => other_error = Some(lang.sim_inputs().sim_error_in(lang, ws, other)),
    }
    (field_errors, other_error)
}

/// The period: the one chosen here, else the one shown in the header, else the last
/// period with records; a choice that is not a period of the plan falls back to the last.
pub fn pick_period(ws: &Workspace, chosen: Option<&str>, header: &PeriodChoice) -> Option<String> {
    let pick = chosen.map(str::to_string).or_else(|| match header {
        PeriodChoice::Period(p) => Some(p.clone()),
        PeriodChoice::Annual => default_period(ws).map(str::to_string),
    });
    pick.filter(|p| ws.plan.period(p).is_some())
        .or_else(|| default_period(ws).map(str::to_string))
}

/// The unit: the one chosen here (if it exists), else the app's selected unit when it has a
/// record in the period, else the first unit with one, else the first unit.
pub fn pick_unit(
    ws: &Workspace,
    chosen: Option<&str>,
    selected: Option<&str>,
    period: Option<&str>,
) -> Option<String> {
    let has = |u: &str| {
        ws.records
            .iter()
            .any(|r| r.unit == u && Some(r.period.as_str()) == period)
    };
    chosen
        .filter(|u| ws.unit(u).is_some())
        .or_else(|| selected.filter(|u| has(u)))
        .map(str::to_string)
        .or_else(|| ws.units.iter().find(|u| has(&u.id)).map(|u| u.id.clone()))
        .or_else(|| ws.units.first().map(|u| u.id.clone()))
}

/// Edits: every input whose sandbox value differs from the published one, plus every
/// published input the sandbox no longer has.
pub fn edit_count(ws: &Workspace, base: &Value, record: &Value) -> usize {
    let before = record_inputs(ws, base);
    let after = record_inputs(ws, record);
    let changed = after
        .iter()
        .filter(|a| {
            !before
                .iter()
                .any(|b| b.path == a.path && same_value(&b.value, &a.value))
        })
        .count();
    let removed = before
        .iter()
        .filter(|b| !after.iter().any(|a| a.path == b.path))
        .count();
    changed + removed
}

/// The record after an edit, or `None` when the edit does not apply (a bad path, no level
/// to give a new event). A new event has the plan's first level and the given note.
pub fn apply_edit(
    record: &Value,
    edit: Edit,
    first_level: Option<&str>,
    note: &str,
) -> Option<Value> {
    let mut rec = record.clone();
    let ok = match edit {
        Edit::Set(path, v) => JsonPath::parse(&path).is_some_and(|p| rec.set_at(&p, v)),
        Edit::Remove(path) => JsonPath::parse(&path).is_some_and(|p| rec.remove_at(&p)),
        Edit::AddEvent => first_level.is_some_and(|level| {
            rec.push_at(
                &JsonPath::root().key("events"),
                Value::Object(vec![
                    ("level".into(), Value::str(level)),
                    ("note".into(), Value::str(note)),
                ]),
            )
        }),
    };
    ok.then_some(rec)
}

/// Where an error at `path` sits inside the record at `prefix`, as text; `None` when it is
/// outside the record (or the record has no place in the document).
pub fn relative_path(prefix: Option<&JsonPath>, path: &JsonPath) -> Option<String> {
    prefix.filter(|p| path.starts_with(p)).map(|p| {
        let segs = path.segments();
        JsonPath::from_segments(segs.get(p.segments().len()..).unwrap_or_default().to_vec())
            .to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::simulate::sandbox::record_value;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    fn ws() -> Workspace {
        parse_workspace(EXAMPLE_WORKSPACE).unwrap()
    }

    #[test]
    fn period_prefers_the_choice_then_the_header_then_the_default() {
        let w = ws();
        let def = default_period(&w).map(str::to_string);
        assert_eq!(def.as_deref(), Some("2026Q1"));
        let q2 = PeriodChoice::Period("2026Q2".into());
        assert_eq!(
            pick_period(&w, Some("2026Q3"), &q2).as_deref(),
            Some("2026Q3")
        );
        assert_eq!(pick_period(&w, None, &q2).as_deref(), Some("2026Q2"));
        assert_eq!(pick_period(&w, None, &PeriodChoice::Annual), def);
        assert_eq!(pick_period(&w, Some("nope"), &q2), def);
    }

    #[test]
    fn unit_prefers_the_choice_then_a_selected_unit_with_a_record() {
        let w = ws();
        let q1 = Some("2026Q1");
        assert_eq!(pick_unit(&w, Some("kjc"), None, q1).as_deref(), Some("kjc"));
        // An unknown choice falls through; kjc has no record in 2026Q1, so zd1 is taken.
        assert_eq!(
            pick_unit(&w, Some("ghost"), Some("kjc"), q1).as_deref(),
            Some("zd1")
        );
        assert_eq!(pick_unit(&w, None, Some("zd1"), q1).as_deref(), Some("zd1"));
        // No unit has a record: the first unit.
        assert_eq!(
            pick_unit(&w, None, Some("kjc"), Some("2026Q4")).as_deref(),
            Some("zd1")
        );
    }

    #[test]
    fn edits_count_changes_and_removals() {
        let w = ws();
        let base = record_value(&w, "zd1", "2026Q1").unwrap();
        assert_eq!(edit_count(&w, &base, &base), 0);
        let inputs = record_inputs(&w, &base);
        let first = inputs.first().unwrap();
        let changed = apply_edit(
            &base,
            Edit::Set(first.path.clone(), Value::str("1")),
            None,
            "",
        )
        .unwrap();
        let expect = usize::from(!same_value(&first.value, &Value::str("1")));
        assert_eq!(edit_count(&w, &base, &changed), expect);
        let added = apply_edit(&base, Edit::AddEvent, Some("general"), "n").unwrap();
        assert_eq!(edit_count(&w, &base, &added), 1);
        assert_eq!(edit_count(&w, &added, &base), 1);
    }

    #[test]
    fn edits_that_do_not_apply_give_none() {
        let rec = Value::Object(vec![]);
        assert!(apply_edit(&rec, Edit::AddEvent, None, "x").is_none());
        assert!(apply_edit(&rec, Edit::Set("[".into(), Value::Null), None, "").is_none());
        let added = apply_edit(&rec, Edit::AddEvent, Some("major"), "note").unwrap();
        assert_eq!(
            added.to_compact(),
            r#"{"events":[{"level":"major","note":"note"}]}"#
        );
    }

    #[test]
    fn paths_inside_the_record_are_relative() {
        let prefix = JsonPath::root().key("records").index(2);
        let inside = prefix.clone().key("values").key("x");
        assert_eq!(
            relative_path(Some(&prefix), &inside).as_deref(),
            Some("values.x")
        );
        let outside = JsonPath::root().key("plan");
        assert_eq!(relative_path(Some(&prefix), &outside), None);
        assert_eq!(relative_path(None, &inside), None);
    }

    #[test]
    fn errors_inside_the_record_go_to_their_field() {
        use scorecard_engine::error::{Error, ErrorKind, Errors};
        let prefix = JsonPath::root().key("records").index(0);
        let kind = ErrorKind::EmptyId;
        let e = SimError::Invalid(Errors(vec![
            Error::new(prefix.key("values"), kind.clone()),
            Error::new(JsonPath::root().key("plan"), kind),
        ]));
        let w = ws();
        let (fields, other) = sandbox_errors(Lang::En, Some(&w), Some(&prefix), &e);
        assert_eq!(fields.len(), 1);
        assert_eq!(fields[0].0, "values");
        assert!(other.unwrap().starts_with("plan: "));
        let unknown = SimError::UnknownUnit("u".into());
        let (fields, other) = sandbox_errors(Lang::En, None, None, &unknown);
        assert!(fields.is_empty());
        assert!(other.is_some());
        // An error in a record outside the sandbox reads as its unit, period and input.
        let in_record = prefix.key("values").key("quality").key("audited");
        let e = SimError::Invalid(Errors(vec![Error::new(in_record, ErrorKind::EmptyId)]));
        let (_, other) = sandbox_errors(Lang::En, Some(&w), None, &e);
        let other = other.unwrap();
        assert!(
            !other.contains("records") && !other.contains("values."),
            "{other}"
        );
        assert!(other.contains(&w.unit("zd1").unwrap().name), "{other}");
    }
}
