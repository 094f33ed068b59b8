//! Importing a workbook or CSV file into a workspace document.
//!
//! [`import`] reads every recognised sheet, collects for each (unit, period) the parts of
//! its record the file covers, and builds the new document: a sheet replaces the parts it
//! covers for the rows it lists (an empty cell clears that value), and leaves everything
//! else untouched. A cell equal to the stored figure (`0.5` for `"0.50"`) keeps the stored
//! text, so an unchanged file changes nothing. The new document is validated by the engine;
//! its errors are mapped back to the cells they came from. The result is the new document
//! and the list of [`Change`]s for a preview, or **every** problem found, each with its place.

mod lists;
mod roster;
mod rows;
mod same;
mod sheet;

use crate::problem::{Place, Problem, SheetError};
use crate::read::{read_file, Grid};
use scorecard_engine::json::Value;
use scorecard_engine::parse::workspace_from_value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::Workspace;
use std::collections::BTreeMap;

/// One change an import makes, for the preview.
///
/// A change to a record has its unit and period and the part of the record it touches. A
/// change to the roster has no period: `unit.<field>` for a unit (`unit.name`, `unit.id`
/// for a unit added with nothing else), `person.<field>` for a person, under the unit the
/// person belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Unit id.
    pub unit: String,
    /// Period id; empty for a change to the roster.
    pub period: String,
    /// The person's id, for a change to a person.
    pub person: Option<String>,
    /// The part of the record (`values.progress`, `ratings.team360`, `events` …), or of the
    /// roster (`unit.level`, `person.status`).
    pub field: String,
    /// What it was (compact text), `None` when absent.
    pub old: Option<String>,
    /// What it becomes, `None` when cleared.
    pub new: Option<String>,
}

impl Change {
    /// Added, changed or cleared.
    pub fn what(&self) -> ChangeKind {
        match (&self.old, &self.new) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Cleared,
            _ => ChangeKind::Changed,
        }
    }
}

/// The three kinds of change a preview shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A value where there was none.
    Added,
    /// A different value.
    Changed,
    /// A value removed.
    Cleared,
}

/// How many changes of each kind an import makes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Values where there were none.
    pub added: usize,
    /// Different values.
    pub changed: usize,
    /// Values removed.
    pub cleared: usize,
}

impl Counts {
    /// The counts of `changes`.
    pub fn of(changes: &[Change]) -> Self {
        changes.iter().fold(Counts::default(), |mut n, ch| {
            match ch.what() {
                ChangeKind::Added => n.added += 1,
                ChangeKind::Changed => n.changed += 1,
                ChangeKind::Cleared => n.cleared += 1,
            }
            n
        })
    }
}

/// A successful import.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The new workspace document (valid).
    pub document: Value,
    /// The validated workspace.
    pub workspace: Workspace,
    /// What changed, in record order then field order.
    pub changes: Vec<Change>,
}

/// One part of one record the file sets (`Some`) or clears (`None`).
#[derive(Debug, Clone)]
pub(crate) struct Patch {
    /// Path inside the record.
    pub field: JsonPath,
    /// The new value.
    pub value: Option<Value>,
    /// Where the value came from: paths inside the record and their cells (the first is
    /// the patch's own place).
    pub places: Vec<(JsonPath, Place)>,
}

/// What the sheets collect.
pub(crate) struct Ctx<'a> {
    pub ws: &'a Workspace,
    pub only: Option<&'a str>,
    pub errors: Vec<SheetError>,
    pub patches: BTreeMap<(String, String), Vec<Patch>>,
    /// The rows of the roster sheets.
    pub roster: Vec<roster::RosterRow>,
    /// `units:<id>` / `people:<id>` → the row that listed it (a second row is refused).
    pub roster_seen: BTreeMap<String, u32>,
    /// Units a units sheet adds (id, name): the other sheets may name them.
    pub new_units: Vec<(String, String)>,
}

/// Imports `bytes` (XLSX, XLS, ODS or CSV) into the workspace document `doc`. With
/// `period`, only that period is imported (a missing period column means that period).
pub fn import(
    doc: &Value,
    bytes: &[u8],
    period: Option<&str>,
) -> Result<Imported, Vec<SheetError>> {
    let ws = checked(doc, period)?;
    let grids = read_file(bytes).map_err(|e| vec![e])?;
    import_into(doc, &ws, &grids, period)
}

/// Imports sheets already read (by [`crate::read::read_workbook_file`], perhaps in another
/// Wasm module) into `doc`, exactly as [`import`] does with the file.
pub fn import_grids(
    doc: &Value,
    grids: &[Grid],
    period: Option<&str>,
) -> Result<Imported, Vec<SheetError>> {
    let ws = checked(doc, period)?;
    import_into(doc, &ws, grids, period)
}

/// The workspace of `doc`, when it is valid and has `period` (if one is asked for).
fn checked(doc: &Value, period: Option<&str>) -> Result<Workspace, Vec<SheetError>> {
    let ws = workspace_from_value(doc).map_err(|e| {
        e.0.into_iter()
            .take(1)
            .map(|e| SheetError::file(Problem::WorkspaceInvalid(e)))
            .collect::<Vec<_>>()
    })?;
    if let Some(p) = period {
        if !ws.plan.periods.iter().any(|q| q.id == p) {
            return Err(vec![SheetError::file(Problem::NoSuchPeriod(p.to_string()))]);
        }
    }
    Ok(ws)
}

