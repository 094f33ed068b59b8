//! The self-assessment sandbox (§9 自评模拟) and the document side of appeals (S4.5): a
//! unit's record for a period as JSON, every input in it listed by kind and path, a trial
//! workspace with an edited record, the published figures beside the predicted ones, and
//! the user's document with an engine change spliced in (so an upheld appeal or an applied
//! sandbox rewrites only what changed, never the whole file into its exported form).
//!
//! The record is edited as JSON (the file's own shape), so the trial workspace goes through
//! the same validation as a file and every error carries its JSON path.

use super::appeals::{same_value, UnitDiff};
use super::compare::Standing;
use super::SimError;
use crate::export::workspace_value;
use crate::json::Value;
use crate::model::{Method, Workspace};
use crate::parse::workspace_from_value;
use crate::path::{JsonPath, Segment};
use crate::score::{score, Query, ResultSet, UnitResult};
use rust_decimal::Decimal;

/// What an input of a record is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputKind {
    /// A plain value of a value indicator (`values.X`); `null` when missing.
    Value {
        /// Indicator id.
        indicator: String,
    },
    /// The reported figure of an audited value (`values.X.reported`).
    Reported {
        /// Indicator id.
        indicator: String,
    },
    /// The audited figure, the one scored (`values.X.audited`).
    Audited {
        /// Indicator id.
        indicator: String,
    },
    /// A planned progress value (`planned.X`), for the lag warning.
    Planned {
        /// Indicator id.
        indicator: String,
    },
    /// One rating of a 360° survey (`ratings.X.group[i]`).
    Rating {
        /// Indicator id.
        indicator: String,
        /// Rater group.
        group: String,
        /// Index in the group, from 0.
        index: usize,
    },
    /// One expert's score on one criterion (`panel.X[e].criterion`).
    Panel {
        /// Indicator id.
        indicator: String,
        /// Expert index, from 0.
        expert: usize,
        /// Criterion id.
        criterion: String,
    },
    /// A negative-list event (`events[i]`, an object with `level` and `note`).
    Event {
        /// Index, from 0.
        index: usize,
    },
    /// The coordination coefficient (`coefficients.coordination`); `null` when absent (1).
    Coordination,
    /// The risk-control coefficient (`coefficients.risk`); `null` when absent (1).
    Risk,
    /// Improvement items closed (`closed_items`); `null` when absent (0).
    ClosedItems,
}

/// One input of a record: where it is, what it is, what it holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordInput {
    /// Path inside the record, as an appeal names it (`values.quality.audited`).
    pub path: String,
    /// What it is.
    pub kind: InputKind,
    /// Its value now (`null`: absent).
    pub value: Value,
}

fn input(path: JsonPath, kind: InputKind, value: Option<&Value>) -> RecordInput {
    RecordInput {
        path: path.to_string(),
        kind,
        value: value.cloned().unwrap_or(Value::Null),
    }
}

/// Every input of a record, in plan order: per indicator its value (plain, or reported and
/// audited; `null` when missing), planned value, ratings or expert scores; then the events,
/// the two coefficients and the closed items. Parts of the record the plan does not know
/// are left out (validation reports them).
pub fn record_inputs(ws: &Workspace, record: &Value) -> Vec<RecordInput> {
    let root = JsonPath::root();
    let mut out = Vec::new();
    let groups = ws.plan.survey.rating_groups();
    let criteria = ws.plan.panel.criterion_ids();
    for ind in ws.plan.dimensions.iter().flat_map(|d| &d.indicators) {
        let id = ind.id.as_str();
        match ind.method {
            Method::Survey => survey_inputs(&mut out, record, id, &groups),
            Method::Panel => panel_inputs(&mut out, record, id, &criteria),
            _ => value_inputs(&mut out, record, id),
        }
    }
    if let Some(Value::Array(events)) = record.get("events") {
        for (i, e) in events.iter().enumerate() {
            out.push(input(
                root.key("events").index(i),
                InputKind::Event { index: i },
                Some(e),
            ));
        }
    }
    let coef = root.key("coefficients");
    out.push(input(
        coef.key("coordination"),
        InputKind::Coordination,
        record.at(&coef.key("coordination")),
    ));
    out.push(input(
        coef.key("risk"),
        InputKind::Risk,
        record.at(&coef.key("risk")),
    ));
    out.push(input(
        root.key("closed_items"),
        InputKind::ClosedItems,
        record.get("closed_items"),
    ));
    out
}

