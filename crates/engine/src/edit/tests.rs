//! Native unit tests of the document edits: every [`Edit`] variant, its happy path and its
//! refusal, on the example workspace, with assertions on the resulting document.

use super::*;
use crate::simulate::appeals::Decision;
use crate::testing::example_doc as example;
use crate::testing::{four, weights};
use crate::{json, parse_workspace, score, Query, Workspace};

fn p(s: &str) -> JsonPath {
    JsonPath::parse(s).unwrap()
}

fn score_of(doc: &Value, period: &str, unit: &str) -> Option<String> {
    let ws = parse_workspace(&doc.to_compact()).unwrap();
    let rs = score(&ws, &Query::period(period)).unwrap();
    rs.unit(unit).map(|u| u.score.to_string())
}

#[test]
fn finds_records_by_unit_and_period() {
    let doc = example();
    assert_eq!(record_index(&doc, "zd1", "2026Q1"), Some(0));
    assert_eq!(record_index(&doc, "kjc", "2026Q1"), None);
    assert_eq!(record_index(&Value::Null, "zd1", "2026Q1"), None);
    assert_eq!(record_path(3).to_string(), "records[3]");
}

#[test]
fn the_records_of_a_period_are_the_ones_record_index_finds() {
    let mut doc = json::parse(crate::DEMO_WORKSPACE).unwrap();
    // A second record for a unit and period (an invalid document, as typing can leave it):
    // both find the first.
    let Some(Value::Array(items)) = doc.get("records").cloned() else {
        panic!("records")
    };
    assert!(doc.push_at(&p("records"), items[0].clone()));
    for period in ["2026Q1", "2026final", "none"] {
        let all = record_indices(&doc, period);
        for u in ["bgs", "zzb", "hqbzb", "kjxxc", "zd1", "nobody"] {
            assert_eq!(
                all.get(u).copied(),
                record_index(&doc, u, period),
                "{u} {period}"
            );
        }
    }
    assert!(record_indices(&Value::Null, "2026Q1").is_empty());
}

#[test]
fn setting_a_value_keeps_the_text_and_rescores() {
    let doc = set_record_field(
        &example(),
        "zd1",
        "2026Q1",
        &p("values.progress"),
        typed_value(" 0.80 "),
    );
    assert_eq!(
        doc.at(&p("records[0].values.progress")),
        Some(&Value::str("0.80"))
    );
    // progress 92 → 80: task −0.5·12 = −6, B −0.45·6 = −2.7, S −2.7·1.05 = −2.835:
    // 90.46 (exactly 90.4575 + …) becomes 87.62, as in the app's reducer test.
    assert_eq!(score_of(&doc, "2026Q1", "zd1").as_deref(), Some("87.62"));
}

#[test]
fn setting_a_value_of_a_unit_without_record_creates_it() {
    let before = example();
    assert_eq!(score_of(&before, "2026Q1", "kjc"), None);
    let doc = set_record_field(
        &before,
        "kjc",
        "2026Q1",
        &p("values.plans"),
        typed_value("80"),
    );
    let i = record_index(&doc, "kjc", "2026Q1").unwrap();
    assert_eq!(i, 1);
    assert_eq!(
        doc.at(&p("records[1]")).unwrap().to_compact(),
        r#"{"unit":"kjc","period":"2026Q1","values":{"plans":"80"}}"#
    );
    // kjc now has only `plans` (risk dimension, weight 0.5 rescaled to 1): D_risk = 80;
    // every other dimension is missing, so B = 80 and S = 80.00.
    assert_eq!(score_of(&doc, "2026Q1", "kjc").as_deref(), Some("80.00"));
}

#[test]
fn clearing_removes_the_value_and_empty_objects_but_keeps_the_record() {
    let doc = set_record_field(&example(), "zd1", "2026Q1", &p("planned.progress"), None);
    assert_eq!(doc.at(&p("records[0].planned")), None);
    assert!(doc.at(&p("records[0].values")).is_some());
    let doc = set_record_field(&doc, "zd1", "2026Q1", &p("coefficients.risk"), None);
    assert!(doc.at(&p("records[0].coefficients.coordination")).is_some());
    // Clearing what a unit without a record does not have changes nothing.
    let same = set_record_field(&doc, "kjc", "2026Q1", &p("values.plans"), None);
    assert_eq!(same, doc);
    // Clearing a criterion of an expert keeps the expert (indices stay put).
    let doc = set_record_field(
        &doc,
        "zd1",
        "2026Q1",
        &p("panel.panel[0].feasibility"),
        None,
    );
    assert!(doc.at(&p("records[0].panel.panel[0]")).is_some());
}

#[test]
fn pushing_items_and_removing_records() {
    let event = Value::Object(vec![
        ("level".into(), Value::str("general")),
        ("note".into(), Value::str("")),
    ]);
    let doc = push_record_item(&example(), "zd1", "2026Q1", &p("events"), event.clone());
    assert_eq!(doc.at(&p("records[0].events[1]")), Some(&event));
    // A second general event: P goes from 2 to 4, so S drops by 2·1.05 = 2.10.
    assert_eq!(score_of(&doc, "2026Q1", "zd1").as_deref(), Some("88.36"));
    let doc = push_record_item(&doc, "kjc", "2026Q2", &p("events"), event);
    let i = record_index(&doc, "kjc", "2026Q2").unwrap();
    assert!(doc.at(&record_path(i).key("events").index(0)).is_some());
    let doc = remove_record(&doc, "kjc", "2026Q2");
    assert_eq!(record_index(&doc, "kjc", "2026Q2"), None);
}

