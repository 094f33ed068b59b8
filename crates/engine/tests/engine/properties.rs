//! Property tests of the scoring engine (`scoring-method.md`, `file-format.md`): random valid
//! workspaces on the default plan, and properties that must hold for every one of them.
//!
//! The generator starts from `defaults::workspace` and varies what a real plan and its data
//! vary: the missing-data and cohort policies, the method of the cohort indicator
//! (`utilisation`: min-max or z-score, higher or lower better), the survey scale, a deduction
//! cap; 1–25 units across the three profiles, each with records in 1–5 periods; values with
//! 0–4 decimal places in realistic ranges (some as reported/audited pairs, some missing),
//! planned values, 360° ratings per group including `self`, panels of 0–7 experts,
//! negative-list events of every level, coefficients within range, closed items 0–5, history
//! and one scenario with other weights (inside or outside the bands) and maybe grading.
//! Some units draw from the good end of every range (so that Excellent grades, quotas and
//! honours are reached) and some copy the previous unit's data (so that ranks and quota
//! places tie).
//!
//! Each case checks one query drawn at random (a period or the annual composite, under the
//! plan or the scenario) so that the file stays well under 30 s in a debug build.

use proptest::prelude::*;
use proptest::sample::Index;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use scorecard_engine::defaults;
use scorecard_engine::exact::Exact;
use scorecard_engine::json::Value;
use scorecard_engine::model::*;
use scorecard_engine::results::results_value;
use scorecard_engine::score::grade::Grade;
use scorecard_engine::score::indicator::IRRATIONAL_PLACES;
use scorecard_engine::score::period::{score_period, weights_in_force, UnitPeriod};
use scorecard_engine::score::{find_scenario, Query, ResultSet, UnitDetail};
use scorecard_engine::{
    canonical_json, input_sha256, parse_workspace, results_json, score, verify_results,
    workspace_json,
};
use std::collections::BTreeMap;

const YEAR: i32 = 2026;
const PROFILES: [&str; 3] = ["standard", "technical", "logistics"];
const LEVELS: [&str; 3] = ["general", "serious", "major"];
const GROUPS: [&str; 4] = ["superior", "peer", "subordinate", "self"];
const SCENARIO: &str = "alt";

// ---------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------

/// A decimal in `[lo, hi]` with 0–`max_places` decimal places.
fn dec(lo: &str, hi: &str, max_places: u32) -> impl Strategy<Value = Decimal> {
    let lo: Decimal = lo.parse().unwrap();
    let hi: Decimal = hi.parse().unwrap();
    let bounds = move |p: u32| {
        let f = Decimal::from(10i64.pow(p));
        let a = (lo * f).ceil().to_i64().unwrap();
        let b = (hi * f).floor().to_i64().unwrap();
        (a, b)
    };
    // The fewest places at which the range holds a value.
    let least = (0..=max_places)
        .find(|&p| bounds(p).0 <= bounds(p).1)
        .unwrap();
    // A plain map (not a flat map): generating thousands of these per workspace stays
    // cheap; shrinking moves towards fewer places and towards `lo`.
    (least..=max_places, 0u64..1_000_000_007).prop_map(move |(p, x)| {
        let (a, b) = bounds(p);
        let span = u64::try_from(b - a + 1).unwrap();
        Decimal::new(a + i64::try_from(x % span).unwrap(), p)
    })
}

/// A value in `[lo, hi]`, plain or as a reported/audited pair (both in range).
fn value(lo: &'static str, hi: &'static str) -> impl Strategy<Value = InputValue> {
    prop_oneof![
        4 => dec(lo, hi, 4).prop_map(InputValue::Plain),
        1 => (dec(lo, hi, 4), dec(lo, hi, 4)).prop_map(|(reported, audited)| {
            InputValue::Audited { reported, audited }
        }),
        1 => dec(lo, hi, 4).prop_map(|a| InputValue::Audited { reported: a, audited: a }),
    ]
}

/// The plan's variations.
#[derive(Debug, Clone)]
struct PlanSpec {
    missing: MissingPolicy,
    cohort: CohortPolicy,
    utilisation: Method,
    scale_1_to_5: bool,
    deduction_cap: Option<Decimal>,
}

