//! Reading and validating a workspace file (`file-format.md`) into the [`Workspace`] model.
//!
//! One pass reads everything it can and reports every problem with its JSON path; a
//! workspace is returned only when there is none. Unknown fields are errors everywhere
//! (the format marks no object *open*), so typos are caught.

mod reader;

pub use reader::{MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS};

use crate::defaults;
use crate::error::{ErrorKind, Errors, InputKind, RefKind};
use crate::json::{self, Value};
use crate::model::*;
use crate::path::JsonPath;
use reader::{Obj, Reader};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// The `format` word of a workspace file.
pub const WORKSPACE_FORMAT: &str = "scorecard-workspace";

const MAX_DIMENSIONS: usize = 32;
const MAX_INDICATORS: usize = 200;
const MAX_LIST: usize = 100_000;
const MAX_RECORDS: usize = 1_000_000;
const MAX_SMALL_LIST: usize = 1_000;
const MAX_RATINGS: usize = 100_000;
const MAX_COUNT: u32 = 1_000_000;

/// Parses and validates workspace text.
pub fn parse_workspace(text: &str) -> Result<Workspace, Errors> {
    let value = json::parse(text).map_err(syntax_error)?;
    workspace_from_value(&value)
}

/// Turns a syntax error into the engine's error type.
pub fn syntax_error(e: json::SyntaxError) -> Errors {
    Errors::one(
        e.path,
        ErrorKind::Syntax {
            line: e.line,
            column: e.column,
            detail: e.kind,
        },
    )
}

/// Validates an already parsed JSON value as a workspace.
pub fn workspace_from_value(value: &Value) -> Result<Workspace, Errors> {
    workspace_from_value_at(value, &JsonPath::root())
}

/// Validates a workspace found at `path` inside a larger document (a results file's
/// `workspace`), so errors name their full path.
pub fn workspace_from_value_at(value: &Value, path: &JsonPath) -> Result<Workspace, Errors> {
    let mut r = Reader::default();
    let ws = read_workspace(&mut r, value, path);
    match ws {
        Some(ws) if r.errors.is_empty() => Ok(ws),
        _ => {
            if r.errors.is_empty() {
                // Unreachable by construction (every `None` reports); kept as a guard.
                r.err(path.clone(), ErrorKind::UnknownField);
            }
            Err(Errors(r.errors))
        }
    }
}

/// What the rest of the file refers to, gathered from the plan and units.
///
/// Ids are registered as they are read, so one broken entry does not make every reference
/// to its neighbours an error too; a `have_*` flag is false when the list itself could not
/// be read, and then references into it are not checked at all.
#[derive(Default)]
struct Known {
    /// Indicator id → its method (`None` when the method itself was broken).
    indicators: BTreeMap<String, Option<Method>>,
    have_indicators: bool,
    dimensions: Vec<String>,
    have_dimensions: bool,
    periods: BTreeSet<String>,
    have_periods: bool,
    profiles: BTreeSet<String>,
    have_profiles: bool,
    units: BTreeSet<String>,
    have_units: bool,
    groups: Option<BTreeSet<String>>,
    criteria: Option<Vec<String>>,
    levels: Option<BTreeSet<String>>,
    scale: Option<(Decimal, Decimal)>,
    coefficients: Option<CoefficientRanges>,
    grading: Option<Grading>,
}

