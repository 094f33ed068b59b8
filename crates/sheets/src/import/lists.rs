//! The list sheets: ratings (one row per rating), panel (one row per expert) and events
//! (one row per event). Each (unit, period, indicator) — for events each (unit, period) —
//! that the sheet lists gets its list **replaced** by the sheet's rows, in row order; a row
//! with only the unit, period (and indicator) filled lists the key with nothing, which
//! clears that list.

use super::sheet::{find_id, Sheet};
use super::{Ctx, Patch};
use crate::cell::{decimal_text, id_text, note_text};
use crate::layout::Header;
use crate::problem::{Place, Problem, SheetError};
use scorecard_engine::json::Value;
use scorecard_engine::model::Method;
use scorecard_engine::parse::EXPERT_NAME_KEY;
use scorecard_engine::path::JsonPath;
use std::collections::BTreeMap;

/// (unit, period, indicator; `""` for events).
type Key = (String, String, String);

/// Lists per (unit, period, indicator) in first-seen order.
#[derive(Default)]
struct Lists {
    order: Vec<Key>,
    items: BTreeMap<Key, Vec<(String, Value, Place)>>,
    first: BTreeMap<Key, Place>,
}

impl Lists {
    fn touch(&mut self, key: &Key, place: Place) {
        if !self.items.contains_key(key) {
            self.order.push(key.clone());
            self.items.insert(key.clone(), Vec::new());
            self.first.insert(key.clone(), place);
        }
    }

    fn push(&mut self, key: &Key, part: String, v: Value, place: Place) {
        if let Some(list) = self.items.get_mut(key) {
            list.push((part, v, place));
        }
    }
}

fn unknown_columns(ctx: &mut Ctx, sheet: &Sheet, known: &[&str]) -> bool {
    let mut ok = true;
    for h in &sheet.headers {
        if !known.contains(&h.key.as_str()) {
            ok = false;
            ctx.errors.push(SheetError::at(
                sheet.header_place(h),
                Problem::UnknownColumn(h.key.clone()),
            ));
        }
    }
    ok
}

/// The indicator of a row (id or name), of the method `want`; `None` when empty (`Ok`) or
/// wrong (`Err`, pushed).
fn indicator(
    ctx: &mut Ctx,
    sheet: &Sheet,
    row: usize,
    h: &Header,
    want: fn(&Method) -> bool,
) -> Result<Option<String>, ()> {
    let Some(t) = sheet.id(ctx, row, h)? else {
        return Ok(None);
    };
    let all = ctx.ws.plan.dimensions.iter().flat_map(|d| &d.indicators);
    let ids = all.filter(|i| want(&i.method)).map(|i| (&i.id, &i.name));
    match find_id(ids, &t) {
        Some(id) => Ok(Some(id)),
        None => sheet.fail(ctx, row, h, Problem::UnknownIndicator).ok_or(()),
    }
}

/// The rating group a cell names: a plan group id or `self` (any case), or the usual
/// Chinese names (上级, 同级, 下级, 自评).
fn group(ctx: &Ctx, text: &str) -> Option<String> {
    let t = text.trim().to_lowercase();
    let id = match t.as_str() {
        "上级" | "上级评价" => "superior",
        "同级" | "同级评价" | "平级" => "peer",
        "下级" | "下级评价" => "subordinate",
        "自评" | "自我评价" | "本人" => "self",
        other => other,
    };
    let known = id == "self" || ctx.ws.plan.survey.groups.iter().any(|(g, _)| g == id);
    known.then(|| id.to_string())
}