/// The keys of an object in the plan's order (`known`), then those the plan does not know
/// in the object's order.
fn plan_order<'a>(known: &[&'a str], fields: &'a [(String, Value)]) -> Vec<&'a str> {
    let mut names: Vec<&str> = known
        .iter()
        .copied()
        .filter(|g| fields.iter().any(|(k, _)| k == g))
        .collect();
    names.extend(
        fields
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| !known.contains(k)),
    );
    names
}

/// A survey indicator's ratings, per group (plan order), each rating in order.
fn survey_inputs(out: &mut Vec<RecordInput>, record: &Value, id: &str, groups: &[&str]) {
    let p = JsonPath::root().key("ratings").key(id);
    let Some(Value::Object(by_group)) = record.at(&p) else {
        return;
    };
    for g in plan_order(groups, by_group) {
        if let Some(Value::Array(items)) = record.at(&p.key(g)) {
            for (i, v) in items.iter().enumerate() {
                out.push(input(
                    p.key(g).index(i),
                    InputKind::Rating {
                        indicator: id.to_string(),
                        group: g.to_string(),
                        index: i,
                    },
                    Some(v),
                ));
            }
        }
    }
}

/// A panel indicator's expert scores, per expert, each criterion in plan order.
fn panel_inputs(out: &mut Vec<RecordInput>, record: &Value, id: &str, criteria: &[&str]) {
    let p = JsonPath::root().key("panel").key(id);
    let Some(Value::Array(experts)) = record.at(&p) else {
        return;
    };
    for (e, scores) in experts.iter().enumerate() {
        let Value::Object(fields) = scores else {
            continue;
        };
        // The expert's name is no input: it is not scored.
        let scored = plan_order(criteria, fields)
            .into_iter()
            .filter(|c| *c != crate::parse::EXPERT_NAME_KEY);
        for c in scored {
            out.push(input(
                p.index(e).key(c),
                InputKind::Panel {
                    indicator: id.to_string(),
                    expert: e,
                    criterion: c.to_string(),
                },
                scores.get(c),
            ));
        }
    }
}

/// A value indicator's value (plain, or reported and audited) and its planned value.
fn value_inputs(out: &mut Vec<RecordInput>, record: &Value, id: &str) {
    let root = JsonPath::root();
    let p = root.key("values").key(id);
    match record.at(&p) {
        Some(v @ Value::Object(_)) => {
            out.push(input(
                p.key("reported"),
                InputKind::Reported {
                    indicator: id.to_string(),
                },
                v.get("reported"),
            ));
            out.push(input(
                p.key("audited"),
                InputKind::Audited {
                    indicator: id.to_string(),
                },
                v.get("audited"),
            ));
        }
        v => out.push(input(
            p,
            InputKind::Value {
                indicator: id.to_string(),
            },
            v,
        )),
    }
    let planned = root.key("planned").key(id);
    if let Some(v) = record.at(&planned) {
        out.push(input(
            planned,
            InputKind::Planned {
                indicator: id.to_string(),
            },
            Some(v),
        ));
    }
}

/// Where the path of an indicator's scored value is in a record: `values.X.audited` when
/// the record gives it as reported/audited, else `values.X` (what goal seek changes).
pub fn scored_value_path(record: &Value, indicator: &str) -> String {
    let p = JsonPath::root().key("values").key(indicator);
    match record.at(&p) {
        Some(Value::Object(_)) => p.key("audited").to_string(),
        _ => p.to_string(),
    }
}

/// The index of the unit's record for the period in `ws.records` (and in its export).
fn record_index(ws: &Workspace, unit: &str, period: &str) -> Result<usize, SimError> {
    ws.records
        .iter()
        .position(|r| r.unit == unit && r.period == period)
        .ok_or_else(|| SimError::NoRecord {
            unit: unit.to_string(),
            period: period.to_string(),
        })
}

/// The path of the unit's record for the period in the workspace's export (`records[i]`):
/// the prefix of every error [`with_record`] reports about it.
pub fn record_path(ws: &Workspace, unit: &str, period: &str) -> Result<JsonPath, SimError> {
    Ok(JsonPath::root()
        .key("records")
        .index(record_index(ws, unit, period)?))
}