fn read_workspace(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Workspace> {
    let o = r.object(
        v,
        path,
        &[
            "format",
            "version",
            "plan",
            "units",
            "records",
            "history",
            "scenarios",
            "people",
            "linkage",
            "appeals",
        ],
    )?;
    let mut ok = true;
    if let Some((f, p)) = r.req(&o, "format") {
        match f.as_str() {
            Some(WORKSPACE_FORMAT) => {}
            Some(other) => {
                r.err(
                    p,
                    ErrorKind::WrongFormat {
                        expected: WORKSPACE_FORMAT,
                        found: other.to_string(),
                    },
                );
                ok = false;
            }
            None => {
                r.text(f, &p, usize::MAX);
                ok = false;
            }
        }
    } else {
        ok = false;
    }
    if let Some((ver, p)) = r.req(&o, "version") {
        let text = match ver {
            Value::Number(t) | Value::String(t) => t.clone(),
            other => other.type_name().to_string(),
        };
        if crate::number::parse_decimal(&text).ok() != Some(Decimal::ONE) {
            r.err(p, ErrorKind::UnsupportedVersion(text));
            ok = false;
        }
    } else {
        ok = false;
    }
    let mut known = Known::default();
    let plan = r
        .req(&o, "plan")
        .and_then(|(pv, pp)| read_plan(r, pv, &pp, &mut known));
    let units = r
        .req(&o, "units")
        .and_then(|(uv, up)| read_units(r, uv, &up, &mut known));
    let records = r
        .req(&o, "records")
        .and_then(|(rv, rp)| read_records(r, rv, &rp, &known));
    let history = match o.get_some("history") {
        Some((hv, hp)) => read_history(r, hv, &hp, &known),
        None => Some(Vec::new()),
    };
    let scenarios = match o.get_some("scenarios") {
        Some((sv, sp)) => read_scenarios(r, sv, &sp, &known),
        None => Some(Vec::new()),
    };
    let people = match o.get_some("people") {
        Some((pv, pp)) => read_people(r, pv, &pp, &known),
        None => Some(Vec::new()),
    };
    let linkage = match o.get_some("linkage") {
        Some((lv, lp)) => read_linkage(r, lv, &lp),
        None => Some(defaults::linkage()),
    };
    let appeals = match o.get_some("appeals") {
        Some((av, ap)) => read_appeals(r, av, &ap, &known),
        None => Some(Vec::new()),
    };
    if !ok {
        return None;
    }
    Some(Workspace {
        plan: plan?,
        units: units?,
        records: records?,
        history: history?,
        scenarios: scenarios?,
        people: people?,
        linkage: linkage?,
        appeals: appeals?,
    })
}

/// Reads an optional field with a default; `None` only on error.
fn opt<T>(
    r: &mut Reader,
    o: &Obj<'_>,
    name: &str,
    default: impl FnOnce() -> T,
    read: impl FnOnce(&mut Reader, &Value, &JsonPath) -> Option<T>,
) -> Option<T> {
    match o.get(name) {
        Some((v, p)) => read(r, v, &p),
        None => Some(default()),
    }
}

const PLAN_FIELDS: &[&str] = &[
    "name",
    "baseline",
    "dimensions",
    "profiles",
    "survey",
    "panel",
    "deductions",
    "coefficients",
    "bonus",
    "grading",
    "warnings",
    "audit_tolerance",
    "missing",
    "cohort",
    "max_score",
    "core_largest",
    "periods",
];

fn read_plan(r: &mut Reader, v: &Value, path: &JsonPath, known: &mut Known) -> Option<Plan> {
    let o = r.object(v, path, PLAN_FIELDS)?;
    let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
    let baseline = opt(r, &o, "baseline", defaults::baseline, |r, v, p| {
        r.decimal_in(
            v,
            p,
            Some(Decimal::ZERO),
            Some(Decimal::from(1_000_000)),
            false,
        )
    });
    let dimensions = r
        .req(&o, "dimensions")
        .and_then(|(v, p)| read_dimensions(r, v, &p, known));
    let profiles = r
        .req(&o, "profiles")
        .and_then(|(v, p)| read_profiles(r, v, &p, known));
    let survey = opt(r, &o, "survey", defaults::survey, read_survey);
    if let Some(s) = &survey {
        known.groups = Some(s.groups.iter().map(|(g, _)| g.clone()).collect());
        known.scale = Some(s.scale);
    }
    let panel = opt(r, &o, "panel", defaults::panel, read_panel);
    if let Some(pn) = &panel {
        known.criteria = Some(pn.criteria.iter().map(|(c, _)| c.clone()).collect());
    }
    let deductions = opt(r, &o, "deductions", defaults::deductions, read_deductions);
    if let Some(d) = &deductions {
        known.levels = Some(d.levels.iter().map(|l| l.id.clone()).collect());
    }
    let coefficients = opt(
        r,
        &o,
        "coefficients",
        defaults::coefficients,
        read_coefficient_ranges,
    );
    let bonus = opt(r, &o, "bonus", defaults::bonus, read_bonus);
    let grading = opt(r, &o, "grading", defaults::grading, |r, v, p| {
        read_grading(r, v, p, &defaults::grading())
    });
    known.coefficients = coefficients.clone();
    known.grading = grading.clone();
    let warnings = opt(r, &o, "warnings", defaults::warnings, read_warnings);
    let audit_tolerance = opt(
        r,
        &o,
        "audit_tolerance",
        defaults::audit_tolerance,
        |r, v, p| r.decimal_in(v, p, Some(Decimal::ZERO), None, true),
    );
    let missing = opt(r, &o, "missing", || MissingPolicy::Exclude, read_missing);
    let cohort = opt(r, &o, "cohort", || CohortPolicy::All, read_cohort);
    let max_score = opt(r, &o, "max_score", || None, read_max_score);
    let core_largest = opt(r, &o, "core_largest", || true, |r, v, p| r.boolean(v, p));
    let periods = r
        .req(&o, "periods")
        .and_then(|(v, p)| read_periods(r, v, &p, known));
    Some(Plan {
        name: name?,
        baseline: baseline?,
        dimensions: dimensions?,
        profiles: profiles?,
        survey: survey?,
        panel: panel?,
        deductions: deductions?,
        coefficients: coefficients?,
        bonus: bonus?,
        grading: grading?,
        warnings: warnings?,
        audit_tolerance: audit_tolerance?,
        missing: missing?,
        cohort: cohort?,
        max_score: max_score?,
        core_largest: core_largest?,
        periods: periods?,
    })
}

fn read_profiles(
    r: &mut Reader,
    v: &Value,
    p: &JsonPath,
    known: &mut Known,
) -> Option<Vec<Profile>> {
    let items = r.nonempty_array(v, p, MAX_SMALL_LIST)?;
    known.have_profiles = true;
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = p.index(i);
        match read_profile(r, item, &ip, known) {
            Some(pr) => out.push(pr),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_missing(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<MissingPolicy> {
    r.word(v, p, &["exclude", "zero"]).map(|w| match w {
        "zero" => MissingPolicy::Zero,
        _ => MissingPolicy::Exclude,
    })
}

fn read_cohort(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<CohortPolicy> {
    r.word(v, p, &["all", "profile"]).map(|w| match w {
        "profile" => CohortPolicy::Profile,
        _ => CohortPolicy::All,
    })
}

fn read_max_score(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<Option<Decimal>> {
    let d = r.decimal_or_null(v, p)?;
    match d {
        Some(d) => r
            .check_range(d, p, Some(Decimal::ZERO), None, false)
            .map(Some),
        None => Some(None),
    }
}

fn weight(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<Decimal> {
    r.decimal_in(v, p, Some(Decimal::ZERO), Some(Decimal::ONE), true)
}

fn check_sum_one(r: &mut Reader, sum: Decimal, path: &JsonPath) -> bool {
    if sum != Decimal::ONE {
        r.err(path.clone(), ErrorKind::SumNotOne(sum.normalize()));
        return false;
    }
    true
}

fn read_dimensions(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &mut Known,
) -> Option<Vec<Dimension>> {
    let items = r.nonempty_array(v, path, MAX_DIMENSIONS)?;
    known.have_dimensions = true;
    known.have_indicators = true;
    let mut dims = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let p = path.index(i);
        match read_dimension(r, item, &p, known) {
            Some(d) => dims.push(d),
            None => ok = false,
        }
    }
    ok.then_some(dims)
}

fn read_dimension(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &mut Known,
) -> Option<Dimension> {
    let o = r.object(v, path, &["id", "name", "band", "indicators"])?;
    let id = r.req(&o, "id").and_then(|(v, p)| {
        let id = r.id(v, &p)?;
        if known.dimensions.contains(&id) {
            r.err(p, ErrorKind::DuplicateId(id));
            return None;
        }
        known.dimensions.push(id.clone());
        Some(id)
    });
    let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
    let band = match o.get("band") {
        Some((v, p)) => r.range(v, &p, Some(Decimal::ZERO), Some(Decimal::ONE)),
        None => id.as_deref().map(defaults::band_for),
    };
    let indicators = r.req(&o, "indicators").and_then(|(v, p)| {
        let items = r.nonempty_array(v, &p, MAX_INDICATORS)?;
        let mut out = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match read_indicator(r, item, &p.index(i), known) {
                Some(ind) => out.push(ind),
                None => ok = false,
            }
        }
        if ok {
            let sum: Decimal = out.iter().map(|i| i.weight).sum();
            ok = check_sum_one(r, sum, &p);
        }
        ok.then_some(out)
    });
    Some(Dimension {
        id: id?,
        name: name?,
        band: band?,
        indicators: indicators?,
    })
}

fn read_indicator(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &mut Known,
) -> Option<Indicator> {
    let o = r.object(v, path, &["id", "name", "weight", "method"])?;
    let id = r.req(&o, "id").and_then(|(v, p)| {
        let id = r.id(v, &p)?;
        if known.indicators.contains_key(&id) {
            r.err(p, ErrorKind::DuplicateId(id));
            return None;
        }
        Some(id)
    });
    let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
    let w = r.req(&o, "weight").and_then(|(v, p)| weight(r, v, &p));
    let method = r.req(&o, "method").and_then(|(v, p)| read_method(r, v, &p));
    if let Some(id) = &id {
        known.indicators.insert(id.clone(), method.clone());
    }
    Some(Indicator {
        id: id?,
        name: name?,
        weight: w?,
        method: method?,
    })
}

fn better(r: &mut Reader, o: &Obj<'_>) -> Option<Better> {
    match o.get("better") {
        None => Some(Better::Higher),
        Some((v, p)) => r.word(v, &p, &["higher", "lower"]).map(|w| match w {
            "lower" => Better::Lower,
            _ => Better::Higher,
        }),
    }
}

fn read_method(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Method> {
    // Read `kind` first to know which other fields belong.
    let kind_value = match v {
        Value::Object(_) => v.get("kind"),
        _ => {
            r.object(v, path, &[])?;
            return None;
        }
    };
    let Some(kind_value) = kind_value else {
        r.err(path.clone(), ErrorKind::MissingField("kind".into()));
        return None;
    };
    let kind = r.word(
        kind_value,
        &path.key("kind"),
        &[
            "linear", "bands", "minmax", "zscore", "direct", "survey", "panel",
        ],
    )?;
    match kind {
        "linear" => {
            let o = r.object(v, path, &["kind", "worst", "best"])?;
            let worst = r.req(&o, "worst").and_then(|(v, p)| r.decimal(v, &p));
            let best = r.req(&o, "best").and_then(|(v, p)| r.decimal(v, &p));
            let (worst, best) = (worst?, best?);
            if worst == best {
                r.err(path.clone(), ErrorKind::LinearEqualEnds);
                return None;
            }
            Some(Method::Linear { worst, best })
        }
        "bands" => {
            let o = r.object(v, path, &["kind", "bands"])?;
            let (bv, bp) = r.req(&o, "bands")?;
            let items = r.nonempty_array(bv, &bp, MAX_SMALL_LIST)?;
            let mut bands = Vec::new();
            let mut ok = true;
            let mut mins = BTreeSet::new();
            for (i, item) in items.iter().enumerate() {
                let ip = bp.index(i);
                let Some(bo) = r.object(item, &ip, &["min", "score"]) else {
                    ok = false;
                    continue;
                };
                let min = r.req(&bo, "min").and_then(|(v, p)| r.decimal(v, &p));
                let score = r.req(&bo, "score").and_then(|(v, p)| {
                    r.decimal_in(v, &p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true)
                });
                match (min, score) {
                    (Some(min), Some(score)) => {
                        if !mins.insert(min.normalize()) {
                            r.err(ip.key("min"), ErrorKind::DuplicateBandMin(min));
                            ok = false;
                        }
                        bands.push(Band { min, score });
                    }
                    _ => ok = false,
                }
            }
            ok.then_some(Method::Bands(bands))
        }
        "minmax" | "zscore" => {
            let o = r.object(v, path, &["kind", "better"])?;
            let b = better(r, &o)?;
            Some(if kind == "minmax" {
                Method::MinMax(b)
            } else {
                Method::ZScore(b)
            })
        }
        other => {
            r.object(v, path, &["kind"])?;
            Some(match other {
                "direct" => Method::Direct,
                "survey" => Method::Survey,
                _ => Method::Panel,
            })
        }
    }
}

/// Reads a weight set keyed by dimension id: every dimension present, each in [0, 1],
/// summing to exactly 1.
fn read_dimension_weights(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<BTreeMap<String, Decimal>> {
    let o = r.map(v, path)?;
    let mut out = BTreeMap::new();
    let mut ok = true;
    for (k, item, p) in o.entries() {
        if known.have_dimensions && !known.dimensions.iter().any(|d| d == k) {
            r.err(
                p,
                ErrorKind::UnknownReference {
                    kind: RefKind::Dimension,
                    id: k.to_string(),
                },
            );
            ok = false;
            continue;
        }
        match weight(r, item, &p) {
            Some(w) => {
                out.insert(k.to_string(), w);
            }
            None => ok = false,
        }
    }
    for d in &known.dimensions {
        if o.get(d).is_none() {
            r.err(path.clone(), ErrorKind::MissingWeight(d.clone()));
            ok = false;
        }
    }
    if ok && known.have_dimensions {
        let sum: Decimal = out.values().copied().sum();
        ok = check_sum_one(r, sum, path);
    }
    ok.then_some(out)
}

fn read_profile(r: &mut Reader, v: &Value, path: &JsonPath, known: &mut Known) -> Option<Profile> {
    let o = r.object(v, path, &["id", "name", "weights"])?;
    let id = r.req(&o, "id").and_then(|(v, p)| {
        let id = r.id(v, &p)?;
        if !known.profiles.insert(id.clone()) {
            r.err(p, ErrorKind::DuplicateId(id));
            return None;
        }
        Some(id)
    });
    let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
    let weights = r
        .req(&o, "weights")
        .and_then(|(v, p)| read_dimension_weights(r, v, &p, known));
    Some(Profile {
        id: id?,
        name: name?,
        weights: weights?,
    })
}

fn read_survey(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Survey> {
    let o = r.object(v, path, &["scale", "groups"])?;
    let scale = opt(
        r,
        &o,
        "scale",
        || defaults::survey().scale,
        |r, v, p| {
            let (lo, hi) = r.range(v, p, None, None)?;
            if lo == hi {
                r.err(
                    p.index(1),
                    ErrorKind::OutOfRange {
                        found: hi,
                        min: Some(lo),
                        max: None,
                        min_inclusive: false,
                    },
                );
                return None;
            }
            Some((lo, hi))
        },
    );
    let groups = opt(
        r,
        &o,
        "groups",
        || defaults::survey().groups,
        |r, v, p| {
            let m = r.map(v, p)?;
            let mut out = Vec::new();
            let mut ok = true;
            for (k, item, ip) in m.entries() {
                if k == "self" {
                    r.err(ip, ErrorKind::SelfGroupWeighted);
                    ok = false;
                    continue;
                }
                if r.key_id(k, &ip).is_none() {
                    ok = false;
                    continue;
                }
                match r.decimal_in(
                    item,
                    &ip,
                    Some(Decimal::ZERO),
                    Some(Decimal::ONE_HUNDRED),
                    true,
                ) {
                    Some(w) => out.push((k.to_string(), w)),
                    None => ok = false,
                }
            }
            if ok && out.is_empty() {
                r.err(p.clone(), ErrorKind::Empty);
                return None;
            }
            if ok && out.iter().all(|(_, w)| w.is_zero()) {
                r.err(p.clone(), ErrorKind::ZeroSum);
                return None;
            }
            ok.then_some(out)
        },
    );
    Some(Survey {
        scale: scale?,
        groups: groups?,
    })
}

fn read_panel(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Panel> {
    let o = r.object(v, path, &["criteria", "trim", "trim_min"])?;
    let criteria = opt(
        r,
        &o,
        "criteria",
        || defaults::panel().criteria,
        |r, v, p| {
            let m = r.map(v, p)?;
            let mut out = Vec::new();
            let mut ok = true;
            for (k, item, ip) in m.entries() {
                if r.key_id(k, &ip).is_none() {
                    ok = false;
                    continue;
                }
                match weight(r, item, &ip) {
                    Some(w) => out.push((k.to_string(), w)),
                    None => ok = false,
                }
            }
            if ok && out.is_empty() {
                r.err(p.clone(), ErrorKind::Empty);
                return None;
            }
            if ok {
                let sum: Decimal = out.iter().map(|(_, w)| *w).sum();
                ok = check_sum_one(r, sum, p);
            }
            ok.then_some(out)
        },
    );
    let trim = opt(
        r,
        &o,
        "trim",
        || defaults::panel().trim,
        |r, v, p| r.whole(v, p, 1000),
    );
    let trim_min = opt(
        r,
        &o,
        "trim_min",
        || defaults::panel().trim_min,
        |r, v, p| r.whole(v, p, 100_000),
    );
    let (trim, trim_min) = (trim?, trim_min?);
    if trim_min <= 2 * trim {
        r.err(path.clone(), ErrorKind::TrimTooLarge { trim, trim_min });
        return None;
    }
    Some(Panel {
        criteria: criteria?,
        trim,
        trim_min,
    })
}

fn read_deductions(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Deductions> {
    let o = r.object(v, path, &["levels", "cap"])?;
    let levels = opt(
        r,
        &o,
        "levels",
        || defaults::deductions().levels,
        |r, v, p| {
            let items = r.array(v, p, MAX_SMALL_LIST)?;
            let mut out = Vec::new();
            let mut seen = BTreeSet::new();
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                let ip = p.index(i);
                let Some(lo) =
                    r.object(item, &ip, &["id", "name", "pct", "special_review", "veto"])
                else {
                    ok = false;
                    continue;
                };
                let id = r.req(&lo, "id").and_then(|(v, p)| {
                    let id = r.id(v, &p)?;
                    r.unique(&mut seen, &id, &p).map(str::to_string)
                });
                let name = r.req(&lo, "name").and_then(|(v, p)| r.name(v, &p));
                let pct = r.req(&lo, "pct").and_then(|(v, p)| weight(r, v, &p));
                let sr = opt(
                    r,
                    &lo,
                    "special_review",
                    || false,
                    |r, v, p| r.boolean(v, p),
                );
                let veto = opt(r, &lo, "veto", || false, |r, v, p| r.boolean(v, p));
                match (id, name, pct, sr, veto) {
                    (Some(id), Some(name), Some(pct), Some(special_review), Some(veto)) => out
                        .push(DeductionLevel {
                            id,
                            name,
                            pct,
                            special_review,
                            veto,
                        }),
                    _ => ok = false,
                }
            }
            ok.then_some(out)
        },
    );
    let cap = opt(
        r,
        &o,
        "cap",
        || None,
        |r, v, p| match r.decimal_or_null(v, p)? {
            Some(d) => r
                .check_range(d, p, Some(Decimal::ZERO), None, true)
                .map(Some),
            None => Some(None),
        },
    );
    Some(Deductions {
        levels: levels?,
        cap: cap?,
    })
}

fn read_coefficient_ranges(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
) -> Option<CoefficientRanges> {
    let o = r.object(v, path, &["coordination", "risk"])?;
    let d = defaults::coefficients();
    let range = |r: &mut Reader, v: &Value, p: &JsonPath| {
        let (lo, hi) = r.range(v, p, Some(Decimal::ZERO), Some(Decimal::TEN))?;
        if lo.is_zero() {
            r.err(
                p.index(0),
                ErrorKind::OutOfRange {
                    found: lo,
                    min: Some(Decimal::ZERO),
                    max: Some(Decimal::TEN),
                    min_inclusive: false,
                },
            );
            return None;
        }
        Some((lo, hi))
    };
    let coordination = opt(r, &o, "coordination", || d.coordination, range);
    let risk = opt(r, &o, "risk", || d.risk, range);
    Some(CoefficientRanges {
        coordination: coordination?,
        risk: risk?,
    })
}

fn read_bonus(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Bonus> {
    let o = r.object(v, path, &["per_item", "cap"])?;
    let d = defaults::bonus();
    let per_item = opt(
        r,
        &o,
        "per_item",
        || d.per_item,
        |r, v, p| r.decimal_in(v, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true),
    );
    let cap = opt(
        r,
        &o,
        "cap",
        || d.cap,
        |r, v, p| match r.decimal_or_null(v, p)? {
            Some(c) => r
                .check_range(c, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true)
                .map(Some),
            None => Some(None),
        },
    );
    Some(Bonus {
        per_item: per_item?,
        cap: cap?,
    })
}

const GRADING_FIELDS: &[&str] = &[
    "excellent_share",
    "quota_rounding",
    "quota_min_one",
    "excellent_min",
    "good_min",
    "pass_line",
    "severe_line",
    "honour_min",
];

fn read_grading_override(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<GradingOverride> {
    let o = r.object(v, path, GRADING_FIELDS)?;
    let mut ok = true;
    let mut g = GradingOverride::default();
    let line = |r: &mut Reader, v: &Value, p: &JsonPath| {
        r.decimal_in(
            v,
            p,
            Some(Decimal::ZERO),
            Some(Decimal::from(1_000_000)),
            true,
        )
    };
    for (k, item, p) in o.entries() {
        let done = match k {
            "excellent_share" => weight(r, item, &p).map(|d| g.excellent_share = Some(d)),
            "quota_rounding" => r.word(item, &p, &["floor", "ceil", "round"]).map(|w| {
                g.quota_rounding = Some(match w {
                    "ceil" => QuotaRounding::Ceil,
                    "round" => QuotaRounding::Round,
                    _ => QuotaRounding::Floor,
                })
            }),
            "quota_min_one" => r.boolean(item, &p).map(|b| g.quota_min_one = Some(b)),
            "excellent_min" => line(r, item, &p).map(|d| g.excellent_min = Some(d)),
            "good_min" => line(r, item, &p).map(|d| g.good_min = Some(d)),
            "pass_line" => line(r, item, &p).map(|d| g.pass_line = Some(d)),
            "severe_line" => line(r, item, &p).map(|d| g.severe_line = Some(d)),
            "honour_min" => line(r, item, &p).map(|d| g.honour_min = Some(d)),
            _ => Some(()), // already reported as unknown
        };
        ok &= done.is_some();
    }
    ok.then_some(g)
}

fn check_grading_order(r: &mut Reader, g: &Grading, path: &JsonPath) -> bool {
    if !(g.excellent_min >= g.good_min && g.good_min >= g.pass_line && g.pass_line >= g.severe_line)
    {
        r.err(path.clone(), ErrorKind::GradingLinesOutOfOrder);
        return false;
    }
    true
}

fn read_grading(r: &mut Reader, v: &Value, path: &JsonPath, base: &Grading) -> Option<Grading> {
    let g = read_grading_override(r, v, path)?.apply(base);
    check_grading_order(r, &g, path).then_some(g)
}

fn read_thresholds(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<[Decimal; 3]> {
    let items = match v {
        Value::Array(items) if items.len() == 3 => items,
        _ => {
            r.err(
                p.clone(),
                ErrorKind::WrongType {
                    expected: crate::error::Expected::Thresholds,
                    found: v.type_name(),
                },
            );
            return None;
        }
    };
    let mut out = [Decimal::ZERO; 3];
    let mut ok = true;
    for ((i, item), slot) in items.iter().enumerate().zip(out.iter_mut()) {
        match r.decimal_in(item, &p.index(i), Some(Decimal::ZERO), None, true) {
            Some(d) => *slot = d,
            None => ok = false,
        }
    }
    if ok && !(out[0] <= out[1] && out[1] <= out[2]) {
        r.err(p.clone(), ErrorKind::ThresholdsNotAscending);
        return None;
    }
    ok.then_some(out)
}

fn read_warnings(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Warnings> {
    let o = r.object(v, path, &["lag", "drop"])?;
    let d = defaults::warnings();
    let lag = opt(r, &o, "lag", || d.lag, read_thresholds);
    let drop = opt(r, &o, "drop", || d.drop, read_thresholds);
    Some(Warnings {
        lag: lag?,
        drop: drop?,
    })
}

fn read_periods(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &mut Known,
) -> Option<Vec<Period>> {
    let items = r.nonempty_array(v, path, 100)?;
    known.have_periods = true;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(item, &ip, &["id", "name", "weight"]) else {
            ok = false;
            continue;
        };
        let id = r.req(&o, "id").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            if id == "annual" {
                r.err(p.clone(), ErrorKind::ReservedId(id));
                return None;
            }
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        if let Some(id) = &id {
            known.periods.insert(id.clone());
        }
        let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
        let w = r.req(&o, "weight").and_then(|(v, p)| weight(r, v, &p));
        match (id, name, w) {
            (Some(id), Some(name), Some(weight)) => out.push(Period { id, name, weight }),
            _ => ok = false,
        }
    }
    if ok {
        let sum: Decimal = out.iter().map(|p| p.weight).sum();
        ok = check_sum_one(r, sum, path);
    }
    ok.then_some(out)
}

/// Checks a reference; `check` is false when the list it points into failed to read (so
/// no spurious "unknown" errors are added).
fn reference(
    r: &mut Reader,
    v: &Value,
    p: &JsonPath,
    set: &BTreeSet<String>,
    kind: RefKind,
    check: bool,
) -> Option<String> {
    let id = r.id(v, p)?;
    if check && !set.contains(&id) {
        r.err(p.clone(), ErrorKind::UnknownReference { kind, id });
        return None;
    }
    Some(id)
}

fn read_units(r: &mut Reader, v: &Value, path: &JsonPath, known: &mut Known) -> Option<Vec<Unit>> {
    let items = r.array(v, path, MAX_LIST)?;
    known.have_units = true;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(item, &ip, &["id", "name", "level", "profile"]) else {
            ok = false;
            continue;
        };
        let id = r.req(&o, "id").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
        let level = r.req(&o, "level").and_then(|(v, p)| {
            r.word(v, &p, &["hq", "direct", "branch"]).map(|w| match w {
                "hq" => Level::Hq,
                "direct" => Level::Direct,
                _ => Level::Branch,
            })
        });
        let profile = r.req(&o, "profile").and_then(|(v, p)| {
            reference(
                r,
                v,
                &p,
                &known.profiles,
                RefKind::Profile,
                known.have_profiles,
            )
        });
        match (id, name, level, profile) {
            (Some(id), Some(name), Some(level), Some(profile)) => out.push(Unit {
                id,
                name,
                level,
                profile,
            }),
            _ => ok = false,
        }
    }
    known.units = seen;
    ok.then_some(out)
}

fn read_input_value(r: &mut Reader, v: &Value, p: &JsonPath, direct: bool) -> Option<InputValue> {
    let (lo, hi) = if direct {
        (Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))
    } else {
        (None, None)
    };
    match v {
        Value::Object(_) => {
            let o = r.object(v, p, &["reported", "audited"])?;
            let reported = r
                .req(&o, "reported")
                .and_then(|(v, p)| r.decimal_in(v, &p, lo, hi, true));
            let audited = r
                .req(&o, "audited")
                .and_then(|(v, p)| r.decimal_in(v, &p, lo, hi, true));
            Some(InputValue::Audited {
                reported: reported?,
                audited: audited?,
            })
        }
        Value::Number(_) | Value::String(_) => {
            r.decimal_in(v, p, lo, hi, true).map(InputValue::Plain)
        }
        _ => {
            r.err(
                p.clone(),
                ErrorKind::WrongType {
                    expected: crate::error::Expected::ValueOrAudited,
                    found: v.type_name(),
                },
            );
            None
        }
    }
}

/// Checks that `key` is an indicator whose method takes `takes`; `plan_ok` false skips.
fn indicator_for<'k>(
    r: &mut Reader,
    key: &str,
    p: &JsonPath,
    known: &'k Known,
    takes: InputKind,
) -> Result<Option<&'k Method>, ()> {
    if !known.have_indicators {
        return Ok(None);
    }
    match known.indicators.get(key).map(Option::as_ref) {
        None => {
            r.err(
                p.clone(),
                ErrorKind::UnknownReference {
                    kind: RefKind::Indicator,
                    id: key.to_string(),
                },
            );
            Err(())
        }
        Some(None) => Ok(None),
        Some(Some(m)) if m.input() != takes => {
            r.err(
                p.clone(),
                ErrorKind::WrongInput {
                    indicator: key.to_string(),
                    method: m.kind(),
                    takes: m.input(),
                },
            );
            Err(())
        }
        Some(Some(m)) => Ok(Some(m)),
    }
}

fn read_records(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Record>> {
    let items = r.array(v, path, MAX_RECORDS)?;
    let mut out = Vec::new();
    let mut ok = true;
    let mut seen = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        match read_record(r, item, &ip, known) {
            Some(rec) => {
                if !seen.insert((rec.unit.clone(), rec.period.clone())) {
                    r.err(
                        ip,
                        ErrorKind::DuplicateRecord {
                            unit: rec.unit.clone(),
                            period: rec.period.clone(),
                        },
                    );
                    ok = false;
                }
                out.push(rec);
            }
            None => ok = false,
        }
    }
    ok.then_some(out)
}

const RECORD_FIELDS: &[&str] = &[
    "unit",
    "period",
    "values",
    "planned",
    "ratings",
    "panel",
    "events",
    "coefficients",
    "closed_items",
];

fn read_record(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Record> {
    let o = r.object(v, path, RECORD_FIELDS)?;
    let unit = r
        .req(&o, "unit")
        .and_then(|(v, p)| reference(r, v, &p, &known.units, RefKind::Unit, known.have_units));
    let period = r.req(&o, "period").and_then(|(v, p)| {
        reference(
            r,
            v,
            &p,
            &known.periods,
            RefKind::Period,
            known.have_periods,
        )
    });
    let mut ok = true;
    let mut rec = Record::new("", "");

    // Each part reports its own errors, in document order; `&=` reads every part.
    if let Some((v, p)) = o.get("values") {
        ok &= read_record_values(r, v, &p, known, &mut rec);
    }
    if let Some((v, p)) = o.get("planned") {
        ok &= read_record_planned(r, v, &p, known, &mut rec);
    }
    if let Some((v, p)) = o.get("ratings") {
        ok &= read_record_ratings(r, v, &p, known, &mut rec);
    }
    if let Some((v, p)) = o.get("panel") {
        ok &= read_record_panel(r, v, &p, known, &mut rec);
    }
    if let Some((v, p)) = o.get("events") {
        ok &= read_record_events(r, v, &p, known, &mut rec);
    }
    if let Some((v, p)) = o.get("coefficients") {
        ok &= read_record_coefficients(r, v, &p, known, &mut rec);
    }
    if let Some((cv, cp)) = o.get("closed_items") {
        match r.whole(cv, &cp, MAX_COUNT) {
            Some(n) => rec.closed_items = n,
            None => ok = false,
        }
    }
    rec.unit = unit?;
    rec.period = period?;
    ok.then_some(rec)
}

/// A record's `values` into `rec`; false on any error.
fn read_record_values(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(m) = r.map(v, path) else {
        return false;
    };
    let mut ok = true;
    for (k, item, p) in m.entries() {
        match indicator_for(r, k, &p, known, InputKind::Values) {
            Ok(method) => {
                let direct = matches!(method, Some(Method::Direct));
                match read_input_value(r, item, &p, direct) {
                    Some(iv) => {
                        rec.values.insert(k.to_string(), iv);
                    }
                    None => ok = false,
                }
            }
            Err(()) => ok = false,
        }
    }
    ok
}

/// A record's `planned` values into `rec`; false on any error.
fn read_record_planned(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(m) = r.map(v, path) else {
        return false;
    };
    let mut ok = true;
    for (k, item, p) in m.entries() {
        match indicator_for(r, k, &p, known, InputKind::Values) {
            Ok(_) => match r.decimal(item, &p) {
                Some(d) => {
                    rec.planned.insert(k.to_string(), d);
                }
                None => ok = false,
            },
            Err(()) => ok = false,
        }
    }
    ok
}

/// A record's survey `ratings` into `rec`; false on any error.
fn read_record_ratings(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(m) = r.map(v, path) else {
        return false;
    };
    let mut ok = true;
    for (k, item, p) in m.entries() {
        if indicator_for(r, k, &p, known, InputKind::Ratings).is_err() {
            ok = false;
            continue;
        }
        match read_ratings(r, item, &p, known) {
            Some(g) => {
                rec.ratings.insert(k.to_string(), g);
            }
            None => ok = false,
        }
    }
    ok
}

/// A record's expert `panel` marks into `rec`; false on any error.
fn read_record_panel(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(m) = r.map(v, path) else {
        return false;
    };
    let mut ok = true;
    for (k, item, p) in m.entries() {
        if indicator_for(r, k, &p, known, InputKind::Panel).is_err() {
            ok = false;
            continue;
        }
        match read_experts(r, item, &p, known) {
            Some(e) => {
                rec.panel.insert(k.to_string(), e);
            }
            None => ok = false,
        }
    }
    ok
}

/// A record's negative-list `events` into `rec`; false on any error.
fn read_record_events(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(items) = r.array(v, path, MAX_SMALL_LIST) else {
        return false;
    };
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(eo) = r.object(item, &ip, &["level", "note"]) else {
            ok = false;
            continue;
        };
        let level = r.req(&eo, "level").and_then(|(v, p)| match &known.levels {
            Some(levels) => reference(r, v, &p, levels, RefKind::DeductionLevel, true),
            None => r.id(v, &p),
        });
        let note = opt(r, &eo, "note", String::new, |r, v, p| {
            r.text(v, p, MAX_NOTE_CHARS)
        });
        match (level, note) {
            (Some(level), Some(note)) => rec.events.push(Event { level, note }),
            _ => ok = false,
        }
    }
    ok
}

/// A record's `coefficients` into `rec`, each within the plan's range when known; false
/// on any error.
fn read_record_coefficients(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    rec: &mut Record,
) -> bool {
    let Some(co) = r.object(v, path, &["coordination", "risk"]) else {
        return false;
    };
    let mut ok = true;
    let ranges = known.coefficients.as_ref();
    for (name, slot) in [
        ("coordination", &mut rec.coordination),
        ("risk", &mut rec.risk),
    ] {
        if let Some((v, p)) = co.get_some(name) {
            let range = ranges.map(|c| {
                if name == "risk" {
                    c.risk
                } else {
                    c.coordination
                }
            });
            let got = match range {
                Some((lo, hi)) => r.decimal_in(v, &p, Some(lo), Some(hi), true),
                None => r.decimal(v, &p),
            };
            match got {
                Some(d) => *slot = Some(d),
                None => ok = false,
            }
        }
    }
    ok
}

fn read_ratings(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<BTreeMap<String, Vec<Decimal>>> {
    let m = r.map(v, path)?;
    let scale = known.scale;
    let mut out = BTreeMap::new();
    let mut ok = true;
    for (group, item, p) in m.entries() {
        let unknown = matches!(&known.groups, Some(g) if group != "self" && !g.contains(group));
        if unknown {
            r.err(
                p,
                ErrorKind::UnknownReference {
                    kind: RefKind::RaterGroup,
                    id: group.to_string(),
                },
            );
            ok = false;
            continue;
        }
        let Some(items) = r.array(item, &p, MAX_RATINGS) else {
            ok = false;
            continue;
        };
        let mut ratings = Vec::new();
        for (i, x) in items.iter().enumerate() {
            let xp = p.index(i);
            let got = match scale {
                Some((lo, hi)) => r.decimal_in(x, &xp, Some(lo), Some(hi), true),
                None => r.decimal(x, &xp),
            };
            match got {
                Some(d) => ratings.push(d),
                None => ok = false,
            }
        }
        out.insert(group.to_string(), ratings);
    }
    ok.then_some(out)
}

fn read_experts(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<BTreeMap<String, Decimal>>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(m) = r.map(item, &ip) else {
            ok = false;
            continue;
        };
        let mut scores = BTreeMap::new();
        for (c, x, p) in m.entries() {
            if matches!(&known.criteria, Some(cs) if !cs.iter().any(|k| k == c)) {
                r.err(
                    p,
                    ErrorKind::UnknownReference {
                        kind: RefKind::Criterion,
                        id: c.to_string(),
                    },
                );
                ok = false;
                continue;
            }
            match r.decimal_in(x, &p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true) {
                Some(d) => {
                    scores.insert(c.to_string(), d);
                }
                None => ok = false,
            }
        }
        for c in known.criteria.iter().flatten() {
            if m.get(c).is_none() {
                r.err(ip.clone(), ErrorKind::MissingCriterion(c.clone()));
                ok = false;
            }
        }
        out.push(scores);
    }
    ok.then_some(out)
}

fn read_history(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<HistoryEntry>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(item, &ip, &["period", "scores"]) else {
            ok = false;
            continue;
        };
        let period = r.req(&o, "period").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            if known.periods.contains(&id) {
                r.err(p.clone(), ErrorKind::HistoryClashesWithPlan(id));
                return None;
            }
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        let scores = r.req(&o, "scores").and_then(|(v, p)| {
            let m = r.map(v, &p)?;
            let mut scores = BTreeMap::new();
            let mut ok = true;
            for (k, x, kp) in m.entries() {
                if known.have_units && !known.units.contains(k) {
                    r.err(
                        kp,
                        ErrorKind::UnknownReference {
                            kind: RefKind::Unit,
                            id: k.to_string(),
                        },
                    );
                    ok = false;
                    continue;
                }
                match r.decimal_in(
                    x,
                    &kp,
                    Some(Decimal::ZERO),
                    Some(Decimal::from(1_000_000)),
                    true,
                ) {
                    Some(d) => {
                        scores.insert(k.to_string(), d);
                    }
                    None => ok = false,
                }
            }
            ok.then_some(scores)
        });
        match (period, scores) {
            (Some(period), Some(scores)) => out.push(HistoryEntry { period, scores }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_scenarios(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<Scenario>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(item, &ip, &["id", "name", "weights", "grading"]) else {
            ok = false;
            continue;
        };
        let id = r.req(&o, "id").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
        let weights = opt(r, &o, "weights", BTreeMap::new, |r, v, p| {
            let m = r.map(v, p)?;
            let mut out = BTreeMap::new();
            let mut ok = true;
            for (k, x, kp) in m.entries() {
                if known.have_profiles && !known.profiles.contains(k) {
                    r.err(
                        kp,
                        ErrorKind::UnknownReference {
                            kind: RefKind::Profile,
                            id: k.to_string(),
                        },
                    );
                    ok = false;
                    continue;
                }
                match read_dimension_weights(r, x, &kp, known) {
                    Some(w) => {
                        out.insert(k.to_string(), w);
                    }
                    None => ok = false,
                }
            }
            ok.then_some(out)
        });
        let grading = opt(r, &o, "grading", GradingOverride::default, |r, v, p| {
            let g = read_grading_override(r, v, p)?;
            if let Some(base) = &known.grading {
                if !check_grading_order(r, &g.apply(base), p) {
                    return None;
                }
            }
            Some(g)
        });
        match (id, name, weights, grading) {
            (Some(id), Some(name), Some(weights), Some(grading)) => out.push(Scenario {
                id,
                name,
                weights,
                grading,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_people(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Person>> {
    let items = r.array(v, path, MAX_LIST)?;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(
            item,
            &ip,
            &[
                "id",
                "name",
                "unit",
                "post",
                "status",
                "host_unit",
                "months_in_post",
                "personal",
            ],
        ) else {
            ok = false;
            continue;
        };
        let id = r.req(&o, "id").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        let name = r.req(&o, "name").and_then(|(v, p)| r.name(v, &p));
        let unit = r
            .req(&o, "unit")
            .and_then(|(v, p)| reference(r, v, &p, &known.units, RefKind::Unit, known.have_units));
        let post = r.req(&o, "post").and_then(|(v, p)| {
            r.word(v, &p, &["technical", "management", "service"])
                .map(|w| match w {
                    "technical" => Post::Technical,
                    "service" => Post::Service,
                    _ => Post::Management,
                })
        });
        let status = r.req(&o, "status").and_then(|(v, p)| {
            r.word(v, &p, &["regular", "new", "seconded"])
                .map(|w| match w {
                    "new" => Status::New,
                    "seconded" => Status::Seconded,
                    _ => Status::Regular,
                })
        });
        let host_unit = match o.get_some("host_unit") {
            Some((v, p)) => reference(r, v, &p, &known.units, RefKind::Unit, known.have_units)
                .map(|h| (Some(h), p)),
            None => Some((None, ip.clone())),
        };
        let host_unit = match (status, host_unit) {
            (Some(Status::Seconded), Some((None, _))) => {
                r.err(ip.clone(), ErrorKind::HostUnitRequired);
                None
            }
            (Some(Status::Regular | Status::New), Some((Some(_), p))) => {
                r.err(p, ErrorKind::HostUnitNotSeconded);
                None
            }
            (_, h) => h.map(|(h, _)| h),
        };
        let months = opt(
            r,
            &o,
            "months_in_post",
            || 0,
            |r, v, p| r.whole(v, p, 10_000),
        );
        let personal = opt(
            r,
            &o,
            "personal",
            || None,
            |r, v, p| match r.decimal_or_null(v, p)? {
                Some(d) => r
                    .check_range(d, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true)
                    .map(Some),
                None => Some(None),
            },
        );
        match (id, name, unit, post, status, host_unit, months, personal) {
            (
                Some(id),
                Some(name),
                Some(unit),
                Some(post),
                Some(status),
                Some(host_unit),
                Some(months_in_post),
                Some(personal),
            ) => out.push(Person {
                id,
                name,
                unit,
                post,
                status,
                host_unit,
                months_in_post,
                personal,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_linkage(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Linkage> {
    let o = r.object(v, path, &["lambda", "min_months"])?;
    let d = defaults::linkage();
    let lambda = opt(r, &o, "lambda", || d.lambda, weight);
    let min_months = opt(
        r,
        &o,
        "min_months",
        || d.min_months,
        |r, v, p| r.whole(v, p, 10_000),
    );
    Some(Linkage {
        lambda: lambda?,
        min_months: min_months?,
    })
}

fn read_appeals(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Appeal>> {
    let items = r.array(v, path, MAX_LIST)?;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = r.object(
            item,
            &ip,
            &[
                "id",
                "unit",
                "period",
                "input",
                "original",
                "requested",
                "reason",
                "status",
            ],
        ) else {
            ok = false;
            continue;
        };
        let id = r.req(&o, "id").and_then(|(v, p)| {
            let id = r.id(v, &p)?;
            r.unique(&mut seen, &id, &p).map(str::to_string)
        });
        let unit = r
            .req(&o, "unit")
            .and_then(|(v, p)| reference(r, v, &p, &known.units, RefKind::Unit, known.have_units));
        let period = r.req(&o, "period").and_then(|(v, p)| {
            reference(
                r,
                v,
                &p,
                &known.periods,
                RefKind::Period,
                known.have_periods,
            )
        });
        let input = r
            .req(&o, "input")
            .and_then(|(v, p)| r.text(v, &p, MAX_NAME_CHARS));
        let original = r.req(&o, "original").map(|(v, _)| v.clone());
        let requested = r.req(&o, "requested").map(|(v, _)| v.clone());
        let reason = opt(r, &o, "reason", String::new, |r, v, p| {
            r.text(v, p, MAX_NOTE_CHARS)
        });
        let status = r.req(&o, "status").and_then(|(v, p)| {
            r.word(v, &p, &["pending", "upheld", "rejected"])
                .map(|w| match w {
                    "upheld" => AppealStatus::Upheld,
                    "rejected" => AppealStatus::Rejected,
                    _ => AppealStatus::Pending,
                })
        });
        match (id, unit, period, input, original, requested, reason, status) {
            (
                Some(id),
                Some(unit),
                Some(period),
                Some(input),
                Some(original),
                Some(requested),
                Some(reason),
                Some(status),
            ) => out.push(Appeal {
                id,
                unit,
                period,
                input,
                original,
                requested,
                reason,
                status,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EXAMPLE_WORKSPACE;

    /// The example with one edit made to its JSON.
    fn example_with(edit: impl FnOnce(&mut Value)) -> Result<Workspace, Errors> {
        let mut v = json::parse(EXAMPLE_WORKSPACE).unwrap();
        edit(&mut v);
        workspace_from_value(&v)
    }

    fn set(v: &mut Value, path: &str, to: Value) {
        assert!(v.set_at(&JsonPath::parse(path).unwrap(), to), "{path}");
    }

    #[test]
    fn the_example_parses_into_its_model() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        assert_eq!(ws.plan.name, "2026年度總隊目標考核");
        let ids: Vec<&str> = ws.plan.dimensions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["task", "team", "innovation", "risk"]);
        assert!(ws.units.iter().any(|u| u.id == "zd1"));
        assert!(ws
            .records
            .iter()
            .any(|r| r.unit == "zd1" && r.period == "2026Q1"));
    }

    #[test]
    fn every_error_is_collected_in_document_order() {
        let errs = example_with(|v| {
            set(v, "version", Value::Number("2".into()));
            set(v, "units[0].level", Value::str("province"));
        })
        .unwrap_err();
        let got: Vec<String> = errs.0.iter().map(|e| e.path.to_string()).collect();
        assert_eq!(got, ["version", "units[0].level"]);
        assert_eq!(errs.0[0].kind, ErrorKind::UnsupportedVersion("2".into()));
    }

    #[test]
    fn errors_inside_a_larger_document_name_their_full_path() {
        let mut v = json::parse(EXAMPLE_WORKSPACE).unwrap();
        set(&mut v, "units[0].level", Value::str("province"));
        let at = JsonPath::root().key("workspace");
        let errs = workspace_from_value_at(&v, &at).unwrap_err();
        assert_eq!(errs.0[0].path.to_string(), "workspace.units[0].level");
    }

    #[test]
    fn syntax_errors_keep_line_and_column() {
        let errs = parse_workspace("{\n  \"format\": ,\n}").unwrap_err();
        let [e] = errs.0.as_slice() else {
            panic!("{errs}")
        };
        assert!(
            matches!(
                e.kind,
                ErrorKind::Syntax {
                    line: 2,
                    column: 13,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(e.path.to_string(), "format");
    }
}