#[test]
fn reported_and_audited_pairs() {
    let plain = Value::str("0.9");
    let pair = |r: &str, a: &str| {
        Value::Object(vec![
            ("reported".into(), Value::str(r)),
            ("audited".into(), Value::str(a)),
        ])
    };
    assert_eq!(pair_texts(Some(&plain)), (String::new(), "0.9".into()));
    assert_eq!(pair_texts(Some(&pair("1", "2"))), ("1".into(), "2".into()));
    // A reported figure beside a plain (audited) value makes a pair.
    assert_eq!(
        with_pair_part(Some(&plain), PairPart::Reported, "0.95"),
        Some(pair("0.95", "0.9"))
    );
    // Editing the audited half of a plain value keeps it plain.
    assert_eq!(
        with_pair_part(Some(&plain), PairPart::Audited, "0.8"),
        Some(Value::str("0.8"))
    );
    assert_eq!(with_pair_part(Some(&plain), PairPart::Audited, ""), None);
    // Clearing the reported figure leaves the audited one, plain.
    assert_eq!(
        with_pair_part(Some(&pair("1", "2")), PairPart::Reported, " "),
        Some(Value::str("2"))
    );
    // Clearing the audited figure keeps the reported one alone (validation refuses it).
    let half = with_pair_part(Some(&pair("1", "2")), PairPart::Audited, "").unwrap();
    assert_eq!(half.to_compact(), r#"{"reported":"1"}"#);
    let doc = set_record_field(
        &example(),
        "zd1",
        "2026Q1",
        &p("values.quality"),
        Some(half),
    );
    let errs = crate::parse::workspace_from_value(&doc).unwrap_err().0;
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].path.to_string(), "records[0].values.quality");
    assert!(is_pair(doc.at(&p("records[0].values.quality"))));
    assert!(!is_pair(Some(&plain)));
}

#[test]
fn lists_split_on_chinese_and_ascii_separators() {
    assert_eq!(split_list("90, 86 88"), vec!["90", "86", "88"]);
    assert_eq!(
        split_list("90，86、88;70；1\t2"),
        vec!["90", "86", "88", "70", "1", "2"]
    );
    assert_eq!(typed_list("  , "), None);
    let v = typed_list("80 82").unwrap();
    assert_eq!(v.to_compact(), r#"["80","82"]"#);
    assert_eq!(list_text(Some(&v)), "80, 82");
    assert_eq!(list_text(None), "");
}

#[test]
fn whole_numbers_are_numbers_when_plain() {
    assert_eq!(typed_whole("2"), Some(Value::Number("2".into())));
    assert_eq!(typed_whole("0"), Some(Value::Number("0".into())));
    assert_eq!(typed_whole("02"), Some(Value::str("02")));
    assert_eq!(typed_whole("1.5"), Some(Value::str("1.5")));
    assert_eq!(typed_whole(""), None);
}

#[test]
fn free_ids() {
    let doc = example();
    assert_eq!(free_id(&doc, "units", "u"), "u1");
    assert!(id_in_use(&doc, "units", "zd1"));
    assert!(!id_in_use(&doc, "units", "zd2"));
    assert_eq!(free_id(&doc, "units", "zd"), "zd2");
    assert_eq!(free_id(&doc, "people", "p00"), "p003");
}

#[test]
fn removing_a_unit_takes_everything_that_refers_to_it() {
    let doc = example();
    assert_eq!(
        unit_references(&doc, "zd1"),
        UnitReferences {
            records: 1,
            people: 2,
            hosted: 0,
            history: 1,
            appeals: 0
        }
    );
    assert_eq!(unit_references(&doc, "kjc").hosted, 1);
    let out = remove_unit(&doc, "kjc");
    let ws = parse_workspace(&out.to_compact()).unwrap();
    assert_eq!(ws.units.len(), 1);
    // p002 was seconded to kjc: now a regular member of zd1.
    let p2 = ws.people.iter().find(|x| x.id == "p002").unwrap();
    assert_eq!(p2.status.as_str(), "regular");
    assert_eq!(p2.host_unit, None);
    assert!(ws.history.iter().all(|h| !h.scores.contains_key("kjc")));

    let out = remove_unit(&doc, "zd1");
    let ws = parse_workspace(&out.to_compact()).unwrap();
    assert_eq!(ws.units.len(), 1);
    assert!(ws.records.is_empty());
    assert!(ws.people.is_empty());
    assert_eq!(remove_unit(&Value::Null, "zd1"), Value::Null);
}

// ---- Helpers for the typed edits ----

fn ok(doc: &Value, edit: Edit) -> Value {
    match apply(doc, &edit) {
        Ok(v) => v,
        Err(e) => panic!("{edit:?} refused: {e:?}"),
    }
}

fn refused(doc: &Value, edit: Edit) -> EditError {
    match apply(doc, &edit) {
        Ok(_) => panic!("{edit:?} applied"),
        Err(e) => e,
    }
}

/// Applies an edit that must apply and leave a valid workspace.
fn ok_valid(doc: &Value, edit: Edit) -> (Value, Workspace) {
    let d = ok(doc, edit);
    let ws = valid(&d);
    (d, ws)
}

fn valid(doc: &Value) -> Workspace {
    match crate::parse::workspace_from_value(doc) {
        Ok(ws) => ws,
        Err(e) => panic!("{e}"),
    }
}

fn at<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    doc.at(&p(path))
}

fn s(x: &str) -> String {
    x.to_string()
}

fn not_found(kind: Kind, id: &str) -> EditError {
    EditError::NotFound { kind, id: s(id) }
}

fn rename(kind: Kind, id: &str, new: &str) -> Edit {
    let (id, new) = (s(id), s(new));
    match kind {
        Kind::Unit => Edit::RenameUnit { id, new },
        Kind::Dimension => Edit::RenameDimension { id, new },
        Kind::Indicator => Edit::RenameIndicator { id, new },
        Kind::Profile => Edit::RenameProfile { id, new },
        Kind::Period => Edit::RenamePeriod { id, new },
        Kind::Level => Edit::RenameLevel { id, new },
        _ => Edit::RenameScenario { id, new },
    }
}

/// `Edit::SetField` at `at`.
fn set_field(at: &str, value: Option<Value>) -> Edit {
    Edit::SetField { at: p(at), value }
}

/// `Edit::SetRecordField` of `field` in the record of `unit` in `period`.
fn set_rec(unit: &str, period: &str, field: &str, value: Option<Value>) -> Edit {
    let (unit, period, field) = (s(unit), s(period), p(field));
    Edit::SetRecordField {
        unit,
        period,
        field,
        value,
    }
}

/// `Edit::PushRecordItem` onto `field` of a record.
fn push_item(unit: &str, period: &str, field: &str, value: Value) -> Edit {
    let (unit, period, field) = (s(unit), s(period), p(field));
    Edit::PushRecordItem {
        unit,
        period,
        field,
        value,
    }
}

/// `Edit::RemoveRecordItem` of item `index` of `field` of a record.
fn remove_item(unit: &str, period: &str, field: &str, index: usize) -> Edit {
    let (unit, period, field) = (s(unit), s(period), p(field));
    Edit::RemoveRecordItem {
        unit,
        period,
        field,
        index,
    }
}

