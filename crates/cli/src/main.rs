//! `scorecard`: the scoring engine on the command line, for batch use and automation.
//!
//! ```text
//! scorecard score WORKSPACE.json [--period ID|annual] [--scenario ID]
//! scorecard validate WORKSPACE.json
//! scorecard verify RESULTS.json
//! ```
//! Exit status: 0 success; 1 the file could not be read; 2 invalid input (errors on stderr,
//! one per line, each with its JSON path); 3 `verify` found a mismatch.

use scorecard_engine::{
    parse_workspace, score::default_period, score_to_json, verify_results, PeriodChoice, Query,
};
use std::process::ExitCode;

const USAGE: &str = "usage:
  scorecard score WORKSPACE.json [--period ID|annual] [--scenario ID]
  scorecard validate WORKSPACE.json
  scorecard verify RESULTS.json
  scorecard --version";

/// Exit codes of `file-format.md`.
mod exit {
    pub const OK: u8 = 0;
    pub const UNREADABLE: u8 = 1;
    pub const INVALID: u8 = 2;
    pub const MISMATCH: u8 = 3;
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    ExitCode::from(run(&args))
}

fn usage_error(msg: &str) -> u8 {
    eprintln!("(arguments): {msg}");
    eprintln!("{USAGE}");
    exit::INVALID
}

fn read(path: &str) -> Result<String, u8> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
            eprintln!(
                "(root): the file {path} is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            );
            exit::INVALID
        }),
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            Err(exit::UNREADABLE)
        }
    }
}

fn run(args: &[String]) -> u8 {
    let Some(cmd) = args.first() else {
        return usage_error("no command given");
    };
    let rest = args.get(1..).unwrap_or_default();
    match cmd.as_str() {
        "score" => cmd_score(rest),
        "validate" => cmd_validate(rest),
        "verify" => cmd_verify(rest),
        "--version" | "-V" => {
            println!("scorecard {}", scorecard_engine::version());
            exit::OK
        }
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            exit::OK
        }
        other => usage_error(&format!("unknown command {other:?}")),
    }
}

fn one_file<'a>(rest: &'a [String], what: &str) -> Result<&'a str, u8> {
    match rest {
        [file] => Ok(file),
        [] => Err(usage_error(&format!("missing {what}"))),
        _ => Err(usage_error("too many arguments")),
    }
}

fn cmd_validate(rest: &[String]) -> u8 {
    let file = match one_file(rest, "WORKSPACE.json") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let text = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match parse_workspace(&text) {
        Ok(_) => {
            println!("ok");
            exit::OK
        }
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            exit::INVALID
        }
    }
}

fn cmd_score(rest: &[String]) -> u8 {
    let mut file = None;
    let mut period = None;
    let mut scenario = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--period" | "--scenario" => {
                let Some(v) = it.next() else {
                    return usage_error(&format!("{a} needs a value"));
                };
                if a == "--period" {
                    period = Some(v.clone());
                } else {
                    scenario = Some(v.clone());
                }
            }
            s if s.starts_with("--period=") => {
                period = s.strip_prefix("--period=").map(String::from)
            }
            s if s.starts_with("--scenario=") => {
                scenario = s.strip_prefix("--scenario=").map(String::from)
            }
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s:?}")),
            s if file.is_none() => file = Some(s.to_string()),
            _ => return usage_error("too many arguments"),
        }
    }
    let Some(file) = file else {
        return usage_error("missing WORKSPACE.json");
    };
    let text = match read(&file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let ws = match parse_workspace(&text) {
        Ok(ws) => ws,
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            return exit::INVALID;
        }
    };
    let period = match period {
        Some(p) => PeriodChoice::from_word(&p),
        None => match default_period(&ws) {
            Some(p) => PeriodChoice::Period(p.to_string()),
            None => return usage_error("the plan has no period"),
        },
    };
    let q = Query { period, scenario };
    match score_to_json(&ws, &q) {
        Ok(json) => {
            // A closed pipe (`scorecard score … | head`) is not an error worth a panic.
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(json.as_bytes()).and_then(|()| out.flush());
            exit::OK
        }
        Err(e) => {
            let flag = match e {
                scorecard_engine::ScoreError::UnknownScenario(_) => "--scenario",
                _ => "--period",
            };
            eprintln!("({flag}): {e}");
            exit::INVALID
        }
    }
}

fn cmd_verify(rest: &[String]) -> u8 {
    let file = match one_file(rest, "RESULTS.json") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let text = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match verify_results(&text) {
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            exit::INVALID
        }
        Ok(v) => {
            let what = format!(
                "period {}, {}, {} units",
                v.query.period.as_word(),
                v.query
                    .scenario
                    .as_deref()
                    .map(|s| format!("scenario {s}"))
                    .unwrap_or_else(|| "the plan".into()),
                v.results.units.len()
            );
            if v.file_engine != scorecard_engine::version() {
                println!(
                    "note: written by engine {}, checked with engine {}",
                    v.file_engine,
                    scorecard_engine::version()
                );
            }
            if v.verified() {
                println!("verified: every figure matches ({what})");
                exit::OK
            } else {
                for m in &v.mismatches {
                    eprintln!("{m}");
                }
                println!(
                    "mismatch: {} figure(s) differ from the engine's ({what})",
                    v.mismatches.len()
                );
                exit::MISMATCH
            }
        }
    }
}
