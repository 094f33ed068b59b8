#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Round trips and refusals of the spreadsheet layer, through its public API: a data
//! workbook imported back changes nothing; the data of a full workspace imported into the
//! same workspace without its records gives the records back; results export; bad cells
//! give typed problems with their places and change nothing.

use rust_xlsxwriter::{Workbook, XlsxError};
use scorecard_engine::json::{parse, Value};
use scorecard_engine::parse::workspace_from_value;
use scorecard_engine::{score, Query, Workspace, DEMO_WORKSPACE, EXAMPLE_WORKSPACE};
use scorecard_sheets::{
    data_workbook, import, results_csv, results_workbook, Lang, Problem, SheetError,
};

#[path = "sheets/roster.rs"]
mod roster;

fn doc(text: &str) -> Value {
    parse(text).unwrap()
}

fn without_records(d: &Value) -> Value {
    let mut d = d.clone();
    assert!(d.set_at(
        &scorecard_engine::path::JsonPath::root().key("records"),
        Value::Array(Vec::new())
    ));
    d
}

/// The records of a workspace sorted by (unit, period): imports append new records in that
/// order, so two workspaces with the same data compare equal this way.
fn sorted(ws: &Workspace) -> Vec<scorecard_engine::model::Record> {
    let mut r = ws.records.clone();
    r.sort_by(|a, b| (&a.unit, &a.period).cmp(&(&b.unit, &b.period)));
    r
}

#[test]
fn a_data_workbook_imported_back_changes_nothing() {
    for text in [DEMO_WORKSPACE, EXAMPLE_WORKSPACE] {
        let d = doc(text);
        for lang in [Lang::Zh, Lang::En] {
            let bytes = data_workbook(&d, None, lang).unwrap();
            let got = import(&d, &bytes, None).unwrap();
            assert_eq!(got.changes, vec![], "{lang:?}");
            assert!(got.document == d, "the document is unchanged");
        }
    }
}

/// A plain value of an indicator that has pairs elsewhere goes in the audited column alone,
/// and comes back plain: neither lost on a round trip nor cleared by importing the export.
#[test]
fn a_plain_value_beside_pairs_survives_a_round_trip() {
    let mut d = doc(DEMO_WORKSPACE);
    let at = scorecard_engine::path::JsonPath::parse("records[0].values.quality").unwrap();
    assert!(
        matches!(d.at(&at), Some(Value::Object(_))),
        "the demo has a pair here"
    );
    assert!(d.set_at(&at, Value::String("0.9".into())));
    let bytes = data_workbook(&d, None, Lang::Zh).unwrap();
    let same = import(&d, &bytes, None).unwrap();
    assert_eq!(same.changes, vec![]);
    let back = import(&without_records(&d), &bytes, None).unwrap();
    assert_eq!(back.document.at(&at), Some(&Value::String("0.9".into())));
    assert_eq!(
        sorted(&back.workspace),
        sorted(&workspace_from_value(&d).unwrap())
    );
}

/// The app's path: tables built without the writer, written elsewhere (the on-demand
/// module), read elsewhere into grids, imported from the grids — the same as the file path.
#[test]
fn tables_and_grids_take_the_same_path_as_the_file() {
    let full = doc(DEMO_WORKSPACE);
    let empty = without_records(&full);
    let tables = scorecard_sheets::data_tables(&full, None, Lang::Zh).unwrap();
    let bytes = scorecard_sheets::write::write_book(&tables).unwrap();
    let grids = scorecard_sheets::read::read_workbook_file(&bytes).unwrap();
    // The same workbook as the file path writes, cell for cell (not byte for byte: a workbook
    // carries the time it was written, and two writes can straddle a second).
    let file = data_workbook(&full, None, Lang::Zh).unwrap();
    assert_eq!(
        grids,
        scorecard_sheets::read::read_workbook_file(&file).unwrap()
    );
    let by_grids = scorecard_sheets::import_grids(&empty, &grids, None).unwrap();
    let by_file = import(&empty, &bytes, None).unwrap();
    assert_eq!(by_grids.changes, by_file.changes);
    assert!(!by_grids.changes.is_empty());
    assert!(by_grids.document == by_file.document);
    // A workbook's tables carry every validation as data (dropdowns, ranges, whole numbers).
    let kinds: Vec<_> = tables
        .iter()
        .flat_map(|t| &t.columns)
        .filter_map(|c| c.validation.as_ref())
        .map(std::mem::discriminant)
        .collect();
    assert!(kinds.len() >= 3);
}