/// The unit's record for the period as the workspace file writes it: the sandbox's copy.
pub fn record_value(ws: &Workspace, unit: &str, period: &str) -> Result<Value, SimError> {
    let path = record_path(ws, unit, period)?;
    workspace_value(ws)
        .at(&path)
        .cloned()
        .ok_or_else(|| SimError::NoRecord {
            unit: unit.to_string(),
            period: period.to_string(),
        })
}

/// A copy of the workspace whose record for the unit and period is `record` (its `unit` and
/// `period` fields are kept as they were), validated like a file: an invalid record is
/// refused with [`SimError::Invalid`], each error at its path under [`record_path`].
pub fn with_record(
    ws: &Workspace,
    unit: &str,
    period: &str,
    record: &Value,
) -> Result<Workspace, SimError> {
    let path = record_path(ws, unit, period)?;
    let mut root = workspace_value(ws);
    let mut rec = record.clone();
    rec.set_at(&JsonPath::root().key("unit"), Value::str(unit));
    rec.set_at(&JsonPath::root().key("period"), Value::str(period));
    if !root.set_at(&path, rec) {
        return Err(SimError::NoRecord {
            unit: unit.to_string(),
            period: period.to_string(),
        });
    }
    workspace_from_value(&root).map_err(SimError::Invalid)
}

/// A published figure beside a predicted one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beside {
    /// As published (`None`: absent there).
    pub published: Option<Decimal>,
    /// As predicted.
    pub predicted: Option<Decimal>,
    /// `predicted − published`, when both exist.
    pub delta: Option<Decimal>,
}

impl Beside {
    /// Two figures and their difference.
    pub fn new(published: Option<Decimal>, predicted: Option<Decimal>) -> Self {
        Beside {
            published,
            predicted,
            delta: published.zip(predicted).map(|(a, b)| b.saturating_sub(a)),
        }
    }

    /// Whether the figure changed (or appeared, or vanished).
    pub fn changed(&self) -> bool {
        self.published != self.predicted
    }
}

/// The change of a unit between two standings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// `after − before` score.
    pub score: Option<Decimal>,
    /// `before − after` rank (positive: moved up).
    pub rank: Option<i64>,
    /// The grade changed.
    pub grade: bool,
}

/// How a unit moved between two standings (appeal previews, the sandbox).
pub fn change(before: Option<&Standing>, after: Option<&Standing>) -> Change {
    match (before, after) {
        (Some(b), Some(a)) => Change {
            score: Some(a.score.saturating_sub(b.score)),
            rank: Some(i64::from(b.rank) - i64::from(a.rank)),
            grade: a.grade != b.grade,
        },
        _ => Change {
            score: None,
            rank: None,
            grade: before.map(|b| b.grade) != after.map(|a| a.grade),
        },
    }
}

/// The sandbox's answer: the unit as published and as predicted with the edited record.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The unit in the published set (`None`: not scored there).
    pub published: Option<UnitResult>,
    /// The unit in the trial set.
    pub predicted: Option<UnitResult>,
    /// How it moved.
    pub change: Change,
    /// Score, then per plan dimension, then deduction: published beside predicted.
    pub score: Beside,
    /// Per plan dimension (id), published beside predicted.
    pub dimensions: Vec<(String, Beside)>,
    /// The deduction, published beside predicted.
    pub deduction: Beside,
    /// The other units whose score, rank or grade the edit changes (cohort methods and the
    /// quota couple units together).
    pub others: Vec<UnitDiff>,
    /// The trial result set.
    pub trial: ResultSet,
}

fn standing(rs: &ResultSet, u: &UnitResult) -> Standing {
    Standing {
        score: u.score,
        rank: u.rank,
        grade: u.grade,
        candidate: u.score >= rs.grading.excellent_min && !u.veto,
    }
}

