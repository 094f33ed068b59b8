//! The roster sheets: **units** (`id`, `name`, `level`, `profile`) and **people** (`id`,
//! `name`, `unit`, `post`, `status`, `host_unit`, `months_in_post`, `personal`).
//!
//! A row is about the unit or person whose `id` it has. For one already in the workspace,
//! each keyed column the sheet has sets that field (an empty cell clears an optional field
//! and is refused for a required one); a new id adds a unit or person with the row's
//! fields. Units and people the sheet does not list are untouched: a roster sheet never
//! removes anyone (the Data screen does, with its warnings about records and people).
//!
//! Words take the file's id or the name the app shows in either language (`branch`,
//! 支队/大队, `Branch`; `seconded`, 借调); `unit`, `host_unit` and `profile` take an id or
//! the exact name. Units sheets are read before people and data sheets, so a unit added in
//! the same file can be named by them.

use super::sheet::{find_id, Sheet};
use super::{same, Change, Ctx};
use crate::cell::{decimal_text, id_text, note_text, whole};
use crate::layout::Header;
use crate::problem::{Place, Problem, SheetError};
use scorecard_engine::json::{obj, Value};
use scorecard_engine::path::JsonPath;
use std::collections::BTreeMap;

/// Which list of the workspace a roster row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    /// `units`
    Units,
    /// `people`
    People,
}

impl List {
    fn key(self) -> &'static str {
        match self {
            List::Units => "units",
            List::People => "people",
        }
    }
}

/// What a roster column holds.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Free text (a name).
    Text,
    /// A unit of the workspace (or one added by a units sheet), by id or name.
    Unit,
    /// A profile of the plan, by id or name.
    Profile,
    /// One of a fixed set of words.
    Word(&'static [(&'static str, &'static [&'static str])]),
    /// A whole number ≥ 0.
    Whole,
    /// A decimal.
    Decimal,
}

