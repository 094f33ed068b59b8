//! Every input the fuzzers kept (`fuzz/seeds`, `fuzz/corpus`, `fuzz/regressions`, see
//! `scripts/fuzz.sh`), replayed through the readers as a plain test: no input may panic, and
//! a workspace that is accepted must score, write a results file and have it verify — the
//! fuzz targets' own checks, so that what the fuzzers once found stays fixed without a
//! fuzzing build.

use scorecard_engine::score::{default_period, Query};
use scorecard_engine::{parse_workspace, results_json, score, verify_results};
use std::path::{Path, PathBuf};

/// The files of `fuzz/<kind>/<target>` for each kind.
fn inputs(target: &str) -> Vec<PathBuf> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut out = Vec::new();
    for kind in ["seeds", "corpus", "regressions"] {
        let Ok(dir) = std::fs::read_dir(fuzz.join(kind).join(target)) else {
            continue;
        };
        out.extend(dir.filter_map(|e| e.ok()).map(|e| e.path()));
    }
    out.sort();
    out
}

#[test]
fn the_workspace_reader_takes_every_kept_input() {
    let files = inputs("workspace_reader");
    assert!(
        files.len() >= 10,
        "the seeds are there ({} files)",
        files.len()
    );
    let mut accepted = 0;
    for f in &files {
        // (a file the fuzzer is replacing while this runs is skipped)
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let Ok(ws) = parse_workspace(text) else {
            continue;
        };
        let Some(period) = default_period(&ws) else {
            continue;
        };
        let Ok(rs) = score(&ws, &Query::period(period)) else {
            continue;
        };
        let v = verify_results(&results_json(&ws, &rs))
            .unwrap_or_else(|e| panic!("{}: its results file is refused: {e:?}", f.display()));
        assert!(
            v.verified(),
            "{}: its results file does not verify",
            f.display()
        );
        accepted += 1;
    }
    assert!(accepted >= 1, "at least the example is accepted");
}

#[test]
fn the_results_verifier_takes_every_kept_input() {
    let files = inputs("results_verifier");
    assert!(!files.is_empty());
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = verify_results(text);
        }
    }
}
