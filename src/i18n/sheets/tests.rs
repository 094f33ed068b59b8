//! Every problem of a spreadsheet has a text in both languages with the same placeholders,
//! places read the way the issue shows them, and changes are named by labels.

use super::*;
use crate::i18n::problems::tests::{check, workspace};
use scorecard_engine::error::ErrorKind;
use scorecard_engine::Error;
use std::collections::BTreeSet;

/// The position of a kind in the enum: an exhaustive match, so a new kind fails to compile
/// until it is listed here (and then the sample test fails until it has a sample).
fn ordinal(p: &Problem) -> usize {
    use Problem::*;
    match p {
        EmptyFile => 0,
        FileTooLarge(_) => 1,
        NotAWorkbook(_) => 2,
        ReaderUnavailable(_) => 3,
        NotUtf8(_) => 4,
        BadCsv(_) => 5,
        NoDataSheet => 6,
        UnknownSheet => 7,
        NotOneOf(_) => 8,
        MissingColumn(_) => 9,
        UnknownColumn(_) => 10,
        DuplicateColumn(_) => 11,
        PairColumns(_) => 12,
        WrongInput(_) => 13,
        MergedCells(_) => 14,
        Required => 15,
        NotANumber => 16,
        NotWhole => 17,
        TooLarge => 18,
        Date => 19,
        Boolean => 20,
        CellError(_) => 21,
        FormulaWithoutValue(_) => 22,
        UnknownUnit => 23,
        UnknownPeriod => 24,
        OtherPeriod(_) => 25,
        UnknownIndicator => 26,
        UnknownGroup => 27,
        UnknownLevel => 28,
        DuplicateRow(_) => 29,
        HalfPair => 30,
        MissingCriterion => 31,
        Invalid(_) => 32,
        WorkspaceInvalid(_) => 33,
        NoSuchPeriod(_) => 34,
        Write(_) => 35,
        UnknownProfile => 36,
        DuplicateId(_) => 37,
    }
}

const KINDS: usize = 38;

fn samples() -> Vec<Problem> {
    use Problem::*;
    let err = || {
        Error::new(
            JsonPath::parse("records[0].values.quality").unwrap(),
            ErrorKind::NotADecimal("九十".into()),
        )
    };
    vec![
        EmptyFile,
        FileTooLarge(64 * 1024 * 1024),
        NotAWorkbook("bad zip".into()),
        ReaderUnavailable("network".into()),
        NotUtf8(3),
        BadCsv("unequal lengths".into()),
        NoDataSheet,
        UnknownSheet,
        NotOneOf("hq, direct, branch".into()),
        MissingColumn("unit".into()),
        UnknownColumn("nonsense".into()),
        DuplicateColumn("C".into()),
        PairColumns("quality".into()),
        WrongInput("survey".into()),
        MergedCells("B3:C4".into()),
        Required,
        NotANumber,
        NotWhole,
        TooLarge,
        Date,
        Boolean,
        CellError("#DIV/0!".into()),
        FormulaWithoutValue("A1+B1".into()),
        UnknownUnit,
        UnknownPeriod,
        OtherPeriod("2026Q1".into()),
        UnknownIndicator,
        UnknownGroup,
        UnknownLevel,
        DuplicateRow(4),
        HalfPair,
        MissingCriterion,
        Invalid(err()),
        WorkspaceInvalid(err()),
        NoSuchPeriod("q9".into()),
        Write("disk full".into()),
        UnknownProfile,
        DuplicateId(3),
    ]
}

#[test]
fn every_problem_kind_has_both_texts_with_the_same_placeholders() {
    let ws = workspace();
    let samples = samples();
    let seen: BTreeSet<usize> = samples.iter().map(ordinal).collect();
    assert_eq!(seen, (0..KINDS).collect(), "a kind without a sample");
    for p in &samples {
        let m = problem_message(Names::new(Lang::Zh, Some(&ws)), p);
        if matches!(p, Problem::Invalid(_)) {
            // The engine's own kind text, in the language of the names, is the whole
            // message (its two languages are checked by the engine error texts' tests).
            let en = problem_message(Names::new(Lang::En, Some(&ws)), p).text(Lang::En);
            let zh = m.text(Lang::Zh);
            assert_ne!(zh, en);
            assert!(!zh.contains('{') && !en.contains('{') && !zh.is_empty());
            continue;
        }
        check(&format!("{p:?}"), &m);
    }
}

