//! Small helpers shared by the simulation sub-views (not a component): a workspace handle
//! compared by identity (cheap hook dependencies), how a JSON input reads on screen, and
//! yielding to the browser so a busy state paints before long work.

use crate::i18n::Lang;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;
use std::rc::Rc;

/// A workspace compared by identity: the state hands out a new `Rc` on every change, so
/// "same pointer" is "same workspace" without walking it.
#[derive(Clone, Debug)]
pub struct WsRef(pub Rc<Workspace>);

impl PartialEq for WsRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How a JSON input reads: text as written, an event as `level: note`, absent as the
/// language's "(missing)".
pub fn value_text(lang: Lang, ws: &Workspace, v: &Value) -> String {
    match v {
        Value::Null => lang.sim_inputs().absent.to_string(),
        Value::String(s) | Value::Number(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Object(_) if v.get("level").is_some() => {
            let level = v.get("level").and_then(Value::as_str).unwrap_or_default();
            let name = ws
                .plan
                .deductions
                .levels
                .iter()
                .find(|l| l.id == level)
                .map(|l| l.name.as_str())
                .unwrap_or(level);
            let note = v.get("note").and_then(Value::as_str).unwrap_or_default();
            format!("{name}:{note}")
        }
        other => other.to_compact(),
    }
}

/// The text of an input field as the JSON value to store: a whole number for
/// `closed_items` when it is one, else the text as a string (the format reads decimals
/// from strings exactly; anything else is reported by validation at its path).
pub fn typed_value(path: &str, text: &str) -> Value {
    let t = text.trim();
    if path == "closed_items" {
        if let Ok(n) = t.parse::<u32>() {
            return Value::Number(n.to_string());
        }
    }
    Value::str(t)
}

/// Lets the browser paint (a busy state, a progress bar) before the next piece of work.
pub async fn yield_to_browser() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Milliseconds since the page loaded (`performance.now()`), for timing runs.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}
