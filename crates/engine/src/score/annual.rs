//! The annual composite (§7): the period-weighted mean of each unit's published period
//! scores, ranked and graded like a period.

use super::grade::{GradeInput, GradeOutput};
use super::{core_of, delta, grade_rows, latest_history, publish, Cycle, Flags, UnitDetail};
use super::{ScoreError, UnitResult};
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

/// One unit's annual figures before grading.
struct Row {
    unit: String,
    exact: Exact,
    /// The sum of the weights of the periods scored.
    den: Exact,
    dimensions: Vec<(String, Exact)>,
    deduction: Exact,
    flags: Flags,
    veto: bool,
    parts: Vec<AnnualPart>,
}

/// Scores the annual set: units, quota, quota tie.
pub fn score_annual(
    ws: &Workspace,
    cycle: &Cycle,
    grading: &Grading,
) -> Result<(Vec<UnitResult>, u32, bool), ScoreError> {
    let core = ws.plan.dimensions.first().map(|d| d.id.clone());
    let mut rows: Vec<Row> = Vec::new();
    for unit in &ws.units {
        rows.extend(annual_row(ws, cycle, &unit.id)?);
    }
    let inputs: Vec<GradeInput> = rows
        .iter()
        .map(|row| grade_input(ws, core.as_deref(), row))
        .collect::<Result<_, _>>()?;
    grade_rows(ws, grading, rows, inputs, unit_result)
}

/// A unit's period-weighted figures over the cycle; `None` when it was scored in no
/// period (or only in periods of weight 0): it has no annual score. A period dimension
/// score too large to publish is refused.
fn annual_row(ws: &Workspace, cycle: &Cycle, unit: &str) -> Result<Option<Row>, ScoreError> {
    let weight_of = |pid: &str| {
        ws.plan
            .periods
            .iter()
            .find(|p| p.id == pid)
            .map(|p| p.weight)
            .unwrap_or_default()
    };
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
    for (k, (pid, _)) in cycle.periods.iter().enumerate() {
        let w = weight_of(pid);
        let up = cycle.unit_at(k, unit);
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
            let present = up.dimensions.iter().find(|x| x.id == *id);
            if let Some(s) = present.and_then(|x| x.score.as_ref()) {
                let s = publish(s)?;
                *n = n.clone() + Exact::from(w) * Exact::from(s);
                *d = d.clone() + Exact::from(w);
            }
        }
    }
    let Some(exact) = num.checked_div(&den) else {
        return Ok(None);
    };
    let dimensions: Vec<(String, Exact)> = dim_sums
        .into_iter()
        .filter_map(|(id, n, d)| Some((id, n.checked_div(&d)?)))
        .collect();
    Ok(Some(Row {
        unit: unit.to_string(),
        exact,
        den,
        dimensions,
        deduction,
        flags,
        veto,
        parts,
    }))
}

/// What grading needs of a unit's annual figures, published.
fn grade_input(ws: &Workspace, core: Option<&str>, row: &Row) -> Result<GradeInput, ScoreError> {
    let published: Vec<(String, Decimal)> = row
        .dimensions
        .iter()
        .map(|(id, x)| Ok((id.clone(), publish(x)?)))
        .collect::<Result<_, ScoreError>>()?;
    Ok(GradeInput {
        score: publish(&row.exact)?,
        core: core_of(core, &published),
        deduction: publish(&row.deduction)?,
        veto: row.veto,
        dimensions: published,
        previous: latest_history(ws, &row.unit),
    })
}

/// A unit's annual result from its figures, its grading input and its grade.
fn unit_result(
    ((row, input), g): ((Row, GradeInput), GradeOutput),
) -> Result<UnitResult, ScoreError> {
    let mut flags = row.flags;
    flags.rectification = g.rectification;
    flags.leadership_review = g.leadership_review;
    Ok(UnitResult {
        unit: row.unit,
        score: input.score,
        rank: g.rank,
        grade: g.grade,
        grade_reason: g.reason,
        veto: row.veto,
        deduction: input.deduction,
        dimensions: input.dimensions,
        flags,
        warning: g.drop_warning.map(|(_, c)| c),
        drop_warning: g.drop_warning,
        honours: g.honours,
        previous: input.previous,
        delta: delta(input.score, input.previous)?,
        detail: UnitDetail::Annual(Box::new(AnnualDetail {
            parts: row.parts,
            exact: row.exact,
            weight_scored: row.den,
            dimensions: row.dimensions,
            deduction: row.deduction,
        })),
    })
}
