//! Small helpers shared by the simulation sub-views (not a component): a workspace handle
//! compared by identity (cheap hook dependencies), how a JSON input reads on screen, and
//! yielding to the browser so a busy state paints before long work, and the names of a
//! workspace's units, periods and scenarios (the id when there is no such one).

use crate::by_ptr::ByPtr;
use crate::i18n::Lang;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;

/// A workspace compared by identity: the state hands out a new `Rc` on every change, so
/// "same pointer" is "same workspace" without walking it.
pub type WsRef = ByPtr<Workspace>;

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
                .level(level)
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

/// A unit's name, or the id when no unit has it.
pub fn unit_name(ws: &Workspace, id: &str) -> String {
    ws.unit(id)
        .map(|u| u.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// A period's name, or the id when the plan has no such period.
pub fn period_name(ws: &Workspace, id: &str) -> String {
    ws.plan
        .period(id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The name of the scenario shown: `plan` (the language's "the plan") for none, else its
/// name, or the id when there is no such scenario.
pub fn scenario_name(ws: &Workspace, scenario: Option<&str>, plan: &str) -> String {
    match scenario {
        None => plan.to_string(),
        Some(id) => ws
            .scenario(id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.to_string()),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn names_fall_back_to_the_id() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        assert_eq!(unit_name(&ws, "zd1"), "一支隊");
        assert_eq!(unit_name(&ws, "ghost"), "ghost");
        assert_eq!(period_name(&ws, "nope"), "nope");
        assert_ne!(period_name(&ws, "2026Q1"), "2026Q1");
        assert_eq!(scenario_name(&ws, None, "PLAN"), "PLAN");
        assert_eq!(scenario_name(&ws, Some("ghost"), "PLAN"), "ghost");
        assert_ne!(scenario_name(&ws, Some("special"), "PLAN"), "special");
    }

    #[test]
    fn closed_items_are_numbers_when_whole() {
        assert_eq!(
            typed_value("closed_items", " 3 "),
            Value::Number("3".into())
        );
        assert_eq!(typed_value("closed_items", "3.5"), Value::str("3.5"));
        assert_eq!(typed_value("values.x", "7"), Value::str("7"));
    }
}
