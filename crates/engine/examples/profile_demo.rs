//! Scores the demo's last period many times (for a profiler: `perf record`).
fn main() {
    let Ok(ws) = scorecard_engine::parse_workspace(scorecard_engine::DEMO_WORKSPACE) else {
        return;
    };
    let q = scorecard_engine::Query::period("2026final");
    for _ in 0..100 {
        std::hint::black_box(scorecard_engine::score(&ws, &q).ok());
    }
}
