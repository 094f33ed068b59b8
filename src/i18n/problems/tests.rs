//! Every kind of refusal has a text in both languages, with the same placeholders, all of
//! them filled, and names instead of ids and paths where the workspace has them.

use super::*;
use rust_decimal::Decimal;
use scorecard_engine::error::ErrorKind;
use scorecard_engine::{json, parse, EXAMPLE_WORKSPACE};
use std::collections::BTreeSet;

pub(crate) fn placeholders(t: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let j = after.find('}').expect("an unclosed placeholder");
        out.insert(after[..j].to_string());
        rest = &after[j + 1..];
    }
    out
}

pub(crate) fn check(label: &str, m: &Message) {
    let zh = placeholders(m.zh);
    let en = placeholders(m.en);
    let args: BTreeSet<String> = m.args.iter().map(|(k, _)| k.to_string()).collect();
    assert_eq!(
        zh, en,
        "{label}: the two languages use different placeholders"
    );
    assert_eq!(zh, args, "{label}: placeholders and arguments differ");
    for lang in [Lang::Zh, Lang::En] {
        let t = m.text(lang);
        assert!(!t.contains('{') && !t.trim().is_empty(), "{label}: {t}");
    }
    assert_ne!(m.zh, m.en, "{label}: not translated");
}

pub(crate) fn workspace() -> Workspace {
    parse::workspace_from_value(&json::parse(EXAMPLE_WORKSPACE).unwrap()).unwrap()
}

fn one_error() -> Errors {
    Errors::one(
        JsonPath::parse("records[0].values.quality").unwrap(),
        ErrorKind::NotADecimal("九十".into()),
    )
}

fn sim_samples() -> Vec<SimError> {
    use InputProblem as I;
    use PairwiseProblem as P;
    use SettingsProblem as S;
    use WeightsProblem as W;
    let d = Decimal::new(5, 2);
    let mut v = vec![
        SimError::Score(ScoreError::UnknownPeriod("q9".into())),
        SimError::Score(ScoreError::UnknownScenario("s9".into())),
        SimError::Score(ScoreError::Overflow("1e30".into())),
        SimError::Score(ScoreError::DivisionByZero(
            scorecard_engine::error::Quotient::SurveyRating,
        )),
        SimError::UnknownProfile("p".into()),
        SimError::UnknownDimension("d".into()),
        SimError::UnknownUnit("u".into()),
        SimError::UnknownIndicator("i".into()),
        SimError::NoRecord {
            unit: "zd1".into(),
            period: "2026Q1".into(),
        },
        SimError::NotScored("zd1".into()),
        SimError::Unsupported(Unsupported::Annual),
        SimError::Unsupported(Unsupported::NotAValueIndicator {
            indicator: "quality".into(),
            method: "survey",
        }),
        SimError::UnknownAppeal("A1".into()),
        SimError::AlreadyDecided("A1".into()),
        SimError::Stale("A1".into()),
        SimError::Invalid(one_error()),
    ];
    let weights = [
        W::TooManyPlaces { max: 12, asked: 13 },
        W::NoDimension,
        W::OneDimension,
        W::PointsOutOfRange,
        W::LeavesUnitInterval {
            points: d,
            from: "a".into(),
            from_weight: d,
            to: "b".into(),
            to_weight: d,
        },
        W::TooLarge,
    ];
    let pairwise = [
        P::Shape { n: 3 },
        P::NotPositive { row: 0, col: 1 },
        P::Diagonal {
            row: 0,
            value: "2".into(),
        },
        P::OffScale {
            row: 0,
            col: 1,
            value: "10".into(),
        },
        P::NotReciprocal { row: 0, col: 1 },
    ];
    let settings = [
        S::Samples { max: 10, got: 0 },
        S::Delta { got: d },
        S::NoWeightsInBox {
            profile: "p".into(),
            attempts: 9,
        },
    ];
    let inputs = [
        I::NotAPath,
        I::WholeRecord,
        I::UnitOrPeriod,
        I::RecordIsAnObject,
        I::NoSuchPlace,
        I::NoItem { index: 0 },
        I::BeyondEnd { index: 3, len: 1 },
        I::NotAnObject {
            key: "k".into(),
            found: "array",
        },
        I::NotAList {
            index: 0,
            found: "object",
        },
    ];
    v.extend(weights.into_iter().map(SimError::Weights));
    v.extend(pairwise.into_iter().map(SimError::Pairwise));
    v.extend(settings.into_iter().map(SimError::Settings));
    v.extend(inputs.into_iter().map(|problem| SimError::BadInput {
        input: "values.quality.audited".into(),
        problem,
    }));
    v
}

/// The variant's name: an exhaustive match, so a new kind does not compile until it is
/// named here, and the test below then asks for a sample of it.
fn sim_variant(e: &SimError) -> &'static str {
    match e {
        SimError::Score(_) => "Score",
        SimError::UnknownProfile(_) => "UnknownProfile",
        SimError::UnknownDimension(_) => "UnknownDimension",
        SimError::UnknownUnit(_) => "UnknownUnit",
        SimError::UnknownIndicator(_) => "UnknownIndicator",
        SimError::NoRecord { .. } => "NoRecord",
        SimError::NotScored(_) => "NotScored",
        SimError::Unsupported(_) => "Unsupported",
        SimError::Weights(_) => "Weights",
        SimError::Pairwise(_) => "Pairwise",
        SimError::Settings(_) => "Settings",
        SimError::UnknownAppeal(_) => "UnknownAppeal",
        SimError::AlreadyDecided(_) => "AlreadyDecided",
        SimError::BadInput { .. } => "BadInput",
        SimError::Stale(_) => "Stale",
        SimError::Invalid(_) => "Invalid",
    }
}

const SIM_VARIANTS: usize = 16;

