//! Appeals as document edits: the engine records or decides the appeal on the validated
//! workspace ([`crate::simulate::appeals`]) and the document takes the result — its
//! `appeals`, and the unit's record when an upheld correction changed it — everything else
//! kept as written.

use super::error::EditError;
use crate::json::Value;
use crate::parse::workspace_from_value;
use crate::simulate::appeals::{decide, record_appeal, AppealDraft, Decision};
use crate::simulate::sandbox::splice_appeals;
use crate::Workspace;

fn workspace(doc: &Value) -> Result<Workspace, EditError> {
    workspace_from_value(doc).map_err(EditError::Invalid)
}

fn splice(doc: &Value, changed: &Workspace, unit: &str, period: &str) -> Result<Value, EditError> {
    splice_appeals(doc, changed, unit, period).ok_or_else(|| EditError::NoRecord {
        unit: unit.to_string(),
        period: period.to_string(),
    })
}

/// Records a new appeal (pending; id `A1`, `A2` … the first free, as
/// [`super::next_id`] with [`super::Kind::Appeal`] tells beforehand).
pub(super) fn record(doc: &Value, draft: &AppealDraft) -> Result<Value, EditError> {
    let ws = workspace(doc)?;
    let (changed, _id) = record_appeal(&ws, draft)?;
    splice(doc, &changed, &draft.unit, &draft.period)
}

/// Decides a pending appeal (upheld: the requested value goes into the data).
pub(super) fn decide_appeal(doc: &Value, id: &str, decision: Decision) -> Result<Value, EditError> {
    let ws = workspace(doc)?;
    let a = ws.appeal(id).ok_or_else(|| EditError::NotFound {
        kind: super::Kind::Appeal,
        id: id.to_string(),
    })?;
    let (unit, period) = (a.unit.clone(), a.period.clone());
    let changed = decide(&ws, id, decision)?;
    splice(doc, &changed, &unit, &period)
}
