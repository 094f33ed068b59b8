//! Autosave: the workspace document and the UI choices in `localStorage`. Failures (quota,
//! storage disabled) are returned, to be shown — never swallowed.

use crate::i18n::Lang;
use crate::state::{AppState, Screen};
use scorecard_engine::json::{self, Value};
use scorecard_engine::score::PeriodChoice;

/// Key of the workspace document.
pub const WORKSPACE_KEY: &str = "scorecard.workspace.v1";
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

/// Saves the state's document and choices.
pub fn save_state(s: &AppState) -> Result<(), String> {
    save(WORKSPACE_KEY, &s.doc.to_compact())?;
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

/// The saved document, if any (even one with errors: it is restored exactly).
pub fn load_doc() -> Option<Value> {
    json::parse(&load(WORKSPACE_KEY)?).ok()
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