/// Scores `ws` (published) and `trial` (the sandbox) for `query` and sets the unit's
/// figures side by side, with the other units the edit moves.
pub fn predict(
    ws: &Workspace,
    trial: &Workspace,
    query: &Query,
    unit: &str,
) -> Result<Prediction, SimError> {
    let before = score(ws, query)?;
    let after = score(trial, query)?;
    let pu = before.unit(unit).cloned();
    let tu = after.unit(unit).cloned();
    let st = |rs: &ResultSet, id: &str| rs.unit(id).map(|u| standing(rs, u));
    let dim = |u: &Option<UnitResult>, id: &str| {
        u.as_ref()
            .and_then(|u| u.dimensions.iter().find(|(d, _)| d == id).map(|(_, s)| *s))
    };
    let dimensions = ws
        .plan
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), Beside::new(dim(&pu, &d.id), dim(&tu, &d.id))))
        .collect();
    let others = before
        .units
        .iter()
        .map(|u| u.unit.as_str())
        .chain(after.units.iter().map(|u| u.unit.as_str()))
        .filter(|id| *id != unit)
        .fold(Vec::<&str>::new(), |mut acc, id| {
            if !acc.contains(&id) {
                acc.push(id);
            }
            acc
        })
        .into_iter()
        .map(|id| UnitDiff {
            unit: id.to_string(),
            before: st(&before, id),
            after: st(&after, id),
        })
        .filter(UnitDiff::changed)
        .collect();
    Ok(Prediction {
        change: change(st(&before, unit).as_ref(), st(&after, unit).as_ref()),
        score: Beside::new(pu.as_ref().map(|u| u.score), tu.as_ref().map(|u| u.score)),
        dimensions,
        deduction: Beside::new(
            pu.as_ref().map(|u| u.deduction),
            tu.as_ref().map(|u| u.deduction),
        ),
        published: pu,
        predicted: tu,
        others,
        trial: after,
    })
}

/// The index of the unit's record for the period in a document's `records`.
/// (The same as [`crate::edit::record_index`].)
pub fn doc_record_index(doc: &Value, unit: &str, period: &str) -> Option<usize> {
    crate::edit::record_index(doc, unit, period)
}

/// The user's document with the unit's record for the period replaced by `record`
/// (everything else as written). `None` when the document has no such record.
pub fn splice_record(doc: &Value, unit: &str, period: &str, record: &Value) -> Option<Value> {
    let i = doc_record_index(doc, unit, period)?;
    let mut out = doc.clone();
    out.set_at(&JsonPath::root().key("records").index(i), record.clone())
        .then_some(out)
}

