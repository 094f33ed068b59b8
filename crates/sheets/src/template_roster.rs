//! The roster sheets of the data workbook: a row per unit (units) and per person (people),
//! in the document's order, with the field names as keys, so the roster can be edited and
//! imported back. Words are written as the file's ids (`branch`, `seconded`) with the
//! names in the header note and a dropdown; the importer takes the names too.

use crate::layout::{Lang, SheetKind};
use crate::template::{dropdown, figure, range};
use crate::write::{Column, Out, Table, Validation};
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;

fn items<'a>(doc: &'a Value, key: &str) -> &'a [Value] {
    match doc.get(key) {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn text(item: &Value, key: &str) -> Out {
    match item.get(key).and_then(Value::as_str) {
        Some(t) if !t.is_empty() => Out::Text(t.to_string()),
        _ => Out::Empty,
    }
}

/// A column of words: key, label and note (Chinese, English), the file words.
type Words = (
    &'static str,
    [&'static str; 2],
    [&'static str; 2],
    [&'static str; 3],
);

const LEVEL: Words = (
    "level",
    ["单位类别", "Level"],
    [
        "hq 总队机关 / direct 直属单位 / branch 支队/大队",
        "hq: HQ office / direct: directly affiliated / branch",
    ],
    ["hq", "direct", "branch"],
);
const POST: Words = (
    "post",
    ["岗位类别", "Post"],
    [
        "technical 专业技术岗 / management 管理岗 / service 工勤岗",
        "technical / management / service",
    ],
    ["technical", "management", "service"],
);
const STATUS: Words = (
    "status",
    ["人员状态", "Status"],
    [
        "regular 在岗 / new 新入职 / seconded 借调",
        "regular / new (new hire) / seconded",
    ],
    ["regular", "new", "seconded"],
);

/// A keyed column of words, with the words' names in the note and a dropdown.
fn word_column((key, label, note, ids): Words, lang: Lang) -> Column {
    let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    Column::keyed(lang.pick(label[0], label[1]), key)
        .note(lang.pick(note[0], note[1]))
        .validate(dropdown(&ids))
}

/// The units sheet.
pub(crate) fn units_table(ws: &Workspace, doc: &Value, lang: Lang) -> Table {
    let profiles: Vec<String> = ws.plan.profiles.iter().map(|p| p.id.clone()).collect();
    let profile_names: Vec<String> = ws
        .plan
        .profiles
        .iter()
        .map(|p| format!("{} {}", p.id, p.name))
        .collect();
    let columns = vec![
        Column::keyed(lang.pick("单位编号", "Unit id"), "id"),
        Column::keyed(lang.pick("单位名称", "Name"), "name"),
        word_column(LEVEL, lang),
        Column::keyed(lang.pick("权重方案", "Weight profile"), "profile")
            .note(profile_names.join(" / "))
            .validate(dropdown(&profiles)),
    ];
    let rows = items(doc, "units")
        .iter()
        .map(|u| {
            ["id", "name", "level", "profile"]
                .map(|k| text(u, k))
                .to_vec()
        })
        .collect();
    Table {
        name: SheetKind::Units.name(lang).to_string(),
        columns,
        rows,
    }
}

/// The people sheet (written only when the workspace has people).
pub(crate) fn people_table(doc: &Value, lang: Lang) -> Option<Table> {
    let people = items(doc, "people");
    if people.is_empty() {
        return None;
    }
    let columns = vec![
        Column::keyed(lang.pick("人员编号", "Person id"), "id"),
        Column::keyed(lang.pick("姓名", "Name"), "name"),
        Column::keyed(lang.pick("所在单位", "Unit"), "unit"),
        word_column(POST, lang),
        word_column(STATUS, lang),
        Column::keyed(lang.pick("借入单位", "Host unit"), "host_unit")
            .note(lang.pick("仅借调人员填写", "seconded staff only")),
        Column::keyed(lang.pick("任职月数", "Months in post"), "months_in_post")
            .validate(Some(Validation::Whole(0, 10_000))),
        Column::keyed(lang.pick("个人得分", "Personal score"), "personal")
            .note("0–100")
            .validate(range(0.into(), 100.into())),
    ];
    let rows = people
        .iter()
        .map(|p| {
            let mut row: Vec<Out> = ["id", "name", "unit", "post", "status", "host_unit"]
                .map(|k| text(p, k))
                .to_vec();
            row.push(figure(p.get("months_in_post")));
            row.push(figure(
                p.get("personal").filter(|v| !matches!(v, Value::Null)),
            ));
            row
        })
        .collect();
    Some(Table {
        name: SheetKind::People.name(lang).to_string(),
        columns,
        rows,
    })
}
