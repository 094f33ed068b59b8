//! Reading and validating a workspace file (`file-format.md`) into the [`Workspace`] model.
//!
//! One pass reads everything it can and reports every problem with its JSON path; a
//! workspace is returned only when there is none. Unknown fields are errors everywhere
//! (the format marks no object *open*), so typos are caught.

mod one_record;
mod reader;
mod stream;

pub use reader::{MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS};

use crate::defaults;
use crate::error::{ErrorKind, Errors, InputKind, RefKind};
use crate::json::{self, Value};
use crate::model::*;
use crate::path::JsonPath;
pub use one_record::workspace_with_record;
use reader::{Obj, Reader};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// The `format` word of a workspace file.
pub const WORKSPACE_FORMAT: &str = "scorecard-workspace";

/// The key of an expert's name inside an expert's scores (`records[].panel[ind][k].expert`);
/// no criterion may have it as its id (the panel sheet's `expert` column is the same key).
pub const EXPERT_NAME_KEY: &str = "expert";

const MAX_DIMENSIONS: usize = 32;
const MAX_INDICATORS: usize = 200;
const MAX_LIST: usize = 100_000;
const MAX_RECORDS: usize = 1_000_000;
const MAX_SMALL_LIST: usize = 1_000;
const MAX_RATINGS: usize = 100_000;
const MAX_COUNT: u32 = 1_000_000;

