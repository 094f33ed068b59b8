//! `scorecard`: the scoring engine on the command line, for batch use and automation.
//!
//! ```text
//! scorecard score WORKSPACE.json [--period ID|annual] [--scenario ID]
//!                 [--format json|csv|xlsx] [-o FILE] [--lang zh|en]
//! scorecard template WORKSPACE.json [--period ID] [--lang zh|en] -o FILE.xlsx
//! scorecard import WORKSPACE.json DATA.xlsx|DATA.ods|DATA.csv [--period ID] -o NEW.json
//! scorecard validate WORKSPACE.json
//! scorecard verify RESULTS.json
//! scorecard stability WORKSPACE.json [--period ID|annual] [--scenario ID] [--samples N]
//!                     [--seed S] [--delta D]
//! ```
//! Exit status: 0 success; 1 the file could not be read; 2 invalid input (errors on stderr,
//! one per line, each with its JSON path — for `import`, each naming sheet, row and column);
//! 3 `verify` found a mismatch.

use scorecard_engine::{
    parse_workspace, results::stream_results, score::default_period, verify_results, PeriodChoice,
    Query,
};
use std::process::ExitCode;

mod sheets;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage:
  scorecard score WORKSPACE.json [--period ID|annual] [--scenario ID] [--format json|csv|xlsx] [-o FILE] [--lang zh|en]
  scorecard template WORKSPACE.json [--period ID] [--lang zh|en] -o FILE.xlsx
  scorecard import WORKSPACE.json DATA.xlsx|DATA.ods|DATA.csv [--period ID] -o NEW.json
  scorecard validate WORKSPACE.json
  scorecard verify RESULTS.json
  scorecard stability WORKSPACE.json [--period ID|annual] [--scenario ID] [--samples N] [--seed S] [--delta D]
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

/// Reads a file as UTF-8 text, at most one byte past the engine's size limit: a larger file
/// (or an endless one such as `/dev/zero`) is refused with the engine's "too large" error
/// without being read whole.
fn read(path: &str) -> Result<String, u8> {
    use scorecard_engine::error::{ErrorKind, MAX_INPUT_BYTES};
    use std::io::Read;
    let cap = MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        // A regular file's size, up to the cap, so the text is read into one allocation.
        let size = f.metadata().map(|m| m.len().min(cap)).unwrap_or(0);
        bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
        f.take(cap).read_to_end(&mut bytes)
    });
    if let Err(e) = read {
        eprintln!("{path}: cannot read the file: {e}");
        return Err(exit::UNREADABLE);
    }
    if bytes.len() > MAX_INPUT_BYTES {
        // A regular file knows its size; a device or pipe only that it went past the cap.
        let size = std::fs::metadata(path)
            .map(|m| m.len())
            .unwrap_or(0)
            .max(cap);
        let kind = ErrorKind::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
            limit: MAX_INPUT_BYTES,
        };
        eprintln!("(root): {kind}");
        return Err(exit::INVALID);
    }
    String::from_utf8(bytes).map_err(|e| {
        eprintln!(
            "(root): the file {path} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        );
        exit::INVALID
    })
}

/// Writes a document to stdout; a closed pipe (`scorecard score … | head`) is not an error
/// worth a panic, so write errors are ignored.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Reads and validates the workspace file named on the command line; the exit code when
/// it is missing, unreadable (errors printed) or invalid (every error printed with its path).
fn load_workspace(file: Option<&str>) -> Result<scorecard_engine::Workspace, u8> {
    let Some(file) = file else {
        return Err(usage_error("missing WORKSPACE.json"));
    };
    let text = read(file)?;
    parse_workspace(&text).map_err(|errors| invalid(&errors))
}

/// Prints every error (each with its path) and gives the exit code of invalid input.
fn invalid(errors: &scorecard_engine::Errors) -> u8 {
    for e in &errors.0 {
        eprintln!("{e}");
    }
    exit::INVALID
}

