//! Appeals (S4.5 結果公示與申訴): record an appeal against one input of one record, preview
//! the corrected results of the whole cohort as a before/after diff, and uphold or reject
//! it. An upheld appeal's requested value is written into the data; every appeal stays in
//! the workspace's `appeals` with its original and requested values, so the history is kept.
//!
//! An appeal's `input` is a path inside the record, as the workspace file writes it:
//! `values.quality.audited`, `values.progress`, `ratings.team360.peer[1]`, `events[0]`,
//! `coefficients.coordination`, `closed_items`. A change goes through the file format
//! (export → edit the JSON → validate), so a corrected workspace obeys every rule a file
//! does, and an invalid correction is refused with its JSON path. A requested `null`
//! removes the value (an event struck off the negative list, for one); an index one past
//! the end of a list appends (a missing rating added).

use super::compare::Standing;
use super::{InputProblem, SimError};
use crate::export::workspace_value;
use crate::json::Value;
use crate::model::{Appeal, AppealStatus, Workspace};
use crate::parse::workspace_from_value;
use crate::path::{JsonPath, Segment};
use crate::score::{score, PeriodChoice, Query, ResultSet};

/// A new appeal, before it has an id, an original value and a status.
#[derive(Debug, Clone, PartialEq)]
pub struct AppealDraft {
    /// The unit appealing.
    pub unit: String,
    /// The period.
    pub period: String,
    /// Path of the input within the record.
    pub input: String,
    /// The value asked for (`null`: remove it).
    pub requested: Value,
    /// Why.
    pub reason: String,
}

/// The decision on an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Upheld: the requested value is applied.
    Uphold,
    /// Rejected: the data keeps the original.
    Reject,
}

/// One unit before and after a correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitDiff {
    /// Unit id.
    pub unit: String,
    /// Before (`None`: not scored then).
    pub before: Option<Standing>,
    /// After (`None`: not scored after).
    pub after: Option<Standing>,
}

impl UnitDiff {
    /// Whether the score, rank or grade changed (or the unit entered or left the set).
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// The whole cohort before and after an appeal's correction.
#[derive(Debug, Clone, PartialEq)]
pub struct AppealPreview {
    /// The appeal previewed.
    pub appeal: String,
    /// Results as the data stands.
    pub before: ResultSet,
    /// Results with the requested value applied.
    pub after: ResultSet,
    /// Every unit of either set: those of `before` in its order, then any new ones.
    pub units: Vec<UnitDiff>,
}

impl AppealPreview {
    /// The units whose score, rank or grade the correction changes.
    pub fn changed(&self) -> impl Iterator<Item = &UnitDiff> {
        self.units.iter().filter(|u| u.changed())
    }
}

fn bad(input: &str, problem: InputProblem) -> SimError {
    SimError::BadInput {
        input: input.to_string(),
        problem,
    }
}

/// The record's path steps, checked: not empty, and not the record's own `unit`/`period`.
fn steps(input: &str) -> Result<Vec<Segment>, SimError> {
    let path = JsonPath::parse(input).ok_or_else(|| bad(input, InputProblem::NotAPath))?;
    let segs = path.segments().to_vec();
    match segs.first() {
        None => Err(bad(input, InputProblem::WholeRecord)),
        Some(Segment::Key(k)) if k == "unit" || k == "period" => {
            Err(bad(input, InputProblem::UnitOrPeriod))
        }
        Some(Segment::Index(_)) => Err(bad(input, InputProblem::RecordIsAnObject)),
        _ => Ok(segs),
    }
}

/// The exported workspace and the index of the unit's record for the period.
fn exported(ws: &Workspace, unit: &str, period: &str) -> Result<(Value, usize), SimError> {
    let root = workspace_value(ws);
    let idx = match root.get("records") {
        Some(Value::Array(recs)) => recs.iter().position(|r| {
            r.get("unit").and_then(Value::as_str) == Some(unit)
                && r.get("period").and_then(Value::as_str) == Some(period)
        }),
        _ => None,
    };
    match idx {
        Some(i) => Ok((root, i)),
        None => Err(SimError::NoRecord {
            unit: unit.to_string(),
            period: period.to_string(),
        }),
    }
}

fn record_mut(root: &mut Value, i: usize) -> Option<&mut Value> {
    match root {
        Value::Object(fields) => match fields.iter_mut().find(|(k, _)| k == "records") {
            Some((_, Value::Array(recs))) => recs.get_mut(i),
            _ => None,
        },
        _ => None,
    }
}

fn get<'a>(v: &'a Value, segs: &[Segment]) -> Option<&'a Value> {
    let Some((first, rest)) = segs.split_first() else {
        return Some(v);
    };
    let child = match (first, v) {
        (Segment::Key(k), Value::Object(_)) => v.get(k)?,
        (Segment::Index(i), Value::Array(items)) => items.get(*i)?,
        _ => return None,
    };
    get(child, rest)
}

