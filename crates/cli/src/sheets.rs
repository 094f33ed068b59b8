//! The spreadsheet commands (`template`, `import`) and the `csv` / `xlsx` formats of
//! `score`, over the `scorecard-sheets` crate; and the option reader they share with `score`.

use super::{exit, invalid, read, usage_error};
use scorecard_engine::json::{self, Value};
use scorecard_sheets::{Lang, SheetError};
use std::collections::BTreeMap;

/// Positional arguments and `--name value` / `--name=value` options (the last one of a
/// repeated option counts); an unknown option is a usage error.
pub fn options(
    rest: &[String],
    names: &[&str],
) -> Result<(Vec<String>, BTreeMap<String, String>), u8> {
    let mut files = Vec::new();
    let mut opts = BTreeMap::new();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        if let Some(name) = names.iter().find(|n| a.as_str() == **n) {
            let Some(v) = it.next() else {
                return Err(usage_error(&format!("{a} needs a value")));
            };
            opts.insert(name.to_string(), v.clone());
        } else if let Some((name, v)) = names.iter().find_map(|n| {
            a.strip_prefix(n)
                .and_then(|r| r.strip_prefix('='))
                .map(|v| (*n, v.to_string()))
        }) {
            opts.insert(name.to_string(), v);
        } else if a.starts_with('-') && a.len() > 1 {
            return Err(usage_error(&format!("unknown option {a:?}")));
        } else {
            files.push(a.clone());
        }
    }
    Ok((files, opts))
}

/// `--lang zh|en` (default zh).
pub fn lang(opts: &BTreeMap<String, String>) -> Result<Lang, u8> {
    match opts.get("--lang").map(String::as_str) {
        None | Some("zh") | Some("zh-CN") => Ok(Lang::Zh),
        Some("en") => Ok(Lang::En),
        Some(other) => Err(usage_error(&format!("--lang: {other:?} is not zh or en"))),
    }
}

/// Reads a workspace file as a document (syntax errors printed with their line).
fn load_doc(path: &str) -> Result<Value, u8> {
    let text = read(path)?;
    json::parse(&text).map_err(|e| invalid(&scorecard_engine::parse::syntax_error(e)))
}

fn write_file(path: &str, bytes: &[u8]) -> u8 {
    match std::fs::write(path, bytes) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("{path}: cannot write the file: {e}");
            exit::UNREADABLE
        }
    }
}

/// Prints every spreadsheet problem, one per line.
fn problems(errors: &[SheetError]) -> u8 {
    for e in errors {
        eprintln!("{e}");
    }
    exit::INVALID
}

/// `scorecard template WS.json [--period ID] [--lang zh|en] -o FILE.xlsx`.
pub fn cmd_template(rest: &[String]) -> u8 {
    let (files, opts) = match options(rest, &["--period", "-o", "--lang"]) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let [ws] = files.as_slice() else {
        return usage_error("template takes one WORKSPACE.json");
    };
    let Some(out) = opts.get("-o") else {
        return usage_error("template needs -o FILE.xlsx");
    };
    let lang = match lang(&opts) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let doc = match load_doc(ws) {
        Ok(d) => d,
        Err(code) => return code,
    };
    match scorecard_sheets::data_workbook(&doc, opts.get("--period").map(String::as_str), lang) {
        Ok(bytes) => write_file(out, &bytes),
        Err(e) => problems(&[e]),
    }
}

/// `scorecard import WS.json DATA [--period ID] -o NEW.json`: the new workspace, and the
/// changes on stdout (one per line); or every problem on stderr and exit 2.
pub fn cmd_import(rest: &[String]) -> u8 {
    let (files, opts) = match options(rest, &["--period", "-o"]) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let [ws, data] = files.as_slice() else {
        return usage_error("import takes WORKSPACE.json and DATA.xlsx|DATA.ods|DATA.csv");
    };
    let Some(out) = opts.get("-o") else {
        return usage_error("import needs -o NEW.json");
    };
    let doc = match load_doc(ws) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(data) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{data}: cannot read the file: {e}");
            return exit::UNREADABLE;
        }
    };
    match scorecard_sheets::import(&doc, &bytes, opts.get("--period").map(String::as_str)) {
        Err(errors) => problems(&errors),
        Ok(got) => {
            for c in &got.changes {
                let old = c.old.as_deref().unwrap_or("");
                let new = c.new.as_deref().unwrap_or("");
                // A roster change has no period: `zd9 roster unit.name`, `zd1 roster p007
                // person.status`.
                let period = if c.period.is_empty() {
                    "roster"
                } else {
                    &c.period
                };
                let person = c
                    .person
                    .as_deref()
                    .map(|p| format!("{p} "))
                    .unwrap_or_default();
                println!("{} {period} {person}{}: {old:?} → {new:?}", c.unit, c.field);
            }
            println!("{} change(s)", got.changes.len());
            write_file(out, format!("{}\n", got.document.to_pretty()).as_bytes())
        }
    }
}

/// `score --format csv|xlsx`: the results to `-o FILE` (CSV may go to stdout).
pub fn write_results(
    ws: &scorecard_engine::Workspace,
    rs: &scorecard_engine::ResultSet,
    format: &str,
    output: Option<String>,
    lang: Lang,
) -> u8 {
    let bytes = if format == "xlsx" {
        scorecard_sheets::results_workbook(ws, rs, lang)
    } else {
        scorecard_sheets::results_csv(ws, rs, lang).map(String::into_bytes)
    };
    match (bytes, output) {
        (Err(e), _) => problems(&[e]),
        (Ok(b), Some(path)) => write_file(&path, &b),
        (Ok(b), None) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&b).and_then(|()| out.flush());
            exit::OK
        }
    }
}