/// `Edit::ReplaceRecord` of a record by `record`.
fn replace_rec(unit: &str, period: &str, record: Value) -> Edit {
    let (unit, period) = (s(unit), s(period));
    Edit::ReplaceRecord {
        unit,
        period,
        record,
    }
}

/// `Edit::RemoveRecord` of a record.
fn remove_rec(unit: &str, period: &str) -> Edit {
    let (unit, period) = (s(unit), s(period));
    Edit::RemoveRecord { unit, period }
}

/// `Edit::Move` of an item one place.
fn mv(kind: Kind, id: &str, direction: Direction) -> Edit {
    let id = s(id);
    Edit::Move {
        kind,
        id,
        direction,
    }
}

/// `Edit::SetMethod` of an indicator.
fn set_method(indicator: &str, kind: MethodKind) -> Edit {
    let indicator = s(indicator);
    Edit::SetMethod { indicator, kind }
}

/// `Edit::RemoveBand` of band `index` of an indicator's bands method.
fn remove_band(indicator: &str, index: usize) -> Edit {
    let indicator = s(indicator);
    Edit::RemoveBand { indicator, index }
}

/// `Edit::SetScenarioWeights` of a scenario's override for one profile.
fn scenario_weights(
    scenario: &str,
    profile: &str,
    weights: Option<BTreeMap<String, Decimal>>,
) -> Edit {
    let (scenario, profile) = (s(scenario), s(profile));
    Edit::SetScenarioWeights {
        scenario,
        profile,
        weights,
    }
}

/// `Edit::SetScenarioGrading` of one grading field of a scenario.
fn scenario_grading(scenario: &str, field: GradingField, value: Option<Value>) -> Edit {
    let scenario = s(scenario);
    Edit::SetScenarioGrading {
        scenario,
        field,
        value,
    }
}

/// `Edit::DecideAppeal` of an appeal.
fn decide(id: &str, decision: Decision) -> Edit {
    let id = s(id);
    Edit::DecideAppeal { id, decision }
}

/// Asserts that each edit is refused on `doc` with its error.
fn refuses(doc: &Value, cases: impl IntoIterator<Item = (Edit, EditError)>) {
    for (edit, want) in cases {
        let got = refused(doc, edit.clone());
        assert_eq!(got, want, "{edit:?}");
    }
}

// ---- SetField ----

#[test]
fn set_field_sets_and_clears_plain_fields() {
    let d = ok(
        &example(),
        set_field("plan.grading.pass_line", Some(Value::str("65"))),
    );
    assert_eq!(valid(&d).plan.grading.pass_line.to_string(), "65");
    let d = ok(&d, set_field("people[0].personal", None));
    assert_eq!(at(&d, "people[0].personal"), None);
    // Clearing what is not there changes nothing.
    let same = apply_changed(&d, &set_field("people[0].personal", None));
    assert_eq!(same, Ok(None));
    // An existing rater group's weight may be set.
    let d = ok(
        &d,
        set_field("plan.survey.groups.peer", Some(Value::str("0.25"))),
    );
    assert_eq!(at(&d, "plan.survey.groups.peer"), Some(&Value::str("0.25")));
}

#[test]
fn set_field_refuses_the_root_owned_places_and_unreachable_paths() {
    let doc = example();
    let set = |at: &str| Edit::SetField {
        at: p(at),
        value: Some(Value::str("x")),
    };
    assert_eq!(
        refused(
            &doc,
            Edit::SetField {
                at: JsonPath::root(),
                value: Some(Value::Null)
            }
        ),
        EditError::RootPath
    );
    for owned in [
        "units",
        "units[0]",
        "units[0].id",
        "plan",
        "plan.dimensions[0].id",
        "plan.dimensions[0].indicators[1]",
        "plan.profiles[0].id",
        "plan.periods",
        "plan.deductions",
        "plan.deductions.levels[0].id",
        "records[0].unit",
        "people[1]",
        "people[1].status",
        "scenarios[0].id",
        "plan.survey.groups",
        "plan.survey.groups.newgroup",
    ] {
        assert_eq!(
            refused(&doc, set(owned)),
            EditError::Managed { at: p(owned) },
            "{owned}"
        );
    }
    // Removing a rater group is its own edit too.
    assert!(matches!(
        refused(&doc, set_field("plan.panel.criteria.benefit", None)),
        EditError::Managed { .. }
    ));
    assert_eq!(
        refused(&doc, set("plan.name.deeper")),
        EditError::Unreachable {
            at: p("plan.name.deeper")
        }
    );
    // Not owned: names and settings.
    assert!(apply(&doc, &set("units[0].name")).is_ok());
    assert!(apply(&doc, &set("plan.dimensions[0].name")).is_ok());
}

// ---- Records ----

#[test]
fn record_edits_through_apply() {
    let doc = example();
    let d = ok(
        &doc,
        set_rec("zd1", "2026Q1", "values.progress", typed_value("0.80")),
    );
    assert_eq!(score_of(&d, "2026Q1", "zd1").as_deref(), Some("87.62"));
    refuses(
        &doc,
        [
            (
                set_rec("zd1", "2026Q1", "period", Some(Value::str("2026Q2"))),
                EditError::Managed { at: p("period") },
            ),
            (
                set_rec("zd1", "2026Q1", "closed_items.x", Some(Value::str("1"))),
                EditError::Unreachable {
                    at: p("records[0].closed_items.x"),
                },
            ),
        ],
    );
}