#[test]
fn the_data_of_a_workspace_fills_its_empty_template() {
    for text in [DEMO_WORKSPACE, EXAMPLE_WORKSPACE] {
        let full = doc(text);
        let ws = workspace_from_value(&full).unwrap();
        let empty = without_records(&full);
        let bytes = data_workbook(&full, None, Lang::Zh).unwrap();
        let got = import(&empty, &bytes, None).unwrap();
        assert_eq!(sorted(&got.workspace), sorted(&ws));
        assert_eq!(got.workspace.plan, ws.plan);
        assert!(!got.changes.is_empty());
        assert!(got
            .changes
            .iter()
            .all(|c| c.old.is_none() && c.new.is_some()));
        // And the scores are the same.
        let q = Query::period("2026Q1");
        let a = score(&ws, &q).unwrap();
        let b = score(&got.workspace, &q).unwrap();
        assert_eq!(
            a.units
                .iter()
                .map(|u| (u.unit.clone(), u.score))
                .collect::<Vec<_>>(),
            b.units
                .iter()
                .map(|u| (u.unit.clone(), u.score))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn one_period_template_round_trips_and_leaves_other_periods_alone() {
    let full = doc(DEMO_WORKSPACE);
    let ws = workspace_from_value(&full).unwrap();
    let bytes = data_workbook(&full, Some("2026Q2"), Lang::Zh).unwrap();
    let got = import(&without_records(&full), &bytes, Some("2026Q2")).unwrap();
    let want: Vec<_> = sorted(&ws)
        .into_iter()
        .filter(|r| r.period == "2026Q2")
        .collect();
    assert_eq!(sorted(&got.workspace), want);
    assert!(
        import(&full, &bytes, Some("2026Q1")).is_err(),
        "rows of Q2 refused for Q1"
    );
}

/// Writes a one-sheet workbook with `rows` (text cells; `=…` are formulas, `#…` numbers).
fn book(name: &str, rows: &[&[&str]]) -> Vec<u8> {
    books(&[(name, rows)])
}

/// Writes a workbook of several sheets, each as [`book`] writes one.
fn books(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let go = || -> Result<Vec<u8>, XlsxError> {
        let mut b = Workbook::new();
        for (name, rows) in sheets {
            let s = b.add_worksheet();
            s.set_name(*name)?;
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    if let Some(n) = cell.strip_prefix('#') {
                        s.write_number(r, c, n.parse::<f64>().unwrap())?;
                    } else if *cell == "TRUE" {
                        s.write_boolean(r, c, true)?;
                    } else if !cell.is_empty() {
                        s.write_string(r, c, *cell)?;
                    }
                }
            }
        }
        b.save_to_buffer()
    };
    go().unwrap()
}

fn problems(d: &Value, bytes: &[u8]) -> Vec<SheetError> {
    import(d, bytes, None).unwrap_err()
}

#[test]
fn numbers_follow_the_number_rule() {
    let d = doc(EXAMPLE_WORKSPACE);
    let bytes = book(
        "数据",
        &[
            &[
                "单位 [unit]",
                "[period]",
                "进度 [progress]",
                "[plans]",
                "[closed_items]",
            ],
            &["zd1", "2026Q1", "９５％", "#88.5", "#3"],
        ],
    );
    let got = import(&d, &bytes, None).unwrap();
    let rec = got
        .workspace
        .records
        .iter()
        .find(|r| r.unit == "zd1" && r.period == "2026Q1");
    let rec = rec.unwrap();
    assert_eq!(rec.values["progress"].scored().to_string(), "0.95");
    assert_eq!(rec.values["plans"].scored().to_string(), "88.5");
    assert_eq!(rec.closed_items, 3);
    let fields: Vec<_> = got.changes.iter().map(|c| c.field.as_str()).collect();
    assert!(fields.contains(&"values.progress"), "{fields:?}");
}

#[test]
fn bad_cells_are_refused_with_their_places() {
    let d = doc(EXAMPLE_WORKSPACE);
    let bytes = book(
        "数据",
        &[
            &["说明"],
            &[
                "单位 [unit]",
                "[period]",
                "任务进度 [progress]",
                "[plans]",
                "[closed_items]",
            ],
            &["zd1", "2026Q1", "九十", "TRUE", "2.5"],
            &["nobody", "2026Q9", "", "#101", ""],
            &["zd1", "2026Q1", "", "", ""],
        ],
    );
    let errs = problems(&d, &bytes);
    let at = |row: u32, col: &str| {
        errs.iter()
            .find(|e| {
                e.place
                    .as_ref()
                    .is_some_and(|p| p.row == Some(row) && p.column.as_deref() == Some(col))
            })
            .map(|e| e.problem.clone())
    };
    assert_eq!(at(3, "C"), Some(Problem::NotANumber));
    assert_eq!(at(3, "D"), Some(Problem::Boolean));
    assert_eq!(at(3, "E"), Some(Problem::NotWhole));
    assert_eq!(at(4, "A"), Some(Problem::UnknownUnit));
    assert_eq!(at(4, "B"), Some(Problem::UnknownPeriod));
    // Row 5 repeats row 3's unit and period only when row 3 was good; here it is a
    // second row for (zd1, 2026Q1) after a bad one, so it is not reported twice.
    let first = &errs[0];
    let place = first.place.as_ref().unwrap();
    assert_eq!(place.sheet, "数据");
    assert_eq!(place.key.as_deref(), Some("progress"));
    assert_eq!(place.label.as_deref(), Some("任务进度"));
    assert_eq!(place.text.as_deref(), Some("九十"));
    assert_eq!(
        first.to_string(),
        "sheet \"数据\" row 3 column C (progress, 任务进度): \"九十\": not a number"
    );
}

#[test]
fn range_errors_come_back_to_their_cells() {
    let d = doc(EXAMPLE_WORKSPACE);
    let bytes = book(
        "x",
        &[
            &["[unit]", "[period]", "[plans]"],
            &["zd1", "2026Q1", "#101"],
        ],
    );
    let errs = problems(&d, &bytes);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let p = errs[0].place.as_ref().unwrap();
    assert_eq!((p.row, p.column.as_deref()), (Some(2), Some("C")));
    assert!(matches!(errs[0].problem, Problem::Invalid(_)));
}

#[test]
fn sheet_level_problems() {
    let d = doc(EXAMPLE_WORKSPACE);
    let cases: Vec<(Vec<u8>, Problem)> = vec![
        (
            book("a", &[&["[period]", "[progress]"]]),
            Problem::NoDataSheet,
        ),
        (
            book("a", &[&["[unit]", "[progress]"]]),
            Problem::MissingColumn("period".into()),
        ),
        (
            book("a", &[&["[unit]", "[period]", "[nope]"]]),
            Problem::UnknownColumn("nope".into()),
        ),
        (
            book("a", &[&["[unit]", "[period]", "[team360]"]]),
            Problem::WrongInput("survey".into()),
        ),
        (
            book("a", &[&["[unit]", "[period]", "[progress]", "[progress]"]]),
            Problem::DuplicateColumn("C".into()),
        ),
        (
            book("a", &[&["[unit]", "[period]", "[quality.reported]"]]),
            Problem::PairColumns("quality".into()),
        ),
        (book("a", &[]), Problem::NoDataSheet),
        (Vec::new(), Problem::EmptyFile),
    ];
    for (bytes, want) in cases {
        let errs = problems(&d, &bytes);
        assert!(
            errs.iter().any(|e| e.problem == want),
            "{want:?} not in {errs:?}"
        );
    }
}

#[test]
fn duplicated_rows_are_refused() {
    let d = doc(EXAMPLE_WORKSPACE);
    let bytes = book(
        "a",
        &[
            &["[unit]", "[period]", "[plans]"],
            &["zd1", "2026Q1", "#80"],
            &["zd1", "2026Q1", "#81"],
        ],
    );
    let errs = problems(&d, &bytes);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].problem, Problem::DuplicateRow(2));
    assert_eq!(errs[0].place.as_ref().unwrap().row, Some(3));
}