/// Parses and validates workspace text (refused unread over
/// [`crate::error::MAX_INPUT_BYTES`]).
pub fn parse_workspace(text: &str) -> Result<Workspace, Errors> {
    crate::error::check_input_size(text)?;
    if let Some(ws) = stream::valid_workspace(text) {
        return Ok(ws);
    }
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
    let ws = read_workspace(&mut r, value, path, None);
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

impl Known {
    /// A reference to a unit.
    fn unit(&self, r: &mut Reader, v: &Value, p: &JsonPath) -> Option<String> {
        reference(r, v, p, &self.units, RefKind::Unit, self.have_units)
    }

    /// A reference to a period of the plan.
    fn period(&self, r: &mut Reader, v: &Value, p: &JsonPath) -> Option<String> {
        reference(r, v, p, &self.periods, RefKind::Period, self.have_periods)
    }
}

/// Reads a workspace; `given` records (already read, by [`stream`]) stand for the
/// `records` field, whose value is then only checked to be an array.
fn read_workspace(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    given: Option<Vec<Record>>,
) -> Option<Workspace> {
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
    let format = required(r, &o, "format", |r, f, p| match f.as_str() {
        Some(WORKSPACE_FORMAT) => Some(()),
        Some(other) => {
            let found = other.to_string();
            let expected = WORKSPACE_FORMAT;
            r.err(p.clone(), ErrorKind::WrongFormat { expected, found });
            None
        }
        None => {
            r.text(f, p, usize::MAX); // reports the wrong type
            None
        }
    });
    let version = required(r, &o, "version", |r, ver, p| {
        let text = match ver {
            Value::Number(t) | Value::String(t) => t.clone(),
            other => other.type_name().to_string(),
        };
        if crate::number::parse_decimal(&text).ok() != Some(Decimal::ONE) {
            r.err(p.clone(), ErrorKind::UnsupportedVersion(text));
            return None;
        }
        Some(())
    });
    let mut known = Known::default();
    let plan = required(r, &o, "plan", |r, v, p| read_plan(r, v, p, &mut known));
    let units = required(r, &o, "units", |r, v, p| read_units(r, v, p, &mut known));
    let records = required(r, &o, "records", |r, v, p| match given {
        Some(records) => r.array(v, p, MAX_RECORDS).map(|_| records),
        None => read_records(r, v, p, &known),
    });
    let history = opt(r, o.get_some("history"), Vec::new, |r, v, p| {
        read_history(r, v, p, &known)
    });
    let scenarios = opt(r, o.get_some("scenarios"), Vec::new, |r, v, p| {
        read_scenarios(r, v, p, &known)
    });
    let people = opt(r, o.get_some("people"), Vec::new, |r, v, p| {
        read_people(r, v, p, &known)
    });
    let linkage = opt(r, o.get_some("linkage"), defaults::linkage, read_linkage);
    let appeals = opt(r, o.get_some("appeals"), Vec::new, |r, v, p| {
        read_appeals(r, v, p, &known)
    });
    format?;
    version?;
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

/// Reads a required field with `read`; a missing one is reported at the object's path.
fn required<T>(
    r: &mut Reader,
    o: &Obj<'_>,
    name: &str,
    read: impl FnOnce(&mut Reader, &Value, &JsonPath) -> Option<T>,
) -> Option<T> {
    r.req(o, name).and_then(|(v, p)| read(r, v, &p))
}

/// Reads an optional field (`field`, as `Obj::get` or `Obj::get_some` finds it) with a
/// default; `None` only on error.
fn opt<T>(
    r: &mut Reader,
    field: Option<(&Value, JsonPath)>,
    default: impl FnOnce() -> T,
    read: impl FnOnce(&mut Reader, &Value, &JsonPath) -> Option<T>,
) -> Option<T> {
    field.map_or_else(|| Some(default()), |(v, p)| read(r, v, &p))
}

/// Reads every item of a list with `read`; `None` when any fails (after reading all, so
/// every problem is reported).
fn each<T>(
    r: &mut Reader,
    items: &[Value],
    path: &JsonPath,
    mut read: impl FnMut(&mut Reader, &Value, &JsonPath) -> Option<T>,
) -> Option<Vec<T>> {
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        match read(r, item, &path.index(i)) {
            Some(x) => out.push(x),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// Reads every item of a list as an object with the given `fields` (as [`each`]).
fn each_object<T>(
    r: &mut Reader,
    items: &[Value],
    path: &JsonPath,
    fields: &[&str],
    mut read: impl FnMut(&mut Reader, &Obj<'_>) -> Option<T>,
) -> Option<Vec<T>> {
    each(r, items, path, |r, item, ip| {
        let o = r.object(item, ip, fields)?;
        read(r, &o)
    })
}

/// Reads every entry of the map `m` with `read` (given its key); `None` when any fails
/// (after reading all).
fn entries<T, C: FromIterator<(String, T)>>(
    r: &mut Reader,
    m: &Obj<'_>,
    mut read: impl FnMut(&mut Reader, &str, &Value, &JsonPath) -> Option<T>,
) -> Option<C> {
    let mut out = Vec::new();
    let mut ok = true;
    for (k, item, p) in m.entries() {
        match read(r, k, item, &p) {
            Some(x) => out.push((k.to_string(), x)),
            None => ok = false,
        }
    }
    ok.then(|| out.into_iter().collect())
}

/// A non-empty map whose keys are ids, in file order, each value read by `read`.
fn id_map<T>(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    mut read: impl FnMut(&mut Reader, &str, &Value, &JsonPath) -> Option<T>,
) -> Option<Vec<(String, T)>> {
    let m = r.map(v, path)?;
    let out: Vec<_> = entries(r, &m, |r, k, item, p| {
        r.key_id(k, p)?;
        read(r, k, item, p)
    })?;
    if out.is_empty() {
        r.err(path.clone(), ErrorKind::Empty);
        return None;
    }
    Some(out)
}

/// A map whose keys refer to a `kind` of thing (each checked by `found`), each value read
/// by `read`.
fn ref_map<T, C: FromIterator<(String, T)>>(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    kind: RefKind,
    found: impl Fn(&str) -> bool,
    mut read: impl FnMut(&mut Reader, &Value, &JsonPath) -> Option<T>,
) -> Option<C> {
    let m = r.map(v, path)?;
    entries(r, &m, |r, k, item, p| {
        check_ref(r, found(k), p, kind, k)?;
        read(r, item, p)
    })
}

/// Reports each of `ids` missing from the object `v` at `path`; true when none is (false,
/// with nothing reported, when `v` is no object: that is reported where it is read).
fn all_present<'a>(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    ids: impl IntoIterator<Item = &'a String>,
    missing: fn(String) -> ErrorKind,
) -> bool {
    if !matches!(v, Value::Object(_)) {
        return false;
    }
    let mut ok = true;
    for id in ids {
        if v.get(id).is_none() {
            r.err(path.clone(), missing(id.clone()));
            ok = false;
        }
    }
    ok
}

/// Reports `id` as an unknown reference to a `kind` of thing unless it was `found`.
fn check_ref(r: &mut Reader, found: bool, p: &JsonPath, kind: RefKind, id: &str) -> Option<()> {
    if !found {
        let id = id.to_string();
        r.err(p.clone(), ErrorKind::UnknownReference { kind, id });
        return None;
    }
    Some(())
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
    let name = required(r, &o, "name", Reader::name);
    let baseline = opt(r, o.get("baseline"), defaults::baseline, |r, v, p| {
        r.decimal_in(
            v,
            p,
            Some(Decimal::ZERO),
            Some(Decimal::from(1_000_000)),
            false,
        )
    });
    let dimensions = required(r, &o, "dimensions", |r, v, p| {
        read_dimensions(r, v, p, known)
    });
    let profiles = required(r, &o, "profiles", |r, v, p| {
        let items = r.nonempty_array(v, p, MAX_SMALL_LIST)?;
        known.have_profiles = true;
        each(r, items, p, |r, item, ip| read_profile(r, item, ip, known))
    });
    let survey = opt(r, o.get("survey"), defaults::survey, read_survey);
    if let Some(s) = &survey {
        known.groups = Some(s.groups.iter().map(|(g, _)| g.clone()).collect());
        known.scale = Some(s.scale);
    }
    let panel = opt(r, o.get("panel"), defaults::panel, read_panel);
    if let Some(pn) = &panel {
        known.criteria = Some(pn.criteria.iter().map(|(c, _)| c.clone()).collect());
    }
    let deductions = opt(
        r,
        o.get("deductions"),
        defaults::deductions,
        read_deductions,
    );
    if let Some(d) = &deductions {
        known.levels = Some(d.levels.iter().map(|l| l.id.clone()).collect());
    }
    let coefficients = opt(
        r,
        o.get("coefficients"),
        defaults::coefficients,
        read_coefficient_ranges,
    );
    let bonus = opt(r, o.get("bonus"), defaults::bonus, read_bonus);
    let grading = opt(r, o.get("grading"), defaults::grading, |r, v, p| {
        read_grading(r, v, p, &defaults::grading())
    });
    known.coefficients = coefficients.clone();
    known.grading = grading.clone();
    let warnings = opt(r, o.get("warnings"), defaults::warnings, read_warnings);
    let audit_tolerance = opt(
        r,
        o.get("audit_tolerance"),
        defaults::audit_tolerance,
        |r, v, p| r.decimal_in(v, p, Some(Decimal::ZERO), None, true),
    );
    let missing = opt(
        r,
        o.get("missing"),
        || MissingPolicy::Exclude,
        Reader::choice,
    );
    let cohort = opt(r, o.get("cohort"), || CohortPolicy::All, Reader::choice);
    let max_score = opt(
        r,
        o.get("max_score"),
        || None,
        |r, v, p| r.decimal_in_or_null(v, p, Some(Decimal::ZERO), None, false),
    );
    let core_largest = opt(r, o.get("core_largest"), || true, Reader::boolean);
    let periods = required(r, &o, "periods", |r, v, p| read_periods(r, v, p, known));
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

fn weight(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<Decimal> {
    r.decimal_in(v, p, Some(Decimal::ZERO), Some(Decimal::ONE), true)
}

/// A score in `[0, 100]`.
fn score(r: &mut Reader, v: &Value, p: &JsonPath) -> Option<Decimal> {
    r.decimal_in(v, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true)
}

/// Checks that `weights` sum to exactly 1, reporting the sum at `path` when not.
fn check_sum_one(r: &mut Reader, weights: impl Iterator<Item = Decimal>, path: &JsonPath) -> bool {
    let sum: Decimal = weights.sum();
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
    each(r, items, path, |r, item, p| {
        read_dimension(r, item, p, known)
    })
}

fn read_dimension(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &mut Known,
) -> Option<Dimension> {
    let o = r.object(v, path, &["id", "name", "band", "indicators"])?;
    let id = required(r, &o, "id", |r, v, p| {
        let id = r.id(v, p)?;
        if known.dimensions.contains(&id) {
            r.err(p.clone(), ErrorKind::DuplicateId(id));
            return None;
        }
        known.dimensions.push(id.clone());
        Some(id)
    });
    let name = required(r, &o, "name", Reader::name);
    let band = match o.get("band") {
        Some((v, p)) => r.range(v, &p, Some(Decimal::ZERO), Some(Decimal::ONE)),
        None => id.as_deref().map(defaults::band_for),
    };
    let indicators = required(r, &o, "indicators", |r, v, p| {
        let items = r.nonempty_array(v, p, MAX_INDICATORS)?;
        let out = each(r, items, p, |r, item, ip| {
            read_indicator(r, item, ip, known)
        })?;
        check_sum_one(r, out.iter().map(|i| i.weight), p).then_some(out)
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
    let id = required(r, &o, "id", |r, v, p| {
        let id = r.id(v, p)?;
        if known.indicators.contains_key(&id) {
            r.err(p.clone(), ErrorKind::DuplicateId(id));
            return None;
        }
        Some(id)
    });
    let name = required(r, &o, "name", Reader::name);
    let w = required(r, &o, "weight", weight);
    let method = required(r, &o, "method", read_method);
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
            let worst = required(r, &o, "worst", Reader::decimal);
            let best = required(r, &o, "best", Reader::decimal);
            let (worst, best) = (worst?, best?);
            if worst == best {
                r.err(path.clone(), ErrorKind::LinearEqualEnds);
                return None;
            }
            Some(Method::Linear { worst, best })
        }
        "bands" => {
            let o = r.object(v, path, &["kind", "bands"])?;
            let mut mins = BTreeSet::new();
            let bands = required(r, &o, "bands", |r, v, p| {
                let items = r.nonempty_array(v, p, MAX_SMALL_LIST)?;
                each_object(r, items, p, &["min", "score"], |r, bo| {
                    let min = required(r, bo, "min", Reader::decimal);
                    let score = required(r, bo, "score", score);
                    let band = Band {
                        min: min?,
                        score: score?,
                    };
                    if !mins.insert(band.min.normalize()) {
                        r.err(bo.path.key("min"), ErrorKind::DuplicateBandMin(band.min));
                        return None;
                    }
                    Some(band)
                })
            });
            bands.map(Method::Bands)
        }
        "minmax" | "zscore" => {
            let o = r.object(v, path, &["kind", "better"])?;
            let b = opt(r, o.get("better"), || Better::Higher, Reader::choice)?;
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
    let found = |k: &str| !known.have_dimensions || known.dimensions.iter().any(|d| d == k);
    let out: Option<BTreeMap<_, _>> = ref_map(r, v, path, RefKind::Dimension, found, weight);
    let present = all_present(r, v, path, &known.dimensions, ErrorKind::MissingWeight);
    let out = out.filter(|_| present)?;
    let sums = !known.have_dimensions || check_sum_one(r, out.values().copied(), path);
    sums.then_some(out)
}

fn read_profile(r: &mut Reader, v: &Value, path: &JsonPath, known: &mut Known) -> Option<Profile> {
    let o = r.object(v, path, &["id", "name", "weights"])?;
    let id = required(r, &o, "id", |r, v, p| {
        r.unique_id(&mut known.profiles, v, p)
    });
    let name = required(r, &o, "name", Reader::name);
    let weights = required(r, &o, "weights", |r, v, p| {
        read_dimension_weights(r, v, p, known)
    });
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
        o.get("scale"),
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
        o.get("groups"),
        || defaults::survey().groups,
        |r, v, p| {
            let out = id_map(r, v, p, |r, k, item, ip| {
                if k == "self" {
                    r.err(ip.clone(), ErrorKind::SelfGroupWeighted);
                    return None;
                }
                score(r, item, ip)
            })?;
            if out.iter().all(|(_, w)| w.is_zero()) {
                r.err(p.clone(), ErrorKind::ZeroSum);
                return None;
            }
            Some(out)
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
        o.get("criteria"),
        || defaults::panel().criteria,
        |r, v, p| {
            let out = id_map(r, v, p, |r, _, item, ip| weight(r, item, ip))?;
            if out.iter().any(|(c, _)| c == EXPERT_NAME_KEY) {
                let id = EXPERT_NAME_KEY.to_string();
                r.err(p.key(EXPERT_NAME_KEY), ErrorKind::ReservedId(id));
                return None;
            }
            check_sum_one(r, out.iter().map(|(_, w)| *w), p).then_some(out)
        },
    );
    let trim = opt(
        r,
        o.get("trim"),
        || defaults::panel().trim,
        |r, v, p| r.whole(v, p, 1000),
    );
    let trim_min = opt(
        r,
        o.get("trim_min"),
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
        o.get("levels"),
        || defaults::deductions().levels,
        |r, v, p| {
            let items = r.array(v, p, MAX_SMALL_LIST)?;
            let mut seen = BTreeSet::new();
            let fields = ["id", "name", "pct", "special_review", "veto"];
            each_object(r, items, p, &fields, |r, lo| {
                let id = required(r, lo, "id", |r, v, p| r.unique_id(&mut seen, v, p));
                let name = required(r, lo, "name", Reader::name);
                let pct = required(r, lo, "pct", weight);
                let special_review = opt(r, lo.get("special_review"), || false, Reader::boolean);
                let veto = opt(r, lo.get("veto"), || false, Reader::boolean);
                Some(DeductionLevel {
                    id: id?,
                    name: name?,
                    pct: pct?,
                    special_review: special_review?,
                    veto: veto?,
                })
            })
        },
    );
    let cap = opt(
        r,
        o.get("cap"),
        || None,
        |r, v, p| r.decimal_in_or_null(v, p, Some(Decimal::ZERO), None, true),
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
    let coordination = opt(r, o.get("coordination"), || d.coordination, range);
    let risk = opt(r, o.get("risk"), || d.risk, range);
    Some(CoefficientRanges {
        coordination: coordination?,
        risk: risk?,
    })
}

fn read_bonus(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Bonus> {
    let o = r.object(v, path, &["per_item", "cap"])?;
    let d = defaults::bonus();
    let per_item = opt(r, o.get("per_item"), || d.per_item, score);
    let cap = opt(
        r,
        o.get("cap"),
        || d.cap,
        |r, v, p| r.decimal_in_or_null(v, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true),
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
            "quota_rounding" => r.choice(item, &p).map(|q| g.quota_rounding = Some(q)),
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
    let lag = opt(r, o.get("lag"), || d.lag, read_thresholds);
    let drop = opt(r, o.get("drop"), || d.drop, read_thresholds);
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
    let mut seen = BTreeSet::new();
    let out = each_object(r, items, path, &["id", "name", "weight"], |r, o| {
        let id = required(r, o, "id", |r, v, p| {
            let id = r.id(v, p)?;
            if id == "annual" {
                r.err(p.clone(), ErrorKind::ReservedId(id));
                return None;
            }
            r.unique(&mut seen, id, p)
        });
        if let Some(id) = &id {
            known.periods.insert(id.clone());
        }
        let name = required(r, o, "name", Reader::name);
        let w = required(r, o, "weight", weight);
        Some(Period {
            id: id?,
            name: name?,
            weight: w?,
        })
    })?;
    check_sum_one(r, out.iter().map(|p| p.weight), path).then_some(out)
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
    check_ref(r, !check || set.contains(&id), p, kind, &id)?;
    Some(id)
}

fn read_units(r: &mut Reader, v: &Value, path: &JsonPath, known: &mut Known) -> Option<Vec<Unit>> {
    let items = r.array(v, path, MAX_LIST)?;
    known.have_units = true;
    let mut seen = BTreeSet::new();
    let fields = ["id", "name", "level", "profile"];
    let out = each_object(r, items, path, &fields, |r, o| {
        let id = required(r, o, "id", |r, v, p| r.unique_id(&mut seen, v, p));
        let name = required(r, o, "name", Reader::name);
        let level = required(r, o, "level", Reader::choice);
        let profile = required(r, o, "profile", |r, v, p| {
            let have = known.have_profiles;
            reference(r, v, p, &known.profiles, RefKind::Profile, have)
        });
        Some(Unit {
            id: id?,
            name: name?,
            level: level?,
            profile: profile?,
        })
    });
    known.units = seen;
    out
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
            let reported = required(r, &o, "reported", |r, v, p| {
                r.decimal_in(v, p, lo, hi, true)
            });
            let audited = required(r, &o, "audited", |r, v, p| r.decimal_in(v, p, lo, hi, true));
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

/// Checks that `key` is an indicator whose method takes `takes`, giving its method when
/// known; nothing is checked when the plan's indicators could not be read.
fn indicator_for<'k>(
    r: &mut Reader,
    key: &str,
    p: &JsonPath,
    known: &'k Known,
    takes: InputKind,
) -> Option<Option<&'k Method>> {
    if !known.have_indicators {
        return Some(None);
    }
    let method = known.indicators.get(key);
    check_ref(r, method.is_some(), p, RefKind::Indicator, key)?;
    match method.and_then(Option::as_ref) {
        Some(m) if m.input() != takes => {
            r.err(
                p.clone(),
                ErrorKind::WrongInput {
                    indicator: key.to_string(),
                    method: m.kind(),
                    takes: m.input(),
                },
            );
            None
        }
        m => Some(m),
    }
}

/// A record part keyed by indicator id, each indicator's method taking `takes`, each entry
/// read by `read` (given the method when known).
fn indicator_map<T>(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
    takes: InputKind,
    mut read: impl FnMut(&mut Reader, Option<&Method>, &Value, &JsonPath) -> Option<T>,
) -> Option<BTreeMap<String, T>> {
    let m = r.map(v, path)?;
    entries(r, &m, |r, k, item, p| {
        let method = indicator_for(r, k, p, known, takes)?;
        read(r, method, item, p)
    })
}

fn read_records(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Record>> {
    let items = r.array(v, path, MAX_RECORDS)?;
    let mut seen = BTreeSet::new();
    each(r, items, path, |r, item, ip| {
        let rec = read_record(r, item, ip, known)?;
        if !seen.insert((rec.unit.clone(), rec.period.clone())) {
            r.err(
                ip.clone(),
                ErrorKind::DuplicateRecord {
                    unit: rec.unit.clone(),
                    period: rec.period.clone(),
                },
            );
            return None;
        }
        Some(rec)
    })
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
    let unit = required(r, &o, "unit", |r, v, p| known.unit(r, v, p));
    let period = required(r, &o, "period", |r, v, p| known.period(r, v, p));
    // Each part reports its own errors, in document order; every part is read.
    let values = opt(r, o.get("values"), BTreeMap::new, |r, v, p| {
        indicator_map(r, v, p, known, InputKind::Values, |r, method, v, p| {
            read_input_value(r, v, p, matches!(method, Some(Method::Direct)))
        })
    });
    let planned = opt(r, o.get("planned"), BTreeMap::new, |r, v, p| {
        indicator_map(r, v, p, known, InputKind::Values, |r, _, v, p| {
            r.decimal(v, p)
        })
    });
    let ratings = opt(r, o.get("ratings"), BTreeMap::new, |r, v, p| {
        indicator_map(r, v, p, known, InputKind::Ratings, |r, _, v, p| {
            read_ratings(r, v, p, known)
        })
    });
    let panel = opt(r, o.get("panel"), BTreeMap::new, |r, v, p| {
        indicator_map(r, v, p, known, InputKind::Panel, |r, _, v, p| {
            read_experts(r, v, p, known)
        })
    });
    let (panel, expert_names) = panel.map(split_expert_names).unzip();
    let events = opt(r, o.get("events"), Vec::new, |r, v, p| {
        read_events(r, v, p, known)
    });
    let coefficients = opt(
        r,
        o.get("coefficients"),
        || (None, None),
        |r, v, p| read_record_coefficients(r, v, p, known),
    );
    let closed_items = opt(
        r,
        o.get("closed_items"),
        || 0,
        |r, v, p| r.whole(v, p, MAX_COUNT),
    );
    let (coordination, risk) = coefficients?;
    Some(Record {
        unit: unit?,
        period: period?,
        values: values?,
        planned: planned?,
        ratings: ratings?,
        panel: panel?,
        expert_names: expert_names?,
        events: events?,
        coordination,
        risk,
        closed_items: closed_items?,
    })
}

/// A record's negative-list `events`.
fn read_events(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Event>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    each_object(r, items, path, &["level", "note"], |r, eo| {
        let level = required(r, eo, "level", |r, v, p| match &known.levels {
            Some(levels) => reference(r, v, p, levels, RefKind::DeductionLevel, true),
            None => r.id(v, p),
        });
        let note = opt(r, eo.get("note"), String::new, Reader::note);
        Some(Event {
            level: level?,
            note: note?,
        })
    })
}

/// A record's `coefficients` (coordination, risk), each within the plan's range when known.
fn read_record_coefficients(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<(Option<Decimal>, Option<Decimal>)> {
    let co = r.object(v, path, &["coordination", "risk"])?;
    let ranges = known.coefficients.as_ref();
    let read = |r: &mut Reader, name: &str, range: Option<(Decimal, Decimal)>| {
        co.get_some(name).map_or(Some(None), |(v, p)| {
            r.decimal_within(v, &p, range).map(Some)
        })
    };
    let coordination = read(r, "coordination", ranges.map(|c| c.coordination));
    let risk = read(r, "risk", ranges.map(|c| c.risk));
    Some((coordination?, risk?))
}

fn read_ratings(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<BTreeMap<String, Vec<Decimal>>> {
    let found = |g: &str| !matches!(&known.groups, Some(gs) if g != "self" && !gs.contains(g));
    ref_map(r, v, path, RefKind::RaterGroup, found, |r, item, p| {
        let items = r.array(item, p, MAX_RATINGS)?;
        each(r, items, p, |r, x, xp| r.decimal_within(x, xp, known.scale))
    })
}

/// A panel indicator's experts: each one's criterion scores, and its name (`expert`, a
/// display name, empty when not given).
fn read_experts(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<(String, BTreeMap<String, Decimal>)>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let found = |c: &str| !matches!(&known.criteria, Some(cs) if !cs.iter().any(|k| k == c));
    each(r, items, path, |r, item, ip| {
        let m = r.map(item, ip)?;
        let mut name = Some(String::new());
        let scores: Option<BTreeMap<String, Decimal>> = entries(r, &m, |r, k, v, p| {
            if k == EXPERT_NAME_KEY {
                return Some(None);
            }
            check_ref(r, found(k), p, RefKind::Criterion, k)?;
            score(r, v, p).map(Some)
        })
        .map(|all: Vec<(String, Option<Decimal>)>| {
            all.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
        });
        let criteria = known.criteria.iter().flatten();
        let present = all_present(r, item, ip, criteria, ErrorKind::MissingCriterion);
        if let Some((v, p)) = m.get(EXPERT_NAME_KEY) {
            name = r.name(v, &p);
        }
        Some((name?, scores.filter(|_| present)?))
    })
}

/// Splits each panel indicator's experts into their scores (`Record::panel`) and, when any
/// of them has a name, their names (`Record::expert_names`).
#[allow(clippy::type_complexity)]
fn split_expert_names(
    panel: BTreeMap<String, Vec<(String, BTreeMap<String, Decimal>)>>,
) -> (
    BTreeMap<String, Vec<BTreeMap<String, Decimal>>>,
    BTreeMap<String, Vec<String>>,
) {
    let mut names = BTreeMap::new();
    let scores = panel
        .into_iter()
        .map(|(ind, experts)| {
            let (n, s): (Vec<String>, Vec<_>) = experts.into_iter().unzip();
            if n.iter().any(|x| !x.is_empty()) {
                names.insert(ind.clone(), n);
            }
            (ind, s)
        })
        .collect();
    (scores, names)
}

fn read_history(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<HistoryEntry>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let mut seen = BTreeSet::new();
    each_object(r, items, path, &["period", "scores"], |r, o| {
        let period = required(r, o, "period", |r, v, p| {
            let id = r.id(v, p)?;
            if known.periods.contains(&id) {
                r.err(p.clone(), ErrorKind::HistoryClashesWithPlan(id));
                return None;
            }
            r.unique(&mut seen, id, p)
        });
        let scores = required(r, o, "scores", |r, v, p| {
            let found = |k: &str| !known.have_units || known.units.contains(k);
            ref_map(r, v, p, RefKind::Unit, found, |r, x, kp| {
                r.decimal_in(
                    x,
                    kp,
                    Some(Decimal::ZERO),
                    Some(Decimal::from(1_000_000)),
                    true,
                )
            })
        });
        Some(HistoryEntry {
            period: period?,
            scores: scores?,
        })
    })
}

fn read_scenarios(
    r: &mut Reader,
    v: &Value,
    path: &JsonPath,
    known: &Known,
) -> Option<Vec<Scenario>> {
    let items = r.array(v, path, MAX_SMALL_LIST)?;
    let mut seen = BTreeSet::new();
    let fields = ["id", "name", "weights", "grading"];
    each_object(r, items, path, &fields, |r, o| {
        let id = required(r, o, "id", |r, v, p| r.unique_id(&mut seen, v, p));
        let name = required(r, o, "name", Reader::name);
        let weights = opt(r, o.get("weights"), BTreeMap::new, |r, v, p| {
            let found = |k: &str| !known.have_profiles || known.profiles.contains(k);
            ref_map(r, v, p, RefKind::Profile, found, |r, x, kp| {
                read_dimension_weights(r, x, kp, known)
            })
        });
        let grading = opt(r, o.get("grading"), GradingOverride::default, |r, v, p| {
            let g = read_grading_override(r, v, p)?;
            if let Some(base) = &known.grading {
                if !check_grading_order(r, &g.apply(base), p) {
                    return None;
                }
            }
            Some(g)
        });
        Some(Scenario {
            id: id?,
            name: name?,
            weights: weights?,
            grading: grading?,
        })
    })
}

const PERSON_FIELDS: &[&str] = &[
    "id",
    "name",
    "unit",
    "post",
    "status",
    "host_unit",
    "months_in_post",
    "personal",
];

fn read_people(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Person>> {
    let items = r.array(v, path, MAX_LIST)?;
    let mut seen = BTreeSet::new();
    each_object(r, items, path, PERSON_FIELDS, |r, o| {
        let id = required(r, o, "id", |r, v, p| r.unique_id(&mut seen, v, p));
        let name = required(r, o, "name", Reader::name);
        let unit = required(r, o, "unit", |r, v, p| known.unit(r, v, p));
        let post = required(r, o, "post", Reader::choice);
        let status = required(r, o, "status", Reader::choice);
        let host_unit = match o.get_some("host_unit") {
            Some((v, p)) => known.unit(r, v, &p).map(|h| (Some(h), p)),
            None => Some((None, o.path.clone())),
        };
        let host_unit = match (status, host_unit) {
            (Some(Status::Seconded), Some((None, _))) => {
                r.err(o.path.clone(), ErrorKind::HostUnitRequired);
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
            o.get("months_in_post"),
            || 0,
            |r, v, p| r.whole(v, p, 10_000),
        );
        let personal = opt(
            r,
            o.get("personal"),
            || None,
            |r, v, p| {
                r.decimal_in_or_null(v, p, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED), true)
            },
        );
        Some(Person {
            id: id?,
            name: name?,
            unit: unit?,
            post: post?,
            status: status?,
            host_unit: host_unit?,
            months_in_post: months?,
            personal: personal?,
        })
    })
}

fn read_linkage(r: &mut Reader, v: &Value, path: &JsonPath) -> Option<Linkage> {
    let o = r.object(v, path, &["lambda", "min_months"])?;
    let d = defaults::linkage();
    let lambda = opt(r, o.get("lambda"), || d.lambda, weight);
    let min_months = opt(
        r,
        o.get("min_months"),
        || d.min_months,
        |r, v, p| r.whole(v, p, 10_000),
    );
    Some(Linkage {
        lambda: lambda?,
        min_months: min_months?,
    })
}

const APPEAL_FIELDS: &[&str] = &[
    "id",
    "unit",
    "period",
    "input",
    "original",
    "requested",
    "reason",
    "status",
];

fn read_appeals(r: &mut Reader, v: &Value, path: &JsonPath, known: &Known) -> Option<Vec<Appeal>> {
    let items = r.array(v, path, MAX_LIST)?;
    let mut seen = BTreeSet::new();
    each_object(r, items, path, APPEAL_FIELDS, |r, o| {
        let id = required(r, o, "id", |r, v, p| r.unique_id(&mut seen, v, p));
        let unit = required(r, o, "unit", |r, v, p| known.unit(r, v, p));
        let period = required(r, o, "period", |r, v, p| known.period(r, v, p));
        let input = required(r, o, "input", Reader::name);
        let original = r.req(o, "original").map(|(v, _)| v.clone());
        let requested = r.req(o, "requested").map(|(v, _)| v.clone());
        let reason = opt(r, o.get("reason"), String::new, Reader::note);
        let status = required(r, o, "status", Reader::choice);
        Some(Appeal {
            id: id?,
            unit: unit?,
            period: period?,
            input: input?,
            original: original?,
            requested: requested?,
            reason: reason?,
            status: status?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example with one edit made to its JSON.
    fn example_with(edit: impl FnOnce(&mut Value)) -> Result<Workspace, Errors> {
        let mut v = crate::testing::example_doc();
        edit(&mut v);
        workspace_from_value(&v)
    }

    fn set(v: &mut Value, path: &str, to: Value) {
        assert!(v.set_at(&JsonPath::parse(path).unwrap(), to), "{path}");
    }

    #[test]
    fn the_example_parses_into_its_model() {
        let ws = crate::testing::example();
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
        let mut v = crate::testing::example_doc();
        set(&mut v, "units[0].level", Value::str("province"));
        let at = JsonPath::root().key("workspace");
        let errs = workspace_from_value_at(&v, &at).unwrap_err();
        assert_eq!(errs.0[0].path.to_string(), "workspace.units[0].level");
    }

    #[test]
    fn syntax_errors_keep_line_and_column() {
        let errs = parse_workspace("{\n  \"format\": ,\n}").unwrap_err();
        let [e] = errs.0.as_slice() else { panic!("{errs}") };
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