#[test]
fn pushing_and_removing_record_items() {
    let doc = example();
    let event = json::parse(r#"{"level":"serious","note":""}"#).unwrap();
    let d = ok(&doc, push_item("zd1", "2026Q1", "events", event.clone()));
    assert_eq!(at(&d, "records[0].events[1]"), Some(&event));
    let d = ok(&d, remove_item("zd1", "2026Q1", "events", 0));
    assert_eq!(at(&d, "records[0].events[0]"), Some(&event));
    assert_eq!(at(&d, "records[0].events[1]"), None);
    refuses(
        &d,
        [
            (
                remove_item("zd1", "2026Q1", "events", 5),
                EditError::OutOfRange {
                    at: p("records[0].events"),
                    index: 5,
                },
            ),
            (
                remove_item("kjc", "2026Q1", "events", 0),
                EditError::NoRecord {
                    unit: s("kjc"),
                    period: s("2026Q1"),
                },
            ),
            (
                push_item("zd1", "2026Q1", "closed_items", Value::Null),
                EditError::NotAnArray {
                    at: p("records[0].closed_items"),
                },
            ),
        ],
    );
}

#[test]
fn a_sandbox_record_replaces_the_documents_record() {
    // The self-assessment's "apply": the record as `record_value` writes it, edited.
    let doc = example();
    let ws = crate::testing::example();
    let mut rec = crate::simulate::sandbox::record_value(&ws, "zd1", "2026Q1").unwrap();
    rec.set_at(&p("closed_items"), Value::Number(s("0")));
    let d = ok(&doc, replace_rec("zd1", "2026Q1", rec.clone()));
    let i = record_index(&d, "zd1", "2026Q1").unwrap();
    assert_eq!(d.at(&record_path(i)), Some(&rec));
    assert!(crate::parse::workspace_from_value(&d).is_ok());
}

#[test]
fn replacing_and_removing_a_record() {
    let doc = example();
    let mut rec = at(&doc, "records[0]").unwrap().clone();
    rec.set_at(&p("closed_items"), Value::Number(s("0")));
    let d = ok(&doc, replace_rec("zd1", "2026Q1", rec.clone()));
    assert_eq!(at(&d, "records[0]"), Some(&rec));
    let mut other = rec.clone();
    other.set_at(&p("period"), Value::str("2026Q2"));
    assert_eq!(
        refused(&doc, replace_rec("zd1", "2026Q1", other)),
        EditError::Managed {
            at: p("records[0].period")
        }
    );
    let d = ok(&doc, remove_rec("zd1", "2026Q1"));
    assert!(valid(&d).records.is_empty());
    assert_eq!(
        refused(&d, remove_rec("zd1", "2026Q1")),
        EditError::NoRecord {
            unit: s("zd1"),
            period: s("2026Q1")
        }
    );
}

// ---- Units and people ----

#[test]
fn adding_renaming_and_removing_units() {
    let doc = example();
    let add = |id: &str, profile: &str| Edit::AddUnit {
        id: s(id),
        name: s("新單位"),
        level: crate::model::Level::Direct,
        profile: s(profile),
    };
    let (d, ws) = ok_valid(&doc, add("u1", "technical"));
    assert_eq!(
        ws.unit("u1").map(|u| u.level),
        Some(crate::model::Level::Direct)
    );
    refuses(
        &d,
        [
            (
                add("u1", "standard"),
                EditError::IdTaken {
                    kind: Kind::Unit,
                    id: s("u1"),
                },
            ),
            (
                add(" ", "standard"),
                EditError::EmptyId { kind: Kind::Unit },
            ),
            (add("u2", "nope"), not_found(Kind::Profile, "nope")),
        ],
    );

    // Renaming kjc follows into p002's host unit and the history scores.
    let (_, ws) = ok_valid(&doc, rename(Kind::Unit, "kjc", "tech"));
    assert_eq!(
        ws.person("p002").and_then(|x| x.host_unit.as_deref()),
        Some("tech")
    );
    assert!(ws.history[0].scores.contains_key("tech"));
    let (d, ws) = ok_valid(&doc, rename(Kind::Unit, "zd1", "z1"));
    assert_eq!(ws.records[0].unit, "z1");
    assert_eq!(ws.person("p001").map(|x| x.unit.as_str()), Some("z1"));
    assert_eq!(score_of(&d, "2026Q1", "z1").as_deref(), Some("90.46"));
    refuses(
        &doc,
        [
            (
                rename(Kind::Unit, "zd1", "kjc"),
                EditError::IdTaken {
                    kind: Kind::Unit,
                    id: s("kjc"),
                },
            ),
            (rename(Kind::Unit, "x", "y"), not_found(Kind::Unit, "x")),
        ],
    );
    assert_eq!(
        apply_changed(&doc, &rename(Kind::Unit, "zd1", "zd1")),
        Ok(None)
    );

    let d = ok(&doc, Edit::RemoveUnit { id: s("kjc") });
    assert_eq!(d, remove_unit(&doc, "kjc"));
    assert_eq!(
        refused(&d, Edit::RemoveUnit { id: s("kjc") }),
        not_found(Kind::Unit, "kjc")
    );
}

#[test]
fn adding_changing_and_removing_people() {
    let doc = example();
    let (_, ws) = ok_valid(
        &doc,
        Edit::AddPerson {
            name: s("王五"),
            unit: s("kjc"),
            post: crate::model::Post::Service,
        },
    );
    let p1 = ws.person("p1").unwrap();
    assert_eq!(
        (p1.unit.as_str(), p1.post),
        ("kjc", crate::model::Post::Service)
    );
    assert_eq!(p1.status, crate::model::Status::Regular);
    assert_eq!(
        refused(
            &doc,
            Edit::AddPerson {
                name: s(""),
                unit: s("nope"),
                post: crate::model::Post::Service
            }
        ),
        not_found(Kind::Unit, "nope")
    );
    // Leaving secondment drops the host unit in the same step.
    let d = ok(
        &doc,
        Edit::SetPersonStatus {
            index: 1,
            status: crate::model::Status::New,
        },
    );
    assert_eq!(at(&d, "people[1].host_unit"), None);
    assert_eq!(at(&d, "people[1].status"), Some(&Value::str("new")));
    valid(&d);
    let d2 = ok(
        &doc,
        Edit::SetPersonStatus {
            index: 1,
            status: crate::model::Status::Seconded,
        },
    );
    assert_eq!(d2, doc);
    let d = ok(&doc, Edit::RemovePerson { index: 0 });
    assert_eq!(valid(&d).people.len(), 1);
    assert_eq!(
        refused(&d, Edit::RemovePerson { index: 1 }),
        EditError::OutOfRange {
            at: p("people"),
            index: 1
        }
    );
}

// ---- Plan structure ----

#[test]
fn adding_renaming_moving_and_removing_dimensions() {
    let doc = example();
    let (d, ws) = ok_valid(
        &doc,
        Edit::AddDimension {
            name: s("新维度"),
            indicator_name: s("新指标"),
        },
    );
    assert_eq!(ws.plan.dimensions.len(), 5);
    assert!(ws
        .plan
        .dimension("dim1")
        .and_then(|x| x.indicator("ind1"))
        .is_some());
    assert_eq!(
        at(&d, "plan.profiles[1].weights.dim1"),
        Some(&Value::str("0"))
    );
    assert_eq!(
        at(&d, "scenarios[0].weights.standard.dim1"),
        Some(&Value::str("0"))
    );
    assert_eq!(ok(&d, Edit::RemoveDimension { id: s("dim1") }), doc);

    let (_, ws) = ok_valid(&doc, rename(Kind::Dimension, "team", "teamwork"));
    assert!(ws
        .plan
        .profiles
        .iter()
        .all(|x| x.weights.contains_key("teamwork")));
    assert!(ws.scenarios[0].weights["standard"].contains_key("teamwork"));
    assert_eq!(
        refused(&doc, rename(Kind::Dimension, "team", "task")),
        EditError::IdTaken {
            kind: Kind::Dimension,
            id: s("task")
        }
    );

    let mv = |id: &str, direction| Edit::Move {
        kind: Kind::Dimension,
        id: s(id),
        direction,
    };
    let d = ok(&doc, mv("team", Direction::Up));
    assert_eq!(at(&d, "plan.dimensions[0].id"), Some(&Value::str("team")));
    assert_eq!(
        refused(&doc, mv("task", Direction::Up)),
        EditError::AtEnd {
            kind: Kind::Dimension,
            id: s("task")
        }
    );
    assert!(matches!(
        refused(&doc, mv("risk", Direction::Down)),
        EditError::AtEnd { .. }
    ));

    let d = ok(&doc, Edit::RemoveDimension { id: s("risk") });
    assert_eq!(at(&d, "plan.profiles[0].weights.risk"), None);
    assert_eq!(at(&d, "scenarios[0].weights.standard.risk"), None);
    // Its indicators' data stays (and shows errors).
    assert!(at(&d, "records[0].values.plans").is_some());
    let mut one = doc.clone();
    one.set_at(
        &p("plan.dimensions"),
        Value::Array(vec![at(&doc, "plan.dimensions[0]").unwrap().clone()]),
    );
    assert_eq!(
        refused(&one, Edit::RemoveDimension { id: s("task") }),
        EditError::LastItem {
            kind: Kind::Dimension,
            id: s("task")
        }
    );
}

#[test]
fn indicators_are_added_renamed_removed_and_moved() {
    let doc = example();
    let d = ok(
        &doc,
        Edit::AddIndicator {
            dimension: s("risk"),
            name: s("新指标"),
        },
    );
    assert!(valid(&d).plan.indicator("ind1").is_some());
    assert_eq!(
        refused(
            &doc,
            Edit::AddIndicator {
                dimension: s("nope"),
                name: s("")
            }
        ),
        not_found(Kind::Dimension, "nope")
    );

    // Renaming follows into records and the input path of appeals.
    let mut with_appeal = doc.clone();
    with_appeal.set_at(
        &p("appeals"),
        json::parse(
            r#"[{"id":"A1","unit":"zd1","period":"2026Q1","input":"values.quality.audited",
                 "original":"0.95","requested":"0.97","reason":"","status":"pending"}]"#,
        )
        .unwrap(),
    );
    valid(&with_appeal);
    let (_, ws) = ok_valid(&with_appeal, rename(Kind::Indicator, "quality", "qual"));
    assert!(ws.records[0].values.contains_key("qual"));
    assert_eq!(
        ws.appeal("A1").map(|a| a.input.as_str()),
        Some("values.qual.audited")
    );
    assert_eq!(
        refused(&doc, rename(Kind::Indicator, "quality", "plans")),
        EditError::IdTaken {
            kind: Kind::Indicator,
            id: s("plans")
        }
    );

    let d = ok(&doc, Edit::RemoveIndicator { id: s("plans") });
    // Its data stays, and shows an error at its path.
    let errs = crate::parse::workspace_from_value(&d).unwrap_err().0;
    assert!(errs.iter().any(|e| e.path == p("records[0].values.plans")));
    assert_eq!(
        at(&d, "plan.dimensions[3].indicators[0].id"),
        Some(&Value::str("response"))
    );
    assert_eq!(
        refused(&doc, Edit::RemoveIndicator { id: s("team360") }),
        EditError::LastItem {
            kind: Kind::Indicator,
            id: s("team360")
        }
    );
    let d = ok(&doc, mv(Kind::Indicator, "quality", Direction::Down));
    assert_eq!(
        at(&d, "plan.dimensions[0].indicators[2].id"),
        Some(&Value::str("quality"))
    );
}

