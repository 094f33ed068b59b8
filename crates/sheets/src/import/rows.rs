//! Reading the sheets into patches: which kind each is, then the `values` sheet (one row per
//! unit and period). The list sheets (ratings, panel, events) are in [`super::lists`], the
//! roster sheets (units, people) in [`super::roster`].

use super::sheet::Sheet;
use super::{lists, roster, Ctx, Patch};
use crate::cell::{decimal_text, whole};
use crate::layout::{find_header, kind_of, Header, SheetKind};
use crate::problem::{Place, Problem, SheetError};
use crate::read::Grid;
use scorecard_engine::error::InputKind;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use std::collections::BTreeMap;

/// Reads every sheet into `ctx`, the roster sheets first (units, then people) so that the
/// others may name a unit they add; how many were data sheets (problems are pushed).
pub(super) fn read_sheets(ctx: &mut Ctx, grids: &[Grid]) -> usize {
    let mut sheets: Vec<(Sheet, Option<SheetKind>)> = grids
        .iter()
        .filter_map(|grid| {
            let (header_row, headers) = find_header(grid)?;
            let kind = kind_of(&headers);
            let has_unit = headers.iter().any(|h| h.key == "unit");
            (kind.is_some() || has_unit).then_some((
                Sheet {
                    grid,
                    header_row,
                    headers,
                },
                kind,
            ))
        })
        .collect();
    sheets.sort_by_key(|(_, k)| match k {
        Some(SheetKind::Units) => 0,
        Some(SheetKind::People) => 1,
        _ => 2,
    });
    for (sheet, kind) in &sheets {
        match kind {
            None => ctx
                .errors
                .push(SheetError::at(sheet.sheet_place(), Problem::UnknownSheet)),
            Some(SheetKind::Units) => roster::read(ctx, sheet, roster::List::Units),
            Some(SheetKind::People) => roster::read(ctx, sheet, roster::List::People),
            Some(SheetKind::Values) => values(ctx, sheet),
            Some(SheetKind::Ratings) => lists::ratings(ctx, sheet),
            Some(SheetKind::Panel) => lists::panel(ctx, sheet),
            Some(SheetKind::Events) => lists::events(ctx, sheet),
        }
    }
    sheets.len()
}

/// What a `values` column holds.
#[derive(Debug, Clone, PartialEq)]
enum Col {
    Unit,
    Period,
    Plain(String),
    Part(String, &'static str),
    Planned(String),
    Coefficient(&'static str),
    Closed,
}

/// The indicator with this id: `Ok(true)` for a value indicator, `Ok(false)` for another
/// kind (with its kind word), `Err` for none.
fn value_indicator(ctx: &Ctx, id: &str) -> Option<Result<(), &'static str>> {
    ctx.ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == id)
        .map(|i| match i.method.input() {
            InputKind::Values => Ok(()),
            _ => Err(i.method.kind()),
        })
}

fn column(ctx: &Ctx, key: &str) -> Result<Col, Problem> {
    let indicator = |id: &str, col: Col| match value_indicator(ctx, id) {
        Some(Ok(())) => Ok(col),
        Some(Err(kind)) => Err(Problem::WrongInput(kind.to_string())),
        None => Err(Problem::UnknownColumn(key.to_string())),
    };
    match key {
        "unit" => return Ok(Col::Unit),
        "period" => return Ok(Col::Period),
        "closed_items" => return Ok(Col::Closed),
        "coefficients.coordination" => return Ok(Col::Coefficient("coordination")),
        "coefficients.risk" => return Ok(Col::Coefficient("risk")),
        _ => {}
    }
    if value_indicator(ctx, key).is_some() {
        return indicator(key, Col::Plain(key.to_string()));
    }
    if let Some(id) = key.strip_prefix("planned.") {
        return indicator(id, Col::Planned(id.to_string()));
    }
    for part in ["reported", "audited"] {
        if let Some(id) = key.strip_suffix(part).and_then(|k| k.strip_suffix('.')) {
            return indicator(id, Col::Part(id.to_string(), part));
        }
    }
    Err(Problem::UnknownColumn(key.to_string()))
}

/// The columns of a values sheet, or `None` with the problems pushed.
fn values_columns(ctx: &mut Ctx, sheet: &Sheet) -> Option<Vec<(Header, Col)>> {
    let ok = sheet.check(ctx, &["unit", "period"]);
    let mut cols = Vec::new();
    let mut bad = !ok;
    for h in &sheet.headers {
        match column(ctx, &h.key) {
            Ok(c) => cols.push((h.clone(), c)),
            Err(p) => {
                bad = true;
                ctx.errors.push(SheetError::at(sheet.header_place(h), p));
            }
        }
    }
    // An indicator is one column, or both halves of a pair, never a mix.
    for (h, c) in &cols {
        let id = match c {
            Col::Plain(id) | Col::Part(id, _) => id,
            _ => continue,
        };
        let has = |want: &dyn Fn(&Col) -> bool| cols.iter().any(|(_, c)| want(c));
        let plain = has(&|c| matches!(c, Col::Plain(i) if i == id));
        let rep = has(&|c| matches!(c, Col::Part(i, "reported") if i == id));
        let aud = has(&|c| matches!(c, Col::Part(i, "audited") if i == id));
        if (plain && (rep || aud)) || (!plain && rep != aud) {
            bad = true;
            ctx.errors.push(SheetError::at(
                sheet.header_place(h),
                Problem::PairColumns(id.clone()),
            ));
        }
    }
    (!bad).then_some(cols)
}

