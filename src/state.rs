//! The app's state and its pure reducer.
//!
//! The open workspace is held as its JSON document (`doc`), exactly what export writes.
//! Every change of it is a typed [`Edit`] the engine applies ([`edit::apply`], which keeps
//! references consistent); the reducer keeps the result as one undo step and re-validates
//! the whole document with the engine, so inline errors are the engine's errors at the
//! engine's paths, and an invalid edit never loses data: the document keeps what was typed,
//! the last valid results stay on screen, and the error says where and why. An edit the
//! engine refuses leaves the document as it was and is kept in `edit_error` for the user to
//! read: none is dropped silently. An action that changes nothing returns the same `Rc`.
//! Side effects (storage, downloads, timers) live in effects at the root, never here.

use crate::i18n::Lang;
use scorecard_engine::edit::{self, Edit, EditError};
use scorecard_engine::json::{self, Value};
use scorecard_engine::score::cache::PeriodCache;
use scorecard_engine::score::{score_cached, PeriodChoice};
use scorecard_engine::{
    parse, results::verify_results, Error, Query, ResultSet, ScoreError, Workspace,
};
use std::rc::Rc;
use yew::Reducible;

mod saved;
mod sheet;
pub use saved::UnreadableSave;
pub use sheet::{SheetFailure, SheetPreview};

/// Most undo steps kept.
pub const UNDO_LIMIT: usize = 100;

/// Most result sets kept for the current workspace (periods and scenarios seen).
pub const CACHE_LIMIT: usize = 12;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// 结果: ranking and receipts.
    Results,
    /// 人员: linked individual scores.
    People,
    /// 数据: data entry.
    Data,
    /// 方案: plan settings.
    Plan,
    /// 模拟: scenarios, self-assessment, appeals, stability.
    Simulate,
    /// 文件: import, export, verify.
    Files,
}

impl Screen {
    /// Every screen, in tab order.
    pub const ALL: [Screen; 6] = [
        Screen::Results,
        Screen::People,
        Screen::Data,
        Screen::Plan,
        Screen::Simulate,
        Screen::Files,
    ];

    /// A stable word for storage and test ids.
    pub fn word(self) -> &'static str {
        match self {
            Screen::Results => "results",
            Screen::People => "people",
            Screen::Data => "data",
            Screen::Plan => "plan",
            Screen::Simulate => "simulate",
            Screen::Files => "files",
        }
    }

    /// The screen of a word.
    pub fn from_word(w: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.word() == w)
    }
}

/// Where a loaded workspace came from (shown to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The built-in demo.
    Demo,
    /// An empty workspace on the scheme's defaults.
    Empty,
    /// A file the user imported.
    File(String),
    /// Restored from the browser's storage.
    Restored,
}

/// A failed import: the file and every error (the open workspace is untouched).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFailure {
    /// File name.
    pub file: String,
    /// The engine's errors.
    pub errors: Vec<Error>,
}

/// The outcome of opening a results file.
#[derive(Debug, Clone, PartialEq)]
pub enum VerifyOutcome {
    /// Every figure matches the recomputation.
    Verified {
        /// File name.
        file: String,
        /// What it covers.
        query: Query,
        /// Units.
        units: usize,
        /// Engine version that wrote it.
        engine: String,
        /// The period's name in the file's workspace (`None` for annual).
        period_name: Option<String>,
        /// The scenario's name in the file's workspace (`None` for the plan).
        scenario_name: Option<String>,
    },
    /// Some figures differ.
    Mismatch {
        /// File name.
        file: String,
        /// Each difference, as `path: file says …, engine computes …`.
        lines: Vec<String>,
    },
    /// Not a readable results file.
    Invalid {
        /// File name.
        file: String,
        /// The errors.
        errors: Vec<Error>,
    },
}

/// A document as it was, with where it came from: what undo and redo restore.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The document.
    pub doc: Rc<Value>,
    /// Its source at the time (an undone import gives back the earlier source too).
    pub source: Source,
}

