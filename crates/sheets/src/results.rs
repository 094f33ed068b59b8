//! Results as a workbook and as CSV, from the engine's results document (so every figure
//! is the published one, exactly as the results file has it).
//!
//! The workbook: a ranking sheet (every published figure a number formatted `0.00`, the
//! grade, flag, warning and honour words in the chosen language), an indicator sheet (a
//! unit's published score per indicator), a summary sheet (what was scored, the quota,
//! units per grade) and a check sheet (`input_sha256`, engine version). Headers follow the
//! `label [key]` rule. The CSV is the ranking sheet: UTF-8 with a BOM (so Excel shows
//! Chinese), CRLF line ends, figures as published text.

use crate::layout::Lang;
use crate::problem::{Problem, SheetError};
use crate::write::{Column, Out, Table};
use scorecard_engine::json::Value;
use scorecard_engine::{results::results_value, ResultSet, Workspace};

const GRADES: [(&str, &str, &str); 4] = [
    ("excellent", "优秀", "Excellent"),
    ("good", "良好", "Good"),
    ("pass", "合格", "Pass"),
    ("fail", "不合格", "Fail"),
];

const WORDS: [(&str, &str, &str); 11] = [
    ("incomplete", "数据不全", "Incomplete"),
    ("band_violation", "权重越界", "Band violation"),
    ("audit_discrepancy", "审计差异", "Audit discrepancy"),
    ("special_review", "专项复核", "Special review"),
    ("rectification", "整改督导", "Rectification"),
    ("leadership_review", "班子复议", "Leadership review"),
    ("yellow", "黄色预警", "Yellow warning"),
    ("orange", "橙色预警", "Orange warning"),
    ("red", "红色预警", "Red warning"),
    ("innovation_award", "卓越创新奖", "Excellence in Innovation"),
    (
        "collaboration_award",
        "协作先锋团队",
        "Collaboration Pioneer Team",
    ),
];

/// The name of an engine word in `lang` (the word itself when unknown).
pub fn word(w: &str, lang: Lang) -> String {
    GRADES
        .iter()
        .chain(WORDS.iter())
        .find(|(k, _, _)| *k == w)
        .map(|(_, zh, en)| lang.pick(zh, en).to_string())
        .unwrap_or_else(|| w.to_string())
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) | Some(Value::Number(s)) => s.clone(),
        _ => String::new(),
    }
}

fn words(v: Option<&Value>, lang: Lang) -> String {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| word(&text(Some(i)), lang))
            .collect::<Vec<_>>()
            .join(lang.pick("、", "; ")),
        Some(Value::String(s)) => word(s, lang),
        _ => String::new(),
    }
}

fn published(v: Option<&Value>) -> Out {
    match v {
        Some(Value::String(s)) => Out::Published(s.clone()),
        _ => Out::Empty,
    }
}

/// The ranking: (columns, rows as cells, rows as CSV text).
fn ranking(ws: &Workspace, doc: &Value, lang: Lang) -> Table {
    let names = |id: &str| ws.units.iter().find(|u| u.id == id).map(|u| u.name.clone());
    let dims: Vec<(String, String)> = ws
        .plan
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), d.name.clone()))
        .collect();
    let units = match doc.get("units") {
        Some(Value::Array(u)) => u.as_slice(),
        _ => &[],
    };
    let annual = text(doc.get("period")) == "annual";
    let mut columns = vec![
        Column::keyed(lang.pick("名次", "Rank"), "rank"),
        Column::keyed(lang.pick("单位", "Unit"), "unit"),
        Column::plain(lang.pick("单位名称", "Unit name")),
        Column::keyed(lang.pick("得分", "Score"), "score"),
        Column::keyed(lang.pick("等次", "Grade"), "grade"),
    ];
    let mut figures: Vec<&str> = vec![];
    if !annual {
        figures.extend(["weighted", "deduction", "coefficient", "bonus"]);
    } else {
        figures.push("deduction");
    }
    for f in &figures {
        let (zh, en) = match *f {
            "weighted" => ("加权得分", "Weighted"),
            "deduction" => ("扣分", "Deduction"),
            "coefficient" => ("系数", "Coefficient"),
            _ => ("加分", "Bonus"),
        };
        columns.push(Column::keyed(lang.pick(zh, en), *f));
    }
    for (id, name) in &dims {
        columns.push(Column::keyed(name.as_str(), format!("dimensions.{id}")));
    }
    for (k, zh, en) in [
        ("flags", "标记", "Flags"),
        ("warning", "预警", "Warning"),
        ("honours", "荣誉", "Honours"),
        ("previous", "上期得分", "Previous"),
        ("delta", "变化", "Change"),
    ] {
        columns.push(Column::keyed(lang.pick(zh, en), k));
    }
    let rows = units
        .iter()
        .map(|u| {
            let unit = text(u.get("unit"));
            let mut row = vec![
                Out::Text(text(u.get("rank"))),
                Out::Text(unit.clone()),
                names(&unit).map(Out::Text).unwrap_or(Out::Empty),
                published(u.get("score")),
                Out::Text(word(&text(u.get("grade")), lang)),
            ];
            for f in &figures {
                row.push(match *f {
                    // The coefficient is exact, not rounded: kept as written.
                    "coefficient" => Out::Figure(text(u.get(f))),
                    _ => published(u.get(f)),
                });
            }
            for (id, _) in &dims {
                row.push(published(u.get("dimensions").and_then(|d| d.get(id))));
            }
            row.push(Out::Text(words(u.get("flags"), lang)));
            row.push(Out::Text(words(u.get("warning"), lang)));
            row.push(Out::Text(words(u.get("honours"), lang)));
            row.push(published(u.get("previous")));
            row.push(published(u.get("delta")));
            if let Some(Out::Text(r)) = row.first().cloned() {
                if let Ok(n) = r.parse::<u64>() {
                    if let Some(c) = row.first_mut() {
                        *c = Out::Whole(n);
                    }
                }
            }
            row
        })
        .collect();
    Table {
        name: lang.pick("排名", "ranking").to_string(),
        columns,
        rows,
    }
}