fn run(args: &[String]) -> u8 {
    let Some(cmd) = args.first() else {
        return usage_error("no command given");
    };
    let rest = args.get(1..).unwrap_or_default();
    match cmd.as_str() {
        "score" => cmd_score(rest),
        "template" => sheets::cmd_template(rest),
        "import" => sheets::cmd_import(rest),
        "validate" => cmd_validate(rest),
        "verify" => cmd_verify(rest),
        "stability" => cmd_stability(rest),
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
    match one_file(rest, "WORKSPACE.json").and_then(|f| load_workspace(Some(f))) {
        Ok(_) => {
            println!("ok");
            exit::OK
        }
        Err(code) => code,
    }
}

fn cmd_score(rest: &[String]) -> u8 {
    let names = ["--period", "--scenario", "--format", "-o", "--lang"];
    let (files, opts) = match sheets::options(rest, &names) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let file = match files.as_slice() {
        [] => None,
        [f] => Some(f.clone()),
        _ => return usage_error("too many arguments"),
    };
    let period = opts.get("--period").cloned();
    let scenario = opts.get("--scenario").cloned();
    let format = opts.get("--format").map(String::as_str).unwrap_or("json");
    if !["json", "csv", "xlsx"].contains(&format) {
        return usage_error(&format!("--format: {format:?} is not json, csv or xlsx"));
    }
    let lang = match sheets::lang(&opts) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let output = opts.get("-o").cloned();
    if format == "xlsx" && output.is_none() {
        return usage_error("--format xlsx needs -o FILE.xlsx");
    }
    let ws = match load_workspace(file.as_deref()) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    let period = match period {
        Some(p) => PeriodChoice::from_word(&p),
        None => match default_period(&ws) {
            Some(p) => PeriodChoice::Period(p.to_string()),
            None => return usage_error("the plan has no period"),
        },
    };
    let q = Query { period, scenario };
    match scorecard_engine::score(&ws, &q) {
        Ok(rs) if format != "json" => sheets::write_results(&ws, &rs, format, output, lang),
        Ok(rs) => {
            // Streamed: 10 000 units make a 26 MB file, never held whole.
            use std::io::Write;
            let sink: Box<dyn Write> = match &output {
                None => Box::new(std::io::stdout().lock()),
                Some(path) => match std::fs::File::create(path) {
                    Ok(f) => Box::new(f),
                    Err(e) => {
                        eprintln!("{path}: cannot write the file: {e}");
                        return exit::UNREADABLE;
                    }
                },
            };
            let mut out = std::io::BufWriter::new(sink);
            let mut failed = false;
            stream_results(&ws, &rs, &mut |chunk| {
                if !failed {
                    failed = out.write_all(chunk.as_bytes()).is_err();
                }
            });
            let flushed = out.flush().is_ok();
            if let (Some(path), false) = (&output, flushed && !failed) {
                eprintln!("{path}: cannot write the file");
                return exit::UNREADABLE;
            }
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

/// `scorecard stability`: rank and grade probabilities under sampled weights (§9), as JSON.
fn cmd_stability(rest: &[String]) -> u8 {
    use scorecard_engine::simulate::stability::{report_value, Params, Stability};
    let mut file = None;
    let mut opts: Vec<(&str, String)> = Vec::new();
    let names = ["--period", "--scenario", "--samples", "--seed", "--delta"];
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        if let Some(name) = names.iter().find(|n| a.as_str() == **n) {
            let Some(v) = it.next() else {
                return usage_error(&format!("{a} needs a value"));
            };
            opts.push((name, v.clone()));
        } else if let Some((name, v)) = names.iter().find_map(|n| {
            a.strip_prefix(n)
                .and_then(|r| r.strip_prefix('='))
                .map(|v| (*n, v.to_string()))
        }) {
            opts.push((name, v));
        } else if a.starts_with("--") {
            return usage_error(&format!("unknown option {a:?}"));
        } else if file.is_none() {
            file = Some(a.clone());
        } else {
            return usage_error("too many arguments");
        }
    }
    let opt = |name: &str| {
        opts.iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    };
    let mut params = Params::default();
    if let Some(v) = opt("--samples") {
        match v.parse::<u32>() {
            Ok(n) => params.samples = n,
            Err(_) => return usage_error(&format!("--samples: {v:?} is not a whole number")),
        }
    }
    if let Some(v) = opt("--seed") {
        match v.parse::<u64>() {
            Ok(n) => params.seed = n,
            Err(_) => return usage_error(&format!("--seed: {v:?} is not a whole number")),
        }
    }
    if let Some(v) = opt("--delta") {
        match scorecard_engine::number::parse_decimal(&v) {
            Ok(d) => params.delta = d,
            Err(_) => return usage_error(&format!("--delta: {v:?} is not a decimal")),
        }
    }
    let ws = match load_workspace(file.as_deref()) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    let period = match opt("--period") {
        Some(p) => PeriodChoice::from_word(&p),
        None => match default_period(&ws) {
            Some(p) => PeriodChoice::Period(p.to_string()),
            None => return usage_error("the plan has no period"),
        },
    };
    let q = Query {
        period,
        scenario: opt("--scenario"),
    };
    let mut run = match Stability::new(&ws, &q, params) {
        Ok(r) => r,
        Err(e) => {
            use scorecard_engine::simulate::{SettingsProblem, SimError};
            let flag = match &e {
                SimError::Score(scorecard_engine::ScoreError::UnknownScenario(_)) => "--scenario",
                SimError::Score(_) => "--period",
                SimError::Settings(SettingsProblem::Samples { .. }) => "--samples",
                SimError::Settings(_) => "--delta",
                _ => "arguments",
            };
            eprintln!("({flag}): {e}");
            return exit::INVALID;
        }
    };
    run.run();
    if let Some(e) = run.failure() {
        eprintln!("(--delta): {e}");
        return exit::INVALID;
    }
    emit(&format!("{}\n", report_value(&run.report()).to_pretty()));
    exit::OK
}

fn cmd_verify(rest: &[String]) -> u8 {
    let text = match one_file(rest, "RESULTS.json").and_then(read) {
        Ok(t) => t,
        Err(code) => return code,
    };
    match verify_results(&text) {
        Err(errors) => invalid(&errors),
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
                    scorecard_engine::error::shown(&v.file_engine),
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