fn plan_spec() -> impl Strategy<Value = PlanSpec> {
    (
        prop_oneof![Just(MissingPolicy::Exclude), Just(MissingPolicy::Zero)],
        prop_oneof![Just(CohortPolicy::All), Just(CohortPolicy::Profile)],
        prop_oneof![
            Just(Method::MinMax(Better::Higher)),
            Just(Method::MinMax(Better::Lower)),
            Just(Method::ZScore(Better::Higher)),
            Just(Method::ZScore(Better::Lower)),
        ],
        any::<bool>(),
        prop::option::weighted(0.2, dec("0.05", "0.40", 2)),
    )
        .prop_map(
            |(missing, cohort, utilisation, scale_1_to_5, deduction_cap)| PlanSpec {
                missing,
                cohort,
                utilisation,
                scale_1_to_5,
                deduction_cap,
            },
        )
}

/// One record's data (unit and period are filled in when the workspace is built).
#[derive(Debug, Clone)]
struct RecSpec {
    values: Vec<(&'static str, Option<InputValue>)>,
    planned: Vec<(&'static str, Option<Decimal>)>,
    ratings: Option<BTreeMap<String, Vec<Decimal>>>,
    panel: Option<Vec<BTreeMap<String, Decimal>>>,
    events: Vec<&'static str>,
    coordination: Option<Decimal>,
    risk: Option<Decimal>,
    closed_items: u32,
}

/// A record's data; `strong` draws from the good end of every range, so that some units
/// reach the Excellent line (with uniform data almost none would).
fn rec_spec(scale_1_to_5: bool, strong: bool) -> impl Strategy<Value = RecSpec> {
    let present = 0.85;
    let r = |wide: (&'static str, &'static str), good: (&'static str, &'static str)| {
        if strong {
            good
        } else {
            wide
        }
    };
    let (progress, quality, utilisation, plans, response, rating, expert_score) = (
        r(("0", "1.2"), ("0.9", "1.1")), // linear 0 → 1
        r(("0.80", "1"), ("0.95", "1")), // bands 0.90 / 0.95 / 0.98
        r(("0.30", "1"), ("0.8", "1")),  // min-max or z-score over the cohort
        r(("0", "100"), ("88", "100")),  // direct
        r(("10", "150"), ("10", "40")),  // linear 120 → 30 (lower is better)
        r(("0", "100"), ("85", "100")),  // ratings on 0–100
        r(("0", "100"), ("85", "100")),  // expert criterion scores
    );
    let values = (
        prop::option::weighted(present, value(progress.0, progress.1)),
        prop::option::weighted(present, value(quality.0, quality.1)),
        prop::option::weighted(present, value(utilisation.0, utilisation.1)),
        prop::option::weighted(present, value(plans.0, plans.1)),
        prop::option::weighted(present, value(response.0, response.1)),
    )
        .prop_map(|(a, b, c, d, e)| {
            vec![
                ("progress", a),
                ("quality", b),
                ("utilisation", c),
                ("plans", d),
                ("response", e),
            ]
        });
    let planned = (
        prop::option::weighted(0.3, dec("0.5", "1", 2)),
        prop::option::weighted(0.2, dec("0.9", "1", 3)),
    )
        .prop_map(|(a, b)| vec![("progress", a), ("quality", b)]);
    let rating = match (scale_1_to_5, strong) {
        (true, false) => dec("1", "5", 2).boxed(),
        (true, true) => dec("4.4", "5", 2).boxed(),
        (false, _) => dec(rating.0, rating.1, 2).boxed(),
    };
    let ratings = prop::option::weighted(
        present,
        prop::collection::vec(prop::collection::vec(rating, 0..=4), 4).prop_map(|groups| {
            GROUPS
                .iter()
                .zip(groups)
                .filter(|(_, rs)| !rs.is_empty())
                .map(|(g, rs)| (g.to_string(), rs))
                .collect::<BTreeMap<_, _>>()
        }),
    );
    let e = || dec(expert_score.0, expert_score.1, 2);
    let expert = (e(), e(), e()).prop_map(|(f, p, b)| {
        [("feasibility", f), ("promotion", p), ("benefit", b)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>()
    });
    let panel = prop::option::weighted(present, prop::collection::vec(expert, 0..=7));
    let events = prop_oneof![
        if strong { 8 } else { 3 } => Just(Vec::new()),
        1 => prop::collection::vec(prop::sample::select(&LEVELS[..]), 1..=3),
    ];
    let coefficient = || prop::option::weighted(0.5, dec("0.90", "1.10", 3));
    (
        values,
        planned,
        ratings,
        panel,
        events,
        coefficient(),
        coefficient(),
        0u32..=5,
    )
        .prop_map(
            |(values, planned, ratings, panel, events, coordination, risk, closed_items)| RecSpec {
                values,
                planned,
                ratings,
                panel,
                events,
                coordination,
                risk,
                closed_items,
            },
        )
}

/// One unit: its profile, level, the periods it has records in, their data, its history.
#[derive(Debug, Clone)]
struct UnitSpec {
    profile: usize,
    level: Level,
    periods: Vec<usize>,
    /// One per period in `periods`.
    records: Vec<RecSpec>,
    history: [Option<Decimal>; 2],
    /// Takes the previous unit's profile, periods and data (ties in rank and quota).
    twin: bool,
}

fn unit_spec(scale_1_to_5: bool) -> impl Strategy<Value = UnitSpec> {
    (
        0usize..3,
        prop_oneof![Just(Level::Hq), Just(Level::Direct), Just(Level::Branch)],
        prop::sample::subsequence(vec![0usize, 1, 2, 3, 4], 1..=5),
        prop::option::weighted(0.3, dec("30", "100", 2)),
        prop::option::weighted(0.5, dec("30", "100", 2)),
        prop::bool::weighted(0.3),
        prop::bool::weighted(0.15),
    )
        .prop_flat_map(move |(profile, level, periods, h0, h1, strong, twin)| {
            let records = prop::collection::vec(rec_spec(scale_1_to_5, strong), periods.len());
            (Just((profile, level, periods, [h0, h1], twin)), records)
        })
        .prop_map(
            |((profile, level, periods, history, twin), records)| UnitSpec {
                profile,
                level,
                periods,
                records,
                history,
                twin,
            },
        )
}

/// The scenario: new weights (whole percents, summing to 1; inside or outside the bands)
/// for some profiles, and maybe a grading override.
#[derive(Debug, Clone)]
struct ScenarioSpec {
    weights: Vec<(usize, [i64; 3])>,
    excellent_share: Option<Decimal>,
    excellent_min: Option<Decimal>,
}

fn scenario_spec() -> impl Strategy<Value = ScenarioSpec> {
    (
        prop::collection::vec((0usize..3, [35i64..=50, 15i64..=25, 15i64..=25]), 1..=3),
        prop::option::weighted(0.3, prop::sample::select(vec!["0.15", "0.20", "0.05"])),
        prop::option::weighted(0.2, prop::sample::select(vec!["85", "95"])),
    )
        .prop_map(|(weights, share, min)| ScenarioSpec {
            weights,
            excellent_share: share.map(|s| s.parse().unwrap()),
            excellent_min: min.map(|s| s.parse().unwrap()),
        })
}

fn dimension_weights(task: i64, team: i64, innovation: i64) -> BTreeMap<String, Decimal> {
    let risk = 100 - task - team - innovation;
    [
        ("task", task),
        ("team", team),
        ("innovation", innovation),
        ("risk", risk),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), Decimal::new(v, 2)))
    .collect()
}

fn build(plan: &PlanSpec, units: &[UnitSpec], scen: &ScenarioSpec) -> Workspace {
    let mut ws = defaults::workspace("性質測試", YEAR);
    ws.plan.missing = plan.missing;
    ws.plan.cohort = plan.cohort;
    ws.plan.deductions.cap = plan.deduction_cap;
    if plan.scale_1_to_5 {
        ws.plan.survey.scale = (Decimal::ONE, Decimal::from(5));
    }
    for d in &mut ws.plan.dimensions {
        for ind in &mut d.indicators {
            if ind.id == "utilisation" {
                ind.method = plan.utilisation.clone();
            }
        }
    }
    let periods: Vec<String> = ws.plan.periods.iter().map(|p| p.id.clone()).collect();
    let mut history = [BTreeMap::new(), BTreeMap::new()];
    let mut previous: Option<&UnitSpec> = None;
    for (i, own) in units.iter().enumerate() {
        let id = format!("u{:02}", i + 1);
        let u = match previous {
            Some(p) if own.twin => p,
            _ => own,
        };
        previous = Some(u);
        ws.units.push(Unit {
            id: id.clone(),
            name: format!("第{}支隊", i + 1),
            level: own.level,
            profile: PROFILES[u.profile].to_string(),
        });
        for (&p, s) in u.periods.iter().zip(&u.records) {
            let mut r = Record::new(&id, &periods[p]);
            for (k, v) in &s.values {
                if let Some(v) = v {
                    r.values.insert(k.to_string(), v.clone());
                }
            }
            for (k, v) in &s.planned {
                if let Some(v) = v {
                    r.planned.insert(k.to_string(), *v);
                }
            }
            if let Some(g) = &s.ratings {
                r.ratings.insert("team360".into(), g.clone());
            }
            if let Some(e) = &s.panel {
                r.panel.insert("panel".into(), e.clone());
            }
            r.events = s
                .events
                .iter()
                .map(|l| Event {
                    level: l.to_string(),
                    note: format!("{l} 事件"),
                })
                .collect();
            r.coordination = s.coordination;
            r.risk = s.risk;
            r.closed_items = s.closed_items;
            ws.records.push(r);
        }
        for (h, score) in history.iter_mut().zip(own.history) {
            if let Some(score) = score {
                h.insert(id.clone(), score);
            }
        }
    }
    for (period, scores) in ["2025Q4", "2025final"].into_iter().zip(history) {
        if !scores.is_empty() {
            ws.history.push(HistoryEntry {
                period: period.into(),
                scores,
            });
        }
    }
    let weights = scen
        .weights
        .iter()
        .map(|(p, [t, a, b])| (PROFILES[*p].to_string(), dimension_weights(*t, *a, *b)))
        .collect();
    ws.scenarios.push(Scenario {
        id: SCENARIO.into(),
        name: "特殊時期".into(),
        weights,
        grading: GradingOverride {
            excellent_share: scen.excellent_share,
            excellent_min: scen.excellent_min,
            ..GradingOverride::default()
        },
    });
    ws
}

/// Random valid workspaces.
fn workspace() -> impl Strategy<Value = Workspace> {
    plan_spec()
        .prop_flat_map(|p| {
            let units = prop::collection::vec(unit_spec(p.scale_1_to_5), 1..=25);
            (Just(p), units, scenario_spec())
        })
        .prop_map(|(p, units, scen)| build(&p, &units, &scen))
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn period_ids(ws: &Workspace) -> Vec<String> {
    ws.plan.periods.iter().map(|p| p.id.clone()).collect()
}

/// Every query: each period and the annual composite, under the plan and the scenario.
fn queries(ws: &Workspace) -> Vec<Query> {
    let mut out = Vec::new();
    for scenario in [None, Some(SCENARIO)] {
        for p in period_ids(ws) {
            out.push(Query::period(&p).with_scenario(scenario));
        }
        out.push(Query::annual().with_scenario(scenario));
    }
    out
}

/// The results document without what depends on the input's spelling (the embedded
/// workspace and its digest).
fn results_without_input(ws: &Workspace, rs: &ResultSet) -> Value {
    let mut v = results_value(ws, rs);
    if let Value::Object(fields) = &mut v {
        fields.retain(|(k, _)| k != "workspace" && k != "input_sha256");
    }
    v
}

fn hundred() -> Exact {
    Exact::from(Decimal::ONE_HUNDRED)
}

fn in_0_100(x: &Exact) -> bool {
    *x >= Exact::zero() && *x <= hundred()
}

fn label(q: &Query) -> String {
    format!(
        "{}/{}",
        q.period.as_word(),
        q.scenario.as_deref().unwrap_or("plan")
    )
}

/// Deterministic Fisher–Yates from a seed.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = usize::try_from((seed >> 33) % (i as u64 + 1)).unwrap();
        items.swap(i, j);
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_iters: 2_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------
// Properties
//
// Each case checks one query drawn at random (a period or the annual composite, under the
// plan or the scenario) rather than all twelve; over the cases every query is drawn often.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(128))]

    /// 1. Every indicator and dimension score (exact) is within [0, 100], and so is the
    /// weighted score B; every published score is ≥ 0; published dimension scores (period
    /// and annual) are within [0, 100].
    #[test]
    fn scores_within_bounds(ws in workspace(), pick in any::<Index>()) {
        let q = pick.get(&queries(&ws)).clone();
        let rs = score(&ws, &q).unwrap();
        for u in &rs.units {
            let at = format!("{} {}", label(&q), u.unit);
            prop_assert!(u.score >= Decimal::ZERO, "{at}: score {}", u.score);
            for (d, s) in &u.dimensions {
                prop_assert!(
                    *s >= Decimal::ZERO && *s <= Decimal::ONE_HUNDRED,
                    "{at}: published dimension {d} = {s}"
                );
            }
            match &u.detail {
                UnitDetail::Period(p) => {
                    prop_assert!(p.final_score >= Exact::zero(), "{at}: F < 0");
                    for i in &p.indicators {
                        if let Some(s) = &i.score {
                            prop_assert!(in_0_100(s), "{at}: indicator {} = {:?}", i.id, s);
                        }
                    }
                    for d in &p.dimensions {
                        if let Some(s) = &d.score {
                            prop_assert!(in_0_100(s), "{at}: dimension {} = {:?}", d.id, s);
                        }
                    }
                    prop_assert!(in_0_100(&p.weighted), "{at}: B = {:?}", p.weighted);
                }
                UnitDetail::Annual(a) => {
                    for (d, s) in &a.dimensions {
                        prop_assert!(in_0_100(s), "{at}: annual dimension {d} = {:?}", s);
                    }
                }
            }
        }
    }

    /// 3. Permuting the units and the records changes no result (the results file without
    /// the embedded workspace and its digest is the same text).
    #[test]
    fn permutation_changes_nothing(
        ws in workspace(),
        pick in any::<Index>(),
        seed_u in any::<u64>(),
        seed_r in any::<u64>(),
    ) {
        let mut shuffled = ws.clone();
        shuffle(&mut shuffled.units, seed_u);
        shuffle(&mut shuffled.records, seed_r);
        let q = pick.get(&queries(&ws)).clone();
        let a = results_without_input(&ws, &score(&ws, &q).unwrap());
        let b = results_without_input(&shuffled, &score(&shuffled, &q).unwrap());
        prop_assert_eq!(a.to_compact(), b.to_compact(), "{}", label(&q));
    }

    /// 4. A scenario whose weights are the plan's (for any subset of the profiles, with no
    /// grading override) gives the plan's results: scores, ranks, grades, flags, every
    /// figure and its detail.
    #[test]
    fn scenario_with_plan_weights_is_the_plan(
        ws in workspace(),
        subset in prop::sample::subsequence(vec![0usize, 1, 2], 0..=3),
        pick in any::<Index>(),
    ) {
        let mut ws = ws;
        let weights = subset
            .iter()
            .map(|&i| (ws.plan.profiles[i].id.clone(), ws.plan.profiles[i].weights.clone()))
            .collect();
        ws.scenarios.push(Scenario {
            id: "same".into(),
            name: "同計劃".into(),
            weights,
            grading: GradingOverride::default(),
        });
        let mut qs: Vec<Query> = period_ids(&ws).iter().map(|p| Query::period(p)).collect();
        qs.push(Query::annual());
        let q = pick.get(&qs);
        let plan = score(&ws, q).unwrap();
        let same = score(&ws, &q.clone().with_scenario(Some("same"))).unwrap();
        prop_assert_eq!(&plan.units, &same.units, "{}", label(q));
        prop_assert_eq!(plan.official, same.official);
        prop_assert_eq!(plan.quota, same.quota);
        prop_assert_eq!(plan.quota_tie, same.quota_tie);
        prop_assert_eq!(&plan.grading, &same.grading);
        prop_assert_eq!(&plan.people, &same.people);
    }

    /// 5. Export → import → export is byte-identical, the import equals the original and
    /// the canonical digest is unchanged; a results file written from it verifies.
    #[test]
    fn export_import_round_trip(ws in workspace(), pick in any::<Index>()) {
        let text = workspace_json(&ws);
        let back = match parse_workspace(&text) {
            Ok(back) => back,
            Err(e) => return Err(TestCaseError::fail(format!("generated workspace refused:\n{e}"))),
        };
        prop_assert_eq!(&back, &ws);
        prop_assert_eq!(workspace_json(&back), text);
        prop_assert_eq!(canonical_json(&back), canonical_json(&ws));
        prop_assert_eq!(input_sha256(&back), input_sha256(&ws));

        let q = pick.get(&queries(&ws)).clone();
        let file = results_json(&back, &score(&back, &q).unwrap());
        let v = verify_results(&file).unwrap();
        prop_assert!(v.verified(), "{}: {:?}", label(&q), v.mismatches);
    }

    /// 6. Ranks are competition ranks of the published scores (1 + the number of strictly
    /// higher scores); units are listed by rank, then id; the number of Excellent units is
    /// at least min(quota, candidates) and at most the candidates, above the quota only
    /// with `quota_tie`; every Excellent unit has S ≥ excellent_min and no veto and scores
    /// no lower than any candidate left out; the other grades follow the lines.
    #[test]
    fn ranks_and_grades(ws in workspace(), pick in any::<Index>()) {
        let q = pick.get(&queries(&ws)).clone();
        let rs = score(&ws, &q).unwrap();
        let at = label(&q);
        let g = &rs.grading;
        for u in &rs.units {
            let higher = rs.units.iter().filter(|o| o.score > u.score).count();
            prop_assert_eq!(u.rank as usize, higher + 1, "{} {}: rank", at, u.unit);
        }
        for w in rs.units.windows(2) {
            prop_assert!(
                (w[0].rank, &w[0].unit) < (w[1].rank, &w[1].unit),
                "{at}: {} (rank {}) listed before {} (rank {})",
                w[0].unit, w[0].rank, w[1].unit, w[1].rank
            );
        }
        let is_candidate = |u: &&scorecard_engine::score::UnitResult| {
            u.score >= g.excellent_min && !u.veto
        };
        let candidates = rs.units.iter().filter(is_candidate).count();
        let excellent: Vec<_> = rs.units.iter().filter(|u| u.grade == Grade::Excellent).collect();
        prop_assert!(
            excellent.len() >= (rs.quota as usize).min(candidates),
            "{at}: {} excellent, quota {}, {candidates} candidates", excellent.len(), rs.quota
        );
        prop_assert!(excellent.len() <= candidates, "{at}: more excellent than candidates");
        if excellent.len() > rs.quota as usize {
            prop_assert!(rs.quota_tie, "{at}: over the quota without quota_tie");
        }
        for u in &excellent {
            prop_assert!(is_candidate(u), "{at} {}: excellent but not a candidate", u.unit);
            for o in rs.units.iter().filter(is_candidate) {
                if o.grade != Grade::Excellent {
                    prop_assert!(u.score >= o.score, "{at}: {} excellent below {}", u.unit, o.unit);
                }
            }
        }
        for u in rs.units.iter().filter(|u| u.grade != Grade::Excellent) {
            let want = if u.score >= g.good_min {
                Grade::Good
            } else if u.score >= g.pass_line {
                Grade::Pass
            } else {
                Grade::Fail
            };
            prop_assert_eq!(u.grade, want, "{} {}: {}", at, u.unit, u.score);
        }
        for u in &rs.units {
            prop_assert_eq!(u.flags.leadership_review, u.score < g.severe_line);
        }
        prop_assert!(rs.units.is_empty() || rs.quota >= 1, "{at}: quota 0");
    }

    /// 7. The annual score lies between the unit's lowest and highest published period
    /// score; every unit (each has a record) has one; the annual parts are the period
    /// results (checked against one period drawn at random).
    #[test]
    fn annual_between_period_extremes(
        ws in workspace(),
        under_scenario in any::<bool>(),
        period_pick in any::<Index>(),
    ) {
        let scenario = under_scenario.then_some(SCENARIO);
        let annual = score(&ws, &Query::annual().with_scenario(scenario)).unwrap();
        prop_assert_eq!(annual.units.len(), ws.units.len());
        let pid = period_pick.get(&period_ids(&ws)).clone();
        let period = score(&ws, &Query::period(&pid).with_scenario(scenario)).unwrap();
        for u in &annual.units {
            let UnitDetail::Annual(a) = &u.detail else {
                return Err(TestCaseError::fail("annual detail expected"));
            };
            let scores: Vec<Decimal> = a.parts.iter().filter_map(|p| p.score).collect();
            let lo = scores.iter().min().copied().unwrap();
            let hi = scores.iter().max().copied().unwrap();
            prop_assert!(
                lo <= u.score && u.score <= hi,
                "{}: annual {} outside [{lo}, {hi}]", u.unit, u.score
            );
            let part = a.parts.iter().find(|p| p.period == pid).and_then(|p| p.score);
            prop_assert_eq!(part, period.unit(&u.unit).map(|x| x.score), "{} {}", u.unit, pid);
        }
    }
}

// ---------------------------------------------------------------------------------------
// 2. Monotonicity
// ---------------------------------------------------------------------------------------

/// For a value indicator: which way improves it (`+1` higher is better; `-1` lower is
/// better, the mirror image) and whether it is scored against a cohort (min-max, z-score).
fn direction(ws: &Workspace, id: &str) -> Option<(i32, bool)> {
    let ind = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == id)?;
    match &ind.method {
        Method::Linear { worst, best } if best > worst => Some((1, false)),
        Method::Linear { .. } => Some((-1, false)),
        Method::Bands(_) | Method::Direct => Some((1, false)),
        Method::MinMax(Better::Higher) | Method::ZScore(Better::Higher) => Some((1, true)),
        Method::MinMax(Better::Lower) | Method::ZScore(Better::Lower) => Some((-1, true)),
        Method::Survey | Method::Panel => None,
    }
}