#[test]
fn every_method_kind_and_the_bands_of_a_bands_method() {
    let doc = example();
    // Every method kind starts valid on a fresh indicator.
    let fresh = ok(
        &doc,
        Edit::AddIndicator {
            dimension: s("risk"),
            name: s("x"),
        },
    );
    for kind in MethodKind::ALL {
        let (_, ws) = ok_valid(&fresh, set_method("ind1", kind));
        assert_eq!(
            ws.plan.indicator("ind1").map(|i| i.method.kind()),
            Some(kind.word())
        );
        assert_eq!(MethodKind::from_word(kind.word()), Some(kind));
    }
    let bands = ok(&fresh, set_method("ind1", MethodKind::Bands));
    // Setting the kind it has keeps its parameters.
    assert_eq!(
        apply_changed(&bands, &set_method("ind1", MethodKind::Bands)),
        Ok(None)
    );
    let d = ok(
        &bands,
        Edit::AddBand {
            indicator: s("ind1"),
        },
    );
    assert_eq!(
        at(&d, "plan.dimensions[3].indicators[2].method.bands[2]").map(Value::to_compact),
        Some(s(r#"{"min":"0","score":"0"}"#))
    );
    let d = ok(&d, remove_band("ind1", 0));
    let d = ok(&d, remove_band("ind1", 0));
    assert!(matches!(
        refused(&d, remove_band("ind1", 0)),
        EditError::LastItem { .. }
    ));
    assert!(matches!(
        refused(&d, remove_band("ind1", 3)),
        EditError::OutOfRange { .. }
    ));
    // Bands are added to a bands method only.
    assert_eq!(
        refused(
            &doc,
            Edit::AddBand {
                indicator: s("progress")
            }
        ),
        EditError::NotAnArray {
            at: p("plan.dimensions[0].indicators[0].method.bands")
        }
    );
}

#[test]
fn profiles() {
    let doc = example();
    let (_, ws) = ok_valid(
        &doc,
        Edit::AddProfile {
            name: s("新方案")
        },
    );
    assert_eq!(
        ws.plan.profile("profile1").map(|x| &x.weights),
        ws.plan.profile("standard").map(|x| &x.weights)
    );
    let (_, ws) = ok_valid(&doc, rename(Kind::Profile, "standard", "std"));
    assert_eq!(ws.unit("zd1").map(|u| u.profile.as_str()), Some("std"));
    assert!(ws.scenarios[0].weights.contains_key("std"));
    assert_eq!(
        refused(&doc, rename(Kind::Profile, "standard", "")),
        EditError::EmptyId {
            kind: Kind::Profile
        }
    );
    // Removing a profile drops the scenarios' overrides of it; units keep the id.
    let d = ok(&doc, Edit::RemoveProfile { id: s("standard") });
    assert_eq!(at(&d, "scenarios[0].weights.standard"), None);
    assert_eq!(at(&d, "units[0].profile"), Some(&Value::str("standard")));
    assert_eq!(
        refused(&d, Edit::RemoveProfile { id: s("technical") }),
        EditError::LastItem {
            kind: Kind::Profile,
            id: s("technical")
        }
    );
}

#[test]
fn periods() {
    let doc = example();
    let (_, ws) = ok_valid(
        &doc,
        Edit::AddPeriod {
            name: s("补充期")
        },
    );
    assert_eq!(
        ws.plan.period("period1").map(|x| x.weight.is_zero()),
        Some(true)
    );
    let (_, ws) = ok_valid(&doc, rename(Kind::Period, "2026Q1", "Q1"));
    assert_eq!(ws.records[0].period, "Q1");
    let rs = score(&ws, &Query::period("Q1")).unwrap();
    assert_eq!(rs.unit("zd1").unwrap().score.to_string(), "90.46");
    assert_eq!(records_in_period(&doc, "2026Q1"), 1);
    assert_eq!(records_in_period(&doc, "2026Q2"), 0);
    let d = ok(&doc, mv(Kind::Period, "2026Q2", Direction::Up));
    assert_eq!(at(&d, "plan.periods[0].id"), Some(&Value::str("2026Q2")));
    // Removing a period keeps its records (they show errors until removed).
    let d = ok(&doc, Edit::RemovePeriod { id: s("2026Q1") });
    assert_eq!(at(&d, "records[0].period"), Some(&Value::str("2026Q1")));
    assert!(crate::parse::workspace_from_value(&d).is_err());
    assert_eq!(
        refused(&doc, Edit::RemovePeriod { id: s("nope") }),
        not_found(Kind::Period, "nope")
    );
}

#[test]
fn deduction_levels() {
    let doc = example();
    let d = ok(&doc, Edit::AddLevel { name: s("轻微") });
    assert!(valid(&d).plan.level("level1").is_some());
    let (_, ws) = ok_valid(&doc, rename(Kind::Level, "general", "minor"));
    assert_eq!(ws.records[0].events[0].level, "minor");
    assert_eq!(
        refused(&doc, rename(Kind::Level, "general", "major")),
        EditError::IdTaken {
            kind: Kind::Level,
            id: s("major")
        }
    );
    let d = ok(&doc, Edit::RemoveLevel { id: s("major") });
    assert!(valid(&d).plan.level("major").is_none());
    assert_eq!(
        refused(&d, Edit::RemoveLevel { id: s("major") }),
        not_found(Kind::Level, "major")
    );
}

#[test]
fn rater_groups_and_criteria() {
    let doc = example();
    let add = |key: &str| Edit::AddWeightKey {
        map: WeightMap::SurveyGroups,
        key: s(key),
    };
    let d = ok(&doc, add("external"));
    assert_eq!(
        at(&d, "plan.survey.groups.external"),
        Some(&Value::str("0"))
    );
    valid(&d);
    assert_eq!(
        refused(&doc, add("peer")),
        EditError::IdTaken {
            kind: Kind::SurveyGroup,
            id: s("peer")
        }
    );
    let mut no_survey = doc.clone();
    no_survey.remove_at(&p("plan.survey"));
    assert_eq!(
        refused(&no_survey, add("x")),
        EditError::NotAnObject {
            at: p("plan.survey.groups")
        }
    );
    let rm = |key: &str| Edit::RemoveWeightKey {
        map: WeightMap::PanelCriteria,
        key: s(key),
    };
    let d = ok(&doc, rm("benefit"));
    assert_eq!(at(&d, "plan.panel.criteria.benefit"), None);
    let d = ok(&d, rm("promotion"));
    refuses(
        &d,
        [
            (
                rm("feasibility"),
                EditError::LastItem {
                    kind: Kind::PanelCriterion,
                    id: s("feasibility"),
                },
            ),
            (rm("nope"), not_found(Kind::PanelCriterion, "nope")),
        ],
    );
}

#[test]
fn defaults_are_spelled_out_and_reset() {
    assert_eq!(
        default_setting(&p("grading.pass_line")),
        Some(Value::str("60"))
    );
    let mut d = example();
    d.remove_at(&p("plan.survey"));
    valid(&d);
    let d = ok(&d, Edit::SpellOutDefault(Setting::Survey));
    assert_eq!(at(&d, "plan.survey.groups.peer"), Some(&Value::str("0.3")));
    valid(&d);
    // Already there: nothing changes.
    assert_eq!(
        apply_changed(&d, &Edit::SpellOutDefault(Setting::Survey)),
        Ok(None)
    );
    assert_eq!(
        refused(&Value::Null, Edit::SpellOutDefault(Setting::Survey)),
        EditError::NotAnObject { at: p("plan") }
    );
    assert_eq!(Setting::from_key("grading"), Some(Setting::Grading));

    let mut d = example();
    d.set_at(&p("plan.grading.pass_line"), Value::str("70"));
    d.set_at(&p("plan.missing"), Value::str("zero"));
    let r = ok(&d, Edit::ResetSettings);
    let ws = valid(&r);
    assert_eq!(ws.plan.grading.pass_line.to_string(), "60");
    assert_eq!(ws.plan.missing, crate::model::MissingPolicy::Exclude);
    assert_eq!(ws.plan.name, "2026年度總隊目標考核");
    assert_eq!(ws.records.len(), 1);
    // A setting whose default is to be left out goes (the example sets max_score).
    let default_max = default_setting(&p("max_score"));
    assert_eq!(at(&r, "plan.max_score").cloned(), default_max);
}

// ---- Scenarios ----

#[test]
fn adding_copying_renaming_and_removing_scenarios() {
    let doc = example();
    assert_eq!(next_id(&doc, Kind::Scenario), "s1");
    let w = four("0.50", "0.20", "0.20", "0.10");
    let (d, ws) = ok_valid(
        &doc,
        Edit::AddScenario {
            id: s("s1"),
            name: s("AHP"),
            weights: [(s("technical"), w.clone())].into_iter().collect(),
        },
    );
    assert_eq!(ws.scenario("s1").map(|x| &x.weights["technical"]), Some(&w));
    // Stored in plan order, as strings.
    assert_eq!(
        at(&d, "scenarios[1].weights.technical").map(Value::to_compact),
        Some(s(
            r#"{"task":"0.50","team":"0.20","innovation":"0.20","risk":"0.10"}"#
        ))
    );
    assert_eq!(
        refused(
            &d,
            Edit::AddScenario {
                id: s("s1"),
                name: s(""),
                weights: ProfileWeights::new()
            }
        ),
        EditError::IdTaken {
            kind: Kind::Scenario,
            id: s("s1")
        }
    );
    assert_eq!(
        refused(
            &doc,
            Edit::AddScenario {
                id: s("s2"),
                name: s(""),
                weights: [(s("technical"), weights(&[("nodim", "1")]))]
                    .into_iter()
                    .collect()
            }
        ),
        not_found(Kind::Dimension, "nodim")
    );
    let (_, ws) = ok_valid(
        &doc,
        Edit::CopyScenario {
            from: s("special"),
            id: s("s2"),
            name: s("副本"),
        },
    );
    let copy = ws.scenario("s2").unwrap();
    assert_eq!(copy.name, "副本");
    assert_eq!(copy.grading.excellent_share, Some("0.15".parse().unwrap()));
    assert_eq!(
        refused(
            &doc,
            Edit::CopyScenario {
                from: s("nope"),
                id: s("s2"),
                name: s("")
            }
        ),
        not_found(Kind::Scenario, "nope")
    );
    let d = ok(&doc, rename(Kind::Scenario, "special", "sp"));
    assert!(valid(&d).scenario("sp").is_some());
    let d = ok(&doc, Edit::RemoveScenario { id: s("special") });
    assert!(valid(&d).scenarios.is_empty());
    assert_eq!(
        refused(&d, Edit::RemoveScenario { id: s("special") }),
        not_found(Kind::Scenario, "special")
    );
}

#[test]
fn scenario_weights_and_grading() {
    let doc = example();
    let plan = valid(&doc).plan;
    let w = four("0.45", "0.15", "0.20", "0.20");
    let d = ok(
        &doc,
        scenario_weights("special", "technical", Some(w.clone())),
    );
    assert_eq!(
        doc_weights_in_force(&d, &plan, 0, "technical"),
        (w.clone(), true)
    );
    assert_eq!(
        at(&d, "scenarios[0].weights.technical"),
        Some(&weights_value(&plan, &w))
    );
    let d = ok(&d, scenario_weights("special", "technical", None));
    assert_eq!(
        doc_weights_in_force(&d, &plan, 0, "technical"),
        (plan_weights(&plan, "technical"), false)
    );
    assert_eq!(
        refused(&doc, scenario_weights("special", "nope", Some(w))),
        not_found(Kind::Profile, "nope")
    );
    let d = ok(
        &doc,
        scenario_grading("special", GradingField::PassLine, Some(Value::str("65"))),
    );
    assert_eq!(
        grading_text(&d, 0, GradingField::PassLine).as_deref(),
        Some("65")
    );
    let d = ok(
        &d,
        scenario_grading("special", GradingField::ExcellentShare, None),
    );
    assert_eq!(grading_text(&d, 0, GradingField::ExcellentShare), None);
    assert_eq!(
        valid(&d).scenario("special").map(|x| x.grading.pass_line),
        Some(Some("65".parse().unwrap()))
    );
    assert_eq!(
        refused(&doc, scenario_grading("x", GradingField::PassLine, None)),
        not_found(Kind::Scenario, "x")
    );
}

#[test]
fn scenario_reads_of_the_document() {
    let d = example();
    let e = entries(&d);
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].index, e[0].id.as_str()), (0, "special"));
    let plan = valid(&d).plan;
    let (w, own) = doc_weights_in_force(&d, &plan, 0, "standard");
    assert!(own);
    assert_eq!(w["risk"].to_string(), "0.20");
    // On a valid workspace: the engine's weights in force.
    let ws = valid(&d);
    let table = crate::score::period::weights_in_force(&ws.plan, ws.scenario("special"));
    for profile in ["standard", "technical"] {
        assert_eq!(
            doc_weights_in_force(&d, &plan, 0, profile).0,
            table[profile]
        );
    }
    assert_eq!(
        grading_text(&d, 0, GradingField::ExcellentShare).as_deref(),
        Some("0.15")
    );
    assert_eq!(overridden_weights(&d, 0, "technical"), None);
}