fn edit_samples() -> Vec<EditError> {
    let at = JsonPath::parse("records[0].events").unwrap();
    let mut v = vec![
        EditError::NoRecord {
            unit: "zd1".into(),
            period: "2026Q1".into(),
        },
        EditError::OutOfRange {
            at: at.clone(),
            index: 2,
        },
        EditError::NotAnArray { at: at.clone() },
        EditError::NotAnObject { at: at.clone() },
        EditError::Unreachable { at: at.clone() },
        EditError::RootPath,
        EditError::Managed { at },
        EditError::Invalid(one_error()),
        EditError::Sim(SimError::Stale("A1".into())),
    ];
    for kind in [
        Kind::Unit,
        Kind::Person,
        Kind::Record,
        Kind::Dimension,
        Kind::Indicator,
        Kind::Profile,
        Kind::Period,
        Kind::Level,
        Kind::Scenario,
        Kind::Appeal,
        Kind::SurveyGroup,
        Kind::PanelCriterion,
        Kind::Item,
    ] {
        let id = || "x".to_string();
        v.push(EditError::NotFound { kind, id: id() });
        v.push(EditError::IdTaken { kind, id: id() });
        v.push(EditError::EmptyId { kind });
        v.push(EditError::LastItem { kind, id: id() });
        v.push(EditError::AtEnd { kind, id: id() });
    }
    v
}

#[test]
fn every_simulation_and_scoring_refusal_has_both_languages_with_the_same_placeholders() {
    let ws = workspace();
    let samples = sim_samples();
    let covered: BTreeSet<&str> = samples.iter().map(sim_variant).collect();
    assert_eq!(
        covered.len(),
        SIM_VARIANTS,
        "a SimError kind has no sample: {covered:?}"
    );
    for lang in [Lang::Zh, Lang::En] {
        for ws in [None, Some(&ws)] {
            for e in &samples {
                check(&format!("{e:?}"), &sim_message(Names::new(lang, ws), e));
            }
        }
    }
}

#[test]
fn every_edit_refusal_has_both_languages_with_the_same_placeholders() {
    let ws = workspace();
    for lang in [Lang::Zh, Lang::En] {
        for e in edit_samples() {
            check(
                &format!("{e:?}"),
                &edit_message(Names::new(lang, Some(&ws)), &e),
            );
        }
    }
}

#[test]
fn messages_show_names_and_labels_not_ids_or_paths() {
    let ws = workspace();
    let n = Names::new(Lang::Zh, Some(&ws));
    let no_record = SimError::NoRecord {
        unit: "zd1".into(),
        period: "2026Q1".into(),
    };
    let t = sim_message(n, &no_record).text(Lang::Zh);
    let unit = &ws.unit("zd1").unwrap().name;
    let period = &ws.plan.period("2026Q1").unwrap().name;
    assert_eq!(t, format!("{unit}在{period}没有数据记录"));

    // An invalid correction names the unit, the period and the input, never `records[0]…`.
    let t = sim_message(n, &SimError::Invalid(one_error())).text(Lang::Zh);
    assert!(!t.contains("records["), "{t}");
    let r = &ws.records[0];
    let indicator = &ws.plan.indicator("quality").unwrap().name;
    assert!(t.contains(&ws.unit(&r.unit).unwrap().name), "{t}");
    assert!(t.contains(indicator.as_str()), "{t}");

    // A bad appeal input shows the input's label.
    let bad = SimError::BadInput {
        input: "values.quality.audited".into(),
        problem: InputProblem::NoSuchPlace,
    };
    let t = sim_message(n, &bad).text(Lang::Zh);
    assert!(t.contains(&format!("{indicator} · 审计值")), "{t}");
    assert!(!t.contains("values."), "{t}");
}

#[test]
fn a_place_outside_a_record_stays_a_path() {
    let ws = workspace();
    let n = Names::new(Lang::En, Some(&ws));
    let p = JsonPath::parse("plan.dimensions[0].weight").unwrap();
    assert_eq!(n.place(&p), "plan.dimensions[0].weight");
    // A record index the workspace does not have stays a path too.
    let p = JsonPath::parse("records[99].values.quality").unwrap();
    assert_eq!(n.place(&p), "records[99].values.quality");
}

#[test]
fn a_place_is_read_against_the_document_when_given() {
    let ws = workspace();
    // The open document has a record before zd1's that the last valid workspace lacks.
    let mut doc = json::parse(EXAMPLE_WORKSPACE).unwrap();
    let zd1 = doc
        .at(&JsonPath::parse("records[0]").unwrap())
        .cloned()
        .unwrap();
    let kjc = json::parse(r#"{"unit": "kjc", "period": "2026Q1"}"#).unwrap();
    doc.set_at(
        &JsonPath::parse("records").unwrap(),
        scorecard_engine::json::Value::Array(vec![kjc, zd1]),
    );
    let p = JsonPath::parse("records[0].values.quality").unwrap();
    let kjc_name = &ws.unit("kjc").unwrap().name;
    let zd1_name = &ws.unit("zd1").unwrap().name;
    let from_doc = Names::new(Lang::Zh, Some(&ws)).with_doc(&doc).place(&p);
    assert!(from_doc.starts_with(kjc_name.as_str()), "{from_doc}");
    // Without the document the workspace's own records are read (zd1 is its first).
    let from_ws = Names::new(Lang::Zh, Some(&ws)).place(&p);
    assert!(from_ws.starts_with(zd1_name.as_str()), "{from_ws}");
    // A record the document does not have stays a path.
    let p = JsonPath::parse("records[9].values.quality").unwrap();
    assert_eq!(
        Names::new(Lang::Zh, Some(&ws)).with_doc(&doc).place(&p),
        p.to_string()
    );
}