/// One unit's period computation, under the plan or the scenario.
fn unit_period(ws: &Workspace, period: &str, scenario: Option<&str>, unit: &str) -> UnitPeriod {
    let q = Query::period(period).with_scenario(scenario);
    let sc = find_scenario(ws, &q).unwrap();
    score_period(ws, period, &weights_in_force(&ws.plan, sc))
        .unwrap()
        .into_iter()
        .find(|u| u.unit == unit)
        .unwrap()
}

fn indicator_score(u: &UnitPeriod, id: &str) -> Exact {
    u.indicators
        .iter()
        .find(|i| i.id == id)
        .and_then(|i| i.score.clone())
        .unwrap()
}

/// The step for an indicator: small for rates, larger for points and minutes.
fn step(id: &str, raw: Decimal) -> Decimal {
    match id {
        "plans" | "response" => raw * Decimal::from(100),
        _ => raw,
    }
}

/// An irrational z-score is computed from a square root truncated to 40 places and then
/// carried to `IRRATIONAL_PLACES` (20) places (DESIGN.md, "Exact arithmetic"), so two
/// z-scores equal in exact arithmetic may come out one unit of the 20th place apart, far
/// below anything published. A drop of a z-score indicator within that unit is not counted.
fn sqrt_slack() -> Exact {
    Exact::from(Decimal::new(1, IRRATIONAL_PLACES))
}