// ---- Appeals ----

#[test]
fn recording_and_deciding_appeals() {
    use crate::simulate::appeals::AppealDraft;
    let doc = example();
    assert_eq!(next_id(&doc, Kind::Appeal), "A1");
    let draft = AppealDraft {
        unit: s("zd1"),
        period: s("2026Q1"),
        input: s("values.progress"),
        requested: Value::str("0.95"),
        reason: s("复核"),
    };
    let (d, ws) = ok_valid(&doc, Edit::RecordAppeal(draft.clone()));
    assert_eq!(
        ws.appeal("A1").map(|a| a.status),
        Some(crate::model::AppealStatus::Pending)
    );
    // The data is unchanged until upheld.
    assert_eq!(score_of(&d, "2026Q1", "zd1").as_deref(), Some("90.46"));
    let d = ok(&d, decide("A1", Decision::Uphold));
    assert_eq!(
        at(&d, "records[0].values.progress"),
        Some(&Value::str("0.95"))
    );
    assert!(matches!(
        refused(&d, decide("A1", Decision::Reject)),
        EditError::Sim(_)
    ));
    assert_eq!(
        refused(&d, decide("A9", Decision::Reject)),
        not_found(Kind::Appeal, "A9")
    );
    let mut bad = doc.clone();
    bad.set_at(&p("records[0].values.plans"), Value::str("101"));
    assert!(matches!(
        refused(&bad, Edit::RecordAppeal(draft)),
        EditError::Invalid(_)
    ));
}

