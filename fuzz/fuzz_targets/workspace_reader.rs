//! The workspace reader on any text: it must never panic, and a workspace it accepts must
//! score, write a results file, and have that file verify (the reader, the scorer, the
//! writer and the verifier agree on everything they accept).
#![no_main]

use libfuzzer_sys::fuzz_target;
use scorecard_engine::score::{default_period, Query};
use scorecard_engine::{parse_workspace, results_json, score, verify_results};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(ws) = parse_workspace(text) else {
        return;
    };
    let Some(period) = default_period(&ws) else {
        return;
    };
    let Ok(rs) = score(&ws, &Query::period(period)) else {
        return;
    };
    let file = results_json(&ws, &rs);
    match verify_results(&file) {
        Ok(v) => assert!(
            v.verified(),
            "a results file the engine wrote does not verify"
        ),
        Err(e) => panic!("a results file the engine wrote is refused: {e:?}"),
    }
});
