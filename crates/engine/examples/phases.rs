//! Where one `scorecard score` run spends its time and memory (a profiling aid, see DESIGN.md):
//! `cargo run --release -p scorecard-engine --example phases -- WS.json` prints the wall time
//! of read, parse + validate, score and write, and the peak/current memory after each
//! (`VmHWM`/`VmRSS`, Linux).
use scorecard_engine::results::results_json;
use scorecard_engine::score::{default_period, Query};
use scorecard_engine::{parse_workspace, score};
use std::time::Instant;

fn hwm() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
        .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("/")
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let t = Instant::now();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let t1 = t.elapsed();
    eprintln!("after read: {}", hwm());
    let Ok(ws) = parse_workspace(&text) else {
        return;
    };
    eprintln!("after parse: {}", hwm());
    let t2 = t.elapsed();
    let q = Query::period(default_period(&ws).unwrap_or_default());
    let Ok(rs) = score(&ws, &q) else { return };
    let t3 = t.elapsed();
    eprintln!("after score: {}", hwm());
    let out = results_json(&ws, &rs);
    let t4 = t.elapsed();
    eprintln!("after write: {}", hwm());
    eprintln!(
        "read {t1:?} parse {:?} score {:?} write {:?} ({} bytes)",
        t2 - t1,
        t3 - t2,
        t4 - t3,
        out.len()
    );
}
