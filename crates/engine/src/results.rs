//! The results file (`"format": "scorecard-results"`, `file-format.md`): writing it from a
//! [`ResultSet`], and verifying a shared one by recomputing it from its embedded workspace.

use crate::error::{ErrorKind, Errors, ScoreError};
use crate::export::{input_sha256, stream_workspace, workspace_value};
use crate::json::{self, list, obj, Value, Writer};
use crate::model::Workspace;
use crate::number::two_places;
use crate::parse::{syntax_error, workspace_from_value_at};
use crate::path::JsonPath;
use crate::score::period::IndicatorInput;
use crate::score::{score, PeriodChoice, PersonResult, Query, ResultSet, UnitDetail, UnitResult};
use rust_decimal::Decimal;

/// The `format` word of a results file.
pub const RESULTS_FORMAT: &str = "scorecard-results";

fn s(x: &str) -> Value {
    Value::str(x)
}

fn fig(d: Decimal) -> Value {
    Value::String(two_places(d))
}

fn opt_fig(d: Option<Decimal>) -> Value {
    d.map(fig).unwrap_or(Value::Null)
}

fn unit_value(u: &UnitResult) -> Value {
    let mut f = vec![
        ("unit", s(&u.unit)),
        ("score", fig(u.score)),
        ("rank", Value::Number(u.rank.to_string())),
        ("grade", s(u.grade.as_str())),
    ];
    let dims = Value::Object(
        u.dimensions
            .iter()
            .map(|(k, d)| (k.clone(), fig(*d)))
            .collect(),
    );
    match &u.detail {
        UnitDetail::Period(p) => {
            f.push(("weighted", opt_fig(p.weighted.round2())));
            f.push(("deduction", fig(u.deduction)));
            f.push(("coefficient", Value::String(p.coefficient.to_string())));
            f.push(("bonus", opt_fig(p.bonus.round2())));
            f.push(("dimensions", dims));
            f.push((
                "indicators",
                Value::Object(
                    p.indicators
                        .iter()
                        .filter_map(|i| Some((i.id.clone(), fig(i.score.as_ref()?.round2()?))))
                        .collect(),
                ),
            ));
            f.push((
                "self_gap",
                Value::Object(
                    p.indicators
                        .iter()
                        .filter_map(|i| match &i.input {
                            IndicatorInput::Survey(sv) => {
                                Some((i.id.clone(), fig(sv.self_gap()?.round2()?)))
                            }
                            _ => None,
                        })
                        .collect(),
                ),
            ));
        }
        UnitDetail::Annual(_) => {
            f.push(("deduction", fig(u.deduction)));
            f.push(("dimensions", dims));
        }
    }
    f.push((
        "flags",
        Value::Array(u.flags.words().into_iter().map(s).collect()),
    ));
    f.push((
        "warning",
        u.warning.map(|w| s(w.as_str())).unwrap_or(Value::Null),
    ));
    f.push(("honours", list(&u.honours, |h| s(h.as_str()))));
    f.push(("previous", opt_fig(u.previous)));
    f.push(("delta", opt_fig(u.delta)));
    obj(f)
}

/// The results document of a result set, with the workspace embedded and its digest.
pub fn results_value(ws: &Workspace, rs: &ResultSet) -> Value {
    let mut fields = header_fields(ws, rs);
    fields.push((
        "units",
        Value::Array(rs.units.iter().map(unit_value).collect()),
    ));
    fields.push((
        "people",
        Value::Array(rs.people.iter().map(person_value).collect()),
    ));
    fields.push(("workspace", workspace_value(ws)));
    obj(fields)
}

/// The fields before the units: what was asked, the digest, the quota.
fn header_fields(ws: &Workspace, rs: &ResultSet) -> Vec<(&'static str, Value)> {
    vec![
        ("format", s(RESULTS_FORMAT)),
        ("version", Value::Number("1".into())),
        ("engine", s(crate::version())),
        ("input_sha256", Value::String(input_sha256(ws))),
        (
            "scenario",
            rs.query.scenario.as_deref().map(s).unwrap_or(Value::Null),
        ),
        ("period", s(rs.query.period.as_word())),
        ("official", Value::Bool(rs.official)),
        ("quota", Value::Number(rs.quota.to_string())),
        ("quota_tie", Value::Bool(rs.quota_tie)),
    ]
}

