//! The roster sheets (units, people): a row sets the fields its sheet covers for the id it
//! names, a new id adds a unit or person, nobody is removed, and the other sheets of the
//! same file may name a unit the units sheet adds. Bad rows are refused at their cells.

use super::{book, books, doc, problems};
use scorecard_engine::json::Value;
use scorecard_engine::DEMO_WORKSPACE;
use scorecard_sheets::{data_workbook, import, Lang, Problem};

#[test]
fn a_units_sheet_renames_moves_and_adds_units_that_other_sheets_can_name() {
    let d = doc(DEMO_WORKSPACE);
    let bytes = books(&[
        (
            "数据",
            &[
                &["单位 [unit]", "[period]", "[closed_items]"],
                &["新支队", "2026Q1", "#3"],
            ],
        ),
        (
            "单位",
            &[
                &[
                    "编号 [id]",
                    "名称 [name]",
                    "类别 [level]",
                    "方案 [profile]",
                    "备注",
                ],
                &["bgs", "办公室(综合)", "hq", "standard", "renamed"],
                &["zzb", "政治部", "直属单位", "standard", ""],
                &["zd99", "新支队", "支队/大队", "standard", ""],
            ],
        ),
    ]);
    let got = import(&d, &bytes, None).unwrap();
    let unit = |id: &str| got.workspace.units.iter().find(|u| u.id == id).cloned();
    assert_eq!(unit("bgs").unwrap().name, "办公室(综合)");
    assert_eq!(unit("zzb").unwrap().level.as_str(), "direct");
    let added = unit("zd99").expect("the new unit is added");
    assert_eq!(
        (added.level.as_str(), added.profile.as_str()),
        ("branch", "standard")
    );
    assert_eq!(got.workspace.units.len(), 21, "nobody is removed");
    let rec = got
        .workspace
        .records
        .iter()
        .find(|r| r.unit == "zd99" && r.period == "2026Q1")
        .expect("the values sheet named the new unit by its name");
    assert_eq!(rec.closed_items, 3);
    let fields: Vec<(&str, &str)> = got
        .changes
        .iter()
        .map(|c| (c.unit.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("bgs", "unit.name"),
            ("zzb", "unit.level"),
            ("zd99", "unit.name"),
            ("zd99", "unit.level"),
            ("zd99", "unit.profile"),
            ("zd99", "closed_items"),
        ]
    );
    assert!(got.changes.iter().take(5).all(|c| c.period.is_empty()));
    assert_eq!(got.changes[1].old.as_deref(), Some("hq"));
}

#[test]
fn a_people_sheet_sets_clears_and_adds_people() {
    let d = doc(DEMO_WORKSPACE);
    let head: &[&str] = &[
        "[id]",
        "[name]",
        "[unit]",
        "[post]",
        "[status]",
        "[host_unit]",
        "[months_in_post]",
        "[personal]",
    ];
    let bytes = book(
        "人员",
        &[
            head,
            &[
                "p01",
                "王建国",
                "bgs",
                "management",
                "借调",
                "一支队",
                "#52",
                "88.50",
            ],
            &["p02", "李明", "zd1", "管理岗", "regular", "", "#36", ""],
            &["p99", "新人", "政治部", "technical", "new", "", "#2", "#70"],
        ],
    );
    let got = import(&d, &bytes, None).unwrap();
    let person = |id: &str| {
        got.workspace
            .people
            .iter()
            .find(|p| p.id == id)
            .cloned()
            .unwrap()
    };
    let p01 = person("p01");
    assert_eq!(p01.status.as_str(), "seconded");
    assert_eq!(p01.host_unit.as_deref(), Some("zd1"), "a unit by its name");
    assert_eq!(person("p02").personal, None, "an empty cell clears");
    assert_eq!(person("p99").unit, "zzb");
    let at = scorecard_engine::path::JsonPath::parse("people[0].personal").unwrap();
    assert_eq!(
        got.document.at(&at),
        Some(&Value::String("88.5".into())),
        "a figure equal to the stored one keeps the stored text"
    );
    let changed: Vec<(Option<&str>, &str)> = got
        .changes
        .iter()
        .map(|c| (c.person.as_deref(), c.field.as_str()))
        .collect();
    assert_eq!(
        changed,
        [
            (Some("p01"), "person.status"),
            (Some("p01"), "person.host_unit"),
            (Some("p02"), "person.personal"),
            (Some("p99"), "person.name"),
            (Some("p99"), "person.unit"),
            (Some("p99"), "person.post"),
            (Some("p99"), "person.status"),
            (Some("p99"), "person.months_in_post"),
            (Some("p99"), "person.personal"),
        ]
    );
    assert_eq!(
        got.changes[2].unit, "zd1",
        "a person's change is under their unit"
    );
}