#[test]
fn list_sheets_replace_what_they_list() {
    let d = doc(EXAMPLE_WORKSPACE);
    let bytes = book(
        "评价",
        &[
            &["[unit]", "[period]", "[indicator]", "[group]", "[rating]"],
            &["zd1", "2026Q1", "team360", "上级", "#90"],
            &["zd1", "2026Q1", "team360", "self", "#99"],
            &["zd1", "2026Q1", "team360", "boss", "#1"],
        ],
    );
    let errs = problems(&d, &bytes);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].problem, Problem::UnknownGroup);
    let bytes = book(
        "评价",
        &[
            &["[unit]", "[period]", "[indicator]", "[group]", "[rating]"],
            &["zd1", "2026Q1", "team360", "上级", "#90"],
            &["zd1", "2026Q1", "team360", "self", "#99"],
        ],
    );
    let got = import(&d, &bytes, None).unwrap();
    let r = got
        .workspace
        .records
        .iter()
        .find(|r| r.unit == "zd1" && r.period == "2026Q1");
    let ratings = &r.unwrap().ratings["team360"];
    assert_eq!(ratings.keys().collect::<Vec<_>>(), ["self", "superior"]);
    assert_eq!(got.changes.len(), 1);
    assert_eq!(got.changes[0].field, "ratings.team360");
}