/// The whole state of the app.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The workspace document being edited.
    pub doc: Rc<Value>,
    /// The last valid workspace parsed from `doc` (kept while `doc` has errors).
    pub workspace: Option<Rc<Workspace>>,
    /// The current document's validation errors (empty when valid).
    pub doc_errors: Rc<Vec<Error>>,
    /// Where the workspace came from.
    pub source: Source,
    /// Earlier documents with their sources, most recent last.
    pub undo: Vec<Snapshot>,
    /// Undone documents with their sources, most recent last.
    pub redo: Vec<Snapshot>,
    /// Period shown (a period id or annual).
    pub period: PeriodChoice,
    /// Scenario shown (`None` = the plan).
    pub scenario: Option<String>,
    /// The results of `workspace` for `period` and `scenario`.
    pub results: Option<Rc<Result<ResultSet, ScoreError>>>,
    /// The result sets of the current workspace already computed, by query, most recent
    /// last (at most [`CACHE_LIMIT`]): switching back to a period or scenario seen since
    /// the last change of the workspace costs nothing. Emptied when the workspace changes.
    pub cache: Vec<(Query, Rc<Result<ResultSet, ScoreError>>)>,
    /// The periods' unranked scores, kept across edits: an edit rescored only the periods
    /// whose inputs it changed (the engine compares them in full; see
    /// `scorecard_engine::score::cache`). Equal in any two states: it is a memo.
    pub period_cache: PeriodCache,
    /// UI language.
    pub lang: Lang,
    /// Screen shown.
    pub screen: Screen,
    /// Unit whose receipt is open.
    pub selected_unit: Option<String>,
    /// The last failed import.
    pub import_failure: Option<ImportFailure>,
    /// The last results file opened.
    pub verification: Option<VerifyOutcome>,
    /// The last storage failure, if saving failed (shown, never silent).
    pub storage_error: Option<String>,
    /// The last edit the engine refused, and why (shown, never silent; cleared by the
    /// next edit that applies).
    pub edit_error: Option<EditError>,
    /// The field being typed into by the last edit, when it was typing: more typing into
    /// the same field joins that edit's undo step (one undo takes back "0.85", not "5").
    pub typing: Option<String>,
    /// The saved workspace the browser held but could not read, when this page load found
    /// one (shown with a download offer until dismissed).
    pub unreadable_save: Option<UnreadableSave>,
    /// The workspace text another tab saved since this tab last saved or loaded, when it
    /// differs from this tab's document: autosave holds off until the user chooses.
    pub other_tab: Option<Rc<str>>,
    /// A spreadsheet read and checked, waiting for the user to apply or cancel it.
    pub sheet_preview: Option<Rc<SheetPreview>>,
    /// The last spreadsheet refused, with every problem (the workspace untouched).
    pub sheet_failure: Option<Rc<SheetFailure>>,
}

/// Everything that can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Replace the workspace with a document known to be a workspace (demo, empty,
    /// restored); validated like any other.
    Load {
        /// The document.
        doc: Value,
        /// Where from.
        source: Source,
    },
    /// Import a file's text: atomic — on any error the open workspace stays as it was.
    Import {
        /// File name.
        file: String,
        /// Its text.
        text: String,
    },
    /// Apply a typed edit ([`scorecard_engine::edit::apply`]) as one undo step; a refusal
    /// leaves the document as it was and is kept in `edit_error`.
    Edit(Edit),
    /// Apply a typed edit as the user types: consecutive typing into the same field (the
    /// same `SetField` path, or the same record input) is one undo step.
    Typed(Edit),
    /// Dismiss the last refused edit.
    DismissEditError,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Show a period (or annual).
    SetPeriod(PeriodChoice),
    /// Show a scenario (`None` = the plan).
    SetScenario(Option<String>),
    /// Switch language.
    SetLang(Lang),
    /// Switch screen.
    SetScreen(Screen),
    /// Open (or close) a unit's receipt.
    SelectUnit(Option<String>),
    /// Open a results file and verify it.
    OpenResults {
        /// File name.
        file: String,
        /// Its text.
        text: String,
    },
    /// Dismiss the import errors.
    DismissImport,
    /// Dismiss the verification outcome.
    DismissVerification,
    /// Record (or clear) a storage failure.
    StorageError(Option<String>),
    /// Dismiss the notice of an unreadable saved workspace.
    DismissUnreadable,
    /// Another tab saved this text as the workspace (a `storage` event).
    OtherTabSaved(String),
    /// Open the other tab's save instead of this tab's document.
    ReloadTheirs,
    /// Keep this tab's document and save it over the other tab's.
    KeepMine,
    /// Import a spreadsheet (XLSX, XLS, ODS or CSV), read into its sheets, against the open
    /// document: a preview of what it changes, or every problem; the document itself is not
    /// changed.
    ImportSheet {
        /// File name.
        file: String,
        /// Its sheets, or what stopped the reading.
        read: Result<Rc<Vec<scorecard_sheets::read::Grid>>, scorecard_sheets::SheetError>,
        /// Only this period (`None`: every period the file has).
        period: Option<String>,
    },
    /// Apply the previewed spreadsheet as one undo step.
    ApplySheet,
    /// Drop the spreadsheet preview or the list of its problems.
    DismissSheet,
}

