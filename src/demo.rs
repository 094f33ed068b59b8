//! The demo workspace a first visit opens (a realistic corps), and an empty one.

use scorecard_engine::json::{self, Value};

/// The demo document.
pub fn demo_doc() -> Value {
    json::parse(scorecard_engine::DEMO_WORKSPACE).unwrap_or(Value::Null)
}

/// An empty workspace on the scheme's defaults (no units, no data).
pub fn empty_doc(name: &str, year: i32) -> Value {
    scorecard_engine::export::workspace_value(&scorecard_engine::defaults::workspace(name, year))
}
