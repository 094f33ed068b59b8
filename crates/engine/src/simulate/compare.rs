//! Scenario comparison (§8): for every unit, score, rank and grade under the plan and under
//! each scenario, the change against the plan, and who crosses a grade line or the quota.
//!
//! To compare a draft scenario (the weight editor's), add it to a copy of the workspace's
//! `scenarios` and name it here: every scenario is scored by the same exact scorer.

use super::SimError;
use crate::model::Workspace;
use crate::score::grade::{Grade, GradeReason};
use crate::score::{score, PeriodChoice, Query, ResultSet};
use rust_decimal::Decimal;

/// A unit's figures in one result set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Published score.
    pub score: Decimal,
    /// Competition rank.
    pub rank: u32,
    /// Grade.
    pub grade: Grade,
    /// Whether it was an Excellent candidate (`S ≥ excellent_min`, no veto).
    pub candidate: bool,
}

/// A grading line of §6.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// `excellent_min` (Excellent candidacy).
    Excellent,
    /// `good_min` (良好).
    Good,
    /// `pass_line` (合格, the baseline line).
    Pass,
}

/// Which way something was crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From below to at-or-above (or into the quota).
    Up,
    /// From at-or-above to below (or out of the quota).
    Down,
}

/// A unit under one scenario, against the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioCell {
    /// The scenario id.
    pub scenario: String,
    /// The unit's figures under it (`None`: not scored there, which only a unit missing
    /// from the plan's set as well can be).
    pub standing: Option<Standing>,
    /// `score − plan score`.
    pub score_delta: Option<Decimal>,
    /// `plan rank − rank` (positive: moved up).
    pub rank_delta: Option<i64>,
    /// The grade changed.
    pub grade_changed: bool,
    /// Grading lines crossed, each against the line in force in its own set (a scenario
    /// may move the lines, §8).
    pub lines: Vec<(Line, Direction)>,
    /// Excellent gained or lost while a candidate in both sets: the quota (名額), not a
    /// line, made the difference.
    pub quota: Option<Direction>,
}

/// One unit across the plan and the scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitComparison {
    /// Unit id.
    pub unit: String,
    /// Under the plan.
    pub plan: Standing,
    /// Under each scenario, in the order asked.
    pub scenarios: Vec<ScenarioCell>,
}

/// The comparison of a period (or the annual set) under the plan and some scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The period compared.
    pub period: PeriodChoice,
    /// The plan's result set.
    pub plan: ResultSet,
    /// Each scenario's result set, in the order asked.
    pub scenarios: Vec<ResultSet>,
    /// Per unit, in the plan's order (rank, then id).
    pub units: Vec<UnitComparison>,
}

impl Comparison {
    /// The units whose grade changes under some scenario.
    pub fn movers(&self) -> impl Iterator<Item = &UnitComparison> {
        self.units
            .iter()
            .filter(|u| u.scenarios.iter().any(|c| c.grade_changed))
    }
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

/// Compares the plan with the named scenarios (all of the workspace's when `scenarios`
/// is empty) for one period or the annual set.
pub fn compare(
    ws: &Workspace,
    period: &PeriodChoice,
    scenarios: &[String],
) -> Result<Comparison, SimError> {
    let ids: Vec<String> = if scenarios.is_empty() {
        ws.scenarios.iter().map(|s| s.id.clone()).collect()
    } else {
        scenarios.to_vec()
    };
    let q = Query {
        period: period.clone(),
        scenario: None,
    };
    let plan = score(ws, &q)?;
    let sets = ids
        .iter()
        .map(|id| score(ws, &q.clone().with_scenario(Some(id))))
        .collect::<Result<Vec<_>, _>>()?;
    let units = plan
        .units
        .iter()
        .filter_map(|u| {
            let base = standing(&plan, &u.unit)?;
            let cells = ids
                .iter()
                .zip(&sets)
                .map(|(id, rs)| cell(id, &u.unit, &base, &plan, rs))
                .collect();
            Some(UnitComparison {
                unit: u.unit.clone(),
                plan: base,
                scenarios: cells,
            })
        })
        .collect();
    Ok(Comparison {
        period: period.clone(),
        plan,
        scenarios: sets,
        units,
    })
}

fn cell(id: &str, unit: &str, base: &Standing, plan: &ResultSet, rs: &ResultSet) -> ScenarioCell {
    let Some(s) = standing(rs, unit) else {
        return ScenarioCell {
            scenario: id.to_string(),
            standing: None,
            score_delta: None,
            rank_delta: None,
            grade_changed: false,
            lines: Vec::new(),
            quota: None,
        };
    };
    let (gp, gs) = (&plan.grading, &rs.grading);
    let mut lines = Vec::new();
    for (line, before, after) in [
        (Line::Excellent, gp.excellent_min, gs.excellent_min),
        (Line::Good, gp.good_min, gs.good_min),
        (Line::Pass, gp.pass_line, gs.pass_line),
    ] {
        match (base.score >= before, s.score >= after) {
            (false, true) => lines.push((line, Direction::Up)),
            (true, false) => lines.push((line, Direction::Down)),
            _ => {}
        }
    }
    let was = base.grade == Grade::Excellent;
    let is = s.grade == Grade::Excellent;
    let quota = (base.candidate && s.candidate && was != is).then_some(if is {
        Direction::Up
    } else {
        Direction::Down
    });
    ScenarioCell {
        scenario: id.to_string(),
        score_delta: Some(s.score - base.score),
        rank_delta: Some(i64::from(base.rank) - i64::from(s.rank)),
        grade_changed: s.grade != base.grade,
        lines,
        quota,
        standing: Some(s),
    }
}

/// Why a unit in a set is (or is not) Excellent, for the comparison's tooltips.
pub fn quota_reason(rs: &ResultSet, unit: &str) -> Option<GradeReason> {
    rs.unit(unit).map(|u| u.grade_reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_workspace;

    /// Three units under `standard`; the scenario `special` moves 5 points from task to
    /// risk (40/20/20/20) and widens the Excellent share to 0.30.
    fn ws() -> Workspace {
        let rec = |u: &str, progress: &str, plans: &str| {
            format!(
                r#"{{"unit":"{u}","period":"Q1","values":{{"progress":"{progress}","plans":"{plans}"}}}}"#
            )
        };
        let text = format!(
            r#"{{"format":"scorecard-workspace","version":1,
            "plan":{{"name":"t","dimensions":[
              {{"id":"task","name":"t","band":["0","1"],"indicators":[{{"id":"progress","name":"p","weight":"1","method":{{"kind":"direct"}}}}]}},
              {{"id":"risk","name":"r","band":["0","1"],"indicators":[{{"id":"plans","name":"p","weight":"1","method":{{"kind":"direct"}}}}]}}],
             "profiles":[{{"id":"standard","name":"s","weights":{{"task":"0.8","risk":"0.2"}}}}],
             "periods":[{{"id":"Q1","name":"q","weight":"1"}}]}},
            "units":[{{"id":"a","name":"a","level":"branch","profile":"standard"}},
                     {{"id":"b","name":"b","level":"branch","profile":"standard"}},
                     {{"id":"c","name":"c","level":"branch","profile":"standard"}}],
            "records":[{},{},{}],
            "scenarios":[{{"id":"special","name":"s","weights":{{"standard":{{"task":"0.6","risk":"0.4"}}}},
                          "grading":{{"excellent_share":"0.67"}}}}]}}"#,
            rec("a", "95", "90"),
            rec("b", "100", "60"),
            rec("c", "85", "100"),
        );
        parse_workspace(&text).unwrap()
    }