impl AppState {
    /// A state holding `doc`, with everything else at its start.
    pub fn new(doc: Value, source: Source, lang: Lang) -> Self {
        let mut s = AppState {
            doc: Rc::new(Value::Null),
            workspace: None,
            doc_errors: Rc::new(Vec::new()),
            source,
            undo: Vec::new(),
            redo: Vec::new(),
            period: PeriodChoice::Annual,
            scenario: None,
            results: None,
            cache: Vec::new(),
            period_cache: PeriodCache::new(),
            lang,
            screen: Screen::Results,
            selected_unit: None,
            import_failure: None,
            verification: None,
            storage_error: None,
            edit_error: None,
            typing: None,
            unreadable_save: None,
            other_tab: None,
            sheet_preview: None,
            sheet_failure: None,
        };
        s.set_doc(doc);
        s.period = s.default_period();
        s.rescore();
        s
    }

    /// The same state with restored choices (those that no longer fit are dropped).
    pub fn with_choices(
        mut self,
        period: Option<PeriodChoice>,
        scenario: Option<String>,
        screen: Option<Screen>,
    ) -> Self {
        if let Some(p) = period {
            self.period = p;
        }
        self.scenario = scenario;
        if let Some(s) = screen {
            self.screen = s;
        }
        self.rescore();
        self
    }

    /// The period a freshly loaded workspace opens on: the last period with records.
    fn default_period(&self) -> PeriodChoice {
        self.workspace
            .as_deref()
            .and_then(scorecard_engine::score::default_period)
            .map(|p| PeriodChoice::Period(p.to_string()))
            .unwrap_or(PeriodChoice::Annual)
    }

    /// The current query.
    pub fn query(&self) -> Query {
        Query {
            period: self.period.clone(),
            scenario: self.scenario.clone(),
        }
    }

    /// The results, when the workspace scores.
    pub fn results(&self) -> Option<&ResultSet> {
        self.results.as_deref().and_then(|r| r.as_ref().ok())
    }

    /// Validates `doc` and keeps it; the workspace moves on only when it is valid.
    fn set_doc(&mut self, doc: Value) {
        self.set_doc_inside(doc, None);
    }

    /// [`AppState::set_doc`], for a `doc` changed inside the record `inside` (if any) of the
    /// current one: that record alone is read when it can be
    /// (`parse::workspace_with_record`, which checks that nothing else changed), else the
    /// whole document.
    fn set_doc_inside(&mut self, doc: Value, inside: Option<usize>) {
        let quick = inside
            .zip(self.workspace.as_deref())
            .and_then(|(i, ws)| parse::workspace_with_record(ws, &self.doc, &doc, i));
        match quick
            .map(Ok)
            .unwrap_or_else(|| parse::workspace_from_value(&doc))
        {
            Ok(ws) => {
                self.workspace = Some(Rc::new(ws));
                self.cache.clear();
                self.doc_errors = Rc::new(Vec::new());
            }
            Err(errors) => self.doc_errors = Rc::new(errors.0),
        }
        self.doc = Rc::new(doc);
    }

    /// Keeps the period, scenario and selected unit meaningful for the workspace.
    fn fix_selection(&mut self) {
        let Some(ws) = self.workspace.clone() else {
            return;
        };
        if let PeriodChoice::Period(p) = &self.period {
            if !ws.plan.periods.iter().any(|x| &x.id == p) {
                self.period = self.default_period();
            }
        }
        if let Some(s) = &self.scenario {
            if !ws.scenarios.iter().any(|x| &x.id == s) {
                self.scenario = None;
            }
        }
        if let Some(u) = &self.selected_unit {
            if !ws.units.iter().any(|x| &x.id == u) {
                self.selected_unit = None;
            }
        }
    }

    fn rescore(&mut self) {
        self.fix_selection();
        let Some(ws) = self.workspace.clone() else {
            self.results = None;
            return;
        };
        let q = self.query();
        if let Some((_, hit)) = self.cache.iter().find(|(k, _)| *k == q) {
            self.results = Some(hit.clone());
            return;
        }
        let r = Rc::new(score_cached(&ws, &q, &mut self.period_cache));
        self.cache.push((q, r.clone()));
        if self.cache.len() > CACHE_LIMIT {
            self.cache.remove(0);
        }
        self.results = Some(r);
    }

