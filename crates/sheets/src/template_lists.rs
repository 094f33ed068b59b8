//! The list sheets of the data workbook: a row per rating (ratings), per expert (panel)
//! and per event (events), in the document's order, with dropdowns for groups and levels
//! and number ranges for ratings and criterion scores.

use crate::layout::{Lang, SheetKind};
use crate::template::{base_cells, base_columns, dropdown, figure, range};
use crate::write::{Column, Out, Table};
use scorecard_engine::json::Value;
use scorecard_engine::model::{Method, Workspace};
use scorecard_engine::parse::EXPERT_NAME_KEY;

fn ids_of(ws: &Workspace, want: fn(&Method) -> bool) -> Vec<String> {
    ws.plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .filter(|i| want(&i.method))
        .map(|i| i.id.clone())
        .collect()
}

fn key_of(r: &Value) -> (String, String) {
    let s = |k: &str| {
        r.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    (s("unit"), s("period"))
}

fn fields(v: Option<&Value>) -> &[(String, Value)] {
    match v {
        Some(Value::Object(f)) => f,
        _ => &[],
    }
}

fn items(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

/// The ratings sheet.
pub(crate) fn ratings_table(ws: &Workspace, recs: &[&Value], lang: Lang) -> Table {
    let inds = ids_of(ws, |m| matches!(m, Method::Survey));
    let groups: Vec<String> = ws
        .plan
        .survey
        .rating_groups()
        .into_iter()
        .map(String::from)
        .collect();
    let (lo, hi) = ws.plan.survey.scale;
    let mut columns = base_columns(lang);
    columns
        .push(Column::keyed(lang.pick("指标", "Indicator"), "indicator").validate(dropdown(&inds)));
    columns.push(
        Column::keyed(lang.pick("评价组", "Group"), "group")
            .note(lang.pick(
                "superior 上级 / peer 同级 / subordinate 下级 / self 自评",
                "superior / peer / subordinate / self",
            ))
            .validate(dropdown(&groups)),
    );
    columns.push(
        Column::keyed(lang.pick("评分", "Rating"), "rating")
            .note(format!("{lo}–{hi}"))
            .validate(range(lo, hi)),
    );
    let mut rows = Vec::new();
    for r in recs {
        let (unit, period) = key_of(r);
        for (ind, by_group) in fields(r.get("ratings")) {
            for (g, list) in fields(Some(by_group)) {
                for rating in items(Some(list)) {
                    let mut row = base_cells(ws, &unit, &period);
                    row.extend([
                        Out::Text(ind.clone()),
                        Out::Text(g.clone()),
                        figure(Some(rating)),
                    ]);
                    rows.push(row);
                }
            }
        }
    }
    Table {
        name: SheetKind::Ratings.name(lang).to_string(),
        columns,
        rows,
    }
}

/// The panel sheet.
pub(crate) fn panel_table(ws: &Workspace, recs: &[&Value], lang: Lang) -> Table {
    let inds = ids_of(ws, |m| matches!(m, Method::Panel));
    let mut columns = base_columns(lang);
    columns
        .push(Column::keyed(lang.pick("指标", "Indicator"), "indicator").validate(dropdown(&inds)));
    columns.push(
        Column::keyed(lang.pick("专家", "Expert"), "expert").note(lang.pick(
            "姓名或编号(不计分,显示在计算单中)",
            "a name or code (not scored; shown in the receipt)",
        )),
    );
    for (c, w) in &ws.plan.panel.criteria {
        columns.push(
            Column::keyed(c.as_str(), c.as_str())
                .note(format!("0–100; {} {w}", lang.pick("权重", "weight")))
                .validate(range(0.into(), 100.into())),
        );
    }
    let mut rows = Vec::new();
    for r in recs {
        let (unit, period) = key_of(r);
        for (ind, experts) in fields(r.get("panel")) {
            for (n, e) in items(Some(experts)).iter().enumerate() {
                let mut row = base_cells(ws, &unit, &period);
                row.push(Out::Text(ind.clone()));
                // The expert's name, else its number in the list (which reads back as no name).
                match e.get(EXPERT_NAME_KEY).and_then(Value::as_str) {
                    Some(name) if !name.is_empty() => row.push(Out::Text(name.to_string())),
                    _ => row.push(Out::Whole(n as u64 + 1)),
                }
                for (c, _) in &ws.plan.panel.criteria {
                    row.push(figure(e.get(c)));
                }
                rows.push(row);
            }
        }
    }
    Table {
        name: SheetKind::Panel.name(lang).to_string(),
        columns,
        rows,
    }
}

/// The events sheet.
pub(crate) fn events_table(ws: &Workspace, recs: &[&Value], lang: Lang) -> Table {
    let levels: Vec<String> = ws
        .plan
        .deductions
        .levels
        .iter()
        .map(|l| l.id.clone())
        .collect();
    let names: Vec<String> = ws
        .plan
        .deductions
        .levels
        .iter()
        .map(|l| format!("{} {}", l.id, l.name))
        .collect();
    let mut columns = base_columns(lang);
    columns.push(
        Column::keyed(lang.pick("等级", "Level"), "level")
            .note(names.join(" / "))
            .validate(dropdown(&levels)),
    );
    columns.push(Column::keyed(lang.pick("说明", "Note"), "note"));
    let mut rows = Vec::new();
    for r in recs {
        let (unit, period) = key_of(r);
        for e in items(r.get("events")) {
            let mut row = base_cells(ws, &unit, &period);
            let text = |k: &str| {
                e.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            row.push(Out::Text(text("level")));
            let note = text("note");
            row.push(if note.is_empty() {
                Out::Empty
            } else {
                Out::Text(note)
            });
            rows.push(row);
        }
    }
    Table {
        name: SheetKind::Events.name(lang).to_string(),
        columns,
        rows,
    }
}
