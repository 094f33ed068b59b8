//! Fixtures shared by the engine's unit tests: the example workspace (parsed, as a
//! document, its plan), decimal literals and weight maps.

use crate::json::{self, Value};
use crate::model::{Plan, Workspace};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The example workspace (`data/example.json`), parsed.
pub fn example() -> Workspace {
    crate::parse_workspace(crate::EXAMPLE_WORKSPACE).unwrap()
}

/// The example workspace as a JSON document, as written (numbers and all).
pub fn example_doc() -> Value {
    json::parse(crate::EXAMPLE_WORKSPACE).unwrap()
}

/// The example's plan.
pub fn example_plan() -> Plan {
    example().plan
}

/// A decimal literal.
pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A weight map from `(key, decimal literal)` pairs.
pub fn weights(pairs: &[(&str, &str)]) -> BTreeMap<String, Decimal> {
    pairs.iter().map(|(k, v)| (k.to_string(), d(v))).collect()
}

/// Weights of the scheme's four dimensions (`task`, `team`, `innovation`, `risk`).
pub fn four(task: &str, team: &str, innovation: &str, risk: &str) -> BTreeMap<String, Decimal> {
    weights(&[
        ("task", task),
        ("team", team),
        ("innovation", innovation),
        ("risk", risk),
    ])
}
