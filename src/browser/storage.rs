//! Autosave: the workspace document and the UI choices in `localStorage`. Failures (quota,
//! storage disabled) are returned, to be shown — never swallowed.
//!
//! A saved workspace that is not JSON (a write cut short, a hand edit) is copied to
//! [`BACKUP_KEY`] before anything can overwrite it (an older copy already there is kept),
//! and another tab's save of the workspace arrives as a `storage` event
//! ([`on_saved_elsewhere`]); the reducer decides, from both, whether autosave may write
//! the workspace key ([`AppState::may_save_doc`]).

use crate::i18n::Lang;
use crate::state::{AppState, Screen, UnreadableSave};
use scorecard_engine::json::{self, Value};
use scorecard_engine::score::PeriodChoice;

/// Key of the workspace document.
pub const WORKSPACE_KEY: &str = "scorecard.workspace.v1";
/// Key under which a saved workspace that could not be read is kept.
pub const BACKUP_KEY: &str = "scorecard.workspace.v1.unreadable";
/// Key of the UI choices (language, period, scenario, screen).
pub const UI_KEY: &str = "scorecard.ui.v1";

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err("localStorage is not available".into()),
        Err(e) => Err(js_error(&e)),
    }
}

fn js_error(e: &wasm_bindgen::JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

use wasm_bindgen::JsCast;

/// Saved UI choices.
#[derive(Debug, Clone, PartialEq)]
pub struct UiChoices {
    /// Language.
    pub lang: Option<Lang>,
    /// Period word.
    pub period: Option<PeriodChoice>,
    /// Scenario.
    pub scenario: Option<String>,
    /// Screen.
    pub screen: Option<Screen>,
}

/// Writes a key; the error text when the browser refuses.
pub fn save(key: &str, text: &str) -> Result<(), String> {
    storage()?.set_item(key, text).map_err(|e| js_error(&e))
}

/// Reads a key.
pub fn load(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

/// Removes a key.
pub fn remove(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Saves the state's document, when it may ([`AppState::may_save_doc`]): run when the
/// document changes, not on every choice (a period switch does not write a 1 MB workspace).
pub fn save_doc(s: &AppState) -> Result<(), String> {
    if s.may_save_doc() {
        save(WORKSPACE_KEY, &s.doc.to_compact())?;
    }
    Ok(())
}

/// Saves the choices a reload restores: language, period, scenario and screen.
pub fn save_choices(s: &AppState) -> Result<(), String> {
    let ui = Value::Object(vec![
        ("lang".into(), Value::str(s.lang.code())),
        ("period".into(), Value::str(s.period.as_word())),
        (
            "scenario".into(),
            s.scenario.clone().map(Value::String).unwrap_or(Value::Null),
        ),
        ("screen".into(), Value::str(s.screen.word())),
    ]);
    save(UI_KEY, &ui.to_compact())
}

/// What the workspace key held when the page loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedDoc {
    /// Nothing (a first visit).
    Nothing,
    /// A JSON document (even one with errors: it is restored exactly).
    Doc(Value),
    /// Text that is not JSON, and whether it is now kept under [`BACKUP_KEY`].
    Unreadable(UnreadableSave),
}

/// The saved document; text that is not JSON is first backed up ([`back_up`]).
pub fn load_saved() -> SavedDoc {
    let Some(text) = load(WORKSPACE_KEY) else {
        return SavedDoc::Nothing;
    };
    match json::parse(&text) {
        Ok(doc) => SavedDoc::Doc(doc),
        Err(_) => SavedDoc::Unreadable(UnreadableSave::new(&text, back_up(&text))),
    }
}

/// Keeps `text` under [`BACKUP_KEY`], unless the key already holds another copy (an older
/// unreadable save, never replaced); whether `text` is there now.
pub fn back_up(text: &str) -> bool {
    match load(BACKUP_KEY) {
        Some(old) => old == text,
        None => save(BACKUP_KEY, text).is_ok(),
    }
}

/// Calls `saved` with the new text each time another tab saves the workspace (the
/// `storage` event fires only in the other tabs of the same origin). The listener lives as
/// long as the returned value.
pub fn on_saved_elsewhere(saved: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if e.key().as_deref() == Some(WORKSPACE_KEY) {
                if let Some(text) = e.new_value() {
                    saved(text);
                }
            }
        },
    ))
}

/// The saved UI choices.
pub fn load_ui() -> UiChoices {
    let v = load(UI_KEY).and_then(|t| json::parse(&t).ok());
    let get = |k: &str| v.as_ref().and_then(|v| v.get(k)).and_then(Value::as_str);
    UiChoices {
        lang: get("lang").and_then(Lang::from_code),
        period: get("period").map(PeriodChoice::from_word),
        scenario: get("scenario").map(String::from),
        screen: get("screen").and_then(Screen::from_word),
    }
}