fn indicators(ws: &Workspace, doc: &Value, lang: Lang) -> Table {
    let inds: Vec<_> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .collect();
    let mut columns = vec![
        Column::keyed(lang.pick("单位", "Unit"), "unit"),
        Column::plain(lang.pick("单位名称", "Unit name")),
    ];
    columns.extend(
        inds.iter()
            .map(|i| Column::keyed(i.name.as_str(), format!("indicators.{}", i.id))),
    );
    let units = match doc.get("units") {
        Some(Value::Array(u)) => u.as_slice(),
        _ => &[],
    };
    let rows = units
        .iter()
        .map(|u| {
            let unit = text(u.get("unit"));
            let name = ws
                .units
                .iter()
                .find(|x| x.id == unit)
                .map(|x| x.name.clone());
            let mut row = vec![Out::Text(unit), name.map(Out::Text).unwrap_or(Out::Empty)];
            row.extend(
                inds.iter()
                    .map(|i| published(u.get("indicators").and_then(|d| d.get(&i.id)))),
            );
            row
        })
        .collect();
    Table {
        name: lang.pick("指标得分", "indicators").to_string(),
        columns,
        rows,
    }
}

fn pairs(name: &str, lang: Lang, items: Vec<(&str, &str, &str, Out)>) -> Table {
    Table {
        name: name.to_string(),
        columns: vec![
            Column::plain(lang.pick("项目", "Item")),
            Column::keyed(lang.pick("值", "Value"), "value"),
            Column::plain(lang.pick("键", "Key")),
        ],
        rows: items
            .into_iter()
            .map(|(k, zh, en, v)| {
                vec![
                    Out::Text(lang.pick(zh, en).to_string()),
                    v,
                    Out::Text(k.to_string()),
                ]
            })
            .collect(),
    }
}

fn summary(doc: &Value, lang: Lang) -> Table {
    let units = match doc.get("units") {
        Some(Value::Array(u)) => u.as_slice(),
        _ => &[],
    };
    let count = |g: &str| units.iter().filter(|u| text(u.get("grade")) == g).count() as u64;
    let yes_no = |k: &str| {
        let b = matches!(doc.get(k), Some(Value::Bool(true)));
        Out::Text(
            lang.pick(if b { "是" } else { "否" }, if b { "yes" } else { "no" })
                .to_string(),
        )
    };
    let mut items = vec![
        (
            "period",
            "期间",
            "Period",
            Out::Text(text(doc.get("period"))),
        ),
        (
            "scenario",
            "方案",
            "Scenario",
            Out::Text(text(doc.get("scenario"))),
        ),
        ("official", "正式结果", "Official", yes_no("official")),
        (
            "quota",
            "优秀名额",
            "Excellent quota",
            Out::Text(text(doc.get("quota"))),
        ),
        (
            "quota_tie",
            "并列扩额",
            "Quota widened by a tie",
            yes_no("quota_tie"),
        ),
        (
            "units",
            "参评单位数",
            "Units scored",
            Out::Whole(units.len() as u64),
        ),
    ];
    for (g, zh, en) in GRADES {
        items.push((g, zh, en, Out::Whole(count(g))));
    }
    pairs(lang.pick("汇总", "summary"), lang, items)
}

/// The results of `rs` as an XLSX workbook.
#[cfg(feature = "xlsx")]
pub fn results_workbook(ws: &Workspace, rs: &ResultSet, lang: Lang) -> Result<Vec<u8>, SheetError> {
    crate::write::write_book(&results_tables(ws, rs, lang))
}

/// The tables of the results workbook of `rs` (see [`results_workbook`]).
pub fn results_tables(ws: &Workspace, rs: &ResultSet, lang: Lang) -> Vec<Table> {
    let doc = results_value(ws, rs);
    let check = pairs(
        lang.pick("校验", "check"),
        lang,
        vec![
            (
                "input_sha256",
                "输入摘要 (SHA-256)",
                "Input digest (SHA-256)",
                Out::Text(text(doc.get("input_sha256"))),
            ),
            (
                "engine",
                "计算引擎版本",
                "Engine version",
                Out::Text(text(doc.get("engine"))),
            ),
            (
                "format",
                "格式",
                "Format",
                Out::Text(text(doc.get("format"))),
            ),
        ],
    );
    vec![
        ranking(ws, &doc, lang),
        indicators(ws, &doc, lang),
        summary(&doc, lang),
        check,
    ]
}

/// The ranking of `rs` as CSV: UTF-8 with a BOM, CRLF line ends, published figures as text.
pub fn results_csv(ws: &Workspace, rs: &ResultSet, lang: Lang) -> Result<String, SheetError> {
    let doc = results_value(ws, rs);
    let table = ranking(ws, &doc, lang);
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| SheetError::file(Problem::Write(e.to_string()));
    let header: Vec<String> = table.columns.iter().map(Column::header).collect();
    w.write_record(&header).map_err(fail)?;
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Out::Empty => String::new(),
                Out::Text(s) | Out::Figure(s) | Out::Published(s) => s.clone(),
                Out::Whole(n) => n.to_string(),
            })
            .collect();
        w.write_record(&cells).map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| SheetError::file(Problem::Write(e.to_string())))?;
    let body =
        String::from_utf8(bytes).map_err(|e| SheetError::file(Problem::Write(e.to_string())))?;
    Ok(format!("\u{feff}{body}"))
}