    /// Applies a typed edit: the engine's new document, or its refusal kept in
    /// `edit_error` (the document untouched). `false` when nothing changed at all.
    fn apply_edit(&mut self, typing: Option<String>, e: &Edit) -> bool {
        match edit::apply(&self.doc, e) {
            Ok(doc) => {
                let had_error = self.edit_error.take().is_some();
                let inside = self.record_inside(e);
                self.commit_inside(typing, doc, inside) || had_error
            }
            Err(err) => {
                let changed = self.edit_error.as_ref() != Some(&err);
                self.edit_error = Some(err);
                changed
            }
        }
    }

    /// The index of the record an edit changes inside, when the document is valid now: the
    /// new workspace may then be read from that record alone ([`AppState::set_doc_inside`]).
    fn record_inside(&self, e: &Edit) -> Option<usize> {
        if !self.doc_errors.is_empty() || self.workspace.is_none() {
            return None;
        }
        match e {
            Edit::SetRecordField { unit, period, .. } => {
                edit::record_index(&self.doc, unit, period)
            }
            _ => None,
        }
    }

    /// Makes `doc` the document as one undo step; typing into `field` again right after
    /// joins the same step. `false` (and the state untouched) when `doc` is the document.
    fn commit(&mut self, field: Option<String>, doc: Value) -> bool {
        self.commit_inside(field, doc, None)
    }

    /// [`AppState::commit`], for a `doc` changed inside the record `inside` (if any).
    fn commit_inside(&mut self, field: Option<String>, doc: Value, inside: Option<usize>) -> bool {
        if doc == *self.doc {
            return false;
        }
        let joins = field.is_some() && field == self.typing;
        self.typing = field;
        if !joins {
            self.push_undo();
        }
        self.redo.clear();
        self.set_doc_inside(doc, inside);
        self.rescore();
        true
    }

    /// The document and source as they are now.
    fn snapshot(&self) -> Snapshot {
        Snapshot {
            doc: self.doc.clone(),
            source: self.source.clone(),
        }
    }

    fn push_undo(&mut self) {
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Undoes (or, `forward`, redoes) the last step: goes to the top of that stack, keeping
    /// the present on the other; `false` when there is nothing to go to.
    fn travel(&mut self, forward: bool) -> bool {
        let from = if forward {
            &mut self.redo
        } else {
            &mut self.undo
        };
        let Some(to) = from.pop() else {
            return false;
        };
        let keep = self.snapshot();
        self.typing = None;
        if forward {
            self.undo.push(keep);
        } else {
            self.redo.push(keep);
        }
        self.source = to.source;
        self.set_doc((*to.doc).clone());
        self.rescore();
        true
    }

    fn load(&mut self, doc: Value, source: Source) {
        self.typing = None;
        self.push_undo();
        self.redo.clear();
        self.workspace = None;
        self.set_doc(doc);
        self.source = source;
        self.selected_unit = None;
        self.scenario = None;
        self.period = self.default_period();
        self.rescore();
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// A new state when the action changes anything, else the same `Rc` (so no consumer
    /// re-renders for an edit that changed nothing).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        if s.apply(action) {
            Rc::new(s)
        } else {
            self
        }
    }
}

