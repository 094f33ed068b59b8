//! The saved copy in the browser's storage, as the reducer sees it: a saved workspace that
//! could not be read (kept, never overwritten unnoticed), and a newer save made by another
//! tab on the same workspace (this tab stops autosaving the document until the user chooses
//! whose version to keep). The storage itself is touched only by effects at the root
//! ([`crate::browser::storage`]); here is only what the user is told and what they chose.

use super::{AppState, Source};
use scorecard_engine::json;
use scorecard_engine::parse;
use scorecard_engine::Error;
use std::rc::Rc;

/// A saved workspace the browser held but could not read (not JSON: a write cut short, a
/// hand edit). The app opened the demo instead; the text is offered for download.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreadableSave {
    /// The text exactly as it was stored.
    pub text: Rc<str>,
    /// Why it could not be read (the JSON reader's error, with its line and column).
    pub errors: Vec<Error>,
    /// Whether the text is kept under the backup key. While it is not (the backup key
    /// already held an older copy, or the browser refused to write it), autosave leaves the
    /// workspace key alone, so this text stays where it was until the user dismisses it.
    pub backed_up: bool,
}

impl UnreadableSave {
    /// The unreadable `text` (its reader's error found again), `backed_up` or not.
    pub fn new(text: &str, backed_up: bool) -> Self {
        let errors = match json::parse(text) {
            Ok(_) => Vec::new(),
            Err(e) => parse::syntax_error(e).0,
        };
        UnreadableSave {
            text: Rc::from(text),
            errors,
            backed_up,
        }
    }
}

impl AppState {
    /// The same state, told that the saved workspace could not be read.
    pub fn with_unreadable_save(mut self, saved: Option<UnreadableSave>) -> Self {
        self.unreadable_save = saved;
        self
    }

    /// Whether autosave may write the workspace key now: not over another tab's newer save
    /// before the user chose, and not over an unreadable copy that has no backup.
    pub fn may_save_doc(&self) -> bool {
        self.other_tab.is_none() && self.unreadable_save.as_ref().is_none_or(|u| u.backed_up)
    }

    /// Another tab saved `text` as the workspace: remembered (the banner asks what to do)
    /// unless it is this tab's document already.
    pub(super) fn other_tab_saved(&mut self, text: String) -> bool {
        let theirs = if text == self.doc.to_compact() {
            None
        } else {
            Some(Rc::<str>::from(text))
        };
        if theirs == self.other_tab {
            return false;
        }
        self.other_tab = theirs;
        true
    }

    /// Opens the other tab's save in place of this tab's document (one undo step, so this
    /// tab's version can still be brought back). Text that is not JSON changes nothing.
    pub(super) fn reload_theirs(&mut self) -> bool {
        let Some(text) = self.other_tab.clone() else {
            return false;
        };
        let Ok(doc) = json::parse(&text) else {
            return false;
        };
        self.other_tab = None;
        self.load(doc, Source::Restored);
        true
    }

    /// Keeps this tab's document: autosave writes it over the other tab's save.
    pub(super) fn keep_mine(&mut self) -> bool {
        self.other_tab.take().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::example;
    use super::super::Action;
    use super::*;
    use scorecard_engine::json::Value;
    use scorecard_engine::path::JsonPath;
    use scorecard_engine::EXAMPLE_WORKSPACE;
    use yew::Reducible;

    fn renamed(name: &str) -> String {
        let mut doc = json::parse(EXAMPLE_WORKSPACE).unwrap();
        doc.set_at(&JsonPath::parse("plan.name").unwrap(), Value::str(name));
        doc.to_compact()
    }

    #[test]
    fn an_unreadable_save_names_its_syntax_error_and_blocks_autosave_without_a_backup() {
        let u = UnreadableSave::new("{\"format\": \"scorecard-work", false);
        assert_eq!(&*u.text, "{\"format\": \"scorecard-work");
        assert_eq!(u.errors.len(), 1);
        assert!(u.errors[0].to_string().contains("line 1"), "{:?}", u.errors);
        let s = (*example()).clone().with_unreadable_save(Some(u.clone()));
        assert!(!s.may_save_doc());
        let backed = UnreadableSave {
            backed_up: true,
            ..u
        };
        let s = s.with_unreadable_save(Some(backed));
        assert!(s.may_save_doc());
        let s = Rc::new(s).reduce(Action::DismissUnreadable);
        assert_eq!(s.unreadable_save, None);
        assert!(s.may_save_doc());
    }

    #[test]
    fn another_tabs_save_stops_autosave_until_the_user_chooses() {
        let s = example();
        assert!(s.may_save_doc());
        // The same document: nothing to choose.
        let same = s.clone().reduce(Action::OtherTabSaved(s.doc.to_compact()));
        assert!(Rc::ptr_eq(&same, &s));
        let theirs = renamed("另一标签页");
        let s = s.reduce(Action::OtherTabSaved(theirs.clone()));
        assert_eq!(s.other_tab.as_deref(), Some(theirs.as_str()));
        assert!(!s.may_save_doc());
        // Reload theirs: their document, one undo step away from this tab's.
        let r = s.clone().reduce(Action::ReloadTheirs);
        assert_eq!(r.workspace.as_ref().unwrap().plan.name, "另一标签页");
        assert_eq!(r.other_tab, None);
        assert!(r.may_save_doc());
        let back = r.reduce(Action::Undo);
        assert_eq!(
            back.workspace.as_ref().unwrap().plan.name,
            "2026年度總隊目標考核"
        );
        // Keep mine: this tab's document stays and autosave may write it again.
        let k = s.reduce(Action::KeepMine);
        assert_eq!(
            k.workspace.as_ref().unwrap().plan.name,
            "2026年度總隊目標考核"
        );
        assert_eq!(k.other_tab, None);
        assert!(k.may_save_doc());
    }
}