proptest! {
    #![proptest_config(config(128))]

    /// 2. Improving one unit's value of an indicator (raising it when higher is better,
    /// lowering it when lower is better) never lowers that unit's indicator score; for
    /// linear / bands / direct it never lowers its period score (exact F and published S)
    /// nor its annual score; for the cohort methods (min-max, z-score) only the indicator
    /// score is claimed (within `sqrt_slack` for z-score), since others' scores move too.
    #[test]
    fn improving_a_value_never_hurts(
        ws in workspace(),
        rec_pick in any::<Index>(),
        ind_pick in any::<Index>(),
        raw in dec("0", "0.5", 4),
        under_scenario in any::<bool>(),
    ) {
        let ri = rec_pick.index(ws.records.len());
        let rec = &ws.records[ri];
        let present: Vec<String> = rec
            .values
            .keys()
            .filter(|k| direction(&ws, k).is_some())
            .cloned()
            .collect();
        if present.is_empty() {
            return Ok(());
        }
        let id = ind_pick.get(&present).clone();
        let (dir, cohort) = direction(&ws, &id).unwrap();
        let unit = rec.unit.clone();
        let period = rec.period.clone();
        let scenario = under_scenario.then_some(SCENARIO);

        let mut better = ws.clone();
        let slot = better.records[ri].values.get_mut(&id).unwrap();
        let old = slot.scored();
        let delta = step(&id, raw);
        let mut new = if dir > 0 { old + delta } else { old - delta };
        if id == "plans" {
            new = new.min(Decimal::ONE_HUNDRED); // a direct score stays in [0, 100]
        }
        match slot {
            InputValue::Plain(v) => *v = new,
            InputValue::Audited { audited, .. } => *audited = new,
        }

        let a = unit_period(&ws, &period, scenario, &unit);
        let b = unit_period(&better, &period, scenario, &unit);
        let at = format!("{period}/{} {unit} {id}: {old} → {new}", scenario.unwrap_or("plan"));
        let (sa, sb) = (indicator_score(&a, &id), indicator_score(&b, &id));
        let zscore = cohort && matches!(
            ws.plan.dimensions.iter().flat_map(|d| &d.indicators).find(|i| i.id == id).map(|i| &i.method),
            Some(Method::ZScore(_))
        );
        let floor = if zscore { sa.clone() - sqrt_slack() } else { sa.clone() };
        prop_assert!(sb >= floor, "{at}: indicator {:?} → {:?}", sa, sb);
        if !cohort {
            prop_assert!(b.final_score >= a.final_score, "{at}: F {:?} → {:?}", a.final_score, b.final_score);
            prop_assert!(b.published >= a.published, "{at}: S {} → {}", a.published, b.published);
            let q = Query::annual().with_scenario(scenario);
            let xa = score(&ws, &q).unwrap().unit(&unit).unwrap().score;
            let xb = score(&better, &q).unwrap().unit(&unit).unwrap().score;
            prop_assert!(xb >= xa, "{at}: annual {xa} → {xb}");
        }
    }
}