impl AppState {
    /// Applies `action`; `false` when it changed nothing.
    fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Load { doc, source } => {
                self.load(doc, source);
                true
            }
            Action::Import { file, text } => self.import(file, &text),
            Action::Edit(e) => self.apply_edit(None, &e),
            Action::Typed(e) => self.apply_edit(typing_key(&e), &e),
            Action::Undo => self.travel(false),
            Action::Redo => self.travel(true),
            Action::OtherTabSaved(text) => self.other_tab_saved(text),
            Action::ReloadTheirs => self.reload_theirs(),
            Action::KeepMine => self.keep_mine(),
            Action::ImportSheet { file, read, period } => {
                self.read_sheet(file, read, period, false)
            }
            Action::ApplySheet => self.apply_sheet(),
            Action::DismissSheet => self.dismiss_sheet(),
            other => self.choose(other),
        }
    }

    /// The actions that change what is shown, not the document; `false` when the choice
    /// was already made.
    fn choose(&mut self, action: Action) -> bool {
        match action {
            Action::SetPeriod(p) if p != self.period => {
                self.period = p;
                self.rescore();
            }
            Action::SetScenario(sc) if sc != self.scenario => {
                self.scenario = sc;
                self.rescore();
            }
            Action::SetLang(l) if l != self.lang => self.lang = l,
            Action::SetScreen(sc) if sc != self.screen => self.screen = sc,
            Action::SelectUnit(u) if u != self.selected_unit => self.selected_unit = u,
            Action::OpenResults { file, text } => self.verification = Some(verify(file, &text)),
            Action::DismissImport if self.import_failure.is_some() => self.import_failure = None,
            Action::DismissVerification if self.verification.is_some() => self.verification = None,
            Action::StorageError(e) if e != self.storage_error => self.storage_error = e,
            Action::DismissEditError if self.edit_error.is_some() => self.edit_error = None,
            Action::DismissUnreadable if self.unreadable_save.is_some() => {
                self.unreadable_save = None
            }
            _ => return false,
        }
        true
    }

    /// Imports a file's text atomically: on any error only `import_failure` changes.
    fn import(&mut self, file: String, text: &str) -> bool {
        match scorecard_engine::error::check_input_size(text)
            .and_then(|()| json::parse(text).map_err(parse::syntax_error))
            .and_then(|v| parse::workspace_from_value(&v).map(|_| v))
        {
            Ok(doc) => {
                self.import_failure = None;
                self.load(doc, Source::File(file));
            }
            Err(errors) => {
                self.import_failure = Some(ImportFailure {
                    file,
                    errors: errors.0,
                })
            }
        }
        true
    }
}

/// The field a typed edit types into, when it is typing into one field: more typing into
/// the same field joins the same undo step.
fn typing_key(e: &Edit) -> Option<String> {
    match e {
        Edit::SetField { at, .. } => Some(at.to_string()),
        Edit::SetRecordField {
            unit,
            period,
            field,
            ..
        } => Some(format!("{unit}\u{1f}{period}\u{1f}{field}")),
        _ => None,
    }
}

