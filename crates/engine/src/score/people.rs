//! Individual linkage (§9, S2.5, S1.6): a person's score tied to their unit's.

use super::{publish, PersonResult, UnitResult};
use crate::error::ScoreError;
use crate::exact::Exact;
use crate::model::{Status, Workspace};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Links every person of the workspace to the unit results of one set. A linked score too
/// large to publish is refused ([`ScoreError::Overflow`]).
pub fn link(ws: &Workspace, units: &[UnitResult]) -> Result<Vec<PersonResult>, ScoreError> {
    let lambda = ws.linkage.lambda;
    let score_of: HashMap<&str, Decimal> =
        units.iter().map(|u| (u.unit.as_str(), u.score)).collect();
    ws.people
        .iter()
        .map(|p| {
            let unit = match (p.status, &p.host_unit) {
                (Status::Seconded, Some(h)) => h.clone(),
                _ => p.unit.clone(),
            };
            let unit_score = score_of.get(unit.as_str()).copied();
            let score = match (p.personal, unit_score) {
                (Some(personal), Some(s)) => {
                    let l = Exact::from(lambda);
                    Some(publish(
                        &((Exact::one() - l.clone()) * Exact::from(personal) + l * Exact::from(s)),
                    )?)
                }
                _ => None,
            };
            Ok(PersonResult {
                person: p.id.clone(),
                unit,
                unit_score,
                personal: p.personal,
                lambda,
                score,
                graded: !(p.status == Status::New && p.months_in_post < ws.linkage.min_months),
            })
        })
        .collect()
}
