//! What is wrong with a scenario, as plain functions (not components): the document's
//! errors at its name, those elsewhere in it (not its name or grading, which show at their
//! fields), and whether some profile's weights break the plan's rules.

use scorecard_engine::edit::{doc_weights_in_force, name_path, scenario_path};
use scorecard_engine::json::Value;
use scorecard_engine::simulate::weights;
use scorecard_engine::{Error, Workspace};

/// The errors at the name of scenario `i`.
pub fn name_errors(errors: &[Error], i: usize) -> impl Iterator<Item = &Error> {
    let name = name_path(i);
    errors.iter().filter(move |e| e.path.starts_with(&name))
}

/// The errors of scenario `i` outside its name and grading.
pub fn other_errors(errors: &[Error], i: usize) -> Vec<Error> {
    let grading = scenario_path(i).key("grading");
    errors
        .iter()
        .filter(|e| {
            e.path.starts_with(&scenario_path(i))
                && !e.path.starts_with(&name_path(i))
                && !e.path.starts_with(&grading)
        })
        .cloned()
        .collect()
}

/// Whether, under scenario `i`, some profile's weights break the bands or the core rule
/// (the scenario is then not official).
pub fn is_unofficial(doc: &Value, ws: &Workspace, i: usize) -> bool {
    ws.plan.profiles.iter().any(|p| {
        let (w, _) = doc_weights_in_force(doc, &ws.plan, i, &p.id);
        !weights::violations(&ws.plan, &w).is_empty()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json;
    use scorecard_engine::{parse_workspace, ErrorKind, EXAMPLE_WORKSPACE};

    #[test]
    fn errors_are_sorted_by_where_they_show() {
        let at = |p| Error::new(p, ErrorKind::EmptyId);
        let errs = vec![
            at(name_path(0)),
            at(scenario_path(0).key("grading").key("pass_line")),
            at(scenario_path(0).key("weights")),
            at(scenario_path(1).key("weights")),
        ];
        assert_eq!(name_errors(&errs, 0).count(), 1);
        assert_eq!(name_errors(&errs, 1).count(), 0);
        let other = other_errors(&errs, 0);
        assert_eq!(other.len(), 1);
        assert_eq!(other[0].path, scenario_path(0).key("weights"));
    }

    #[test]
    fn the_example_scenario_keeps_the_rules() {
        let doc = json::parse(EXAMPLE_WORKSPACE).unwrap();
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        assert!(!is_unofficial(&doc, &ws, 0));
    }
}
