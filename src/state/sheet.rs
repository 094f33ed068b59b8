//! Importing a spreadsheet into the open workspace, in two steps: the file is read and
//! checked against the open document into a [`SheetPreview`] (exactly what would change,
//! old → new), and only when the user applies it does the new document become the
//! workspace, as one undo step. A refused file lists every problem ([`SheetFailure`]) and
//! changes nothing; so does cancelling the preview.
//!
//! The file arrives read into grids (CSV by this crate, workbooks by the on-demand module,
//! see `browser::sheets`), or as the problem that stopped the reading: the reducer stays
//! synchronous and pure.
//!
//! A preview belongs to the document it was computed against: if the document changed in
//! between (an undo, another tab reloaded), applying recomputes the preview against the
//! document now open and shows it again instead of applying stale changes.

use super::AppState;
use scorecard_engine::json::Value;
use scorecard_sheets::read::Grid;
use scorecard_sheets::{Change, SheetError};
use std::rc::Rc;

/// A spreadsheet read and checked, waiting to be applied.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPreview {
    /// File name.
    pub file: String,
    /// The period imported (`None`: every period the file has).
    pub period: Option<String>,
    /// The file's sheets (to recompute against a changed document).
    pub grids: Rc<Vec<Grid>>,
    /// The document the changes were computed against.
    pub base: Rc<Value>,
    /// The document the import makes.
    pub document: Rc<Value>,
    /// What changes, in record order then field order.
    pub changes: Vec<Change>,
    /// The open document changed after the file was read, and the preview was recomputed.
    pub refreshed: bool,
}

/// A refused spreadsheet: the file and every problem (the workspace is untouched).
#[derive(Debug, Clone, PartialEq)]
pub struct SheetFailure {
    /// File name.
    pub file: String,
    /// Every problem, with its place.
    pub errors: Vec<SheetError>,
}

impl AppState {
    /// Reads a spreadsheet against the open document: a preview, or the failure. The
    /// document itself never changes here.
    pub(super) fn read_sheet(
        &mut self,
        file: String,
        read: Result<Rc<Vec<Grid>>, SheetError>,
        period: Option<String>,
        refreshed: bool,
    ) -> bool {
        let grids = match read {
            Ok(g) => g,
            Err(e) => {
                self.sheet_preview = None;
                self.sheet_failure = Some(Rc::new(SheetFailure {
                    file,
                    errors: vec![e],
                }));
                return true;
            }
        };
        match scorecard_sheets::import_grids(&self.doc, &grids, period.as_deref()) {
            Ok(imported) => {
                self.sheet_failure = None;
                self.sheet_preview = Some(Rc::new(SheetPreview {
                    file,
                    period,
                    grids,
                    base: self.doc.clone(),
                    document: Rc::new(imported.document),
                    changes: imported.changes,
                    refreshed,
                }));
            }
            Err(errors) => {
                self.sheet_preview = None;
                self.sheet_failure = Some(Rc::new(SheetFailure { file, errors }));
            }
        }
        true
    }

    /// Applies the preview as one undo step (recomputing it first if the document moved
    /// on); `false` when there is no preview.
    pub(super) fn apply_sheet(&mut self) -> bool {
        let Some(preview) = self.sheet_preview.take() else {
            return false;
        };
        if !Rc::ptr_eq(&preview.base, &self.doc) {
            let p = (*preview).clone();
            return self.read_sheet(p.file, Ok(p.grids), p.period, true);
        }
        self.typing = None;
        self.commit(None, (*preview.document).clone());
        self.edit_error = None;
        true
    }