/// Opens a results file and recomputes it.
fn verify(file: String, text: &str) -> VerifyOutcome {
    match verify_results(text) {
        Err(errors) => VerifyOutcome::Invalid {
            file,
            errors: errors.0,
        },
        Ok(v) if v.verified() => VerifyOutcome::Verified {
            file,
            query: v.query.clone(),
            units: v.results.units.len(),
            engine: v.file_engine.clone(),
            period_name: match &v.query.period {
                PeriodChoice::Period(p) => v
                    .workspace
                    .plan
                    .periods
                    .iter()
                    .find(|x| &x.id == p)
                    .map(|x| x.name.clone()),
                PeriodChoice::Annual => None,
            },
            scenario_name: v.query.scenario.as_ref().and_then(|id| {
                v.workspace
                    .scenarios
                    .iter()
                    .find(|x| &x.id == id)
                    .map(|x| x.name.clone())
            }),
        },
        Ok(v) => VerifyOutcome::Mismatch {
            file,
            lines: v.mismatches.iter().map(|m| m.to_string()).collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::path::JsonPath;
    use scorecard_engine::EXAMPLE_WORKSPACE;

    /// The app state on the file-format example (also for `saved`'s tests).
    pub(super) fn example() -> Rc<AppState> {
        Rc::new(AppState::new(
            json::parse(EXAMPLE_WORKSPACE).unwrap(),
            Source::Demo,
            Lang::Zh,
        ))
    }

    /// The app state on the demo workspace (20 units, five periods, scenarios).
    fn demo() -> Rc<AppState> {
        Rc::new(AppState::new(
            json::parse(scorecard_engine::DEMO_WORKSPACE).unwrap(),
            Source::Demo,
            Lang::Zh,
        ))
    }

    /// The edit that sets the text at a document path.
    fn set_text(path: &str, text: &str) -> Edit {
        Edit::SetField {
            at: JsonPath::parse(path).unwrap(),
            value: Some(Value::str(text)),
        }
    }

    fn score_of(s: &AppState, unit: &str) -> String {
        s.results().unwrap().unit(unit).unwrap().score.to_string()
    }

    #[test]
    fn opens_on_the_last_period_with_records() {
        let s = example();
        assert_eq!(s.period, PeriodChoice::Period("2026Q1".into()));
        assert_eq!(score_of(&s, "zd1"), "90.46");
    }

    #[test]
    fn a_period_seen_since_the_last_change_is_not_scored_again() {
        let s = demo();
        let first = s.results.clone().unwrap();
        let s = s.reduce(Action::SetPeriod(PeriodChoice::Period("2026Q1".into())));
        assert!(!Rc::ptr_eq(s.results.as_ref().unwrap(), &first));
        let back = s.reduce(Action::SetPeriod(PeriodChoice::Period("2026final".into())));
        assert!(
            Rc::ptr_eq(back.results.as_ref().unwrap(), &first),
            "from the cache"
        );
        assert_eq!(back.cache.len(), 2);
        // An edit changes the workspace: every cached set is dropped and the period rescored.
        let edited = back
            .clone()
            .reduce(Action::Edit(set_text("records[0].values.progress", "0.10")));
        assert_eq!(edited.cache.len(), 1);
        assert!(!Rc::ptr_eq(edited.results.as_ref().unwrap(), &first));
        assert_eq!(edited.cache[0].0, edited.query());
    }

    #[test]
    fn an_edit_rescores_only_the_period_it_changed_and_the_figures_are_the_fresh_ones() {
        let s = demo();
        let ws = s.workspace.clone().unwrap();
        let last = ws.plan.periods.last().unwrap().id.clone();
        assert_eq!(s.period, PeriodChoice::Period(last.clone()));
        let (computed, _) = s.period_cache.counts();
        assert_eq!(
            computed,
            ws.plan.periods.len(),
            "every period once, to grade the last"
        );
        let i = ws.records.iter().position(|r| r.period == last).unwrap();
        let edited = s.reduce(Action::Edit(set_text(
            &format!("records[{i}].closed_items"),
            "3",
        )));
        assert_eq!(
            edited.period_cache.counts().0,
            computed + 1,
            "the edited period alone"
        );
        let ws = edited.workspace.clone().unwrap();
        assert_eq!(ws.records[i].closed_items, 3);
        assert_eq!(
            edited.results.as_deref(),
            Some(&scorecard_engine::score(&ws, &edited.query()))
        );
    }

    #[test]
    fn an_edit_rescores_and_undo_restores() {
        let s = example();
        let s = s.reduce(Action::Edit(set_text("records[0].values.progress", "0.80")));
        // progress 92 → 80 lowers task by 0.5·12 = 6 and B by 0.45·6 = 2.7, S by 2.7·1.05
        assert_eq!(score_of(&s, "zd1"), "87.62");
        let s = s.reduce(Action::Undo);
        assert_eq!(score_of(&s, "zd1"), "90.46");
        let s = s.reduce(Action::Redo);
        assert_eq!(score_of(&s, "zd1"), "87.62");
    }

    #[test]
    fn an_invalid_edit_keeps_the_text_and_the_last_results() {
        let s = example();
        let p = JsonPath::parse("records[0].values.plans").unwrap();
        let s = s.reduce(Action::Edit(set_text("records[0].values.plans", "101")));
        assert_eq!(s.doc.at(&p), Some(&Value::str("101")));
        assert_eq!(s.doc_errors.len(), 1);
        assert_eq!(s.doc_errors[0].path, p);
        assert_eq!(score_of(&s, "zd1"), "90.46");
    }

    #[test]
    fn a_bad_import_leaves_the_workspace_untouched() {
        let s = example();
        let before = s.doc.clone();
        let s = s.reduce(Action::Import {
            file: "bad.json".into(),
            text: r#"{"format": "scorecard-workspace", "version": 1}"#.into(),
        });
        assert_eq!(s.doc, before);
        let failure = s.import_failure.as_ref().unwrap();
        assert_eq!(failure.file, "bad.json");
        assert!(failure
            .errors
            .iter()
            .any(|e| e.to_string().contains("\"plan\"")));
        assert_eq!(score_of(&s, "zd1"), "90.46");
    }

    #[test]
    fn an_import_over_the_size_limit_is_refused_unparsed_and_changes_nothing() {
        use scorecard_engine::error::{ErrorKind, MAX_INPUT_BYTES};
        let s = example();
        let before = s.doc.clone();
        // A valid workspace padded with white space past the limit: only its size is wrong.
        let mut text = EXAMPLE_WORKSPACE.to_string();
        text.push_str(&" ".repeat(MAX_INPUT_BYTES + 1 - text.len()));
        let s = s.reduce(Action::Import {
            file: "big.json".into(),
            text,
        });
        assert_eq!(s.doc, before);
        assert_eq!(s.source, Source::Demo);
        let failure = s.import_failure.as_ref().unwrap();
        assert_eq!(failure.file, "big.json");
        assert_eq!(failure.errors.len(), 1);
        assert_eq!(
            failure.errors[0].kind,
            ErrorKind::TooLarge {
                bytes: MAX_INPUT_BYTES + 1,
                limit: MAX_INPUT_BYTES
            }
        );
        assert_eq!(score_of(&s, "zd1"), "90.46");
        assert!(s.undo.is_empty());
    }

    #[test]
    fn a_good_import_replaces_and_can_be_undone() {
        let s = example();
        let mut other = json::parse(EXAMPLE_WORKSPACE).unwrap();
        other.set_at(&JsonPath::parse("plan.name").unwrap(), Value::str("其他"));
        let s = s.reduce(Action::Import {
            file: "o.json".into(),
            text: other.to_compact(),
        });
        assert_eq!(s.workspace.as_ref().unwrap().plan.name, "其他");
        assert_eq!(s.source, Source::File("o.json".into()));
        let s = s.reduce(Action::Undo);
        assert_eq!(
            s.workspace.as_ref().unwrap().plan.name,
            "2026年度總隊目標考核"
        );
        // The source comes back with the document: the header no longer names o.json.
        assert_eq!(s.source, Source::Demo);
        let s = s.reduce(Action::Redo);
        assert_eq!(s.source, Source::File("o.json".into()));
        assert_eq!(s.workspace.as_ref().unwrap().plan.name, "其他");
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = example();
        let p = JsonPath::parse("records[0].values.progress").unwrap();
        let same = s.doc.at(&p).cloned().unwrap();
        let unchanged = [
            Action::Edit(Edit::SetField {
                at: p.clone(),
                value: Some(same),
            }),
            Action::Typed(Edit::SetField {
                at: JsonPath::parse("records[0].values.no_such").unwrap(),
                value: None,
            }),
            Action::SetLang(s.lang),
            Action::SetScreen(s.screen),
            Action::SetPeriod(s.period.clone()),
            Action::SetScenario(None),
            Action::SelectUnit(None),
            Action::Undo,
            Action::Redo,
            Action::DismissImport,
            Action::DismissVerification,
            Action::StorageError(None),
        ];
        for action in unchanged {
            let label = format!("{action:?}");
            let next = s.clone().reduce(action);
            assert!(Rc::ptr_eq(&s, &next), "{label} made a new state");
        }
        let next = s.clone().reduce(Action::SetScreen(Screen::Files));
        assert!(!Rc::ptr_eq(&s, &next));
    }

    #[test]
    fn typing_into_a_record_reads_it_alone_and_keeps_the_whole_readers_workspace_and_errors() {
        let mut s = demo();
        let ws = s.workspace.clone().unwrap();
        let r = &ws.records[3];
        let (unit, period) = (r.unit.clone(), r.period.clone());
        let field = JsonPath::root()
            .key("values")
            .key(r.values.keys().next().unwrap());
        // Valid, then invalid (the whole reader's errors), then valid again.
        for text in ["0.5", "0.55", "abc", "0.6", "", "1"] {
            s = s.reduce(Action::Typed(Edit::SetRecordField {
                unit: unit.clone(),
                period: period.clone(),
                field: field.clone(),
                value: edit::typed_value(text),
            }));
            match parse::workspace_from_value(&s.doc) {
                Ok(whole) => {
                    assert_eq!(s.workspace.as_deref(), Some(&whole), "{text:?}");
                    assert!(s.doc_errors.is_empty(), "{text:?}");
                }
                Err(errors) => assert_eq!(*s.doc_errors, errors.0, "{text:?}"),
            }
            let fresh = scorecard_engine::score(s.workspace.as_deref().unwrap(), &s.query());
            assert_eq!(s.results.as_deref(), Some(&fresh), "{text:?}");
        }
    }

    #[test]
    fn typing_into_one_field_is_one_undo_step() {
        let s = example();
        let field = JsonPath::parse("values.progress").unwrap();
        let typed = |s: Rc<AppState>, text: &str| {
            s.reduce(Action::Typed(Edit::SetRecordField {
                unit: "zd1".into(),
                period: "2026Q1".into(),
                field: field.clone(),
                value: edit::typed_value(text),
            }))
        };
        let s = typed(s, "0.8");
        let s = typed(s, "0.80");
        assert_eq!(score_of(&s, "zd1"), "87.62");
        assert_eq!(s.undo.len(), 1);
        // Another field is another step; undo takes back each field's typing whole.
        let s = s.reduce(Action::Typed(set_text("units[0].name", "一")));
        let s = s.reduce(Action::Typed(set_text("units[0].name", "一支")));
        assert_eq!(s.undo.len(), 2);
        let s = s.reduce(Action::Undo);
        assert_eq!(
            s.doc.at(&JsonPath::parse("units[0].name").unwrap()),
            Some(&Value::str("一支隊"))
        );
        let s = s.reduce(Action::Undo);
        assert_eq!(score_of(&s, "zd1"), "90.46");
        // After an undo, typing again starts a new step.
        let s = typed(s, "0.9");
        assert_eq!(s.undo.len(), 1);
    }

    #[test]
    fn typing_into_a_unit_without_a_record_creates_it() {
        let s = example().reduce(Action::Typed(Edit::SetRecordField {
            unit: "kjc".into(),
            period: "2026Q1".into(),
            field: JsonPath::parse("values.plans").unwrap(),
            value: Some(Value::str("80")),
        }));
        // Only `plans` present: risk = 80, every other dimension left out, so S = 80.00.
        assert_eq!(score_of(&s, "kjc"), "80.00");
        let s = s.reduce(Action::Edit(Edit::RemoveRecord {
            unit: "kjc".into(),
            period: "2026Q1".into(),
        }));
        assert!(s.results().unwrap().unit("kjc").is_none());
    }

    #[test]
    fn removing_a_unit_is_one_undo_step() {
        let s = example().reduce(Action::Edit(Edit::RemoveUnit { id: "zd1".into() }));
        assert!(s.doc_errors.is_empty(), "{:?}", s.doc_errors);
        assert_eq!(s.workspace.as_ref().unwrap().units.len(), 1);
        assert!(s.results().unwrap().unit("zd1").is_none());
        let s = s.reduce(Action::Undo);
        assert_eq!(score_of(&s, "zd1"), "90.46");
        assert_eq!(s.workspace.as_ref().unwrap().people.len(), 2);
    }

    #[test]
    fn a_typed_edit_applies_and_a_refused_one_is_kept_not_dropped() {
        let s = example();
        let s = s.reduce(Action::Edit(Edit::AddDimension {
            name: "新维度".into(),
            indicator_name: "新指标".into(),
        }));
        assert_eq!(s.undo.len(), 1);
        assert_eq!(s.edit_error, None);
        let dims = |s: &AppState| {
            s.doc
                .at(&JsonPath::parse("plan.dimensions").unwrap())
                .map(|v| match v {
                    Value::Array(a) => a.len(),
                    _ => 0,
                })
        };
        let before = dims(&s);
        // A rename onto a taken id is refused: the document stays, the refusal is shown.
        let s2 = s.clone().reduce(Action::Edit(Edit::RenameUnit {
            id: "zd1".into(),
            new: "kjc".into(),
        }));
        assert!(Rc::ptr_eq(&s.doc, &s2.doc));
        assert_eq!(s2.undo.len(), 1);
        assert!(matches!(s2.edit_error, Some(EditError::IdTaken { .. })));
        assert_eq!(dims(&s2), before);
        // The same refusal again changes nothing; dismissing clears it.
        let s3 = s2.clone().reduce(Action::Edit(Edit::RenameUnit {
            id: "zd1".into(),
            new: "kjc".into(),
        }));
        assert!(Rc::ptr_eq(&s2, &s3));
        let s4 = s3.reduce(Action::DismissEditError);
        assert_eq!(s4.edit_error, None);
    }

    #[test]
    fn typed_edits_into_one_field_are_one_undo_step() {
        let at = JsonPath::parse("units[0].name").unwrap();
        let typed =
            |s: Rc<AppState>, text: &str| s.reduce(Action::Typed(set_text("units[0].name", text)));
        let s = typed(typed(example(), "一"), "一支");
        assert_eq!(s.undo.len(), 1);
        assert_eq!(s.doc.at(&at), Some(&Value::str("一支")));
        let s = s.reduce(Action::Undo);
        assert_eq!(s.doc.at(&at), Some(&Value::str("一支隊")));
    }

    #[test]
    fn unknown_scenario_falls_back_to_the_plan() {
        let s = example().reduce(Action::SetScenario(Some("special".into())));
        assert_eq!(s.scenario.as_deref(), Some("special"));
        let s = s.reduce(Action::Edit(Edit::RemoveScenario {
            id: "special".into(),
        }));
        assert_eq!(s.scenario, None);
        assert!(s.results().is_some());
    }
}