fn person_value(p: &PersonResult) -> Value {
    obj(vec![
        ("person", s(&p.person)),
        ("score", opt_fig(p.score)),
        ("graded", Value::Bool(p.graded)),
    ])
}

/// The results file text (pretty JSON, final newline).
///
/// Written as a stream, one unit at a time, so that 10 000 units never stand as one tree
/// in memory; the text is byte-identical to `results_value(ws, rs).to_pretty()` plus the
/// newline (a unit test holds the two together).
pub fn results_json(ws: &Workspace, rs: &ResultSet) -> String {
    let mut out = Writer::pretty();
    write_results(&mut out, ws, rs);
    out.finish()
}

/// Hands the results file text to `sink` in chunks as it is written (what `scorecard
/// score` prints), so that neither the tree nor the whole text is held in memory.
pub fn stream_results(ws: &Workspace, rs: &ResultSet, sink: &mut dyn FnMut(&str)) {
    let mut out = Writer::to_sink(true, sink);
    write_results(&mut out, ws, rs);
    out.finish();
}

fn write_results(out: &mut Writer, ws: &Workspace, rs: &ResultSet) {
    out.begin('{');
    for (key, v) in header_fields(ws, rs) {
        out.field(key, &v);
    }
    out.key("units");
    out.begin('[');
    for u in &rs.units {
        out.value(&unit_value(u));
    }
    out.end(']');
    out.key("people");
    out.begin('[');
    for p in &rs.people {
        out.value(&person_value(p));
    }
    out.end(']');
    out.key("workspace");
    stream_workspace(out, ws);
    out.end('}');
    out.raw("\n");
}

/// Scores and writes the results file in one step.
pub fn score_to_json(ws: &Workspace, q: &Query) -> Result<String, ScoreError> {
    Ok(results_json(ws, &score(ws, q)?))
}

/// One figure of a results file that the engine computes differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// Where in the results file.
    pub path: JsonPath,
    /// What the file says (`None`: the field is absent).
    pub file: Option<String>,
    /// What the engine computes (`None`: the engine has no such field).
    pub engine: Option<String>,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.file, &self.engine) {
            (Some(a), Some(b)) => write!(
                f,
                "{}: the file says {a}, the engine computes {b}",
                self.path
            ),
            (None, Some(b)) => write!(
                f,
                "{}: missing from the file (the engine computes {b})",
                self.path
            ),
            (Some(a), None) => write!(
                f,
                "{}: the file has {a}, which the engine does not produce",
                self.path
            ),
            (None, None) => write!(f, "{}: differs", self.path),
        }
    }
}

/// The outcome of verifying a results file.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    /// The embedded workspace, as read.
    pub workspace: Workspace,
    /// What the file claims to be.
    pub query: Query,
    /// The engine version that wrote the file.
    pub file_engine: String,
    /// Whether `input_sha256` matches the embedded workspace.
    pub digest_matches: bool,
    /// Every figure that differs (empty when verified).
    pub mismatches: Vec<Mismatch>,
    /// The recomputed results.
    pub results: ResultSet,
}

impl Verification {
    /// Every figure matches and the digest is the workspace's.
    pub fn verified(&self) -> bool {
        self.digest_matches && self.mismatches.is_empty()
    }
}

fn short(v: &Value) -> String {
    let t = v.to_compact();
    if t.chars().count() > 80 {
        let cut: String = t.chars().take(77).collect();
        format!("{cut}…")
    } else {
        t
    }
}