    /// Drops the preview, or the failure; `false` when there was neither.
    pub(super) fn dismiss_sheet(&mut self) -> bool {
        let had = self.sheet_preview.is_some() || self.sheet_failure.is_some();
        self.sheet_preview = None;
        self.sheet_failure = None;
        had
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::state::{Action, AppState, Source};
    use scorecard_engine::json::{self, Value};
    use scorecard_engine::score::PeriodChoice;
    use scorecard_engine::EXAMPLE_WORKSPACE;
    use scorecard_sheets::Problem;
    use std::rc::Rc;
    use yew::Reducible;

    fn state() -> Rc<AppState> {
        let doc = json::parse(EXAMPLE_WORKSPACE).unwrap();
        Rc::new(AppState::new(doc, Source::Demo, Lang::Zh))
    }

    /// The first value indicator of the example taking one plain figure, and a unit and
    /// period with a record.
    fn target(s: &AppState) -> (String, String, String) {
        let ws = s.workspace.as_deref().unwrap();
        let r = ws.records.first().unwrap();
        let (ind, _) = r
            .values
            .iter()
            .find(|(_, v)| matches!(v, scorecard_engine::model::InputValue::Plain(_)))
            .expect("a plain value in the first record");
        (r.unit.clone(), r.period.clone(), ind.clone())
    }

    fn csv(s: &AppState, figure: &str) -> Vec<u8> {
        let (unit, period, ind) = target(s);
        let text =
            format!("\u{feff}单位 [unit],期间 [period],x [{ind}]\r\n{unit},{period},{figure}\r\n");
        text.into_bytes()
    }

    fn value_at(doc: &Value, s: &AppState) -> Option<String> {
        let (unit, period, ind) = target(s);
        let i = scorecard_engine::edit::record_index(doc, &unit, &period)?;
        let r = match doc.get("records")? {
            Value::Array(items) => items.get(i)?,
            _ => return None,
        };
        r.get("values")?.get(&ind).map(|v| format!("{v:?}"))
    }

    fn read(s: &Rc<AppState>, bytes: Vec<u8>) -> Rc<AppState> {
        s.clone().reduce(Action::ImportSheet {
            file: "数据.csv".into(),
            read: scorecard_sheets::read::read_file(&bytes).map(Rc::new),
            period: None,
        })
    }

    #[test]
    fn a_preview_changes_nothing_until_applied_and_applying_is_one_undo_step() {
        let s = state();
        let before = value_at(&s.doc, &s);
        let previewed = read(&s, csv(&s, "0.123"));
        assert!(
            Rc::ptr_eq(&previewed.doc, &s.doc),
            "the preview changed the document"
        );
        let p = previewed.sheet_preview.clone().expect("a preview");
        assert_eq!(p.changes.len(), 1, "{:?}", p.changes);
        assert_eq!(p.changes[0].new.as_deref(), Some("0.123"));
        assert!(!p.refreshed);

        let applied = previewed.reduce(Action::ApplySheet);
        assert!(applied.sheet_preview.is_none());
        assert_ne!(value_at(&applied.doc, &s), before);
        assert_eq!(applied.undo.len(), s.undo.len() + 1);
        assert!(applied.doc_errors.is_empty());

        let undone = applied.reduce(Action::Undo);
        assert_eq!(value_at(&undone.doc, &s), before);
    }

    #[test]
    fn a_refused_file_lists_its_problems_and_changes_nothing() {
        let s = state();
        let refused = read(&s, csv(&s, "九十"));
        assert!(Rc::ptr_eq(&refused.doc, &s.doc));
        assert!(refused.sheet_preview.is_none());
        let f = refused.sheet_failure.clone().expect("a failure");
        assert_eq!(f.errors.len(), 1);
        assert_eq!(f.errors[0].problem, Problem::NotANumber);
        let place = f.errors[0].place.as_deref().unwrap();
        assert_eq!((place.row, place.column.as_deref()), (Some(2), Some("C")));

        let dismissed = refused.reduce(Action::DismissSheet);
        assert!(dismissed.sheet_failure.is_none());
        assert!(Rc::ptr_eq(&dismissed.doc, &s.doc));
    }

    #[test]
    fn cancelling_drops_the_preview_and_keeps_the_document() {
        let s = state();
        let cancelled = read(&s, csv(&s, "0.5")).reduce(Action::DismissSheet);
        assert!(cancelled.sheet_preview.is_none());
        assert!(Rc::ptr_eq(&cancelled.doc, &s.doc));
        assert_eq!(cancelled.undo.len(), s.undo.len());
        // Nothing to dismiss: the same state.
        let again = cancelled.clone().reduce(Action::DismissSheet);
        assert!(Rc::ptr_eq(&again, &cancelled));
    }

    #[test]
    fn a_preview_of_a_document_that_moved_on_is_recomputed_not_applied() {
        let s = state();
        let previewed = read(&s, csv(&s, "0.321"));
        // The document changes under the preview (another period chosen does not count;
        // a real edit does): here the file's own change, made by hand first.
        let applied_once = previewed.clone().reduce(Action::ApplySheet);
        let mut moved = (*applied_once).clone();
        moved.sheet_preview = previewed.sheet_preview.clone();
        let moved = Rc::new(moved).reduce(Action::ApplySheet);
        let p = moved.sheet_preview.clone().expect("a recomputed preview");
        assert!(p.refreshed);
        assert!(p.changes.is_empty(), "{:?}", p.changes);
        assert!(Rc::ptr_eq(&moved.doc, &applied_once.doc));
        assert_eq!(moved.undo.len(), applied_once.undo.len());
    }

    #[test]
    fn a_file_that_could_not_be_read_is_a_failure_with_its_problem() {
        let s = state();
        let refused = s.clone().reduce(Action::ImportSheet {
            file: "big.xlsx".into(),
            read: Err(scorecard_sheets::SheetError::file(
                Problem::ReaderUnavailable("offline".into()),
            )),
            period: None,
        });
        let f = refused.sheet_failure.clone().expect("a failure");
        assert_eq!(f.errors.len(), 1);
        assert!(Rc::ptr_eq(&refused.doc, &s.doc));
    }

    #[test]
    fn a_period_switch_keeps_the_preview() {
        let s = state();
        let previewed = read(&s, csv(&s, "0.4"));
        let switched = previewed.reduce(Action::SetPeriod(PeriodChoice::Annual));
        assert!(switched.sheet_preview.is_some());
    }
}