/// Sets (or, for `null`, removes) the value at `segs`, creating missing objects on the way.
fn set(v: &mut Value, segs: &[Segment], new: Value, input: &str) -> Result<(), SimError> {
    let Some((first, rest)) = segs.split_first() else {
        *v = new;
        return Ok(());
    };
    match (first, v) {
        (Segment::Key(k), Value::Object(fields)) => {
            let pos = fields.iter().position(|(f, _)| f == k);
            if rest.is_empty() {
                match (pos, new) {
                    (Some(p), Value::Null) => {
                        fields.remove(p);
                    }
                    (None, Value::Null) => {}
                    (Some(p), new) => {
                        if let Some((_, slot)) = fields.get_mut(p) {
                            *slot = new;
                        }
                    }
                    (None, new) => fields.push((k.clone(), new)),
                }
                return Ok(());
            }
            let p = match pos {
                Some(p) => p,
                None => {
                    let empty = match rest.first() {
                        Some(Segment::Key(_)) => Value::Object(Vec::new()),
                        _ => Value::Array(Vec::new()),
                    };
                    fields.push((k.clone(), empty));
                    fields.len() - 1
                }
            };
            match fields.get_mut(p) {
                Some((_, child)) => set(child, rest, new, input),
                None => Err(bad(input, InputProblem::NoSuchPlace)),
            }
        }
        (Segment::Index(i), Value::Array(items)) => {
            let i = *i;
            if rest.is_empty() {
                match new {
                    Value::Null if i < items.len() => {
                        items.remove(i);
                    }
                    Value::Null => return Err(bad(input, InputProblem::NoItem { index: i })),
                    new if i < items.len() => {
                        if let Some(slot) = items.get_mut(i) {
                            *slot = new;
                        }
                    }
                    new if i == items.len() => items.push(new),
                    _ => {
                        return Err(bad(
                            input,
                            InputProblem::BeyondEnd {
                                index: i,
                                len: items.len(),
                            },
                        ))
                    }
                }
                return Ok(());
            }
            match items.get_mut(i) {
                Some(child) => set(child, rest, new, input),
                None => Err(bad(input, InputProblem::NoItem { index: i })),
            }
        }
        (Segment::Key(k), other) => Err(bad(
            input,
            InputProblem::NotAnObject {
                key: k.clone(),
                found: other.type_name(),
            },
        )),
        (Segment::Index(i), other) => Err(bad(
            input,
            InputProblem::NotAList {
                index: *i,
                found: other.type_name(),
            },
        )),
    }
}

/// The current value at an input of a record (`null` when absent).
pub fn value_at(ws: &Workspace, unit: &str, period: &str, input: &str) -> Result<Value, SimError> {
    let segs = steps(input)?;
    let (root, i) = exported(ws, unit, period)?;
    let rec = match root.get("records") {
        Some(Value::Array(recs)) => recs.get(i),
        _ => None,
    };
    Ok(rec
        .and_then(|r| get(r, &segs))
        .cloned()
        .unwrap_or(Value::Null))
}

/// A copy of the workspace with `value` at the input of the unit's record for the period,
/// validated like a file (errors carry their JSON paths).
pub fn apply_input(
    ws: &Workspace,
    unit: &str,
    period: &str,
    input: &str,
    value: &Value,
) -> Result<Workspace, SimError> {
    let segs = steps(input)?;
    let (mut root, i) = exported(ws, unit, period)?;
    let rec = record_mut(&mut root, i).ok_or_else(|| SimError::NoRecord {
        unit: unit.to_string(),
        period: period.to_string(),
    })?;
    set(rec, &segs, value.clone(), input)?;
    workspace_from_value(&root).map_err(SimError::Invalid)
}

/// Records a new pending appeal: its `original` is the value now at the input; the
/// requested correction must give a valid workspace. Returns the workspace with the appeal
/// added, and the appeal's id (`A1`, `A2`, … the first free one).
pub fn record_appeal(ws: &Workspace, draft: &AppealDraft) -> Result<(Workspace, String), SimError> {
    apply_input(
        ws,
        &draft.unit,
        &draft.period,
        &draft.input,
        &draft.requested,
    )?;
    let original = value_at(ws, &draft.unit, &draft.period, &draft.input)?;
    let id = crate::edit::first_free_id("A", ws.appeals.iter().map(|a| a.id.as_str()));
    let mut out = ws.clone();
    out.appeals.push(Appeal {
        id: id.clone(),
        unit: draft.unit.clone(),
        period: draft.period.clone(),
        input: draft.input.clone(),
        original,
        requested: draft.requested.clone(),
        reason: draft.reason.clone(),
        status: AppealStatus::Pending,
    });
    Ok((out, id))
}

