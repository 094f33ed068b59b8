//! The data workbook: a template to fill in, or an export of the workspace's data, in the
//! layout of [`crate::layout`] — filled from the document, so importing it back unchanged
//! changes nothing.
//!
//! The values sheet has a row for every unit and period (of the period asked for, or all),
//! a unit-name column without a key, one column per value indicator (a reported/audited
//! pair of columns when any record has a pair for it), `planned.<indicator>` columns for
//! indicators with any planned figure, the two coefficients and the closed items. The
//! ratings, panel and events sheets hold a row per rating, expert and event; the units and
//! people sheets (people only when there are any) a row per unit and person
//! ([`crate::template_roster`]).

use crate::layout::{Lang, SheetKind};
use crate::problem::{Problem, SheetError};
use crate::write::{Column, Out, Table, Validation};
use scorecard_engine::edit::value_text;
use scorecard_engine::json::Value;
use scorecard_engine::model::{Method, Workspace};
use scorecard_engine::parse::workspace_from_value;

/// The records of `doc` for the periods written (all when `period` is `None`).
fn records<'a>(doc: &'a Value, period: Option<&str>) -> Vec<&'a Value> {
    match doc.get("records") {
        Some(Value::Array(items)) => items
            .iter()
            .filter(|r| period.is_none() || r.get("period").and_then(Value::as_str) == period)
            .collect(),
        _ => Vec::new(),
    }
}

fn record<'a>(recs: &[&'a Value], unit: &str, period: &str) -> Option<&'a Value> {
    recs.iter().copied().find(|r| {
        r.get("unit").and_then(Value::as_str) == Some(unit)
            && r.get("period").and_then(Value::as_str) == Some(period)
    })
}

fn f64_of(d: rust_decimal::Decimal) -> f64 {
    d.to_string().parse().unwrap_or(0.0)
}

pub(crate) fn range(lo: rust_decimal::Decimal, hi: rust_decimal::Decimal) -> Option<Validation> {
    Some(Validation::Decimal(f64_of(lo), f64_of(hi)))
}

/// A dropdown, when Excel can hold the list (at most 255 characters in all).
pub(crate) fn dropdown(items: &[String]) -> Option<Validation> {
    let total: usize = items.iter().map(|s| s.chars().count() + 1).sum();
    if items.is_empty() || total > 255 {
        return None;
    }
    Some(Validation::List(items.to_vec()))
}

/// The note on an indicator's column: its method and range.
fn method_note(m: &Method, lang: Lang) -> String {
    match m {
        Method::Linear { worst, best } => format!(
            "{} {worst} → {best}",
            lang.pick("线性:0分 / 100分对应", "linear: 0 / 100 points at")
        ),
        Method::Bands(bands) => {
            let steps: Vec<String> = bands
                .iter()
                .map(|b| format!("≥{} → {}", b.min, b.score))
                .collect();
            format!("{} {}", lang.pick("分档:", "bands:"), steps.join("; "))
        }
        Method::MinMax(_) => lang
            .pick("极差法(按全体单位)", "min-max over the cohort")
            .to_string(),
        Method::ZScore(_) => lang
            .pick("标准分法(按全体单位)", "z-score over the cohort")
            .to_string(),
        Method::Direct => lang
            .pick("直接打分 0–100", "a score entered directly, 0–100")
            .to_string(),
        Method::Survey | Method::Panel => String::new(),
    }
}

pub(crate) fn base_columns(lang: Lang) -> Vec<Column> {
    vec![
        Column::keyed(lang.pick("单位", "Unit"), "unit"),
        Column::plain(lang.pick("单位名称", "Unit name")),
        Column::keyed(lang.pick("期间", "Period"), "period"),
    ]
}

pub(crate) fn base_cells(ws: &Workspace, unit: &str, period: &str) -> Vec<Out> {
    let name = ws
        .units
        .iter()
        .find(|u| u.id == unit)
        .map(|u| u.name.clone());
    vec![
        Out::Text(unit.to_string()),
        name.map(Out::Text).unwrap_or(Out::Empty),
        Out::Text(period.to_string()),
    ]
}

pub(crate) fn figure(v: Option<&Value>) -> Out {
    let t = value_text(v);
    if t.is_empty() {
        Out::Empty
    } else {
        Out::Figure(t)
    }
}

/// What one values column reads from a record.
enum Source {
    At(&'static str, String, Option<&'static str>),
    Closed,
}

