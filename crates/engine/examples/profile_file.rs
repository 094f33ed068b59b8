//! Scores a workspace file's last period many times (for a profiler: `perf record`):
//! `cargo run --release -p scorecard-engine --example profile_file -- WS.json [RUNS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: profile_file WS.json [RUNS]");
        return;
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let Ok(ws) = scorecard_engine::parse_workspace(&text) else {
        eprintln!("{path} is not a valid workspace");
        return;
    };
    let Some(last) = ws.plan.periods.last().map(|p| p.id.clone()) else {
        return;
    };
    let q = scorecard_engine::Query::period(&last);
    let t0 = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(scorecard_engine::score(&ws, &q).ok());
    }
    eprintln!(
        "{:.2} ms per run",
        t0.elapsed().as_secs_f64() * 1000.0 / runs as f64
    );
}