#[test]
fn bad_roster_rows_are_refused_at_their_cells_and_change_nothing() {
    let d = doc(DEMO_WORKSPACE);
    let bytes = books(&[
        (
            "单位",
            &[
                &["[id]", "[name]", "[level]", "[profile]"],
                &["bgs", "", "hq", "standard"],
                &["zzb", "政治部", "brigade", "standard"],
                &["zd1", "一支队", "branch", "nonesuch"],
                &["zzb", "政治部", "hq", "standard"],
            ],
        ),
        (
            "人员",
            &[
                &["[id]", "[unit]", "[post]", "[colour]"],
                &["p01", "nowhere", "cook", "red"],
            ],
        ),
    ]);
    let errs = problems(&d, &bytes);
    let got: Vec<(Option<String>, Option<u32>, Problem)> = errs
        .iter()
        .map(|e| {
            let p = e.place.as_deref();
            (
                p.and_then(|p| p.column.clone()),
                p.and_then(|p| p.row),
                e.problem.clone(),
            )
        })
        .collect();
    assert!(
        got.contains(&(Some("B".into()), Some(2), Problem::Required)),
        "{got:?}"
    );
    assert!(got.contains(&(
        Some("C".into()),
        Some(3),
        Problem::NotOneOf("hq, direct, branch".into())
    )));
    assert!(got.contains(&(Some("D".into()), Some(4), Problem::UnknownProfile)));
    assert!(got.contains(&(Some("A".into()), Some(5), Problem::DuplicateId(3))));
    assert!(got.contains(&(
        Some("D".into()),
        Some(1),
        Problem::UnknownColumn("colour".into())
    )));
    // A new unit without the fields a unit needs: the engine's error, at its id cell.
    let bytes = book("单位", &[&["[id]", "[name]"], &["zd99", "新支队"]]);
    let errs = problems(&d, &bytes);
    assert!(
        errs.iter().all(|e| {
            let Some(p) = e.place.as_deref() else { panic!("{e:?}") };
            (p.row, p.column.as_deref()) == (Some(2), Some("A"))
        }),
        "{errs:?}"
    );
    assert!(matches!(errs[0].problem, Problem::Invalid(_)));
    // A person's unit that does not exist.
    let bytes = book("人员", &[&["[id]", "[unit]"], &["p01", "nowhere"]]);
    let errs = problems(&d, &bytes);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].problem, Problem::UnknownUnit);
}

#[test]
fn the_roster_round_trips_through_the_data_workbook() {
    let d = doc(DEMO_WORKSPACE);
    let bytes = data_workbook(&d, None, Lang::Zh).unwrap();
    let grids = scorecard_sheets::read::read_file(&bytes).unwrap();
    let names: Vec<&str> = grids.iter().map(|g| g.name.as_str()).collect();
    assert!(
        names.contains(&"单位") && names.contains(&"人员"),
        "{names:?}"
    );
    // Into the same workspace without its people and with another name for a unit: the
    // roster comes back exactly.
    let mut bare = d.clone();
    let root = scorecard_engine::path::JsonPath::root();
    assert!(bare.remove_at(&root.key("people")));
    assert!(bare.set_at(&root.key("units").index(0).key("name"), Value::str("X")));
    let got = import(&bare, &bytes, None).unwrap();
    let want = scorecard_engine::parse::workspace_from_value(&d).unwrap();
    assert_eq!(got.workspace.people, want.people);
    assert_eq!(got.workspace.units, want.units);
}
