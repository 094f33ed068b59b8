//! The annual composite (§7): the period-weighted mean of each unit's published period
//! scores, ranked and graded like a period.

use super::grade::{self, GradeInput};
use super::{latest_history, order_units, Cycle, Flags, UnitDetail, UnitResult};
use crate::exact::Exact;
use crate::model::{Grading, Workspace};
use rust_decimal::Decimal;

/// One period's part in a unit's annual score.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualPart {
    /// Period id.
    pub period: String,
    /// Its weight.
    pub weight: Decimal,
    /// The unit's published score there, if scored.
    pub score: Option<Decimal>,
}

/// How a unit's annual figures were made.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualDetail {
    /// Every period of the plan, in order.
    pub parts: Vec<AnnualPart>,
    /// `Σ w_p·S_p / Σ_{scored} w_p`, before rounding.
    pub exact: Exact,
    /// The sum of the weights of the periods scored.
    pub weight_scored: Exact,
    /// Annual dimension means, exact (READING 4), in plan order.
    pub dimensions: Vec<(String, Exact)>,
    /// The cycle's total deduction, exact.
    pub deduction: Exact,
}

/// Scores the annual set: units, quota, quota tie.
pub fn score_annual(
    ws: &Workspace,
    cycle: &Cycle,
    grading: &Grading,
) -> (Vec<UnitResult>, u32, bool) {
    let weight_of = |pid: &str| {
        ws.plan
            .periods
            .iter()
            .find(|p| p.id == pid)
            .map(|p| p.weight)
            .unwrap_or_default()
    };
    let core = ws.plan.dimensions.first().map(|d| d.id.clone());
    let mut rows = Vec::new();
    for unit in &ws.units {
        let mut parts = Vec::new();
        let mut num = Exact::zero();
        let mut den = Exact::zero();
        let mut deduction = Exact::zero();
        let mut flags = Flags::default();
        let mut veto = false;
        let mut dim_sums: Vec<(String, Exact, Exact)> = ws
            .plan
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), Exact::zero(), Exact::zero()))
            .collect();
        for (pid, units) in &cycle.periods {
            let w = weight_of(pid);
            let up = units.iter().find(|u| u.unit == unit.id);
            parts.push(AnnualPart {
                period: pid.clone(),
                weight: w,
                score: up.map(|u| u.published),
            });
            let Some(up) = up else {
                flags.incomplete = true;
                continue;
            };
            num = num + Exact::from(w) * Exact::from(up.published);
            den = den + Exact::from(w);
            deduction = deduction + up.deduction.clone();
            flags.incomplete |= up.incomplete;
            flags.band_violation |= up.band_violation;
            flags.audit_discrepancy |= up.audit_discrepancy;
            flags.special_review |= up.special_review;
            veto |= up.veto;
            for (id, n, d) in dim_sums.iter_mut() {
                if let Some(s) = up.dimension_published(id) {
                    *n = n.clone() + Exact::from(w) * Exact::from(s);
                    *d = d.clone() + Exact::from(w);
                }
            }
        }
        // A unit scored in no period (or only in periods of weight 0) has no annual score.
        let Some(exact) = num.checked_div(&den) else {
            continue;
        };
        let dimensions: Vec<(String, Exact)> = dim_sums
            .into_iter()
            .filter_map(|(id, n, d)| Some((id, n.checked_div(&d)?)))
            .collect();
        rows.push((
            unit.id.clone(),
            exact,
            den,
            dimensions,
            deduction,
            flags,
            veto,
            parts,
        ));
    }
    let inputs: Vec<GradeInput> = rows
        .iter()
        .map(|(uid, exact, _, dims, deduction, _, veto, _)| {
            let published: Vec<(String, Decimal)> = dims
                .iter()
                .filter_map(|(id, x)| Some((id.clone(), x.round2()?)))
                .collect();
            GradeInput {
                score: exact.round2().unwrap_or(Decimal::MAX),
                core: core
                    .as_deref()
                    .and_then(|c| published.iter().find(|(d, _)| d == c).map(|(_, s)| *s)),
                deduction: deduction.round2().unwrap_or(Decimal::MAX),
                veto: *veto,
                dimensions: published,
                previous: latest_history(ws, uid),
            }
        })
        .collect();
    let graded = grade::grade_set(&inputs, grading, &ws.plan.warnings);
    let mut units: Vec<UnitResult> = rows
        .into_iter()
        .zip(inputs)
        .zip(graded.outputs)
        .map(
            |(((uid, exact, den, dims, deduction, mut flags, veto, parts), input), g)| {
                flags.rectification = g.rectification;
                flags.leadership_review = g.leadership_review;
                UnitResult {
                    unit: uid,
                    score: input.score,
                    rank: g.rank,
                    grade: g.grade,
                    grade_reason: g.reason,
                    veto,
                    deduction: input.deduction,
                    dimensions: input.dimensions,
                    flags,
                    warning: g.drop_warning.map(|(_, c)| c),
                    drop_warning: g.drop_warning,
                    honours: g.honours,
                    previous: input.previous,
                    delta: input.previous.map(|p| input.score - p),
                    detail: UnitDetail::Annual(Box::new(AnnualDetail {
                        parts,
                        exact,
                        weight_scored: den,
                        dimensions: dims,
                        deduction,
                    })),
                }
            },
        )
        .collect();
    order_units(&mut units);
    (units, graded.quota, graded.quota_tie)
}
