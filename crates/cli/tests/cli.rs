#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Command-line tests of `scorecard`: a few files of the engine's malformed-input corpus
//! (`crates/engine/tests/malformed/`; each rejected with exit 2 and an error line at its
//! JSON path),
//! the valid example of `shared/spec/file-format.md` and its published figures, and the
//! exit statuses of `score`, `validate` and `verify`.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_scorecard");

/// A few files of the engine's malformed-input corpus (`crates/engine/tests/malformed/`,
/// where every file's error kind and path is checked) and the JSON path of their first
/// error line, run end to end; `true` for the files that are not JSON at all, whose error
/// line also gives `line L, column C`.
const MALFORMED: &[(&str, &str, bool)] = &[
    ("01-trailing-comma-object.json", "linkage", true),
    ("08-empty-file.json", "(root)", true),
    (
        "24-negative-weight.json",
        "plan.dimensions[0].indicators[2].weight",
        false,
    ),
    (
        "53-unknown-indicator-key-quoted.json",
        "records[0].values[\"my indicator\"]",
        false,
    ),
    ("71-missing-plan.json", "(root)", false),
];

/// The engine's malformed-input corpus.
fn malformed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/malformed")
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn describe(&self) -> String {
        format!(
            "exit {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code,
            truncate(&self.stdout),
            truncate(&self.stderr)
        )
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 2000 {
        let head: String = s.chars().take(2000).collect();
        format!("{head}…")
    } else {
        s.to_string()
    }
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("cannot start scorecard");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
        "scorecard {args:?} panicked:\n{}",
        run.describe()
    );
    run
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn example() -> String {
    tests_dir()
        .join("valid/example.json")
        .to_str()
        .unwrap()
        .to_string()
}

/// A fresh path in the target's scratch directory for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn the_malformed_files_exist() {
    for (file, _, _) in MALFORMED {
        assert!(
            malformed_dir().join(file).is_file(),
            "no {file} in {}",
            malformed_dir().display()
        );
    }
}