fn patch(field: JsonPath, value: Option<Value>, place: Place) -> Patch {
    Patch {
        places: vec![(field.clone(), place)],
        field,
        value,
    }
}

/// The `values` sheet: one row per unit and period.
fn values(ctx: &mut Ctx, sheet: &Sheet) {
    let Some(cols) = values_columns(ctx, sheet) else {
        return;
    };
    let mut seen: BTreeMap<(String, String), u32> = BTreeMap::new();
    for row in sheet.data_rows() {
        let before = ctx.errors.len();
        let key = sheet.row_key(ctx, row);
        let mut patches = Vec::new();
        for (h, c) in &cols {
            let cell = sheet.cell(row, h);
            let place = sheet.place(row, h);
            let root = JsonPath::root();
            let (field, value) = match c {
                Col::Unit | Col::Period => continue,
                Col::Part(_, "audited") => continue,
                Col::Part(id, _) => {
                    match pair(ctx, sheet, row, &cols, id) {
                        Some(v) => patches.push(patch(root.key("values").key(id), v, place)),
                        None => continue,
                    }
                    continue;
                }
                Col::Closed => match whole(cell) {
                    Ok(v) => (
                        root.key("closed_items"),
                        v.map(|n| Value::Number(n.to_string())),
                    ),
                    Err(p) => {
                        ctx.errors.push(SheetError::at(place, p));
                        continue;
                    }
                },
                Col::Plain(id) => (root.key("values").key(id), text_value(ctx, &place, cell)),
                Col::Planned(id) => (root.key("planned").key(id), text_value(ctx, &place, cell)),
                Col::Coefficient(k) => (
                    root.key("coefficients").key(k),
                    text_value(ctx, &place, cell),
                ),
            };
            patches.push(patch(field, value, place));
        }
        let Some(key) = key else { continue };
        if ctx.errors.len() != before {
            continue;
        }
        if let Some(first) = seen.get(&key) {
            let unit_col = sheet.col("unit").cloned();
            if let Some(h) = unit_col {
                sheet.fail::<()>(ctx, row, &h, Problem::DuplicateRow(*first));
            }
            continue;
        }
        seen.insert(key.clone(), sheet.row_number(row));
        ctx.patches.entry(key).or_default().extend(patches);
    }
}

/// A decimal cell as a stored value (`None` when empty or refused; the problem pushed).
fn text_value(ctx: &mut Ctx, place: &Place, cell: &crate::read::Cell) -> Option<Value> {
    match decimal_text(cell) {
        Ok(v) => v.map(Value::String),
        Err(p) => {
            ctx.errors.push(SheetError::at(place.clone(), p));
            None
        }
    }
}

/// A reported/audited pair: `Some(None)` both empty, `Some(Some(pair))`, the audited figure
/// alone as a plain value, or `None` with the problem pushed (a reported figure alone).
fn pair(
    ctx: &mut Ctx,
    sheet: &Sheet,
    row: usize,
    cols: &[(Header, Col)],
    id: &str,
) -> Option<Option<Value>> {
    let find = |part: &str| {
        cols.iter()
            .find(|(_, c)| matches!(c, Col::Part(i, p) if i == id && *p == part))
            .map(|(h, _)| h.clone())
    };
    let (rh, ah) = (find("reported")?, find("audited")?);
    let read = |ctx: &mut Ctx, h: &Header| match decimal_text(sheet.cell(row, h)) {
        Ok(v) => Ok(v),
        Err(p) => {
            ctx.errors.push(SheetError::at(sheet.place(row, h), p));
            Err(())
        }
    };
    let (r, a) = (read(ctx, &rh), read(ctx, &ah));
    match (r.ok()?, a.ok()?) {
        (None, None) => Some(None),
        (Some(r), Some(a)) => Some(Some(scorecard_engine::json::obj(vec![
            ("reported", Value::String(r)),
            ("audited", Value::String(a)),
        ]))),
        // The audited figure alone is a plain value (a unit whose figure had no separate
        // report): the data workbook writes a plain value of a paired indicator so.
        (None, Some(a)) => Some(Some(Value::String(a))),
        (Some(_), None) => sheet.fail(ctx, row, &ah, Problem::HalfPair),
    }
}