fn import_into(
    doc: &Value,
    ws: &Workspace,
    grids: &[Grid],
    period: Option<&str>,
) -> Result<Imported, Vec<SheetError>> {
    let mut ctx = Ctx {
        ws,
        only: period,
        errors: Vec::new(),
        patches: BTreeMap::new(),
        roster: Vec::new(),
        roster_seen: BTreeMap::new(),
        new_units: Vec::new(),
    };
    let recognised = rows::read_sheets(&mut ctx, grids);
    if recognised == 0 && ctx.errors.is_empty() {
        ctx.errors.push(SheetError::file(Problem::NoDataSheet));
    }
    if !ctx.errors.is_empty() {
        return Err(ctx.errors);
    }
    let (document, changes, places) = apply(doc, ctx.roster, ctx.patches);
    match workspace_from_value(&document) {
        Ok(workspace) => Ok(Imported {
            document,
            workspace,
            changes,
        }),
        Err(errors) => Err(errors
            .0
            .into_iter()
            .map(|e| match place_of(&places, &e.path) {
                Some(p) => SheetError::at(p, Problem::Invalid(e)),
                None => SheetError::file(Problem::Invalid(e)),
            })
            .collect()),
    }
}

/// The cell an engine error is about: the place with the longest path that the error's
/// path starts with.
fn place_of(places: &[(JsonPath, Place)], path: &JsonPath) -> Option<Place> {
    places
        .iter()
        .filter(|(p, _)| path.starts_with(p))
        .max_by_key(|(p, _)| p.segments().len())
        .map(|(_, place)| place.clone())
}

fn records_path() -> JsonPath {
    JsonPath::root().key("records")
}

fn join(base: &JsonPath, rel: &JsonPath) -> JsonPath {
    rel.segments()
        .into_iter()
        .fold(base.clone(), |p, s| match s {
            scorecard_engine::path::Segment::Key(k) => p.key(&k),
            scorecard_engine::path::Segment::Index(i) => p.index(i),
        })
}

/// The parts of a record that are emptied objects after clearing, removed.
const PRUNED: [&str; 5] = ["values", "planned", "ratings", "panel", "coefficients"];

type Applied = (Value, Vec<Change>, Vec<(JsonPath, Place)>);

/// Applies the roster rows, then the patches, to a copy of `doc`: the new document, the
/// changes, and the place of every value set (absolute paths) for mapping validation errors.
fn apply(
    doc: &Value,
    roster: Vec<roster::RosterRow>,
    patches: BTreeMap<(String, String), Vec<Patch>>,
) -> Applied {
    let mut doc = doc.clone();
    let mut changes = Vec::new();
    let mut places = Vec::new();
    roster::apply(&mut doc, roster, &mut changes, &mut places);
    for ((unit, period), patches) in patches {
        let index = match scorecard_engine::edit::record_index(&doc, &unit, &period) {
            Some(i) => i,
            None if patches.iter().all(|p| p.value.is_none()) => continue,
            None => {
                let record = scorecard_engine::json::obj(vec![
                    ("unit", Value::str(&unit)),
                    ("period", Value::str(&period)),
                ]);
                if !doc.push_at(&records_path(), record) {
                    continue;
                }
                match doc.get("records") {
                    Some(Value::Array(items)) => items.len() - 1,
                    _ => continue,
                }
            }
        };
        let base = records_path().index(index);
        for patch in patches {
            let at = join(&base, &patch.field);
            let old = doc.at(&at).cloned();
            if same::same(old.as_ref(), patch.value.as_ref()) {
                continue;
            }
            changes.push(Change {
                unit: unit.clone(),
                period: period.clone(),
                person: None,
                field: patch.field.to_string(),
                old: old.as_ref().map(same::shown),
                new: patch.value.as_ref().map(same::shown),
            });
            match patch.value {
                Some(v) => {
                    doc.set_at(&at, v);
                }
                None => {
                    doc.remove_at(&at);
                }
            }
            for (rel, place) in patch.places {
                places.push((join(&base, &rel), place));
            }
        }
        for key in PRUNED {
            let p = base.key(key);
            if doc.at(&p) == Some(&Value::Object(Vec::new())) {
                doc.remove_at(&p);
            }
        }
    }
    (doc, changes, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(old: Option<&str>, new: Option<&str>) -> Change {
        Change {
            unit: "zd1".into(),
            period: "q1".into(),
            person: None,
            field: "values.progress".into(),
            old: old.map(str::to_string),
            new: new.map(str::to_string),
        }
    }

    #[test]
    fn counts_split_added_changed_and_cleared() {
        let changes = [
            change(None, Some("1")),
            change(Some("1"), Some("2")),
            change(Some("2"), None),
            change(None, Some("3")),
        ];
        let n = Counts::of(&changes);
        assert_eq!((n.added, n.changed, n.cleared), (2, 1, 1));
        assert_eq!(Counts::of(&[]), Counts::default());
    }
}