#[test]
fn malformed_files_are_rejected_at_their_path() {
    let mut failures = Vec::new();
    for (file, expected, syntax) in MALFORMED {
        let path = malformed_dir().join(file);
        let path = path.to_str().unwrap();
        let prefix = format!("{expected}: ");
        for cmd in ["validate", "score"] {
            let r = run(&[cmd, path]);
            let mut problems = Vec::new();
            if r.code != Some(2) {
                problems.push(format!("exit {:?}, want 2", r.code));
            }
            if !r.stdout.is_empty() {
                problems.push("stdout is not empty".to_string());
            }
            match r.stderr.lines().find(|l| l.starts_with(&prefix)) {
                None => problems.push(format!("no stderr line starts with {prefix:?}")),
                Some(line) => {
                    if line.len() == prefix.len() {
                        problems.push("the error line has no message".to_string());
                    }
                    if *syntax && !(line.contains("line ") && line.contains("column ")) {
                        problems.push(format!("syntax error without line/column: {line:?}"));
                    }
                }
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "scorecard {cmd} malformed/{file}: {}\n{}",
                    problems.join("; "),
                    r.describe()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} runs failed:\n\n{}",
        failures.len(),
        2 * MALFORMED.len(),
        failures.join("\n\n")
    );
}

#[test]
fn validate_prints_ok_for_the_valid_files() {
    for file in ["example.json", "limits.json"] {
        let path = tests_dir().join("valid").join(file);
        let r = run(&["validate", path.to_str().unwrap()]);
        assert_eq!(r.code, Some(0), "validate {file}: {}", r.describe());
        assert!(
            r.stdout == "ok" || r.stdout == "ok\n",
            "validate {file}: {}",
            r.describe()
        );
    }
}

fn check_example_results(results: &Json) {
    assert_eq!(results.get("format").str(), "scorecard-results");
    assert_eq!(results.get("period").str(), "2026Q1");
    let units = results.get("units").arr();
    assert_eq!(units.len(), 1, "only zd1 has a record in 2026Q1");
    let u = &units[0];
    assert_eq!(u.get("unit").str(), "zd1");
    for (field, want) in [
        ("score", "90.46"),
        ("weighted", "86.25"),
        ("deduction", "2.00"),
        ("coefficient", "1.05"),
        ("bonus", "2.00"),
        ("previous", "58.40"),
        ("delta", "32.06"),
    ] {
        assert_eq!(u.get(field).str(), want, "units[0].{field}");
    }
    assert_eq!(u.get("rank"), &Json::Num("1".to_string()));
    assert_eq!(u.get("grade").str(), "excellent");
    assert_eq!(
        u.get("honours"),
        &Json::Arr(vec![Json::Str("collaboration_award".to_string())])
    );
    let people = results.get("people").arr();
    let person = |id: &str| {
        people
            .iter()
            .find(|p| p.get("person").str() == id)
            .unwrap_or_else(|| panic!("no person {id}"))
    };
    assert_eq!(person("p001").get("score").str(), "87.69");
    assert_eq!(person("p002").get("score"), &Json::Null);
}

#[test]
fn score_publishes_the_figures_of_the_spec() {
    let r = run(&["score", &example(), "--period", "2026Q1"]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    check_example_results(&parse_json(&r.stdout));
}

#[test]
fn score_defaults_to_the_last_period_with_records() {
    let r = run(&["score", &example()]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    check_example_results(&parse_json(&r.stdout));
}

#[test]
fn an_unreadable_file_exits_1() {
    let missing = scratch("does-not-exist.json");
    let _ = std::fs::remove_file(&missing);
    let missing = missing.to_str().unwrap();
    for args in [
        vec!["validate", missing],
        vec!["score", missing],
        vec!["verify", missing],
    ] {
        let r = run(&args);
        assert_eq!(r.code, Some(1), "{args:?}: {}", r.describe());
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.describe());
    }
}

#[test]
fn an_unknown_period_or_scenario_exits_2() {
    let ex = example();
    for (args, named) in [
        (
            vec!["score", &ex, "--period", "2027Q1"],
            "unknown period \"2027Q1\"",
        ),
        (
            vec!["score", &ex, "--scenario", "nonexistent"],
            "unknown scenario \"nonexistent\"",
        ),
    ] {
        let r = run(&args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.describe());
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.describe());
        assert!(r.stderr.contains(named), "{args:?}: {}", r.describe());
    }
}

/// Scores the example, writes the results file and returns its path and parsed form.
fn scored_example(name: &str) -> (PathBuf, Json) {
    let r = run(&["score", &example(), "--period", "2026Q1"]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    let path = scratch(name);
    std::fs::write(&path, &r.stdout).unwrap();
    let results = parse_json(&r.stdout);
    check_example_results(&results);
    (path, results)
}

fn verify(path: &Path) -> Run {
    run(&["verify", path.to_str().unwrap()])
}

#[test]
fn verify_accepts_the_output_of_score() {
    let (path, results) = scored_example("verify-ok.json");
    let r = verify(&path);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    // The same results rewritten (compact, same content) still verify: the edits below
    // change only what they mean to change.
    let rewritten = scratch("verify-ok-rewritten.json");
    std::fs::write(&rewritten, results.to_compact()).unwrap();
    let r = verify(&rewritten);
    assert_eq!(r.code, Some(0), "{}", r.describe());
}

#[test]
fn verify_names_a_changed_figure() {
    let (_, mut results) = scored_example("verify-figure-source.json");
    let score = results.get_mut("units").at_mut(0).get_mut("score");
    assert_eq!(score.str(), "90.46");
    *score = Json::Str("90.47".to_string());
    let path = scratch("verify-figure.json");
    std::fs::write(&path, results.to_compact()).unwrap();
    let r = verify(&path);
    assert_eq!(r.code, Some(3), "{}", r.describe());
    assert!(
        r.stderr
            .lines()
            .chain(r.stdout.lines())
            .any(|l| l.contains("units[0].score")),
        "no line names units[0].score: {}",
        r.describe()
    );
}

#[test]
fn verify_rejects_an_edited_workspace() {
    let (_, mut results) = scored_example("verify-sha-source.json");
    let name = results.get_mut("workspace").get_mut("plan").get_mut("name");
    assert_eq!(name.str(), "2026年度總隊目標考核");
    *name = Json::Str("2026年度總隊目標考核(修訂)".to_string());
    let path = scratch("verify-sha.json");
    std::fs::write(&path, results.to_compact()).unwrap();
    let r = verify(&path);
    assert_eq!(r.code, Some(3), "{}", r.describe());
}

// ---------------------------------------------------------------------------------------
// A tiny JSON reader and writer, enough to look at and edit results files.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Json {
    Null,
    Bool(bool),
    /// A number, as written.
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(fields) => {
                &fields
                    .iter()
                    .find(|(k, _)| k == key)
                    .unwrap_or_else(|| panic!("no field {key:?}"))
                    .1
            }
            other => panic!("{other:?} is not an object (looking for {key:?})"),
        }
    }

    fn get_mut(&mut self, key: &str) -> &mut Json {
        match self {
            Json::Obj(fields) => {
                &mut fields
                    .iter_mut()
                    .find(|(k, _)| k == key)
                    .unwrap_or_else(|| panic!("no field {key:?}"))
                    .1
            }
            other => panic!("{other:?} is not an object (looking for {key:?})"),
        }
    }

    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            other => panic!("{other:?} is not an array"),
        }
    }

    fn at_mut(&mut self, i: usize) -> &mut Json {
        match self {
            Json::Arr(items) => &mut items[i],
            other => panic!("{other:?} is not an array"),
        }
    }

    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            other => panic!("{other:?} is not a string"),
        }
    }

    fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => write_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, k);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn parse_json(text: &str) -> Json {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let v = parse_value(&chars, &mut pos);
    skip_ws(&chars, &mut pos);
    assert_eq!(pos, chars.len(), "trailing text after the JSON value");
    v
}