/// The ratings sheet.
pub(super) fn ratings(ctx: &mut Ctx, sheet: &Sheet) {
    let keys = ["unit", "period", "indicator", "group", "rating"];
    let ok = sheet.check(ctx, &keys) & unknown_columns(ctx, sheet, &keys);
    let (Some(ic), Some(gc), Some(rc)) = (
        sheet.col("indicator").cloned(),
        sheet.col("group").cloned(),
        sheet.col("rating").cloned(),
    ) else {
        return;
    };
    if !ok {
        return;
    }
    let mut lists = Lists::default();
    for row in sheet.data_rows() {
        let before = ctx.errors.len();
        let key = sheet.row_key(ctx, row);
        let ind = indicator(ctx, sheet, row, &ic, |m| matches!(m, Method::Survey));
        let grp = match sheet.id(ctx, row, &gc) {
            Ok(Some(t)) => match group(ctx, &t) {
                Some(g) => Some(g),
                None => sheet.fail(ctx, row, &gc, Problem::UnknownGroup),
            },
            _ => None,
        };
        let rating = match decimal_text(sheet.cell(row, &rc)) {
            Ok(v) => v,
            Err(p) => sheet.fail(ctx, row, &rc, p),
        };
        let (Some((unit, period)), Ok(Some(ind))) = (key, ind) else {
            continue;
        };
        if ctx.errors.len() != before {
            continue;
        }
        let k = (unit, period, ind);
        lists.touch(&k, sheet.place(row, &ic));
        match (grp, rating) {
            (Some(g), Some(r)) => lists.push(&k, g, Value::String(r), sheet.place(row, &rc)),
            (None, None) => {}
            (None, Some(_)) => {
                sheet.fail::<()>(ctx, row, &gc, Problem::Required);
            }
            (Some(_), None) => {
                sheet.fail::<()>(ctx, row, &rc, Problem::Required);
            }
        }
    }
    let order = ctx.ws.plan.survey.rating_groups();
    for k in &lists.order {
        let items = lists.items.remove(k).unwrap_or_default();
        let mut fields = Vec::new();
        let mut places = Vec::new();
        for g in &order {
            let mine: Vec<&(String, Value, Place)> =
                items.iter().filter(|(p, _, _)| p == g).collect();
            if mine.is_empty() {
                continue;
            }
            let base = JsonPath::root().key("ratings").key(&k.2).key(g);
            for (i, (_, _, place)) in mine.iter().enumerate() {
                places.push((base.index(i), place.clone()));
            }
            let values = mine.into_iter().map(|(_, v, _)| v.clone()).collect();
            fields.push((g.to_string(), Value::Array(values)));
        }
        let value = (!fields.is_empty()).then_some(Value::Object(fields));
        add(
            ctx,
            k,
            JsonPath::root().key("ratings").key(&k.2),
            value,
            lists.first.get(k),
            places,
        );
    }
}

/// Adds a list patch for (unit, period, _).
fn add(
    ctx: &mut Ctx,
    k: &Key,
    field: JsonPath,
    value: Option<Value>,
    first: Option<&Place>,
    mut places: Vec<(JsonPath, Place)>,
) {
    if let Some(p) = first {
        places.insert(0, (field.clone(), p.clone()));
    }
    ctx.patches
        .entry((k.0.clone(), k.1.clone()))
        .or_default()
        .push(Patch {
            field,
            value,
            places,
        });
}

/// Adds each key's list, in first-seen order, as an array patch at the field `field` names
/// (the panel's experts, the events): item `i` is placed at its row.
fn add_arrays(ctx: &mut Ctx, mut lists: Lists, field: impl Fn(&Key) -> JsonPath) {
    for k in &lists.order {
        let items = lists.items.remove(k).unwrap_or_default();
        let field = field(k);
        let places = items
            .iter()
            .enumerate()
            .map(|(i, (_, _, p))| (field.index(i), p.clone()))
            .collect();
        let values: Vec<Value> = items.into_iter().map(|(_, v, _)| v).collect();
        let value = (!values.is_empty()).then_some(Value::Array(values));
        add(ctx, k, field, value, lists.first.get(k), places);
    }
}