/// The generator's workspaces are valid and score.
#[test]
fn generator_smoke() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    for _ in 0..4 {
        let ws = workspace().new_tree(&mut runner).unwrap().current();
        let text = workspace_json(&ws);
        if let Err(e) = parse_workspace(&text) {
            panic!("generated workspace refused:\n{e}\n{text}");
        }
        assert!(!ws.records.is_empty());
        score(&ws, &Query::annual().with_scenario(Some(SCENARIO))).unwrap();
    }
}

/// The generator reaches the interesting cases the properties are about: Excellent units,
/// rank ties, `quota_tie`, an Excellent-line score blocked by a veto and unofficial
/// (out-of-band) sets, each in at least one of 180 result sets (a deterministic runner,
/// so this is the same every run; it was 102, 122, 9, 5 and 49 when written).
#[test]
fn generator_reaches_every_interesting_case() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut sets, mut exc, mut ties, mut qtie, mut veto_block, mut band, mut n) =
        (0, 0, 0, 0, 0, 0, 0);
    for _ in 0..60 {
        let ws = workspace().new_tree(&mut runner).unwrap().current();
        for q in [
            Query::period("2026final"),
            Query::annual(),
            Query::period("2026Q2").with_scenario(Some(SCENARIO)),
        ] {
            let rs = score(&ws, &q).unwrap();
            sets += 1;
            n += rs.units.len();
            exc += usize::from(rs.units.iter().any(|u| u.grade == Grade::Excellent));
            ties += usize::from(rs.units.windows(2).any(|w| w[0].rank == w[1].rank));
            qtie += usize::from(rs.quota_tie);
            veto_block += usize::from(
                rs.units
                    .iter()
                    .any(|u| u.veto && u.score >= rs.grading.excellent_min),
            );
            band += usize::from(!rs.official);
        }
    }
    let counts = format!("sets {sets} units {n} with-excellent {exc} rank-ties {ties} quota_tie {qtie} veto-blocked {veto_block} unofficial {band}");
    assert_eq!(sets, 180, "{counts}");
    assert!(n >= sets, "{counts}");
    for (case, count) in [
        ("an Excellent unit", exc),
        ("a rank tie", ties),
        ("quota_tie", qtie),
        ("a veto blocking Excellent", veto_block),
        ("an unofficial set", band),
    ] {
        assert!(count > 0, "the generator never reaches {case}: {counts}");
    }
}