/// A roster column: its key, what it holds, whether it may be empty.
type Field = (&'static str, Kind, bool);

const LEVELS: &[(&str, &[&str])] = &[
    ("hq", &["总队机关", "總隊機關", "机关", "hq office"]),
    (
        "direct",
        &["直属单位", "直屬單位", "直属", "directly affiliated"],
    ),
    ("branch", &["支队/大队", "支队", "大队", "支隊", "大隊"]),
];
const POSTS: &[(&str, &[&str])] = &[
    ("technical", &["专业技术岗", "专业技术", "技术岗"]),
    ("management", &["管理岗", "管理"]),
    ("service", &["工勤岗", "工勤"]),
];
const STATUSES: &[(&str, &[&str])] = &[
    ("regular", &["在岗"]),
    ("new", &["新入职", "new hire"]),
    ("seconded", &["借调"]),
];

const UNIT_FIELDS: &[Field] = &[
    ("name", Kind::Text, true),
    ("level", Kind::Word(LEVELS), true),
    ("profile", Kind::Profile, true),
];
const PERSON_FIELDS: &[Field] = &[
    ("name", Kind::Text, true),
    ("unit", Kind::Unit, true),
    ("post", Kind::Word(POSTS), true),
    ("status", Kind::Word(STATUSES), true),
    ("host_unit", Kind::Unit, false),
    ("months_in_post", Kind::Whole, false),
    ("personal", Kind::Decimal, false),
];

/// One row of a roster sheet, read.
#[derive(Debug, Clone)]
pub(crate) struct RosterRow {
    list: List,
    id: String,
    /// The id cell (the place of the whole unit or person).
    place: Place,
    /// The fields the sheet covers.
    fields: Vec<Set>,
}

/// One field a roster row sets.
#[derive(Debug, Clone)]
struct Set {
    key: &'static str,
    /// The new value; `None` clears it.
    value: Option<Value>,
    /// Its cell.
    place: Place,
    /// A figure (compared by value), not text (compared exactly).
    figure: bool,
}

/// The file word of a cell naming one of `words` (any case), or `None`.
fn word_of(words: &[(&'static str, &[&str])], text: &str) -> Option<&'static str> {
    let t = text.trim().to_lowercase();
    words
        .iter()
        .find(|(id, names)| *id == t || names.iter().any(|n| n.to_lowercase() == t))
        .map(|(id, _)| *id)
}

/// The id of the unit `text` names (its id or exact name): a unit of the workspace or one a
/// units sheet of the file adds.
pub(crate) fn find_unit(ctx: &Ctx, text: &str) -> Option<String> {
    let units = ctx.ws.units.iter().map(|u| (&u.id, &u.name));
    let added = ctx.new_units.iter().map(|(id, name)| (id, name));
    find_id(units.chain(added), text)
}

/// A cell of a roster column as the value to store, `Ok(None)` when empty.
fn value(
    ctx: &Ctx,
    sheet: &Sheet,
    row: usize,
    h: &Header,
    kind: Kind,
) -> Result<Option<Value>, Problem> {
    let cell = sheet.cell(row, h);
    match kind {
        Kind::Text => {
            let t = note_text(cell);
            let t = t.trim();
            Ok((!t.is_empty()).then(|| Value::str(t)))
        }
        Kind::Unit => match id_text(cell)? {
            None => Ok(None),
            Some(t) => find_unit(ctx, &t)
                .map(|id| Some(Value::str(id)))
                .ok_or(Problem::UnknownUnit),
        },
        Kind::Profile => match id_text(cell)? {
            None => Ok(None),
            Some(t) => find_id(ctx.ws.plan.profiles.iter().map(|p| (&p.id, &p.name)), &t)
                .map(|id| Some(Value::str(id)))
                .ok_or(Problem::UnknownProfile),
        },
        Kind::Word(words) => match id_text(cell)? {
            None => Ok(None),
            Some(t) => match word_of(words, &t) {
                Some(w) => Ok(Some(Value::str(w))),
                None => {
                    let ids: Vec<&str> = words.iter().map(|(id, _)| *id).collect();
                    Err(Problem::NotOneOf(ids.join(", ")))
                }
            },
        },
        Kind::Whole => Ok(whole(cell)?.map(|n| Value::Number(n.to_string()))),
        Kind::Decimal => Ok(decimal_text(cell)?.map(Value::String)),
    }
}

/// Reads a units or people sheet into `ctx.roster`.
pub(super) fn read(ctx: &mut Ctx, sheet: &Sheet, list: List) {
    let fields = match list {
        List::Units => UNIT_FIELDS,
        List::People => PERSON_FIELDS,
    };
    let mut ok = sheet.check(ctx, &["id"]);
    for h in &sheet.headers {
        if h.key != "id" && !fields.iter().any(|(k, _, _)| *k == h.key) {
            ok = false;
            ctx.errors.push(SheetError::at(
                sheet.header_place(h),
                Problem::UnknownColumn(h.key.clone()),
            ));
        }
    }
    let Some(idc) = sheet.col("id").cloned() else {
        return;
    };
    if !ok {
        return;
    }
    let cols: Vec<(Header, Kind, bool, &'static str)> = fields
        .iter()
        .filter_map(|&(k, kind, req)| sheet.col(k).map(|h| (h.clone(), kind, req, k)))
        .collect();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for row in sheet.data_rows() {
        let before = ctx.errors.len();
        let id = match sheet.id(ctx, row, &idc) {
            Ok(Some(id)) => Some(id),
            Ok(None) => sheet.fail(ctx, row, &idc, Problem::Required),
            Err(()) => None,
        };
        let mut got = Vec::new();
        for (h, kind, required, key) in &cols {
            match value(ctx, sheet, row, h, *kind) {
                Ok(None) if *required => sheet
                    .fail::<()>(ctx, row, h, Problem::Required)
                    .unwrap_or(()),
                Ok(value) => got.push(Set {
                    key,
                    value,
                    place: sheet.place(row, h),
                    figure: matches!(kind, Kind::Whole | Kind::Decimal),
                }),
                Err(p) => sheet.fail::<()>(ctx, row, h, p).unwrap_or(()),
            }
        }
        let Some(id) = id else { continue };
        let id_key = format!("{}:{id}", list.key());
        if let Some(first) = ctx.roster_seen.get(&id_key).or(seen.get(&id_key)) {
            sheet.fail::<()>(ctx, row, &idc, Problem::DuplicateId(*first));
            continue;
        }
        seen.insert(id_key, sheet.row_number(row));
        if ctx.errors.len() != before {
            continue;
        }
        if list == List::Units && !ctx.ws.units.iter().any(|u| u.id == id) {
            let name = got
                .iter()
                .find(|s| s.key == "name")
                .and_then(|s| s.value.as_ref().and_then(Value::as_str))
                .unwrap_or_default()
                .to_string();
            ctx.new_units.push((id.clone(), name));
        }
        ctx.roster.push(RosterRow {
            list,
            id,
            place: sheet.place(row, &idc),
            fields: got,
        });
    }
    ctx.roster_seen.extend(seen);
}

/// The index of the item with `id` in the list `key` of `doc`, adding `{id}` when absent.
fn index_or_add(doc: &mut Value, key: &str, id: &str) -> Option<(usize, bool)> {
    let list = JsonPath::root().key(key);
    if !matches!(doc.at(&list), Some(Value::Array(_))) {
        doc.set_at(&list, Value::Array(Vec::new()));
    }
    let Some(Value::Array(items)) = doc.at(&list) else {
        return None;
    };
    if let Some(i) = items
        .iter()
        .position(|it| it.get("id").and_then(Value::as_str) == Some(id))
    {
        return Some((i, false));
    }
    doc.push_at(&list, obj(vec![("id", Value::str(id))]))
        .then_some(())?;
    match doc.at(&list) {
        Some(Value::Array(items)) => Some((items.len() - 1, true)),
        _ => None,
    }
}

/// Whether a stored and an imported roster value mean the same: figures by value (`80.5`
/// = `"80.50"`), text exactly; `null` is absent.
fn same_field(old: Option<&Value>, new: Option<&Value>, figure: bool) -> bool {
    let old = old.filter(|v| !matches!(v, Value::Null));
    if figure {
        same::same(old, new)
    } else {
        old == new
    }
}

/// Applies the roster rows to `doc`: the changes (a unit's under its id, a person's under
/// the unit they belong to after the import) and the place of every path set.
pub(super) fn apply(
    doc: &mut Value,
    rows: Vec<RosterRow>,
    changes: &mut Vec<Change>,
    places: &mut Vec<(JsonPath, Place)>,
) {
    for row in rows {
        let key = row.list.key();
        let Some((index, added)) = index_or_add(doc, key, &row.id) else {
            continue;
        };
        let base = JsonPath::root().key(key).index(index);
        places.push((base.clone(), row.place.clone()));
        let mut mine = Vec::new();
        for set in row.fields {
            let at = base.key(set.key);
            let old = doc.at(&at).filter(|v| !matches!(v, Value::Null)).cloned();
            places.push((at.clone(), set.place));
            if same_field(old.as_ref(), set.value.as_ref(), set.figure) {
                continue;
            }
            let shown = |v: &Option<Value>| v.as_ref().map(same::shown);
            mine.push((set.key, shown(&old), shown(&set.value)));
            match set.value {
                Some(v) => doc.set_at(&at, v),
                None => doc.remove_at(&at),
            };
        }
        if added && mine.is_empty() {
            mine.push(("id", None, Some(row.id.clone())));
        }
        let unit = match row.list {
            List::Units => row.id.clone(),
            List::People => doc
                .at(&base.key("unit"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
        };
        for (field, old, new) in mine {
            changes.push(Change {
                unit: unit.clone(),
                period: String::new(),
                person: (row.list == List::People).then(|| row.id.clone()),
                field: format!(
                    "{}.{field}",
                    if row.list == List::Units {
                        "unit"
                    } else {
                        "person"
                    }
                ),
                old,
                new,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_ids_or_names_in_either_language() {
        assert_eq!(word_of(LEVELS, "branch"), Some("branch"));
        assert_eq!(word_of(LEVELS, " 支队/大队 "), Some("branch"));
        assert_eq!(word_of(LEVELS, "HQ Office"), Some("hq"));
        assert_eq!(word_of(STATUSES, "借调"), Some("seconded"));
        assert_eq!(word_of(STATUSES, "New hire"), Some("new"));
        assert_eq!(word_of(POSTS, "工勤岗"), Some("service"));
        assert_eq!(word_of(POSTS, "cook"), None);
    }

    #[test]
    fn text_is_compared_exactly_and_figures_by_value() {
        let s = |t: &str| Some(Value::str(t));
        assert!(same_field(
            s("支队一").as_ref(),
            s("支队一").as_ref(),
            false
        ));
        assert!(!same_field(s("A").as_ref(), s("a").as_ref(), false));
        assert!(!same_field(s("001").as_ref(), s("1").as_ref(), false));
        assert!(same_field(s("80.50").as_ref(), s("80.5").as_ref(), true));
        assert!(same_field(Some(&Value::Null), None, true));
        assert!(!same_field(s("x").as_ref(), None, false));
    }
}
