//! The method, section by section: every hand-worked case in `tests/cases/*.json` (the
//! arithmetic is in each case's `work` array), and the example of `file-format.md`.
//!
//! A case lists the results it expects; every field it names is compared exactly with the
//! results file the engine writes, so a case checks exactly what it was worked out for.

use scorecard_engine::json::{self, Value};
use scorecard_engine::results::results_value;
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::{parse_workspace, score, EXAMPLE_WORKSPACE};
use std::path::Path;

use crate::support::{file_name, find_by, json_files, tests_dir};

/// Compares every field of `expect` with `got`; collects differences as text.
fn check_fields(label: &str, expect: &Value, got: &Value, out: &mut Vec<String>) {
    let Value::Object(fields) = expect else {
        out.push(format!("{label}: expectation is not an object"));
        return;
    };
    for (k, want) in fields {
        match got.get(k) {
            Some(have) if have == want => {}
            Some(have) => out.push(format!(
                "{label}.{k}: expected {}, got {}",
                want.to_compact(),
                have.to_compact()
            )),
            None => out.push(format!(
                "{label}.{k}: missing (expected {})",
                want.to_compact()
            )),
        }
    }
}

fn run_case(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let case = json::parse(&text).unwrap();
    let ws_text = case.get("workspace").expect("workspace").to_compact();
    let ws = match parse_workspace(&ws_text) {
        Ok(ws) => ws,
        Err(e) => return vec![format!("workspace refused:\n{e}")],
    };
    let period = case.get("period").and_then(Value::as_str).expect("period");
    let scenario = case.get("scenario").and_then(Value::as_str);
    let q = Query {
        period: PeriodChoice::from_word(period),
        scenario: scenario.map(String::from),
    };
    let rs = match score(&ws, &q) {
        Ok(rs) => rs,
        Err(e) => return vec![format!("not scored: {e}")],
    };
    let results = results_value(&ws, &rs);
    let expect = case.get("expect").expect("expect");
    let mut diffs = Vec::new();
    let Value::Object(top) = expect else {
        return vec!["expect is not an object".into()];
    };
    for (k, want) in top {
        match k.as_str() {
            "units" | "people" => {
                let Value::Object(entries) = want else {
                    continue;
                };
                let key = if k == "units" { "unit" } else { "person" };
                for (id, fields) in entries {
                    let label = format!("{k}[{id}]");
                    match find_by(&results, k, key, id) {
                        Some(got) => check_fields(&label, fields, got, &mut diffs),
                        None => diffs.push(format!("{label}: not in the results")),
                    }
                }
            }
            "order" => {
                let got: Vec<Value> = match results.get("units") {
                    Some(Value::Array(us)) => {
                        us.iter().filter_map(|u| u.get("unit").cloned()).collect()
                    }
                    _ => vec![],
                };
                if Value::Array(got.clone()) != *want {
                    diffs.push(format!(
                        "order: expected {}, got {}",
                        want.to_compact(),
                        Value::Array(got).to_compact()
                    ));
                }
            }
            _ => check_fields(
                "(results)",
                &Value::Object(vec![(k.clone(), want.clone())]),
                &results,
                &mut diffs,
            ),
        }
    }
    diffs
}

#[test]
fn hand_worked_cases_per_section() {
    let dir = tests_dir().join("cases");
    let files = json_files("cases");
    assert!(
        files.len() >= 30,
        "expected the case files in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for f in &files {
        let diffs = run_case(f);
        if !diffs.is_empty() {
            failures.push(format!("{}:\n  {}", file_name(f), diffs.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// The example of `file-format.md` gives exactly the results shown there for `2026Q1`.
#[test]
fn file_format_example_gives_the_published_figures() {
    let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
    let rs = score(&ws, &Query::period("2026Q1")).unwrap();
    let mut v = results_value(&ws, &rs);
    let Value::Object(fields) = &mut v else { panic!() };
    fields.retain(|(k, _)| !matches!(k.as_str(), "workspace" | "input_sha256"));
    // The spec's JSON, as printed in file-format.md (less `workspace` and the digest).
    let spec = r#"{
      "format": "scorecard-results", "version": 1,
      "engine": "0.1.0",
      "scenario": null, "period": "2026Q1", "official": true, "quota": 1, "quota_tie": false,
      "units": [
        { "unit": "zd1", "score": "90.46", "rank": 1, "grade": "excellent",
          "weighted": "86.25", "deduction": "2.00", "coefficient": "1.05", "bonus": "2.00",
          "dimensions": { "task": "91.50", "team": "85.60", "innovation": "75.50", "risk": "85.67" },
          "indicators": { "progress": "92.00", "quality": "85.00", "utilisation": "100.00",
                          "team360": "85.60", "panel": "75.50", "plans": "88.00", "response": "83.33" },
          "self_gap": { "team360": "9.40" },
          "flags": [], "warning": null, "honours": ["collaboration_award"],
          "previous": "58.40", "delta": "32.06" } ],
      "people": [ { "person": "p001", "score": "87.69", "graded": true },
                  { "person": "p002", "score": null, "graded": true } ]
    }"#;
    let want = json::parse(spec).unwrap();
    assert_eq!(v.to_pretty(), want.to_pretty());
}
