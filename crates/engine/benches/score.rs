//! `cargo bench -p scorecard-engine`: how long the engine takes, on the demo (the work the
//! app redoes on an edit) and on generated workspaces of 200, 2 000 and 10 000 units (the
//! sizes real users have). Prints the mean wall time per operation beside its goal; never
//! fails on time (speed goals live here, not in tests).
//!
//! `cargo bench -p scorecard-engine -- 200` runs only the sizes whose label contains `200`.
//!
//! Goals (native, release; issue 8): one period of 200 units × 5 periods ≤ 20 ms; one
//! period of 10 000 units ≤ 300 ms (the browser's goal, met natively with room to spare);
//! the whole `scorecard score` process is measured against the numpy peer by
//! `scripts/bench/peer.py`, not here.

use scorecard_engine::results::{results_json, verify_results};
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::simulate::stability::{Params, Stability};
use scorecard_engine::{export, parse_workspace, score, Workspace, DEMO_WORKSPACE};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn bench(name: &str, goal_ms: Option<f64>, mut f: impl FnMut()) {
    // Warm up, then run for about a second (at least 3 runs).
    f();
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(1000) || n < 3 {
        f();
        n += 1;
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / f64::from(n);
    let goal = match goal_ms {
        Some(g) if ms <= g => format!("goal ≤ {g} ms: ok"),
        Some(g) => format!("goal ≤ {g} ms: OVER GOAL"),
        None => String::new(),
    };
    println!("  {name:<40} {ms:>10.3} ms/op  ({n:>4} runs)  {goal}");
}

struct Size {
    label: String,
    text: String,
    goal_period: Option<f64>,
}

/// A workspace from `scripts/bench/gen_large.py` (the generator the numpy peer's inputs come
/// from, so both are timed on the same shape), with one weight scenario added; `None` (and
/// a note) when Python cannot run it.
fn generated(units: usize, periods: usize) -> Option<String> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/bench/gen_large.py"
    );
    let out = std::process::Command::new("python3")
        .args([script, &units.to_string(), &periods.to_string()])
        .output();
    let text = match out {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).ok()?,
        _ => {
            eprintln!("(python3 {script} did not run: the generated sizes are skipped)");
            return None;
        }
    };
    // One weight scenario (the benchmark's "a scenario"), within the bands.
    let scenario = r#", "scenarios": [{"id": "risk_up", "name": "风险上调", "weights": {"standard": {"task": "0.40", "team": "0.20", "innovation": "0.20", "risk": "0.20"}}}]}"#;
    let body = text.trim_end().strip_suffix('}')?;
    Some(format!("{body}{scenario}"))
}

/// The sizes whose label contains one of `filter` (all when it is empty).
fn sizes(filter: &[String]) -> Vec<Size> {
    let wanted =
        |label: &str| filter.is_empty() || filter.iter().any(|f| label.contains(f.as_str()));
    let mut out = vec![Size {
        label: "demo (20 units × 5 periods)".into(),
        text: DEMO_WORKSPACE.to_string(),
        goal_period: Some(5.0),
    }];
    for (units, periods, goal) in [
        (200, 5, Some(20.0)),
        (2_000, 1, None),
        (10_000, 1, Some(300.0)),
    ] {
        let label = format!("generated {units} units × {periods} periods");
        if !wanted(&label) {
            continue;
        }
        if let Some(text) = generated(units, periods) {
            out.push(Size {
                label,
                text,
                goal_period: goal,
            });
        }
    }
    out.retain(|s| wanted(&s.label));
    out
}

fn last_period(ws: &Workspace) -> String {
    ws.plan
        .periods
        .last()
        .map(|p| p.id.clone())
        .unwrap_or_default()
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    for size in sizes(&filter) {
        let ws = match parse_workspace(&size.text) {
            Ok(ws) => ws,
            Err(e) => {
                eprintln!("{}: does not parse: {e:?}", size.label);
                continue;
            }
        };
        println!(
            "{} — {} records, {:.1} MB",
            size.label,
            ws.records.len(),
            size.text.len() as f64 / 1e6
        );
        bench("parse + validate", None, || {
            black_box(parse_workspace(black_box(&size.text)).ok());
        });
        let last = last_period(&ws);
        let q = Query::period(&last);
        bench(
            &format!("score one period ({last})"),
            size.goal_period,
            || {
                black_box(score(&ws, &q).ok());
            },
        );
        if ws.plan.periods.len() > 1 {
            let annual = Query {
                period: PeriodChoice::Annual,
                scenario: None,
            };
            bench("score annual", None, || {
                black_box(score(&ws, &annual).ok());
            });
        }
        if let Some(sc) = ws.scenarios.first() {
            let qs = Query::period(&last).with_scenario(Some(&sc.id));
            bench(&format!("score a scenario ({})", sc.id), None, || {
                black_box(score(&ws, &qs).ok());
            });
        }
        bench("canonical digest (input_sha256)", None, || {
            black_box(export::input_sha256(&ws));
        });
        let Ok(rs) = score(&ws, &q) else { continue };
        let text = results_json(&ws, &rs);
        bench("write the results file", None, || {
            black_box(results_json(&ws, &rs));
        });
        if ws.units.len() <= 2_000 {
            bench("verify a results file", None, || {
                black_box(verify_results(black_box(&text)).ok());
            });
            let samples = if ws.units.len() <= 200 { 10_000 } else { 1_000 };
            let params = Params {
                samples,
                ..Params::default()
            };
            bench(&format!("stability, {samples} samples"), None, || {
                if let Ok(mut s) = Stability::new(&ws, &q, params) {
                    black_box(s.run());
                }
            });
        }
    }
}