fn diff(path: &JsonPath, file: &Value, engine: &Value, out: &mut Vec<Mismatch>) {
    match (file, engine) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, bv) in b {
                match a.iter().find(|(ak, _)| ak == k) {
                    Some((_, av)) => diff(&path.key(k), av, bv, out),
                    None => out.push(Mismatch {
                        path: path.key(k),
                        file: None,
                        engine: Some(short(bv)),
                    }),
                }
            }
            for (k, av) in a {
                if !b.iter().any(|(bk, _)| bk == k) {
                    out.push(Mismatch {
                        path: path.key(k),
                        file: Some(short(av)),
                        engine: None,
                    });
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (av, bv)) in a.iter().zip(b).enumerate() {
                diff(&path.index(i), av, bv, out);
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(Mismatch {
            path: path.clone(),
            file: Some(short(a)),
            engine: Some(short(b)),
        }),
    }
}

/// Why a results file's query cannot be scored, as an error at the file's path.
fn score_error_at(root: &JsonPath, ws: &Workspace, e: ScoreError) -> Errors {
    let (path, kind) = match e {
        ScoreError::UnknownPeriod(p) => (
            root.key("period"),
            ErrorKind::UnknownReference {
                kind: crate::error::RefKind::Period,
                id: p,
            },
        ),
        ScoreError::UnknownScenario(s) => (
            root.key("scenario"),
            ErrorKind::UnknownReference {
                kind: crate::error::RefKind::Scenario,
                id: s,
            },
        ),
        ScoreError::Overflow(t) => (root.clone(), ErrorKind::DecimalTooLarge(t)),
        // The one division by zero scoring can meet is a survey scale whose ends are
        // equal, which the workspace's validation refuses with this same error.
        ScoreError::DivisionByZero(_) => {
            let (lo, hi) = ws.plan.survey.scale;
            (
                root.key("workspace")
                    .key("plan")
                    .key("survey")
                    .key("scale")
                    .index(1),
                ErrorKind::OutOfRange {
                    found: hi,
                    min: Some(lo),
                    max: None,
                    min_inclusive: false,
                },
            )
        }
    };
    Errors::one(path, kind)
}

