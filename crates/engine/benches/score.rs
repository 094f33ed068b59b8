//! `cargo bench -p scorecard-engine`: how long the engine takes on the demo workspace, the
//! work the app redoes on every edit. Prints mean wall time per operation against its goal;
//! never fails on time (speed goals live here, not in tests).
//!
//! Goals (native, release): parse + validate the demo < 5 ms; score one period < 20 ms;
//! score the annual composite < 50 ms; write + verify a results file < 60 ms.

use scorecard_engine::results::{results_json, verify_results};
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::{export, parse_workspace, score, DEMO_WORKSPACE};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn bench(name: &str, goal_ms: f64, mut f: impl FnMut()) {
    // Warm up, then run for about a second.
    f();
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(1000) || n < 5 {
        f();
        n += 1;
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / f64::from(n);
    let verdict = if ms <= goal_ms { "ok" } else { "OVER GOAL" };
    println!("{name:<44} {ms:>9.3} ms/op  (goal < {goal_ms} ms, {n} runs)  {verdict}");
}

fn main() {
    let Ok(ws) = parse_workspace(DEMO_WORKSPACE) else {
        eprintln!("the demo workspace does not parse");
        return;
    };
    let last = ws
        .plan
        .periods
        .last()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    println!(
        "demo: {} units, {} records, {} periods, {} bytes",
        ws.units.len(),
        ws.records.len(),
        ws.plan.periods.len(),
        DEMO_WORKSPACE.len()
    );
    bench("parse + validate the demo", 5.0, || {
        black_box(parse_workspace(black_box(DEMO_WORKSPACE)).ok());
    });
    let q = Query::period(&last);
    bench(&format!("score period {last}"), 20.0, || {
        black_box(score(&ws, &q).ok());
    });
    let annual = Query {
        period: PeriodChoice::Annual,
        scenario: None,
    };
    bench("score annual", 50.0, || {
        black_box(score(&ws, &annual).ok());
    });
    bench("canonical digest (input_sha256)", 5.0, || {
        black_box(export::input_sha256(&ws));
    });
    let Ok(rs) = score(&ws, &q) else { return };
    let text = results_json(&ws, &rs);
    bench("verify a results file", 60.0, || {
        black_box(verify_results(black_box(&text)).ok());
    });
}