// ---- All, ids, and malformed documents ----

#[test]
fn several_edits_as_one() {
    let doc = example();
    let d = ok(
        &doc,
        Edit::All(vec![
            Edit::AddProfile { name: s("x") },
            rename(Kind::Profile, "profile1", "extra"),
        ]),
    );
    assert!(valid(&d).plan.profile("extra").is_some());
    // The first refusal refuses them all.
    assert_eq!(
        refused(
            &doc,
            Edit::All(vec![
                Edit::AddProfile { name: s("x") },
                Edit::RemoveLevel { id: s("nope") },
            ])
        ),
        not_found(Kind::Level, "nope")
    );
}

#[test]
fn one_free_id_rule() {
    assert_eq!(first_free_id("dim", []), "dim1");
    assert_eq!(first_free_id("dim", ["dim1", "dim3"]), "dim2");
    let doc = example();
    assert_eq!(next_id(&doc, Kind::Unit), "u1");
    assert_eq!(next_id(&doc, Kind::Person), "p1");
    assert_eq!(next_id(&doc, Kind::Indicator), "ind1");
    assert!(id_taken(&doc, Kind::Indicator, "team360"));
    assert!(id_taken(&doc, Kind::PanelCriterion, "benefit"));
    assert_eq!(ids(&doc, Kind::Period).len(), 5);
    assert_eq!(free_id(&doc, "people", "p00"), "p003");
}

