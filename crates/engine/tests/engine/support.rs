//! Helpers shared by the engine's integration tests: where the test data lives, the demo
//! workspace, every view of a workspace, and finding units and people in a results file.

use scorecard_engine::json::Value;
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::{parse_workspace, Workspace, DEMO_WORKSPACE};
use std::path::{Path, PathBuf};

/// `crates/engine/tests`: the folder of the test data (`cases/`, `malformed/`).
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The `.json` files of a folder under [`tests_dir`], sorted by name.
pub fn json_files(folder: &str) -> Vec<PathBuf> {
    let dir = tests_dir().join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// A file's name, as text.
pub fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The demo workspace the app preloads (`data/demo.json`).
pub fn demo() -> Workspace {
    parse_workspace(DEMO_WORKSPACE).expect("demo.json is a valid workspace")
}

/// Every view of a workspace: each period and the annual composite, under the plan and
/// under each scenario (plan first, periods in plan order, annual last).
pub fn views(ws: &Workspace) -> Vec<Query> {
    let mut scenarios: Vec<Option<String>> = vec![None];
    scenarios.extend(ws.scenarios.iter().map(|s| Some(s.id.clone())));
    let mut periods: Vec<PeriodChoice> = ws
        .plan
        .periods
        .iter()
        .map(|p| PeriodChoice::Period(p.id.clone()))
        .collect();
    periods.push(PeriodChoice::Annual);
    scenarios
        .iter()
        .flat_map(|s| {
            periods.iter().map(move |p| Query {
                period: p.clone(),
                scenario: s.clone(),
            })
        })
        .collect()
}

/// A view's name: `plan/2026Q1`, `special/annual`.
pub fn view_name(q: &Query) -> String {
    format!(
        "{}/{}",
        q.scenario.as_deref().unwrap_or("plan"),
        q.period.as_word()
    )
}

/// The entry of a results file's array `list` whose field `key` is `id`.
pub fn find_by<'a>(results: &'a Value, list: &str, key: &str, id: &str) -> Option<&'a Value> {
    match results.get(list) {
        Some(Value::Array(items)) => items
            .iter()
            .find(|u| u.get(key).and_then(Value::as_str) == Some(id)),
        _ => None,
    }
}