/// The case behind `sqrt_slack`, found while writing property 2: in the cohort {1, 1, v},
/// the z-score of v is √2 for every v > 1 in exact arithmetic, but with the square root
/// truncated to 40 places raising v from 2 to 8 lowered the indicator score by 4.8e-41
/// (engine of 7f5c201). Since the score is carried to 20 places both come out equal; any
/// drop must stay within the slack, and what is published is the same.
#[test]
fn zscore_truncated_sqrt_drop_is_below_the_slack() {
    let cohort = |v: i64| {
        let mut ws = defaults::workspace("z", YEAR);
        ws.plan.dimensions[0].indicators[2].method = Method::ZScore(Better::Higher);
        for (i, x) in [1, 1, v].into_iter().enumerate() {
            let id = format!("u{i}");
            ws.units.push(Unit {
                id: id.clone(),
                name: id.clone(),
                level: Level::Hq,
                profile: "standard".into(),
            });
            let mut r = Record::new(&id, "2026Q1");
            r.values
                .insert("utilisation".into(), InputValue::Plain(Decimal::from(x)));
            ws.records.push(r);
        }
        ws
    };
    let at = |v| {
        indicator_score(
            &unit_period(&cohort(v), "2026Q1", None, "u2"),
            "utilisation",
        )
    };
    let (a, b) = (at(2), at(8));
    assert!(b >= a.clone() - sqrt_slack(), "{a:?} → {b:?}");
    // Both are 50 + 10·√2 = 64.142135623730950488… to far more than 2 places.
    assert_eq!(a.round2(), Some(Decimal::new(6414, 2)));
    assert_eq!(b.round2(), Some(Decimal::new(6414, 2)));
}