/// The panel sheet.
pub(super) fn panel(ctx: &mut Ctx, sheet: &Sheet) {
    let criteria: Vec<String> = ctx
        .ws
        .plan
        .panel
        .criteria
        .iter()
        .map(|(c, _)| c.clone())
        .collect();
    let mut keys = vec!["unit", "period", "indicator"];
    keys.extend(criteria.iter().map(String::as_str));
    let ok = sheet.check(ctx, &keys);
    keys.push("expert");
    let ok = ok & unknown_columns(ctx, sheet, &keys);
    let Some(ic) = sheet.col("indicator").cloned() else {
        return;
    };
    let cols: Vec<Header> = criteria
        .iter()
        .filter_map(|c| sheet.col(c).cloned())
        .collect();
    if !ok || cols.len() != criteria.len() {
        return;
    }
    let ec = sheet.col("expert").cloned();
    let mut lists = Lists::default();
    for row in sheet.data_rows() {
        let before = ctx.errors.len();
        let key = sheet.row_key(ctx, row);
        let ind = indicator(ctx, sheet, row, &ic, |m| matches!(m, Method::Panel));
        let name = ec.as_ref().map_or_else(String::new, |h| {
            note_text(sheet.cell(row, h)).trim().to_string()
        });
        let mut scores = Vec::new();
        for h in &cols {
            match decimal_text(sheet.cell(row, h)) {
                Ok(v) => scores.push((h, v)),
                Err(p) => {
                    sheet.fail::<()>(ctx, row, h, p);
                }
            }
        }
        let filled = scores.iter().filter(|(_, v)| v.is_some()).count();
        // An expert named without scores is an expert missing every score.
        if (filled > 0 || !name.is_empty()) && filled < cols.len() {
            for (h, _) in scores.iter().filter(|(_, v)| v.is_none()) {
                sheet.fail::<()>(ctx, row, h, Problem::MissingCriterion);
            }
        }
        let (Some((unit, period)), Ok(Some(ind))) = (key, ind) else {
            continue;
        };
        if ctx.errors.len() != before {
            continue;
        }
        let k = (unit, period, ind);
        lists.touch(&k, sheet.place(row, &ic));
        if filled > 0 {
            // The expert's number in its list, as the template writes it for an expert
            // without a name, is no name; any other text or number is kept.
            let number = lists.items.get(&k).map_or(0, Vec::len) + 1;
            let named = !name.is_empty() && name != number.to_string();
            let fields = named
                .then(|| (EXPERT_NAME_KEY.to_string(), Value::str(name)))
                .into_iter()
                .chain(
                    scores
                        .iter()
                        .filter_map(|(h, v)| v.clone().map(|v| (h.key.clone(), Value::String(v)))),
                )
                .collect();
            lists.push(
                &k,
                String::new(),
                Value::Object(fields),
                sheet.place(row, &ic),
            );
        }
    }
    add_arrays(ctx, lists, |k| JsonPath::root().key("panel").key(&k.2));
}

/// The events sheet.
pub(super) fn events(ctx: &mut Ctx, sheet: &Sheet) {
    let keys = ["unit", "period", "level", "note"];
    let ok = sheet.check(ctx, &["unit", "period", "level"]) & unknown_columns(ctx, sheet, &keys);
    let Some(lc) = sheet.col("level").cloned() else {
        return;
    };
    if !ok {
        return;
    }
    let nc = sheet.col("note").cloned();
    let mut lists = Lists::default();
    for row in sheet.data_rows() {
        let before = ctx.errors.len();
        let key = sheet.row_key(ctx, row);
        let note = nc
            .as_ref()
            .map(|h| note_text(sheet.cell(row, h)))
            .unwrap_or_default();
        let level = match id_text(sheet.cell(row, &lc)) {
            Err(p) => sheet.fail(ctx, row, &lc, p),
            Ok(None) if !note.trim().is_empty() => sheet.fail(ctx, row, &lc, Problem::Required),
            Ok(None) => None,
            Ok(Some(t)) => {
                let levels = ctx
                    .ws
                    .plan
                    .deductions
                    .levels
                    .iter()
                    .map(|l| (&l.id, &l.name));
                match find_id(levels, &t) {
                    Some(id) => Some(id),
                    None => sheet.fail(ctx, row, &lc, Problem::UnknownLevel),
                }
            }
        };
        let Some((unit, period)) = key else { continue };
        if ctx.errors.len() != before {
            continue;
        }
        let k = (unit, period, String::new());
        lists.touch(&k, sheet.place(row, &lc));
        if let Some(level) = level {
            let mut fields = vec![("level".to_string(), Value::str(level))];
            if !note.is_empty() {
                fields.push(("note".to_string(), Value::str(note)));
            }
            lists.push(
                &k,
                String::new(),
                Value::Object(fields),
                sheet.place(row, &lc),
            );
        }
    }
    add_arrays(ctx, lists, |_| JsonPath::root().key("events"));
}
