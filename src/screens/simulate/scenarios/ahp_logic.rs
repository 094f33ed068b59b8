//! AHP's bookkeeping, as plain functions (not components): the judgments made so far (a
//! reducer), the pairs in matrix order, a judgment in words and as a matrix entry, the
//! engine's run, and which profile and scenario "apply" goes to.

use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use scorecard_engine::edit::ScenarioEntry;
use scorecard_engine::model::Plan;
use scorecard_engine::simulate::ahp::{ahp, matrix_from_upper, saaty_value, Ahp};
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use yew::prelude::*;

/// The judgments made so far, upper triangle row by row (signed Saaty grades); a
/// reducer, so quick successive changes each apply to the latest judgments.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Judgments(Vec<i8>);

/// A change of the judgments.
pub enum Judge {
    /// Judgment `k` of `len` is now `g`.
    Set { k: usize, g: i8, len: usize },
    /// All "equal".
    Reset,
}

impl Judgments {
    /// The judgments for `len` pairs: all "equal" until set, and again when the number of
    /// pairs changes (another plan).
    pub fn of_len(&self, len: usize) -> Vec<i8> {
        if self.0.len() == len {
            self.0.clone()
        } else {
            vec![1; len]
        }
    }
}

impl Reducible for Judgments {
    type Action = Judge;

    fn reduce(self: Rc<Self>, action: Judge) -> Rc<Self> {
        match action {
            Judge::Set { k, g, len } => {
                let mut next = self.of_len(len);
                if let Some(x) = next.get_mut(k) {
                    *x = g;
                }
                Rc::new(Judgments(next))
            }
            Judge::Reset => Rc::new(Judgments::default()),
        }
    }
}

/// A grade's matrix entry as text: `5` → `5`, `-5` → `1/5`.
pub fn grade_value_text(g: i8) -> String {
    if g >= 1 {
        g.to_string()
    } else {
        format!("1/{}", g.unsigned_abs())
    }
}

/// The grade of the transposed judgment (`5` ↔ `-5`; `1` stays).
pub fn transposed(g: i8) -> i8 {
    if g == 1 {
        1
    } else {
        g.saturating_neg()
    }
}

/// The words of a judgment on the pair (a, b): who is more important, and how much.
pub fn judgment_text(t: &ScenarioTexts, a: &str, b: &str, g: i8) -> String {
    let strength = t
        .strengths
        .get(usize::from(g.unsigned_abs().saturating_sub(1)))
        .copied()
        .unwrap_or_default();
    let dim = if g == 1 {
        ""
    } else if g > 1 {
        a
    } else {
        b
    };
    fill(
        t.judgment_option,
        &[
            ("dim", dim),
            ("strength", strength),
            ("value", &grade_value_text(g)),
        ],
    )
    .trim_start()
    .to_string()
}

/// The upper-triangle pairs (i, j), row by row: the order of `matrix_from_upper`.
pub fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|i| ((i + 1)..n).map(move |j| (i, j)))
        .collect()
}

/// The name of the plan's `i`th dimension (empty when there is none).
pub fn dim_name(plan: &Plan, i: usize) -> String {
    plan.dimensions
        .get(i)
        .map(|d| d.name.clone())
        .unwrap_or_default()
}

/// The engine's AHP on the judgments, or the engine's reason when it fails (`None`: the
/// judgments do not make a matrix of the plan's size).
pub fn run(plan: &Plan, grades: &[i8]) -> Result<Ahp, Option<SimError>> {
    let values: Vec<f64> = grades.iter().filter_map(|g| saaty_value(*g)).collect();
    let m = matrix_from_upper(plan.dimensions.len(), &values).ok_or(None)?;
    ahp(plan, &m).map_err(Some)
}

/// The grade at row `i`, column `j` of the matrix: 1 on the diagonal, the judgment above
/// it, the transposed one below.
pub fn matrix_grade(pairs: &[(usize, usize)], judged: &[i8], i: usize, j: usize) -> i8 {
    let at = |ij: (usize, usize)| {
        pairs
            .iter()
            .position(|p| *p == ij)
            .and_then(|k| judged.get(k))
            .copied()
            .unwrap_or(1)
    };
    match i.cmp(&j) {
        std::cmp::Ordering::Equal => 1,
        std::cmp::Ordering::Less => at((i, j)),
        std::cmp::Ordering::Greater => transposed(at((j, i))),
    }
}

/// The profile "apply" goes to: the one picked, else the plan's first.
pub fn chosen_profile(plan: &Plan, picked: &str) -> String {
    plan.profile(picked)
        .or(plan.profiles.first())
        .map(|p| p.id.clone())
        .unwrap_or_default()
}

/// The scenario "apply" goes to (its position): the one picked, none for "a new one"
/// (picked as empty), the first when nothing was picked.
pub fn chosen_target(list: &[ScenarioEntry], picked: Option<&str>) -> Option<usize> {
    match picked {
        Some("") => None,
        Some(id) => list.iter().find(|e| e.id == id).map(|e| e.index),
        None => list.first().map(|e| e.index),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn judgments_reset_when_the_pairs_change() {
        let j = Rc::new(Judgments::default());
        assert_eq!(j.of_len(3), vec![1, 1, 1]);
        let j = j.reduce(Judge::Set { k: 1, g: 5, len: 3 });
        assert_eq!(j.of_len(3), vec![1, 5, 1]);
        assert_eq!(j.of_len(2), vec![1, 1]);
        let j = j.reduce(Judge::Set { k: 9, g: 5, len: 3 });
        assert_eq!(j.of_len(3), vec![1, 5, 1]);
        assert_eq!(j.reduce(Judge::Reset).of_len(3), vec![1, 1, 1]);
    }

    #[test]
    fn the_matrix_mirrors_the_judgments() {
        let p = pairs(3);
        assert_eq!(p, vec![(0, 1), (0, 2), (1, 2)]);
        let judged = [5, 1, -3];
        assert_eq!(matrix_grade(&p, &judged, 0, 0), 1);
        assert_eq!(matrix_grade(&p, &judged, 0, 1), 5);
        assert_eq!(matrix_grade(&p, &judged, 1, 0), -5);
        assert_eq!(matrix_grade(&p, &judged, 2, 1), 3);
        assert_eq!(grade_value_text(5), "5");
        assert_eq!(grade_value_text(-5), "1/5");
        assert_eq!(transposed(1), 1);
    }

    #[test]
    fn apply_goes_to_the_picked_or_the_first() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        assert_eq!(chosen_profile(&ws.plan, "technical"), "technical");
        assert_eq!(chosen_profile(&ws.plan, ""), "standard");
        let list = vec![
            ScenarioEntry {
                index: 0,
                id: "a".into(),
                name: "A".into(),
            },
            ScenarioEntry {
                index: 1,
                id: "b".into(),
                name: "B".into(),
            },
        ];
        assert_eq!(chosen_target(&list, None), Some(0));
        assert_eq!(chosen_target(&list, Some("b")), Some(1));
        assert_eq!(chosen_target(&list, Some("")), None);
        assert_eq!(chosen_target(&list, Some("ghost")), None);
        assert_eq!(chosen_target(&[], None), None);
    }

    #[test]
    fn equal_judgments_give_equal_eigen_weights() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let n = ws.plan.dimensions.len();
        let r = run(&ws.plan, &vec![1; pairs(n).len()]).unwrap();
        assert!(r.consistent);
        let w0 = r.eigen.weights[0];
        assert!(r.eigen.weights.iter().all(|w| (w - w0).abs() < 1e-9));
    }
}
