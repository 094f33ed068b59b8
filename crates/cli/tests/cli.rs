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

use scorecard_engine::json::{self, Value};
use scorecard_engine::path::JsonPath;
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

/// Parses JSON output (the engine's reader: exact number text, keys in order).
fn parse_json(text: &str) -> Value {
    json::parse(text).unwrap_or_else(|e| panic!("not JSON ({e:?}):\n{text}"))
}

/// The value at `path` (as `units[0].score`), which must be there.
fn at<'a>(v: &'a Value, path: &str) -> &'a Value {
    v.at(&JsonPath::parse(path).unwrap())
        .unwrap_or_else(|| panic!("nothing at {path}"))
}

/// The string at `path`.
fn text<'a>(v: &'a Value, path: &str) -> &'a str {
    at(v, path)
        .as_str()
        .unwrap_or_else(|| panic!("{path} is not a string"))
}

/// Sets the value at `path`, which must be there.
fn set(v: &mut Value, path: &str, to: Value) {
    assert!(
        v.set_at(&JsonPath::parse(path).unwrap(), to),
        "nothing at {path}"
    );
}

fn check_example_results(results: &Value) {
    assert_eq!(text(results, "format"), "scorecard-results");
    assert_eq!(text(results, "period"), "2026Q1");
    let Value::Array(units) = at(results, "units") else {
        panic!("units is not an array")
    };
    assert_eq!(units.len(), 1, "only zd1 has a record in 2026Q1");
    let u = &units[0];
    assert_eq!(text(u, "unit"), "zd1");
    for (field, want) in [
        ("score", "90.46"),
        ("weighted", "86.25"),
        ("deduction", "2.00"),
        ("coefficient", "1.05"),
        ("bonus", "2.00"),
        ("previous", "58.40"),
        ("delta", "32.06"),
    ] {
        assert_eq!(text(u, field), want, "units[0].{field}");
    }
    assert_eq!(at(u, "rank"), &Value::Number("1".to_string()));
    assert_eq!(text(u, "grade"), "excellent");
    assert_eq!(
        at(u, "honours"),
        &Value::Array(vec![Value::str("collaboration_award")])
    );
    let Value::Array(people) = at(results, "people") else {
        panic!("people is not an array")
    };
    let person = |id: &str| {
        people
            .iter()
            .find(|p| text(p, "person") == id)
            .unwrap_or_else(|| panic!("no person {id}"))
    };
    assert_eq!(text(person("p001"), "score"), "87.69");
    assert_eq!(at(person("p002"), "score"), &Value::Null);
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

/// Runs `scorecard ARGS` for at most `secs` seconds; `None` when it had to be killed.
fn run_with_timeout(args: &[&str], secs: u64) -> Option<Run> {
    use std::process::Stdio;
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start scorecard");
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    Some(Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread_with_exit_2() {
    const LIMIT: u64 = 64 * 1024 * 1024;
    // A sparse file one byte over the limit: cheap to make, and only its size is checked.
    let big = scratch("over-the-limit.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(LIMIT + 1).unwrap();
    drop(f);
    let big = big.to_str().unwrap();
    for cmd in ["validate", "score", "verify", "stability"] {
        let r = run_with_timeout(&[cmd, big], 60).expect("scorecard did not stop");
        assert_eq!(r.code, Some(2), "{cmd}: {}", r.describe());
        assert_eq!(
            r.stderr.trim_end(),
            "(root): the file is too large: at least 67108865 bytes, the limit is 67108864 bytes (64 MiB)",
            "{cmd}: {}",
            r.describe()
        );
        assert!(r.stdout.is_empty(), "{cmd}: {}", r.describe());
    }
    // An endless input is read up to the limit and refused, not read forever.
    if Path::new("/dev/zero").exists() {
        let r = run_with_timeout(&["validate", "/dev/zero"], 60)
            .expect("validate /dev/zero did not stop: the input is read without a cap");
        assert_eq!(r.code, Some(2), "{}", r.describe());
        assert!(
            r.stderr
                .starts_with("(root): the file is too large: at least 67108865 bytes"),
            "{}",
            r.describe()
        );
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
fn scored_example(name: &str) -> (PathBuf, Value) {
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

/// Verifies the example's results after `edit` (written compact as `{name}.json`); the
/// exit code must be `code`.
fn verify_edited(name: &str, code: i32, edit: impl FnOnce(&mut Value)) -> Run {
    let (_, mut results) = scored_example(&format!("{name}-source.json"));
    edit(&mut results);
    let path = scratch(&format!("{name}.json"));
    std::fs::write(&path, results.to_compact()).unwrap();
    let r = verify(&path);
    assert_eq!(r.code, Some(code), "{}", r.describe());
    r
}

#[test]
fn verify_accepts_the_output_of_score() {
    let (path, _) = scored_example("verify-ok.json");
    let r = verify(&path);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    // The same results rewritten (compact, same content) still verify: the edits below
    // change only what they mean to change.
    verify_edited("verify-ok-rewritten", 0, |_| {});
}

#[test]
fn verify_names_a_changed_figure() {
    let r = verify_edited("verify-figure", 3, |results| {
        assert_eq!(text(results, "units[0].score"), "90.46");
        set(results, "units[0].score", Value::str("90.47"));
    });
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
    verify_edited("verify-sha", 3, |results| {
        let name = "workspace.plan.name";
        assert_eq!(text(results, name), "2026年度總隊目標考核");
        set(results, name, Value::str("2026年度總隊目標考核(修訂)"));
    });
}

#[test]
fn verify_prints_the_files_engine_string_escaped() {
    let r = verify_edited("verify-forged", 3, |results| {
        let forged = Value::str("0.0.1\nverified: every figure matches (forged)");
        set(results, "engine", forged);
        set(results, "units[0].score", Value::str("90.47"));
    });
    assert!(
        !r.stdout.lines().any(|l| l.starts_with("verified:")),
        "a forged line: {}",
        r.describe()
    );
    assert!(r.stdout.contains("0.0.1\\nverified"), "{}", r.describe());
}

// ---- Spreadsheets: template, import, score --format ----

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/data/demo.json")
        .to_str()
        .unwrap()
        .to_string()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn template_then_import_gives_the_workspace_back() {
    for (ws, name) in [(demo(), "demo"), (example(), "example")] {
        let book = scratch(&format!("{name}-template.xlsx"));
        let r = run(&["template", &ws, "-o", path_str(&book)]);
        assert_eq!(r.code, Some(0), "{}", r.describe());
        let new = scratch(&format!("{name}-imported.json"));
        let r = run(&["import", &ws, path_str(&book), "-o", path_str(&new)]);
        assert_eq!(r.code, Some(0), "{}", r.describe());
        assert_eq!(r.stdout, "0 change(s)\n");
        let before = parse_json(&std::fs::read_to_string(&ws).unwrap());
        let after = parse_json(&std::fs::read_to_string(&new).unwrap());
        assert!(before == after, "{name}: the imported workspace differs");
    }
}

#[test]
fn import_lists_changes_and_refuses_bad_cells_with_places() {
    let ws = example();
    let good = scratch("good.csv");
    std::fs::write(
        &good,
        "\u{feff}单位 [unit],期间 [period],风险预案 [plans]\r\nzd1,2026Q1,77\r\n",
    )
    .unwrap();
    let new = scratch("good-imported.json");
    let r = run(&["import", &ws, path_str(&good), "-o", path_str(&new)]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    assert!(
        r.stdout
            .contains("zd1 2026Q1 values.plans: \"88\" → \"77\""),
        "{}",
        r.stdout
    );
    let v = parse_json(&std::fs::read_to_string(&new).unwrap());
    assert_eq!(text(&v, "records[0].values.plans"), "77");

    let bad = scratch("bad.csv");
    std::fs::write(
        &bad,
        "[unit],[period],[plans]\nzd1,2026Q1,九十\nnobody,2026Q1,1\n",
    )
    .unwrap();
    let out = scratch("bad-imported.json");
    let _ = std::fs::remove_file(&out);
    let r = run(&["import", &ws, path_str(&bad), "-o", path_str(&out)]);
    assert_eq!(r.code, Some(2), "{}", r.describe());
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "sheet \"CSV\" row 2 column C (plans): \"九十\": not a number",
            "sheet \"CSV\" row 3 column A (unit): \"nobody\": not a unit of the workspace",
        ]
    );
    assert!(!out.exists(), "nothing is written on failure");
    let r = run(&["import", &ws, path_str(&bad)]);
    assert_eq!(r.code, Some(2), "-o is required");
}

#[test]
fn score_writes_csv_and_xlsx() {
    let ws = example();
    let r = run(&[
        "score", &ws, "--period", "2026Q1", "--format", "csv", "--lang", "en",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    assert!(r.stdout.starts_with('\u{feff}'));
    let row = r.stdout.split("\r\n").nth(1).unwrap();
    assert!(
        row.starts_with("1,zd1,") && row.contains(",90.46,Excellent,"),
        "{row}"
    );
    let book = scratch("results.xlsx");
    let r = run(&["score", &ws, "--format", "xlsx", "-o", path_str(&book)]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    // json stays the default, and -o writes it to a file.
    let file = scratch("results.json");
    let r = run(&["score", &ws, "-o", path_str(&file)]);
    assert_eq!(r.code, Some(0), "{}", r.describe());
    let v = parse_json(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(text(&v, "format"), "scorecard-results");
    let r = run(&["score", &ws, "--format", "pdf"]);
    assert_eq!(r.code, Some(2));
    let r = run(&["score", &ws, "--format", "xlsx"]);
    assert_eq!(r.code, Some(2), "xlsx needs -o");
}