/// Reads a results file, recomputes it from its embedded workspace, and compares every
/// figure. `Err` when the file is not a readable results file (bad JSON, wrong format, an
/// invalid embedded workspace, a period or scenario the workspace lacks).
pub fn verify_results(text: &str) -> Result<Verification, Errors> {
    crate::error::check_input_size(text)?;
    let v = json::parse(text).map_err(syntax_error)?;
    let root = JsonPath::root();
    let Value::Object(_) = &v else {
        return Err(Errors::one(
            root,
            ErrorKind::WrongType {
                expected: crate::error::Expected::Object,
                found: v.type_name(),
            },
        ));
    };
    let field = |name: &str| v.get(name);
    match field("format").and_then(Value::as_str) {
        Some(RESULTS_FORMAT) => {}
        other => {
            return Err(Errors::one(
                root.key("format"),
                ErrorKind::WrongFormat {
                    expected: RESULTS_FORMAT,
                    found: other.unwrap_or("").to_string(),
                },
            ))
        }
    }
    let ws_value = field("workspace")
        .ok_or_else(|| Errors::one(root.clone(), ErrorKind::MissingField("workspace".into())))?;
    let ws = workspace_from_value_at(ws_value, &root.key("workspace"))?;
    let period = match field("period").and_then(Value::as_str) {
        Some(p) => PeriodChoice::from_word(p),
        None => {
            return Err(Errors::one(
                root.key("period"),
                ErrorKind::WrongType {
                    expected: crate::error::Expected::String,
                    found: field("period").map(Value::type_name).unwrap_or("nothing"),
                },
            ))
        }
    };
    let scenario = match field("scenario") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            return Err(Errors::one(
                root.key("scenario"),
                ErrorKind::WrongType {
                    expected: crate::error::Expected::String,
                    found: other.type_name(),
                },
            ))
        }
    };
    let query = Query { period, scenario };
    let results = score(&ws, &query).map_err(|e| score_error_at(&root, &ws, e))?;
    let mut expected = results_value(&ws, &results);
    // The embedded workspace is the input, checked by the digest; the engine version is
    // reported, not compared.
    let strip = |val: &mut Value| {
        if let Value::Object(f) = val {
            f.retain(|(k, _)| k != "workspace" && k != "engine" && k != "input_sha256");
        }
    };
    let mut file = v.clone();
    strip(&mut file);
    strip(&mut expected);
    let mut mismatches = Vec::new();
    diff(&root, &file, &expected, &mut mismatches);
    let digest = input_sha256(&ws);
    let digest_matches = field("input_sha256").and_then(Value::as_str) == Some(digest.as_str());
    if !digest_matches {
        mismatches.insert(
            0,
            Mismatch {
                path: root.key("input_sha256"),
                file: field("input_sha256").map(short),
                engine: Some(format!("\"{digest}\"")),
            },
        );
    }
    Ok(Verification {
        workspace: ws,
        query,
        file_engine: field("engine")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        digest_matches,
        mismatches,
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EXAMPLE_WORKSPACE;

    fn example() -> (Workspace, String) {
        let ws = crate::testing::example();
        let text = score_to_json(&ws, &Query::period("2026Q1")).unwrap();
        (ws, text)
    }

    #[test]
    fn results_carry_the_query_and_exact_figures_as_strings() {
        let (_, text) = example();
        let v = crate::json::parse(&text).unwrap();
        assert_eq!(
            v.get("format").and_then(Value::as_str),
            Some("scorecard-results")
        );
        assert_eq!(v.get("period").and_then(Value::as_str), Some("2026Q1"));
        assert_eq!(v.get("scenario"), Some(&Value::Null));
        let Some(Value::Array(units)) = v.get("units") else { panic!("no units") };
        let zd1 = &units[0];
        assert_eq!(zd1.get("score"), Some(&Value::str("90.46")));
        assert_eq!(zd1.get("rank"), Some(&Value::Number("1".into())));
        // The digest is the canonical workspace's.
        let ws = crate::testing::example();
        assert_eq!(
            v.get("input_sha256").and_then(Value::as_str),
            Some(crate::input_sha256(&ws).as_str())
        );
    }

    #[test]
    fn the_streamed_file_is_the_tree_written_out() {
        let ws = crate::parse_workspace(crate::DEMO_WORKSPACE).unwrap();
        for q in [Query::period("2026Q2"), Query::annual()] {
            let rs = score(&ws, &q).unwrap();
            let mut tree = results_value(&ws, &rs).to_pretty();
            tree.push('\n');
            assert_eq!(results_json(&ws, &rs), tree);
        }
        let mut export = workspace_value(&ws).to_pretty();
        export.push('\n');
        assert_eq!(crate::workspace_json(&ws), export);
    }

    #[test]
    fn an_unknown_period_is_not_scored() {
        let ws = crate::testing::example();
        assert_eq!(
            score_to_json(&ws, &Query::period("2027Q1")),
            Err(ScoreError::UnknownPeriod("2027Q1".into()))
        );
    }

    #[test]
    fn verification_passes_untouched_and_names_a_changed_figure() {
        let (_, text) = example();
        let ok = verify_results(&text).unwrap();
        assert!(ok.verified(), "{:?}", ok.mismatches);
        assert!(ok.digest_matches);

        let changed = text.replacen("\"90.46\"", "\"90.47\"", 1);
        assert_ne!(changed, text);
        let bad = verify_results(&changed).unwrap();
        assert!(!bad.verified());
        assert!(bad.digest_matches, "the workspace is untouched");
        let paths: Vec<String> = bad.mismatches.iter().map(|m| m.path.to_string()).collect();
        assert_eq!(paths, ["units[0].score"]);
        assert_eq!(bad.mismatches[0].file.as_deref(), Some("\"90.47\""));
        assert_eq!(bad.mismatches[0].engine.as_deref(), Some("\"90.46\""));
    }

    #[test]
    fn verification_refuses_a_file_that_is_not_results() {
        let errs = verify_results(EXAMPLE_WORKSPACE).unwrap_err();
        assert!(
            errs.0.iter().any(|e| e.path.to_string() == "format"),
            "{errs}"
        );
    }
}