#[test]
fn events_clear_with_a_bare_row() {
    let d = doc(EXAMPLE_WORKSPACE);
    let ws = workspace_from_value(&d).unwrap();
    let with_events: Vec<_> = ws.records.iter().filter(|r| !r.events.is_empty()).collect();
    let r = with_events.first().expect("the example has an event");
    let bytes = book(
        "负面清单",
        &[
            &["[unit]", "[period]", "[level]", "[note]"],
            &[&r.unit, &r.period, "", ""],
        ],
    );
    let got = import(&d, &bytes, None).unwrap();
    let after = got
        .workspace
        .records
        .iter()
        .find(|x| x.unit == r.unit && x.period == r.period);
    assert!(after.unwrap().events.is_empty());
    assert_eq!(got.changes.len(), 1);
    assert_eq!(got.changes[0].new, None);
}

#[test]
fn csv_saved_by_excel_imports() {
    let d = doc(EXAMPLE_WORKSPACE);
    let csv =
        "\u{feff}单位 [unit],单位名称,期间 [period],风险预案 [plans]\r\nzd1,一支队,2026Q1,77\r\n";
    let got = import(&d, csv.as_bytes(), None).unwrap();
    assert_eq!(got.changes.len(), 1);
    assert_eq!(got.changes[0].new.as_deref(), Some("77"));
}

#[test]
fn results_export() {
    let d = doc(EXAMPLE_WORKSPACE);
    let ws = workspace_from_value(&d).unwrap();
    let rs = score(&ws, &Query::period("2026Q1")).unwrap();
    let xlsx = results_workbook(&ws, &rs, Lang::Zh).unwrap();
    assert!(xlsx.starts_with(b"PK"));
    let csv = results_csv(&ws, &rs, Lang::En).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("\r\n"));
    let first = csv.lines().nth(1).unwrap();
    assert!(first.starts_with("1,zd1,"), "{first}");
    assert!(first.contains(",90.46,Excellent,"), "{first}");
    // The results workbook is not a data workbook: importing it is refused, not guessed.
    assert!(import(&d, &xlsx, None).is_err());
}

/// Every input the spreadsheet fuzzer kept (`fuzz/seeds`, `fuzz/corpus`, `fuzz/regressions`
/// under `sheet_import`, see `scripts/fuzz.sh`), replayed as a plain test: none may panic, and
/// an accepted import is a valid workspace.
#[test]
fn the_importer_takes_every_input_the_fuzzer_kept() {
    let fuzz = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let example = doc(EXAMPLE_WORKSPACE);
    let mut n = 0;
    for kind in ["seeds", "corpus", "regressions"] {
        let Ok(dir) = std::fs::read_dir(fuzz.join(kind).join("sheet_import")) else {
            continue;
        };
        for f in dir.filter_map(|e| e.ok()) {
            let Ok(bytes) = std::fs::read(f.path()) else {
                continue;
            };
            if let Ok(imported) = import(&example, &bytes, None) {
                assert!(workspace_from_value(&imported.document).is_ok());
            }
            n += 1;
        }
    }
    assert!(n >= 2, "the seeds are there");
}

#[test]
fn experts_names_are_kept_and_their_numbers_are_not_names() {
    let d = doc(EXAMPLE_WORKSPACE);
    let head: &[&str] = &[
        "[unit]",
        "[period]",
        "[indicator]",
        "专家 [expert]",
        "[feasibility]",
        "[promotion]",
        "[benefit]",
    ];
    let bytes = book(
        "专家",
        &[
            head,
            &["zd1", "2026Q1", "panel", "张三", "#80", "#75", "#70"],
            &["zd1", "2026Q1", "panel", "#2", "#90", "#85", "#80"],
            &["zd1", "2026Q1", "panel", "#17", "#60", "#65", "#70"],
            &["zd1", "2026Q1", "panel", "", "#70", "#70", "#70"],
        ],
    );
    let got = import(&d, &bytes, None).unwrap();
    let r = got
        .workspace
        .records
        .iter()
        .find(|r| r.unit == "zd1")
        .unwrap();
    assert_eq!(r.panel["panel"].len(), 4);
    // The second expert's "2" is its number in the list, not a name; "17" is a code.
    assert_eq!(r.expert_names["panel"], ["张三", "", "17", ""]);
    // Written back by the data export, read back the same.
    let again = data_workbook(&got.document, None, Lang::Zh).unwrap();
    let back = import(&got.document, &again, None).unwrap();
    assert_eq!(back.changes, vec![]);
    // A name without scores is an expert missing every score.
    let bytes = book(
        "专家",
        &[head, &["zd1", "2026Q1", "panel", "李四", "", "", ""]],
    );
    let errs = problems(&d, &bytes);
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs.iter().all(|e| e.problem == Problem::MissingCriterion));
}
