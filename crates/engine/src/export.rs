//! Writing a workspace back to JSON, and its canonical form and digest.
//!
//! The export writes every field, defaults included, in the order of `file-format.md`,
//! decimals as strings exactly as held (`"0.50"` stays `"0.50"`), so export → import →
//! export is byte-identical.
//!
//! **Canonical form** (what `input_sha256` is the SHA-256 of, as lowercase hex): the export's
//! JSON tree with every decimal written in its shortest exact form (`"0.50"` → `"0.5"`,
//! `"-0"` → `"0"`), every object's keys sorted by their UTF-8 bytes, arrays in their order,
//! no white space, UTF-8. Two workspaces that differ only in key order, in how a decimal is
//! written, or in spelling out a default have the same digest.

use crate::json::{list, obj, Value, Writer};
use crate::model::*;
use crate::parse::EXPERT_NAME_KEY;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// How decimals are written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// As held.
    Export,
    /// Shortest exact form.
    Canonical,
}

#[derive(Clone, Copy)]
struct W {
    style: Style,
}

impl W {
    const EXPORT: W = W {
        style: Style::Export,
    };
    const CANONICAL: W = W {
        style: Style::Canonical,
    };

    fn dec(&self, d: Decimal) -> Value {
        match self.style {
            Style::Export => Value::String(d.to_string()),
            Style::Canonical => Value::String(d.normalize().to_string()),
        }
    }
    fn opt_dec(&self, d: Option<Decimal>) -> Value {
        d.map(|d| self.dec(d)).unwrap_or(Value::Null)
    }
    fn pair(&self, p: (Decimal, Decimal)) -> Value {
        Value::Array(vec![self.dec(p.0), self.dec(p.1)])
    }
    fn dec_map(&self, m: &BTreeMap<String, Decimal>, order: &[&str]) -> Value {
        Value::Object(
            ordered(m.keys().map(String::as_str), order)
                .into_iter()
                .filter_map(|k| Some((k.to_string(), self.dec(*m.get(k)?))))
                .collect(),
        )
    }
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn int(n: u32) -> Value {
    Value::Number(n.to_string())
}

/// Keys in the order of `order` first (those present), then the rest as they come.
fn ordered<'a>(keys: impl Iterator<Item = &'a str>, order: &[&'a str]) -> Vec<&'a str> {
    let keys: Vec<&str> = keys.collect();
    let mut out: Vec<&str> = order.iter().copied().filter(|k| keys.contains(k)).collect();
    out.extend(keys.into_iter().filter(|k| !order.contains(k)));
    out
}

/// The workspace as a JSON tree, in file order, every default written out.
pub fn workspace_value(ws: &Workspace) -> Value {
    write_workspace(ws, W::EXPORT)
}

/// The workspace as pretty JSON text (2-space indent, final newline): what "export" saves.
pub fn workspace_json(ws: &Workspace) -> String {
    let mut out = Writer::pretty();
    stream_workspace(&mut out, ws);
    out.raw("\n");
    out.finish()
}

/// Writes the workspace (export form) into a streaming writer, one record at a time.
pub fn stream_workspace(out: &mut Writer, ws: &Workspace) {
    out.begin('{');
    for (key, part) in workspace_parts(ws, W::EXPORT) {
        out.key(key);
        match part {
            Part::Whole(v) => out.value(&v),
            Part::Items(items) => {
                out.begin('[');
                items.for_each(|v| out.value(&v));
                out.end(']');
            }
        }
    }
    out.end('}');
}

/// The canonical form (see the module docs).
pub fn canonical_json(ws: &Workspace) -> String {
    let mut text = String::new();
    canonical_chunks(ws, |chunk| text.push_str(chunk));
    text
}

/// SHA-256 of the canonical form, lowercase hex. The form is hashed as it is written, a
/// few records at a time, so a large workspace is never held as one string.
pub fn input_sha256(ws: &Workspace) -> String {
    let mut hasher = Sha256::new();
    canonical_chunks(ws, |chunk| hasher.update(chunk.as_bytes()));
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes the canonical form and hands it to `sink` in chunks.
fn canonical_chunks(ws: &Workspace, mut sink: impl FnMut(&str)) {
    let mut out = Writer::to_sink(false, &mut sink);
    let mut parts = workspace_parts(ws, W::CANONICAL);
    parts.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    out.begin('{');
    for (key, part) in parts {
        out.key(key);
        match part {
            Part::Whole(v) => out.value(&sort_keys(v)),
            Part::Items(items) => {
                out.begin('[');
                items.for_each(|v| out.value(&sort_keys(v)));
                out.end(']');
            }
        }
    }
    out.end('}');
    out.finish();
}

fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(mut fields) => {
            fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            Value::Object(fields.into_iter().map(|(k, v)| (k, sort_keys(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// One top-level field of a written workspace: a small value, or a list whose items are
/// made one at a time as they are written.
enum Part<'a> {
    Whole(Value),
    Items(Box<dyn Iterator<Item = Value> + 'a>),
}

fn write_workspace(ws: &Workspace, w: W) -> Value {
    obj(workspace_parts(ws, w)
        .into_iter()
        .map(|(k, part)| {
            let v = match part {
                Part::Whole(v) => v,
                Part::Items(items) => Value::Array(items.collect()),
            };
            (k, v)
        })
        .collect())
}

/// The workspace's top-level fields in file order, every default written out.
fn workspace_parts(ws: &Workspace, w: W) -> Vec<(&'static str, Part<'_>)> {
    let plan = &ws.plan;
    let dim_order: Vec<&str> = plan.dimensions.iter().map(|d| d.id.as_str()).collect();
    let ind_order: Vec<&str> = plan
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(|i| i.id.as_str()))
        .collect();
    let group_order = plan.survey.rating_groups();
    let crit_order = plan.panel.criterion_ids();
    let profile_order: Vec<&str> = plan.profiles.iter().map(|p| p.id.as_str()).collect();
    let plan_value = write_plan(plan, &w, &dim_order);
    let scenarios = list(&ws.scenarios, |sc| {
        write_scenario(sc, &w, &dim_order, &profile_order)
    });
    let mut fields = vec![
        ("format", Part::Whole(s(crate::parse::WORKSPACE_FORMAT))),
        ("version", Part::Whole(int(1))),
        ("plan", Part::Whole(plan_value)),
        (
            "units",
            Part::Items(Box::new(ws.units.iter().map(write_unit))),
        ),
        (
            "records",
            Part::Items(Box::new(ws.records.iter().map(move |r| {
                write_record(r, &w, &ind_order, &group_order, &crit_order)
            }))),
        ),
        (
            "history",
            Part::Whole(list(&ws.history, |h| write_history(h, &w))),
        ),
        ("scenarios", Part::Whole(scenarios)),
        (
            "people",
            Part::Items(Box::new(ws.people.iter().map(move |p| write_person(p, &w)))),
        ),
        (
            "linkage",
            Part::Whole(obj(vec![
                ("lambda", w.dec(ws.linkage.lambda)),
                ("min_months", int(ws.linkage.min_months)),
            ])),
        ),
    ];
    if !ws.appeals.is_empty() {
        fields.push(("appeals", Part::Whole(list(&ws.appeals, write_appeal))));
    }
    fields
}

fn write_unit(u: &Unit) -> Value {
    obj(vec![
        ("id", s(&u.id)),
        ("name", s(&u.name)),
        ("level", s(u.level.as_str())),
        ("profile", s(&u.profile)),
    ])
}

fn write_history(h: &HistoryEntry, w: &W) -> Value {
    obj(vec![
        ("period", s(&h.period)),
        ("scores", w.dec_map(&h.scores, &[])),
    ])
}

fn write_scenario(sc: &Scenario, w: &W, dim_order: &[&str], profile_order: &[&str]) -> Value {
    let weights = Value::Object(
        ordered(sc.weights.keys().map(String::as_str), profile_order)
            .into_iter()
            .filter_map(|p| Some((p.to_string(), w.dec_map(sc.weights.get(p)?, dim_order))))
            .collect(),
    );
    obj(vec![
        ("id", s(&sc.id)),
        ("name", s(&sc.name)),
        ("weights", weights),
        ("grading", write_grading_override(&sc.grading, w)),
    ])
}

fn write_person(p: &Person, w: &W) -> Value {
    let mut f = vec![
        ("id", s(&p.id)),
        ("name", s(&p.name)),
        ("unit", s(&p.unit)),
        ("post", s(p.post.as_str())),
        ("status", s(p.status.as_str())),
    ];
    if let Some(h) = &p.host_unit {
        f.push(("host_unit", s(h)));
    }
    f.push(("months_in_post", int(p.months_in_post)));
    f.push(("personal", w.opt_dec(p.personal)));
    obj(f)
}

fn write_appeal(a: &Appeal) -> Value {
    obj(vec![
        ("id", s(&a.id)),
        ("unit", s(&a.unit)),
        ("period", s(&a.period)),
        ("input", s(&a.input)),
        ("original", a.original.clone()),
        ("requested", a.requested.clone()),
        ("reason", s(&a.reason)),
        ("status", s(a.status.as_str())),
    ])
}

fn write_method(m: &Method, w: &W) -> Value {
    let kind = ("kind", s(m.kind()));
    match m {
        Method::Linear { worst, best } => {
            obj(vec![kind, ("worst", w.dec(*worst)), ("best", w.dec(*best))])
        }
        Method::Bands(bands) => obj(vec![
            kind,
            (
                "bands",
                list(bands, |b| {
                    obj(vec![("min", w.dec(b.min)), ("score", w.dec(b.score))])
                }),
            ),
        ]),
        Method::MinMax(b) | Method::ZScore(b) => obj(vec![kind, ("better", s(b.as_str()))]),
        Method::Direct | Method::Survey | Method::Panel => obj(vec![kind]),
    }
}

fn write_grading_override(g: &GradingOverride, w: &W) -> Value {
    let mut f = Vec::new();
    let mut d = |name: &'static str, v: Option<Decimal>| {
        if let Some(v) = v {
            f.push((name, w.dec(v)));
        }
    };
    d("excellent_share", g.excellent_share);
    let mut f2 = f;
    if let Some(r) = g.quota_rounding {
        f2.push(("quota_rounding", s(r.as_str())));
    }
    if let Some(b) = g.quota_min_one {
        f2.push(("quota_min_one", Value::Bool(b)));
    }
    for (name, v) in [
        ("excellent_min", g.excellent_min),
        ("good_min", g.good_min),
        ("pass_line", g.pass_line),
        ("severe_line", g.severe_line),
        ("honour_min", g.honour_min),
    ] {
        if let Some(v) = v {
            f2.push((name, w.dec(v)));
        }
    }
    obj(f2)
}

fn write_plan(plan: &Plan, w: &W, dim_order: &[&str]) -> Value {
    obj(vec![
        ("name", s(&plan.name)),
        ("baseline", w.dec(plan.baseline)),
        (
            "dimensions",
            list(&plan.dimensions, |d| write_dimension(d, w)),
        ),
        (
            "profiles",
            list(&plan.profiles, |p| {
                obj(vec![
                    ("id", s(&p.id)),
                    ("name", s(&p.name)),
                    ("weights", w.dec_map(&p.weights, dim_order)),
                ])
            }),
        ),
        ("survey", write_survey(&plan.survey, w)),
        ("panel", write_panel(&plan.panel, w)),
        ("deductions", write_deductions(&plan.deductions, w)),
        (
            "coefficients",
            obj(vec![
                ("coordination", w.pair(plan.coefficients.coordination)),
                ("risk", w.pair(plan.coefficients.risk)),
            ]),
        ),
        (
            "bonus",
            obj(vec![
                ("per_item", w.dec(plan.bonus.per_item)),
                ("cap", w.opt_dec(plan.bonus.cap)),
            ]),
        ),
        ("grading", write_grading(&plan.grading, w)),
        ("warnings", write_warnings(&plan.warnings, w)),
        ("audit_tolerance", w.dec(plan.audit_tolerance)),
        ("missing", s(plan.missing.as_str())),
        ("cohort", s(plan.cohort.as_str())),
        ("max_score", w.opt_dec(plan.max_score)),
        ("core_largest", Value::Bool(plan.core_largest)),
        (
            "periods",
            list(&plan.periods, |p| {
                obj(vec![
                    ("id", s(&p.id)),
                    ("name", s(&p.name)),
                    ("weight", w.dec(p.weight)),
                ])
            }),
        ),
    ])
}

fn write_dimension(d: &Dimension, w: &W) -> Value {
    obj(vec![
        ("id", s(&d.id)),
        ("name", s(&d.name)),
        ("band", w.pair(d.band)),
        (
            "indicators",
            list(&d.indicators, |i| {
                obj(vec![
                    ("id", s(&i.id)),
                    ("name", s(&i.name)),
                    ("weight", w.dec(i.weight)),
                    ("method", write_method(&i.method, w)),
                ])
            }),
        ),
    ])
}

fn write_survey(survey: &Survey, w: &W) -> Value {
    obj(vec![
        ("scale", w.pair(survey.scale)),
        (
            "groups",
            Value::Object(
                survey
                    .groups
                    .iter()
                    .map(|(k, v)| (k.clone(), w.dec(*v)))
                    .collect(),
            ),
        ),
    ])
}

fn write_panel(panel: &Panel, w: &W) -> Value {
    obj(vec![
        (
            "criteria",
            Value::Object(
                panel
                    .criteria
                    .iter()
                    .map(|(k, v)| (k.clone(), w.dec(*v)))
                    .collect(),
            ),
        ),
        ("trim", int(panel.trim)),
        ("trim_min", int(panel.trim_min)),
    ])
}

fn write_deductions(deductions: &Deductions, w: &W) -> Value {
    obj(vec![
        (
            "levels",
            Value::Array(
                deductions
                    .levels
                    .iter()
                    .map(|l| {
                        obj(vec![
                            ("id", s(&l.id)),
                            ("name", s(&l.name)),
                            ("pct", w.dec(l.pct)),
                            ("special_review", Value::Bool(l.special_review)),
                            ("veto", Value::Bool(l.veto)),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("cap", w.opt_dec(deductions.cap)),
    ])
}

fn write_grading(g: &Grading, w: &W) -> Value {
    obj(vec![
        ("excellent_share", w.dec(g.excellent_share)),
        ("quota_rounding", s(g.quota_rounding.as_str())),
        ("quota_min_one", Value::Bool(g.quota_min_one)),
        ("excellent_min", w.dec(g.excellent_min)),
        ("good_min", w.dec(g.good_min)),
        ("pass_line", w.dec(g.pass_line)),
        ("severe_line", w.dec(g.severe_line)),
        ("honour_min", w.dec(g.honour_min)),
    ])
}

fn write_warnings(warnings: &Warnings, w: &W) -> Value {
    obj(vec![
        ("lag", list(&warnings.lag, |d| w.dec(*d))),
        ("drop", list(&warnings.drop, |d| w.dec(*d))),
    ])
}

fn write_record(
    r: &Record,
    w: &W,
    ind_order: &[&str],
    group_order: &[&str],
    crit_order: &[&str],
) -> Value {
    let mut f = vec![("unit", s(&r.unit)), ("period", s(&r.period))];
    if !r.values.is_empty() {
        let values = ordered(r.values.keys().map(String::as_str), ind_order)
            .into_iter()
            .filter_map(|k| {
                let v = match r.values.get(k)? {
                    InputValue::Plain(d) => w.dec(*d),
                    InputValue::Audited { reported, audited } => obj(vec![
                        ("reported", w.dec(*reported)),
                        ("audited", w.dec(*audited)),
                    ]),
                };
                Some((k.to_string(), v))
            })
            .collect();
        f.push(("values", Value::Object(values)));
    }
    if !r.planned.is_empty() {
        f.push(("planned", w.dec_map(&r.planned, ind_order)));
    }
    if !r.ratings.is_empty() {
        let ratings = ordered(r.ratings.keys().map(String::as_str), ind_order)
            .into_iter()
            .filter_map(|k| {
                let groups = r.ratings.get(k)?;
                let g = ordered(groups.keys().map(String::as_str), group_order)
                    .into_iter()
                    .filter_map(|g| Some((g.to_string(), list(groups.get(g)?, |d| w.dec(*d)))))
                    .collect();
                Some((k.to_string(), Value::Object(g)))
            })
            .collect();
        f.push(("ratings", Value::Object(ratings)));
    }
    if !r.panel.is_empty() {
        let panel = ordered(r.panel.keys().map(String::as_str), ind_order)
            .into_iter()
            .filter_map(|k| {
                let experts = r.panel.get(k)?;
                let names = r.expert_names.get(k);
                let items = experts.iter().enumerate().map(|(i, e)| {
                    let scores = w.dec_map(e, crit_order);
                    match (names.and_then(|n| n.get(i)), scores) {
                        // The name first, where a reader looks for whose scores these are.
                        (Some(name), Value::Object(mut f)) if !name.is_empty() => {
                            f.insert(0, (EXPERT_NAME_KEY.to_string(), s(name)));
                            Value::Object(f)
                        }
                        (_, scores) => scores,
                    }
                });
                Some((k.to_string(), Value::Array(items.collect())))
            })
            .collect();
        f.push(("panel", Value::Object(panel)));
    }
    if !r.events.is_empty() {
        f.push((
            "events",
            list(&r.events, |e| {
                obj(vec![("level", s(&e.level)), ("note", s(&e.note))])
            }),
        ));
    }
    if r.coordination.is_some() || r.risk.is_some() {
        let mut c = Vec::new();
        if let Some(x) = r.coordination {
            c.push(("coordination", w.dec(x)));
        }
        if let Some(x) = r.risk {
            c.push(("risk", w.dec(x)));
        }
        f.push(("coefficients", obj(c)));
    }
    if r.closed_items > 0 {
        f.push(("closed_items", int(r.closed_items)));
    }
    obj(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_workspace;
    use crate::testing::example;

    #[test]
    fn export_reads_back_as_the_same_workspace() {
        let ws = example();
        let text = workspace_json(&ws);
        assert_eq!(parse_workspace(&text).unwrap(), ws);
        assert_eq!(workspace_json(&parse_workspace(&text).unwrap()), text);
    }

    #[test]
    fn expert_names_are_read_written_back_and_not_scored() {
        let plain = example();
        let text = workspace_json(&plain);
        // The last expert of the file (records come after the plan's criteria).
        let at = text.rfind("\"feasibility\"").unwrap();
        let named = format!("{}\"expert\": \"张三\", {}", &text[..at], &text[at..]);
        assert_ne!(named, text, "the example has an expert");
        let ws = parse_workspace(&named).unwrap();
        let rec = ws.records.iter().find(|r| !r.panel.is_empty()).unwrap();
        let (ind, experts) = rec.panel.iter().next().unwrap();
        assert_eq!(rec.expert_names.get(ind), Some(&vec!["张三".to_string()]));
        assert_eq!(
            experts,
            plain
                .records
                .iter()
                .find(|r| !r.panel.is_empty())
                .unwrap()
                .panel
                .get(ind)
                .unwrap()
        );
        // Written back first in the expert's object, read back the same.
        let out = workspace_json(&ws);
        assert!(out.contains("\"expert\": \"张三\","), "{out}");
        assert_eq!(parse_workspace(&out).unwrap(), ws);
        // Input data: the digest follows it; the figures do not.
        assert_ne!(input_sha256(&ws), input_sha256(&plain));
        let q = crate::score::Query::period(&ws.plan.periods[0].id);
        let (a, b) = (
            crate::score::score(&ws, &q),
            crate::score::score(&plain, &q),
        );
        assert_eq!(a.unwrap().units, b.unwrap().units);
        // An expert without a name keeps none; a name that is no text is refused at its path.
        let nameless = named.replacen("\"张三\"", "\"\"", 1);
        assert!(parse_workspace(&nameless)
            .unwrap()
            .records
            .iter()
            .all(|r| r.expert_names.is_empty()));
        let bad = named.replacen("\"张三\"", "7", 1);
        let e = parse_workspace(&bad).unwrap_err();
        assert!(e.0[0].path.to_string().ends_with("].expert"), "{e:?}");
    }

    #[test]
    fn the_streamed_canonical_form_is_the_sorted_tree() {
        for text in [crate::DEMO_WORKSPACE, crate::EXAMPLE_WORKSPACE] {
            let ws = crate::parse_workspace(text).unwrap();
            let tree = sort_keys(write_workspace(&ws, W::CANONICAL)).to_compact();
            assert_eq!(canonical_json(&ws), tree);
            let digest = Sha256::digest(tree.as_bytes());
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(input_sha256(&ws), hex);
        }
    }

    #[test]
    fn canonical_form_sorts_keys_and_shortens_decimals() {
        let mut ws = example();
        ws.plan.baseline = "100.00".parse().unwrap();
        let canonical = canonical_json(&ws);
        // Compact, keys sorted: "format" comes before "plan" before "version".
        assert!(!canonical.contains('\n'));
        let at = |k: &str| canonical.find(&format!("\"{k}\":")).unwrap();
        assert!(at("format") < at("plan") && at("plan") < at("version"));
        assert!(canonical.contains("\"baseline\":\"100\""), "{canonical}");
        // As held, the export keeps the places.
        assert!(workspace_json(&ws).contains("\"100.00\""));
    }

    #[test]
    fn the_digest_ignores_spelling_and_follows_content() {
        let ws = example();
        let digest = input_sha256(&ws);
        assert_eq!(digest.len(), 64);
        assert!(digest
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        let mut same = ws.clone();
        same.plan.baseline = "100.000".parse().unwrap(); // 100 spelt differently
        assert_eq!(same.plan.baseline.normalize(), ws.plan.baseline.normalize());
        assert_eq!(input_sha256(&same), digest);
        let mut other = ws.clone();
        other.plan.name.push('!');
        assert_ne!(input_sha256(&other), digest);
        // SHA-256 of the canonical text, as `sha256sum` would print it.
        let want: String = Sha256::digest(canonical_json(&ws).as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(digest, want);
    }
}