fn values_table(ws: &Workspace, recs: &[&Value], periods: &[String], lang: Lang) -> Table {
    let mut columns = base_columns(lang);
    let mut sources = Vec::new();
    let pcts = &ws.plan.coefficients;
    let inds = ws.plan.dimensions.iter().flat_map(|d| &d.indicators);
    let inds: Vec<_> = inds
        .filter(|i| !matches!(i.method, Method::Survey | Method::Panel))
        .collect();
    for i in &inds {
        let is_pair = recs.iter().any(|r| {
            matches!(
                r.get("values").and_then(|v| v.get(&i.id)),
                Some(Value::Object(_))
            )
        });
        let note = method_note(&i.method, lang);
        let valid = matches!(i.method, Method::Direct)
            .then(|| range(0.into(), 100.into()))
            .flatten();
        if is_pair {
            for (part, zh, en) in [
                ("reported", "上报", "reported"),
                ("audited", "审核", "audited"),
            ] {
                let label = format!("{}({})", i.name, lang.pick(zh, en));
                columns.push(
                    Column::keyed(label, format!("{}.{part}", i.id))
                        .note(note.clone())
                        .validate(valid.clone()),
                );
                sources.push(Source::At("values", i.id.clone(), Some(part)));
            }
        } else {
            columns.push(Column::keyed(&i.name, &i.id).note(note).validate(valid));
            sources.push(Source::At("values", i.id.clone(), None));
        }
    }
    for i in &inds {
        let any = recs
            .iter()
            .any(|r| r.get("planned").and_then(|p| p.get(&i.id)).is_some());
        if any {
            let label = format!("{}{}", i.name, lang.pick("(计划进度)", " (planned)"));
            columns.push(Column::keyed(label, format!("planned.{}", i.id)));
            sources.push(Source::At("planned", i.id.clone(), None));
        }
    }
    for (key, zh, en, (lo, hi)) in [
        (
            "coordination",
            "协同系数",
            "Coordination coefficient",
            pcts.coordination,
        ),
        ("risk", "风险管控系数", "Risk coefficient", pcts.risk),
    ] {
        let note = format!("{lo}–{hi}; {}", lang.pick("空 = 1", "empty = 1"));
        columns.push(
            Column::keyed(lang.pick(zh, en), format!("coefficients.{key}"))
                .note(note)
                .validate(range(lo, hi)),
        );
        sources.push(Source::At("coefficients", key.to_string(), None));
    }
    let whole = Validation::Whole(0, 1_000_000);
    columns.push(
        Column::keyed(
            lang.pick("整改销号数", "Improvement items closed"),
            "closed_items",
        )
        .validate(Some(whole)),
    );
    sources.push(Source::Closed);
    let mut rows = Vec::new();
    for p in periods {
        for u in &ws.units {
            let rec = record(recs, &u.id, p);
            let mut row = base_cells(ws, &u.id, p);
            for s in &sources {
                row.push(match (s, rec) {
                    (_, None) => Out::Empty,
                    (Source::Closed, Some(r)) => figure(r.get("closed_items")),
                    (Source::At(part, id, sub), Some(r)) => {
                        let v = r.get(part).and_then(|x| x.get(id));
                        let plain = v.filter(|x| !matches!(x, Value::Object(_)));
                        figure(match sub {
                            // A plain value of a paired indicator: the audited figure alone
                            // (which the importer reads back as the plain value).
                            Some(k) if plain.is_some() => plain.filter(|_| *k == "audited"),
                            Some(k) => v.and_then(|x| x.get(k)),
                            None => plain,
                        })
                    }
                });
            }
            rows.push(row);
        }
    }
    Table {
        name: SheetKind::Values.name(lang).to_string(),
        columns,
        rows,
    }
}

/// Writes the data workbook of the workspace document `doc`: only `period`'s rows when
/// given, the whole year otherwise. Labels and sheet names in `lang`; keys never change.
#[cfg(feature = "xlsx")]
pub fn data_workbook(doc: &Value, period: Option<&str>, lang: Lang) -> Result<Vec<u8>, SheetError> {
    crate::write::write_book(&data_tables(doc, period, lang)?)
}

/// The tables of the data workbook of `doc` (see [`data_workbook`]).
pub fn data_tables(
    doc: &Value,
    period: Option<&str>,
    lang: Lang,
) -> Result<Vec<Table>, SheetError> {
    let ws = workspace_from_value(doc).map_err(|e| {
        let first = e.0.into_iter().next();
        match first {
            Some(e) => SheetError::file(Problem::WorkspaceInvalid(e)),
            None => SheetError::file(Problem::NoDataSheet),
        }
    })?;
    let periods: Vec<String> = match period {
        Some(p) if ws.plan.periods.iter().any(|q| q.id == p) => vec![p.to_string()],
        Some(p) => return Err(SheetError::file(Problem::NoSuchPeriod(p.to_string()))),
        None => ws.plan.periods.iter().map(|p| p.id.clone()).collect(),
    };
    let recs = records(doc, period);
    let mut tables = vec![
        values_table(&ws, &recs, &periods, lang),
        crate::template_lists::ratings_table(&ws, &recs, lang),
        crate::template_lists::panel_table(&ws, &recs, lang),
        crate::template_lists::events_table(&ws, &recs, lang),
        crate::template_roster::units_table(&ws, doc, lang),
    ];
    tables.extend(crate::template_roster::people_table(doc, lang));
    Ok(tables)
}