/// A document of the wrong shape in every place an edit looks.
fn odd_documents() -> Vec<Value> {
    let shapes = [
        "null",
        "[]",
        "{}",
        r#"{"records": 3, "units": {}, "people": "x", "plan": [], "scenarios": null}"#,
        r#"{"plan": {"dimensions": {"a": 1}, "profiles": 2, "periods": [1, null],
             "deductions": [], "survey": 1, "panel": {"criteria": []}},
            "records": [1, {"unit": "zd1", "period": "2026Q1", "events": 4, "values": []}],
            "units": [null, {"id": 5}], "people": [3], "scenarios": [{"id": "special", "weights": 1}],
            "appeals": {}, "history": [{"scores": 2}]}"#,
    ];
    shapes.iter().map(|t| json::parse(t).unwrap()).collect()
}

/// One of each record, unit and person edit, then the rest ([`plan_and_scenario_edits`]).
fn every_edit() -> Vec<Edit> {
    let mut all = vec![
        set_field("plan.name", Some(Value::str("x"))),
        set_rec("zd1", "2026Q1", "values.x", Some(Value::str("1"))),
        set_rec("zd1", "2026Q1", "values.x", None),
        push_item("zd1", "2026Q1", "events", Value::Null),
        remove_item("zd1", "2026Q1", "events", 0),
        replace_rec("zd1", "2026Q1", Value::Null),
        remove_rec("zd1", "2026Q1"),
        Edit::AddUnit {
            id: s("u9"),
            name: s(""),
            level: crate::model::Level::Hq,
            profile: s("standard"),
        },
        Edit::RemoveUnit { id: s("zd1") },
        Edit::AddPerson {
            name: s(""),
            unit: s("zd1"),
            post: crate::model::Post::Technical,
        },
        Edit::SetPersonStatus {
            index: 0,
            status: crate::model::Status::New,
        },
        Edit::RemovePerson { index: 0 },
    ];
    all.extend(plan_and_scenario_edits());
    all.push(Edit::All(all.clone()));
    all
}

/// One of each plan, scenario and appeal edit, for [`every_edit`].
fn plan_and_scenario_edits() -> Vec<Edit> {
    let mut all = vec![
        Edit::AddDimension {
            name: s(""),
            indicator_name: s(""),
        },
        Edit::RemoveDimension { id: s("a") },
        Edit::AddIndicator {
            dimension: s("a"),
            name: s(""),
        },
        Edit::RemoveIndicator { id: s("a") },
        set_method("a", MethodKind::Bands),
        Edit::AddBand { indicator: s("a") },
        remove_band("a", 0),
        Edit::AddProfile { name: s("") },
        Edit::RemoveProfile { id: s("standard") },
        Edit::AddPeriod { name: s("") },
        Edit::RemovePeriod { id: s("2026Q1") },
        Edit::AddLevel { name: s("") },
        Edit::RemoveLevel { id: s("general") },
        mv(Kind::Period, "2026Q1", Direction::Down),
        mv(Kind::Indicator, "a", Direction::Up),
        Edit::AddWeightKey {
            map: WeightMap::PanelCriteria,
            key: s("k"),
        },
        Edit::RemoveWeightKey {
            map: WeightMap::SurveyGroups,
            key: s("k"),
        },
        Edit::SpellOutDefault(Setting::Panel),
        Edit::ResetSettings,
        Edit::AddScenario {
            id: s("s9"),
            name: s(""),
            weights: ProfileWeights::new(),
        },
        Edit::CopyScenario {
            from: s("special"),
            id: s("s9"),
            name: s(""),
        },
        Edit::RemoveScenario { id: s("special") },
        scenario_weights("special", "standard", Some(BTreeMap::new())),
        scenario_grading("special", GradingField::GoodMin, Some(Value::str("1"))),
        Edit::RecordAppeal(crate::simulate::appeals::AppealDraft {
            unit: s("zd1"),
            period: s("2026Q1"),
            input: s("values.x"),
            requested: Value::Null,
            reason: s(""),
        }),
        decide("A1", Decision::Reject),
    ];
    for kind in [
        Kind::Unit,
        Kind::Dimension,
        Kind::Indicator,
        Kind::Profile,
        Kind::Period,
        Kind::Level,
        Kind::Scenario,
    ] {
        all.push(rename(kind, "a", "b"));
    }
    all
}

#[test]
fn no_edit_panics_on_an_odd_document() {
    let edits = every_edit();
    for doc in odd_documents() {
        for e in &edits {
            // Applied or refused, never a panic; an applied edit still reads back as JSON.
            if let Ok(out) = apply(&doc, e) {
                assert!(json::parse(&out.to_compact()).is_ok(), "{e:?} on {doc:?}");
            }
        }
    }
    // On the example every edit either applies or is refused with a reason.
    let doc = example();
    for e in &edits {
        let _ = apply(&doc, e);
    }
}