fn find<'a>(ws: &'a Workspace, id: &str) -> Result<&'a Appeal, SimError> {
    ws.appeal(id)
        .ok_or_else(|| SimError::UnknownAppeal(id.to_string()))
}

fn standing(rs: &ResultSet, unit: &str) -> Option<Standing> {
    let u = rs.unit(unit)?;
    Some(Standing {
        score: u.score,
        rank: u.rank,
        grade: u.grade,
        candidate: u.score >= rs.grading.excellent_min && !u.veto,
    })
}

/// The cohort before and after applying an appeal's requested value, for `query` (default:
/// the appeal's period under the plan). Works for an appeal in any status.
pub fn preview(ws: &Workspace, id: &str, query: Option<&Query>) -> Result<AppealPreview, SimError> {
    let a = find(ws, id)?;
    let q = query.cloned().unwrap_or_else(|| Query {
        period: PeriodChoice::Period(a.period.clone()),
        scenario: None,
    });
    let corrected = apply_input(ws, &a.unit, &a.period, &a.input, &a.requested)?;
    let before = score(ws, &q)?;
    let after = score(&corrected, &q)?;
    let mut ids: Vec<&str> = before.units.iter().map(|u| u.unit.as_str()).collect();
    for u in &after.units {
        if !ids.contains(&u.unit.as_str()) {
            ids.push(&u.unit);
        }
    }
    let units = ids
        .iter()
        .map(|u| UnitDiff {
            unit: u.to_string(),
            before: standing(&before, u),
            after: standing(&after, u),
        })
        .collect();
    Ok(AppealPreview {
        appeal: id.to_string(),
        before,
        after,
        units,
    })
}

/// Decides a pending appeal. Upheld: the requested value is written into the data
/// (refused as [`SimError::Stale`] when the data no longer holds the appeal's original);
/// rejected: the data is left as it is. Either way the appeal stays, with its status.
pub fn decide(ws: &Workspace, id: &str, decision: Decision) -> Result<Workspace, SimError> {
    let a = find(ws, id)?;
    if a.status != AppealStatus::Pending {
        return Err(SimError::AlreadyDecided(id.to_string()));
    }
    let mut out = match decision {
        Decision::Reject => ws.clone(),
        Decision::Uphold => {
            let now = value_at(ws, &a.unit, &a.period, &a.input)?;
            if !same_value(&now, &a.original) {
                return Err(SimError::Stale(id.to_string()));
            }
            apply_input(ws, &a.unit, &a.period, &a.input, &a.requested)?
        }
    };
    if let Some(slot) = out.appeals.iter_mut().find(|x| x.id == id) {
        slot.status = match decision {
            Decision::Uphold => AppealStatus::Upheld,
            Decision::Reject => AppealStatus::Rejected,
        };
    }
    Ok(out)
}

