//! The comparison's words and classes, as plain functions (not components): the classes
//! of changes, the grade lines and quota crossed, and the lines of the slope chart.

use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use crate::screens::simulate::scenarios::slope_chart::SlopeLine;
use rust_decimal::Decimal;
use scorecard_engine::simulate::compare::{Comparison, Direction, Line, ScenarioCell};

/// A grade line's name.
pub fn line_name(t: &ScenarioTexts, l: Line) -> &'static str {
    let i = match l {
        Line::Excellent => 0,
        Line::Good => 1,
        Line::Pass => 2,
    };
    t.lines.get(i).copied().unwrap_or_default()
}

/// The crossings of a cell in words, each with its direction's class.
pub fn crossings(t: &ScenarioTexts, c: &ScenarioCell) -> Vec<(String, &'static str)> {
    let dir = |d: Direction| match d {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    let mut out: Vec<(String, &'static str)> = c
        .lines
        .iter()
        .map(|(l, d)| {
            let text = match d {
                Direction::Up => t.line_up,
                Direction::Down => t.line_down,
            };
            (fill(text, &[("line", line_name(t, *l))]), dir(*d))
        })
        .collect();
    if let Some(d) = c.quota {
        let text = match d {
            Direction::Up => t.quota_up,
            Direction::Down => t.quota_down,
        };
        out.push((text.to_string(), dir(d)));
    }
    out
}

/// The class of a score change: `pos`, `neg` or `zero`.
pub fn score_class(d: Decimal) -> &'static str {
    if d.is_sign_negative() && !d.is_zero() {
        "neg"
    } else if d.is_zero() {
        "zero"
    } else {
        "pos"
    }
}

/// The class of a rank change (positive: up): `pos`, `neg` or `zero`.
pub fn rank_class(d: i64) -> &'static str {
    match d.cmp(&0) {
        std::cmp::Ordering::Greater => "pos",
        std::cmp::Ordering::Less => "neg",
        std::cmp::Ordering::Equal => "zero",
    }
}

/// The slope chart's lines: each unit scored under the scenario at `pos`, from its plan
/// rank to its rank there.
pub fn slope_lines(
    cmp: &Comparison,
    pos: usize,
    name_of: impl Fn(&str) -> String,
) -> Vec<SlopeLine> {
    cmp.units
        .iter()
        .filter_map(|u| {
            let s = u.scenarios.get(pos)?.standing?;
            Some(SlopeLine {
                id: u.unit.clone(),
                label: name_of(&u.unit),
                from: u.plan.rank,
                to: s.rank,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use scorecard_engine::score::PeriodChoice;
    use scorecard_engine::simulate::compare::compare;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn changes_read_with_their_class() {
        assert_eq!(score_class(Decimal::new(-1, 2)), "neg");
        assert_eq!(score_class(Decimal::ZERO), "zero");
        assert_eq!(score_class(Decimal::ONE), "pos");
        assert_eq!(rank_class(3), "pos");
        assert_eq!(rank_class(-3), "neg");
        assert_eq!(rank_class(0), "zero");
    }

    #[test]
    fn crossings_name_the_line_and_direction() {
        let t = Lang::En.sim_scenarios();
        assert_eq!(line_name(t, Line::Excellent), t.lines[0]);
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let cmp = compare(&ws, &PeriodChoice::Period("2026Q1".into()), &[]).unwrap();
        for u in &cmp.units {
            for c in &u.scenarios {
                let marks = crossings(t, c);
                assert_eq!(marks.len(), c.lines.len() + usize::from(c.quota.is_some()));
                assert!(marks.iter().all(|(_, d)| *d == "up" || *d == "down"));
            }
        }
        let lines = slope_lines(&cmp, 0, |id| format!("<{id}>"));
        let scored = cmp
            .units
            .iter()
            .filter(|u| u.scenarios.first().is_some_and(|c| c.standing.is_some()))
            .count();
        assert_eq!(lines.len(), scored);
        assert!(lines.iter().all(|l| l.label == format!("<{}>", l.id)));
        assert!(slope_lines(&cmp, 99, |id| id.to_string()).is_empty());
    }
}