#[test]
fn a_cell_problem_reads_like_a_spreadsheet_user_says_it() {
    let ws = workspace();
    let e = SheetError::at(
        Place {
            sheet: "数据".into(),
            row: Some(7),
            column: Some("D".into()),
            key: Some("progress".into()),
            label: Some("任务进度".into()),
            text: Some("九十".into()),
        },
        Problem::NotANumber,
    );
    assert_eq!(
        sheet_error_text(Names::new(Lang::Zh, Some(&ws)), &e),
        "工作表「数据」第 7 行 D 列(任务进度):“九十” 不是数字"
    );
    assert_eq!(
        sheet_error_text(Names::new(Lang::En, Some(&ws)), &e),
        "sheet \"数据\" row 7 column D (任务进度): \"九十\": not a number"
    );
    let header = SheetError::at(
        Place {
            sheet: "CSV".into(),
            key: Some("unit".into()),
            ..Place::default()
        },
        Problem::MissingColumn("unit".into()),
    );
    assert_eq!(
        sheet_error_text(Names::new(Lang::Zh, Some(&ws)), &header),
        "工作表「CSV」(unit):缺少键为 [unit] 的列"
    );
    let whole = SheetError::file(Problem::EmptyFile);
    assert_eq!(
        sheet_error_text(Names::new(Lang::En, None), &whole),
        "the file is empty"
    );
}

#[test]
fn a_period_named_by_a_problem_is_shown_by_its_name() {
    let ws = workspace();
    let p = ws.plan.periods.first().unwrap();
    let m = problem_message(
        Names::new(Lang::Zh, Some(&ws)),
        &Problem::OtherPeriod(p.id.clone()),
    );
    assert!(m.text(Lang::Zh).contains(&p.name), "{}", m.text(Lang::Zh));
}

#[test]
fn changed_fields_are_labels_not_paths() {
    let ws = workspace();
    let n = Names::new(Lang::Zh, Some(&ws));
    let value = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| {
            use scorecard_engine::model::Method;
            !matches!(i.method, Method::Survey | Method::Panel)
        })
        .unwrap();
    let ch = |field: &str| Change {
        unit: "zd1".into(),
        period: "q1".into(),
        person: None,
        field: field.into(),
        old: None,
        new: None,
    };
    let change_field = |n: Names, field: &str| super::change_field(n, &ch(field));
    let plain = change_field(n, &format!("values.{}", value.id));
    assert_eq!(plain, value.name);
    let audited = change_field(n, &format!("values.{}.audited", value.id));
    assert!(
        audited.starts_with(&value.name) && audited.ends_with("审计值"),
        "{audited}"
    );
    assert_eq!(
        change_field(n, &format!("ratings.{}", value.id)),
        format!("{} · 360度评价", value.name)
    );
    assert_eq!(change_field(n, "events"), "负面清单");
    assert_eq!(
        change_field(Names::new(Lang::En, Some(&ws)), "events"),
        "negative list"
    );
    for field in [plain, audited] {
        assert!(!field.contains("values"), "{field}");
    }
}

#[test]
fn roster_changes_are_named_by_labels_and_words() {
    let ws = workspace();
    let n = Names::new(Lang::Zh, Some(&ws));
    let person = Change {
        unit: "zd1".into(),
        period: String::new(),
        person: Some("p007".into()),
        field: "person.status".into(),
        old: Some("regular".into()),
        new: Some("seconded".into()),
    };
    assert_eq!(change_field(n, &person), "人员 p007 · 人员状态");
    assert_eq!(change_value(n, &person, person.new.as_deref()), "借调");
    assert_eq!(
        change_value(
            Names::new(Lang::En, Some(&ws)),
            &person,
            person.old.as_deref()
        ),
        "Regular"
    );
    assert_eq!(change_value(n, &person, None), "(空)");
    let unit = Change {
        person: None,
        field: "unit.level".into(),
        ..person.clone()
    };
    assert_eq!(change_field(n, &unit), "单位类别");
    assert_eq!(change_value(n, &unit, Some("branch")), "支队/大队");
    let added = Change {
        field: "unit.id".into(),
        ..unit.clone()
    };
    assert_eq!(
        change_field(Names::new(Lang::En, Some(&ws)), &added),
        "unit added"
    );
    let name = Change {
        field: "unit.name".into(),
        ..unit
    };
    assert_eq!(change_value(n, &name, Some("branch")), "branch");
    let profile = Change {
        field: "unit.profile".into(),
        ..name.clone()
    };
    assert_eq!(change_value(n, &profile, Some("standard")), "標準");
    assert_eq!(change_value(n, &profile, Some("nosuch")), "nosuch");
    let host = Change {
        person: Some("p007".into()),
        field: "person.host_unit".into(),
        ..name
    };
    assert_eq!(change_value(n, &host, Some("kjc")), "科技處");
}
