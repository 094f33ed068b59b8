//! [`super::Edit::SetField`]: set or clear a plain field at a typed path — a name, a plan
//! setting, a weight, a method parameter, a person's field — everything that no other
//! field refers to. What a domain edit owns is refused ([`EditError::Managed`]), so a field
//! edit can never break a reference: the lists of units, people, records, scenarios,
//! appeals, dimensions, indicators, profiles, periods and levels (and anything holding
//! one, up to the root), their elements and ids; a record's unit and period; a person's
//! status; an appeal's unit, period, input and status; the rater-group and criterion maps
//! and their keys (an existing key's weight may be set).

use super::doc::set_or_remove;
use super::error::EditError;
use super::WeightMap;
use crate::json::Value;
use crate::path::{JsonPath, Segment};

/// One step of a pattern of owned places.
#[derive(Clone, Copy)]
enum Pat {
    Key(&'static str),
    AnyIndex,
}

use Pat::{AnyIndex as I, Key as K};

/// Places owned by domain edits; a path is owned when it is one of them or on the way to
/// one (a prefix).
const OWNED: [&[Pat]; 17] = [
    &[K("units"), I, K("id")],
    &[K("people"), I, K("status")],
    &[K("records"), I, K("unit")],
    &[K("records"), I, K("period")],
    &[K("scenarios"), I, K("id")],
    &[K("appeals"), I, K("id")],
    &[K("appeals"), I, K("unit")],
    &[K("appeals"), I, K("period")],
    &[K("appeals"), I, K("input")],
    &[K("appeals"), I, K("status")],
    &[K("plan"), K("dimensions"), I, K("id")],
    &[K("plan"), K("dimensions"), I, K("indicators"), I, K("id")],
    &[K("plan"), K("profiles"), I, K("id")],
    &[K("plan"), K("periods"), I, K("id")],
    &[K("plan"), K("deductions"), K("levels"), I, K("id")],
    &[K("plan"), K("survey"), K("groups")],
    &[K("plan"), K("panel"), K("criteria")],
];

fn on_the_way(path: &[Segment], pattern: &[Pat]) -> bool {
    path.len() <= pattern.len()
        && path.iter().zip(pattern).all(|(s, p)| match (s, p) {
            (Segment::Key(k), Pat::Key(want)) => k == want,
            (Segment::Index(_), Pat::AnyIndex) => true,
            _ => false,
        })
}

/// Whether `at` is owned by a domain edit in `doc` for this change.
fn owned(doc: &Value, at: &JsonPath, setting: bool) -> bool {
    let segs = at.segments();
    if OWNED.iter().any(|p| on_the_way(&segs, p)) {
        return true;
    }
    // A key of a rater-group or criterion map: its weight may be set, the key itself is
    // added and removed by its own edits.
    [WeightMap::SurveyGroups, WeightMap::PanelCriteria]
        .iter()
        .any(|m| at.parent() == m.path() && !(setting && doc.at(at).is_some()))
}

/// Sets (`Some`) or removes (`None`) the value at `at`; removing what is not there
/// changes nothing.
pub(super) fn set_field(
    doc: &Value,
    at: &JsonPath,
    value: Option<Value>,
) -> Result<Value, EditError> {
    if at.is_root() {
        return Err(EditError::RootPath);
    }
    if owned(doc, at, value.is_some()) {
        return Err(EditError::Managed { at: at.clone() });
    }
    let mut out = doc.clone();
    set_or_remove(&mut out, at, value)?;
    Ok(out)
}