    #[test]
    fn deltas_lines_and_quota_by_hand() {
        // Bands [0, 1] for both, so both sets are official.
        // Plan 0.8/0.2: a = 76 + 18 = 94, b = 80 + 12 = 92, c = 68 + 20 = 88.
        // Quota floor(3 × 0.10) = 0 → min one: a Excellent; b Good (candidate, quota
        // full); c Good.
        // Scenario 0.6/0.4: a = 57 + 36 = 93, b = 60 + 24 = 84, c = 51 + 40 = 91.
        // Quota floor(3 × 0.67) = 2: a and c Excellent; b Good (below 90).
        let c = compare(&ws(), &PeriodChoice::Period("Q1".into()), &[]).unwrap();
        assert!(c.plan.official && c.scenarios[0].official);
        let get = |id: &str| c.units.iter().find(|u| u.unit == id).unwrap();
        let a = get("a");
        assert_eq!(a.plan.score.to_string(), "94.00");
        assert_eq!(a.scenarios[0].score_delta.unwrap().to_string(), "-1.00");
        assert!(!a.scenarios[0].grade_changed);
        let b = get("b");
        assert_eq!(b.plan.grade, Grade::Good);
        assert_eq!(b.scenarios[0].rank_delta, Some(-1)); // 2nd → 3rd
        assert_eq!(
            b.scenarios[0].lines,
            vec![(Line::Excellent, Direction::Down)]
        );
        assert_eq!(b.scenarios[0].quota, None);
        let cc = get("c");
        assert_eq!(cc.plan.rank, 3);
        assert_eq!(cc.scenarios[0].standing.unwrap().rank, 2);
        assert_eq!(cc.scenarios[0].standing.unwrap().grade, Grade::Excellent);
        assert_eq!(
            cc.scenarios[0].lines,
            vec![(Line::Excellent, Direction::Up)]
        );
        assert_eq!(cc.scenarios[0].quota, None); // a line, not the quota
        assert_eq!(c.movers().count(), 1);
        assert_eq!(quota_reason(&c.plan, "b"), Some(GradeReason::QuotaFull));
    }

    #[test]
    fn the_quota_alone_moves_a_candidate() {
        // Same data, scenario with the plan's weights and share 0.67: a and b both
        // candidates (94, 92); quota 2 → b enters Excellent through the quota.
        let mut w = ws();
        w.scenarios[0].weights.clear();
        let c = compare(&w, &PeriodChoice::Period("Q1".into()), &["special".into()]).unwrap();
        let b = c.units.iter().find(|u| u.unit == "b").unwrap();
        assert_eq!(b.scenarios[0].quota, Some(Direction::Up));
        assert!(b.scenarios[0].lines.is_empty());
        assert!(compare(&w, &PeriodChoice::Period("Q1".into()), &["nope".into()]).is_err());
    }
}