/// Equality as the file format sees it: decimals compare by value whether written as
/// strings or numbers (`"0.95"` = `0.950`); objects by their keys, in any order.
pub fn same_value(a: &Value, b: &Value) -> bool {
    let dec = |v: &Value| match v {
        Value::Number(t) | Value::String(t) => crate::number::parse_decimal(t).ok(),
        _ => None,
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_value(v, w))
        }
        _ => match (dec(a), dec(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::grade::Grade;
    use crate::testing::example as ws;

    use rust_decimal::Decimal;

    fn draft(input: &str, requested: Value) -> AppealDraft {
        AppealDraft {
            unit: "zd1".into(),
            period: "2026Q1".into(),
            input: input.into(),
            requested,
            reason: "審計口徑有誤".into(),
        }
    }

    #[test]
    fn record_preview_uphold_keeps_history() {
        // The example's zd1, 2026Q1: quality audited 0.95 → band 85. Appeal for 0.98 →
        // band 100: task = 0.5·92 + 0.3·100 + 0.2·100 = 96 (was 91.5); risk is
        // 0.5·88 + 0.5·83.333… = 85.666…; weighted 0.45·96 + 0.20·85.6 + 0.20·75.5 +
        // 0.15·85.666… = 43.2 + 17.12 + 15.1 + 12.85 = 88.27 (was 86.245);
        // F = (88.27 − 2)·1.05 + 2 = 92.5835 → 92.58 (was 90.46).
        let w = ws();
        let (w1, id) =
            record_appeal(&w, &draft("values.quality.audited", Value::str("0.98"))).unwrap();
        assert_eq!(id, "A1");
        let a = &w1.appeals[0];
        assert!(same_value(&a.original, &Value::Number("0.95".into())));
        assert_eq!(a.status, AppealStatus::Pending);
        let p = preview(&w1, &id, None).unwrap();
        let zd1 = p.units.iter().find(|u| u.unit == "zd1").unwrap();
        assert_eq!(zd1.before.unwrap().score.to_string(), "90.46");
        assert_eq!(zd1.after.unwrap().score.to_string(), "92.58");
        assert_eq!(zd1.after.unwrap().grade, Grade::Excellent);
        assert_eq!(p.changed().count(), 1);
        // Uphold: the data holds 0.98, the appeal its history.
        let w2 = decide(&w1, &id, Decision::Uphold).unwrap();
        assert_eq!(w2.appeals[0].status, AppealStatus::Upheld);
        assert!(same_value(
            &value_at(&w2, "zd1", "2026Q1", "values.quality.audited").unwrap(),
            &Value::str("0.98")
        ));
        let s = score(&w2, &Query::period("2026Q1")).unwrap();
        assert_eq!(s.unit("zd1").unwrap().score.to_string(), "92.58");
        // Deciding again is refused; a second appeal on the same value is A2 and, upheld
        // after the first changed the data, would still be fine (its original is 0.98).
        assert!(matches!(
            decide(&w2, &id, Decision::Reject),
            Err(SimError::AlreadyDecided(_))
        ));
        let (w3, id2) =
            record_appeal(&w2, &draft("values.quality.audited", Value::str("0.99"))).unwrap();
        assert_eq!(id2, "A2");
        // The workspace with its appeals survives export → import.
        let again = crate::parse_workspace(&crate::workspace_json(&w3)).unwrap();
        assert_eq!(again.appeals.len(), 2);
    }

    #[test]
    fn reject_leaves_the_data_and_stale_appeals_are_refused() {
        let w = ws();
        let (w1, id) = record_appeal(&w, &draft("values.progress", Value::str("0.99"))).unwrap();
        let r = decide(&w1, &id, Decision::Reject).unwrap();
        assert_eq!(r.appeals[0].status, AppealStatus::Rejected);
        assert_eq!(r.records, w.records);
        // Someone changes the value after the appeal was recorded: upholding is refused.
        let w2 = apply_input(&w1, "zd1", "2026Q1", "values.progress", &Value::str("0.5")).unwrap();
        assert!(matches!(
            decide(&w2, &id, Decision::Uphold),
            Err(SimError::Stale(_))
        ));
    }

    #[test]
    fn events_ratings_and_removal() {
        let w = ws();
        // Strike the general event off: deduction 0, F = 86.245·1.05 + 2 = 92.55725 → 92.56.
        let w1 = apply_input(&w, "zd1", "2026Q1", "events[0]", &Value::Null).unwrap();
        let s = score(&w1, &Query::period("2026Q1")).unwrap();
        assert_eq!(s.unit("zd1").unwrap().score.to_string(), "92.56");
        // Change one peer rating (index 1 of peer: 82 → 92): peer mean 80 → 83.333…,
        // survey 0.5·88 + 0.3·83.333… + 0.2·88 = 86.6.
        let w2 = apply_input(
            &w,
            "zd1",
            "2026Q1",
            "ratings.team360.peer[1]",
            &Value::str("92"),
        )
        .unwrap();
        let s = score(&w2, &Query::period("2026Q1")).unwrap();
        let dims = &s.unit("zd1").unwrap().dimensions;
        assert!(dims.contains(&("team".to_string(), Decimal::new(8660, 2))));
        // Append a rating (index = length).
        assert!(apply_input(
            &w,
            "zd1",
            "2026Q1",
            "ratings.team360.peer[3]",
            &Value::str("80")
        )
        .is_ok());
    }

    #[test]
    fn invalid_corrections_are_refused_with_paths() {
        let w = ws();
        match apply_input(&w, "zd1", "2026Q1", "values.plans", &Value::str("120")) {
            Err(SimError::Invalid(e)) => {
                assert_eq!(e.0[0].path.to_string(), "records[0].values.plans")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            apply_input(&w, "zd1", "2026Q1", "unit", &Value::str("kjc")),
            Err(SimError::BadInput { .. })
        ));
        assert!(matches!(
            apply_input(&w, "zd1", "2026Q1", "events[5]", &Value::Null),
            Err(SimError::BadInput { .. })
        ));
        assert!(matches!(
            apply_input(&w, "kjc", "2026Q1", "values.progress", &Value::str("1")),
            Err(SimError::NoRecord { .. })
        ));
        assert!(record_appeal(&w, &draft("values.nonexistent", Value::str("1"))).is_err());
        assert!(matches!(
            preview(&w, "A9", None),
            Err(SimError::UnknownAppeal(_))
        ));
    }
}