fn skip_ws(c: &[char], pos: &mut usize) {
    while *pos < c.len() && c[*pos].is_ascii_whitespace() {
        *pos += 1;
    }
}

fn expect_char(c: &[char], pos: &mut usize, want: char) {
    skip_ws(c, pos);
    assert_eq!(c.get(*pos), Some(&want), "expected {want:?} at char {pos}");
    *pos += 1;
}

fn parse_value(c: &[char], pos: &mut usize) -> Json {
    skip_ws(c, pos);
    match c[*pos] {
        '{' => {
            *pos += 1;
            let mut fields = Vec::new();
            skip_ws(c, pos);
            if c[*pos] == '}' {
                *pos += 1;
                return Json::Obj(fields);
            }
            loop {
                skip_ws(c, pos);
                let key = parse_string(c, pos);
                expect_char(c, pos, ':');
                fields.push((key, parse_value(c, pos)));
                skip_ws(c, pos);
                *pos += 1;
                match c[*pos - 1] {
                    ',' => {}
                    '}' => return Json::Obj(fields),
                    other => panic!("unexpected {other:?} in an object"),
                }
            }
        }
        '[' => {
            *pos += 1;
            let mut items = Vec::new();
            skip_ws(c, pos);
            if c[*pos] == ']' {
                *pos += 1;
                return Json::Arr(items);
            }
            loop {
                items.push(parse_value(c, pos));
                skip_ws(c, pos);
                *pos += 1;
                match c[*pos - 1] {
                    ',' => {}
                    ']' => return Json::Arr(items),
                    other => panic!("unexpected {other:?} in an array"),
                }
            }
        }
        '"' => Json::Str(parse_string(c, pos)),
        't' | 'f' | 'n' => {
            for (word, v) in [
                ("true", Json::Bool(true)),
                ("false", Json::Bool(false)),
                ("null", Json::Null),
            ] {
                let w: Vec<char> = word.chars().collect();
                if c[*pos..].starts_with(&w) {
                    *pos += w.len();
                    return v;
                }
            }
            panic!("bad literal at char {pos}")
        }
        _ => {
            let start = *pos;
            while *pos < c.len() && matches!(c[*pos], '-' | '+' | '.' | 'e' | 'E' | '0'..='9') {
                *pos += 1;
            }
            assert!(*pos > start, "unexpected {:?} at char {start}", c[start]);
            Json::Num(c[start..*pos].iter().collect())
        }
    }
}

fn parse_string(c: &[char], pos: &mut usize) -> String {
    assert_eq!(c[*pos], '"', "expected a string at char {pos}");
    *pos += 1;
    let mut s = String::new();
    loop {
        let ch = c[*pos];
        *pos += 1;
        match ch {
            '"' => return s,
            '\\' => {
                let e = c[*pos];
                *pos += 1;
                match e {
                    'n' => s.push('\n'),
                    't' => s.push('\t'),
                    'r' => s.push('\r'),
                    'b' => s.push('\u{8}'),
                    'f' => s.push('\u{c}'),
                    'u' => {
                        let mut code = hex4(c, pos);
                        if (0xD800..0xDC00).contains(&code) {
                            assert_eq!(&c[*pos..*pos + 2], &['\\', 'u'], "lone surrogate");
                            *pos += 2;
                            let low = hex4(c, pos);
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        }
                        s.push(char::from_u32(code).unwrap());
                    }
                    other => s.push(other),
                }
            }
            ch => s.push(ch),
        }
    }
}

fn hex4(c: &[char], pos: &mut usize) -> u32 {
    let h: String = c[*pos..*pos + 4].iter().collect();
    *pos += 4;
    u32::from_str_radix(&h, 16).unwrap()
}

#[test]
fn the_test_json_reader_round_trips() {
    let text = r#"{"a":[1,-2.5e3,true,false,null],"b":"x\"\\\n\u00e9\ud83d\ude00","c":{}}"#;
    let v = parse_json(text);
    assert_eq!(v.get("b").str(), "x\"\\\né😀");
    assert_eq!(parse_json(&v.to_compact()), v);
}

#[test]
fn verify_prints_the_files_engine_string_escaped() {
    let (_, mut results) = scored_example("verify-forged-source.json");
    *results.get_mut("engine") = Json::Str("0.0.1\nverified: every figure matches (forged)".into());
    *results.get_mut("units").at_mut(0).get_mut("score") = Json::Str("90.47".into());
    let path = scratch("verify-forged.json");
    std::fs::write(&path, results.to_compact()).unwrap();
    let r = verify(&path);
    assert_eq!(r.code, Some(3), "{}", r.describe());
    assert!(
        !r.stdout.lines().any(|l| l.starts_with("verified:")),
        "a forged line: {}",
        r.describe()
    );
    assert!(r.stdout.contains("0.0.1\\nverified"), "{}", r.describe());
}