/// The user's document after the engine changed the workspace for an appeal (recorded or
/// decided): its `appeals` as `changed` writes them, and the unit's record for the period
/// as `changed` writes it when its data differs (an upheld correction); everything else
/// as written. `None` when the document has no such record.
pub fn splice_appeals(doc: &Value, changed: &Workspace, unit: &str, period: &str) -> Option<Value> {
    let exported = workspace_value(changed);
    let i = doc_record_index(doc, unit, period)?;
    let rec_path = JsonPath::root().key("records").index(i);
    let new_rec = exported
        .at(&record_path(changed, unit, period).ok()?)?
        .clone();
    let mut out = doc.clone();
    if !doc
        .at(&rec_path)
        .is_some_and(|old| same_value(old, &new_rec))
    {
        out.set_at(&rec_path, new_rec);
    }
    let appeals = exported
        .get("appeals")
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    out.set_at(&JsonPath::root().key("appeals"), appeals)
        .then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulate::appeals::{decide, record_appeal, AppealDraft, Decision};
    use crate::testing::example as ws;

    #[test]
    fn inputs_of_the_example_record() {
        let w = ws();
        let rec = record_value(&w, "zd1", "2026Q1").unwrap();
        let inputs = record_inputs(&w, &rec);
        let paths: Vec<&str> = inputs.iter().map(|i| i.path.as_str()).collect();
        // progress, its planned value, quality reported+audited, utilisation, 7 ratings
        // (superior 2, peer 3, subordinate 1, self 1), 3 panel criteria, plans, response,
        // the event, two coefficients, closed items.
        assert_eq!(
            paths,
            [
                "values.progress",
                "planned.progress",
                "values.quality.reported",
                "values.quality.audited",
                "values.utilisation",
                "ratings.team360.superior[0]",
                "ratings.team360.superior[1]",
                "ratings.team360.peer[0]",
                "ratings.team360.peer[1]",
                "ratings.team360.peer[2]",
                "ratings.team360.subordinate[0]",
                "ratings.team360.self[0]",
                "panel.panel[0].feasibility",
                "panel.panel[0].promotion",
                "panel.panel[0].benefit",
                "values.plans",
                "values.response",
                "events[0]",
                "coefficients.coordination",
                "coefficients.risk",
                "closed_items",
            ]
        );
        assert_eq!(inputs[3].value, Value::str("0.95"));
        assert_eq!(
            inputs[3].kind,
            InputKind::Audited {
                indicator: "quality".into()
            }
        );
        assert_eq!(scored_value_path(&rec, "quality"), "values.quality.audited");
        assert_eq!(scored_value_path(&rec, "progress"), "values.progress");
    }

    #[test]
    fn a_sandbox_edit_predicts_without_touching_the_workspace() {
        // progress 0.92 → 0.80: task −0.5·12 = −6, B −0.45·6 = −2.7, S −2.7·1.05 = −2.835:
        // F = (86.245 − 2.7 − 2)·1.05 + 2 = 87.62225 → 87.62 (was 90.46, delta −2.84).
        let w = ws();
        let mut rec = record_value(&w, "zd1", "2026Q1").unwrap();
        rec.set_at(
            &JsonPath::parse("values.progress").unwrap(),
            Value::str("0.80"),
        );
        let trial = with_record(&w, "zd1", "2026Q1", &rec).unwrap();
        let p = predict(&w, &trial, &Query::period("2026Q1"), "zd1").unwrap();
        assert_eq!(p.score.published.unwrap().to_string(), "90.46");
        assert_eq!(p.score.predicted.unwrap().to_string(), "87.62");
        assert_eq!(p.score.delta.unwrap().to_string(), "-2.84");
        assert_eq!(p.change.rank, Some(0));
        // task 91.50 → 85.50.
        let task = p.dimensions.iter().find(|(d, _)| d == "task").unwrap().1;
        assert_eq!(task.delta.unwrap().to_string(), "-6.00");
        assert!(p.others.is_empty());
        // The workspace itself still scores 90.46.
        let s = score(&w, &Query::period("2026Q1")).unwrap();
        assert_eq!(s.unit("zd1").unwrap().score.to_string(), "90.46");
    }

    #[test]
    fn an_invalid_sandbox_record_reports_its_path() {
        let w = ws();
        let mut rec = record_value(&w, "zd1", "2026Q1").unwrap();
        rec.set_at(&JsonPath::parse("values.plans").unwrap(), Value::str("abc"));
        let prefix = record_path(&w, "zd1", "2026Q1").unwrap();
        match with_record(&w, "zd1", "2026Q1", &rec) {
            Err(SimError::Invalid(e)) => {
                assert_eq!(e.0[0].path, prefix.key("values").key("plans"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn change_between_standings() {
        use crate::score::grade::Grade;
        let s = |score: &str, rank, grade| Standing {
            score: score.parse().unwrap(),
            rank,
            grade,
            candidate: false,
        };
        let c = change(
            Some(&s("88.10", 3, Grade::Good)),
            Some(&s("90.02", 1, Grade::Excellent)),
        );
        assert_eq!(c.score.unwrap().to_string(), "1.92");
        assert_eq!(c.rank, Some(2));
        assert!(c.grade);
        let gone = change(Some(&s("50", 4, Grade::Fail)), None);
        assert_eq!((gone.score, gone.rank, gone.grade), (None, None, true));
    }

    #[test]
    fn splicing_keeps_the_users_document() {
        // The example as written (numbers and all); an appeal recorded then upheld touches
        // only `appeals` and the one record.
        let doc = crate::testing::example_doc();
        let w = ws();
        let draft = AppealDraft {
            unit: "zd1".into(),
            period: "2026Q1".into(),
            input: "values.quality.audited".into(),
            requested: Value::str("0.98"),
            reason: "审计口径有误".into(),
        };
        let (w1, id) = record_appeal(&w, &draft).unwrap();
        let d1 = splice_appeals(&doc, &w1, "zd1", "2026Q1").unwrap();
        // The record is the same data: left as written.
        assert_eq!(d1.get("records"), doc.get("records"));
        assert_eq!(d1.get("plan"), doc.get("plan"));
        let w2 = decide(&w1, &id, Decision::Uphold).unwrap();
        let d2 = splice_appeals(&d1, &w2, "zd1", "2026Q1").unwrap();
        assert_eq!(d2.get("plan"), doc.get("plan"));
        let again = workspace_from_value(&d2).unwrap();
        assert_eq!(again.appeals[0].status.as_str(), "upheld");
        let s = score(&again, &Query::period("2026Q1")).unwrap();
        assert_eq!(s.unit("zd1").unwrap().score.to_string(), "92.58");
        // A sandbox record spliced back.
        let mut rec = record_value(&w, "zd1", "2026Q1").unwrap();
        rec.set_at(
            &JsonPath::parse("closed_items").unwrap(),
            Value::Number("3".into()),
        );
        let d3 = splice_record(&doc, "zd1", "2026Q1", &rec).unwrap();
        assert_eq!(d3.get("plan"), doc.get("plan"));
        assert_eq!(
            workspace_from_value(&d3).unwrap().records[0].closed_items,
            3
        );
        assert!(splice_record(&doc, "kjc", "2026Q1", &rec).is_none());
    }
}

/// What the input at `path` (inside a record, as [`RecordInput::path`]) is, or `None` for a
/// path that names no single input (the whole record, its `unit`, an unknown part). Paths
/// below an input (`values.q.reported`'s parent `values.q`, an event's `level`) name the
/// input they belong to.
pub fn input_kind(path: &JsonPath) -> Option<InputKind> {
    use Segment::{Index, Key};
    let segs = path.segments();
    let key = |i: usize| match segs.get(i) {
        Some(Key(k)) => Some(k.clone()),
        _ => None,
    };
    let index = |i: usize| match segs.get(i) {
        Some(Index(n)) => Some(*n),
        _ => None,
    };
    let head = key(0)?;
    Some(match head.as_str() {
        "values" => {
            let indicator = key(1)?;
            match key(2).as_deref() {
                Some("reported") => InputKind::Reported { indicator },
                Some("audited") => InputKind::Audited { indicator },
                _ => InputKind::Value { indicator },
            }
        }
        "planned" => InputKind::Planned { indicator: key(1)? },
        "ratings" => InputKind::Rating {
            indicator: key(1)?,
            group: key(2)?,
            index: index(3)?,
        },
        "panel" => InputKind::Panel {
            indicator: key(1)?,
            expert: index(2)?,
            criterion: key(3)?,
        },
        "events" => InputKind::Event { index: index(1)? },
        "coefficients" => match key(1)?.as_str() {
            "coordination" => InputKind::Coordination,
            "risk" => InputKind::Risk,
            _ => return None,
        },
        "closed_items" => InputKind::ClosedItems,
        _ => return None,
    })
}

#[cfg(test)]
mod input_kind_tests {
    use super::*;

    fn kind(p: &str) -> Option<InputKind> {
        input_kind(&JsonPath::parse(p).unwrap())
    }

    #[test]
    fn every_input_path_names_its_kind() {
        let q = || "quality".to_string();
        for (path, want) in [
            ("values.quality", InputKind::Value { indicator: q() }),
            (
                "values.quality.reported",
                InputKind::Reported { indicator: q() },
            ),
            (
                "values.quality.audited",
                InputKind::Audited { indicator: q() },
            ),
            ("planned.quality", InputKind::Planned { indicator: q() }),
            (
                "ratings.quality.peer[2]",
                InputKind::Rating {
                    indicator: q(),
                    group: "peer".into(),
                    index: 2,
                },
            ),
            (
                "panel.quality[6].benefit",
                InputKind::Panel {
                    indicator: q(),
                    expert: 6,
                    criterion: "benefit".into(),
                },
            ),
            ("events[1].level", InputKind::Event { index: 1 }),
            ("coefficients.risk", InputKind::Risk),
            ("coefficients.coordination", InputKind::Coordination),
            ("closed_items", InputKind::ClosedItems),
        ] {
            assert_eq!(kind(path), Some(want), "{path}");
        }
    }

    #[test]
    fn paths_that_name_no_input_have_no_kind() {
        for p in [
            "unit",
            "period",
            "values",
            "ratings.quality",
            "panel.q.x",
            "coefficients.k",
            "x",
        ] {
            assert_eq!(kind(p), None, "{p}");
        }
        assert_eq!(input_kind(&JsonPath::root()), None);
    }
}
