//! `window.scorecard`: the engine for other scripts on the page (and for automation):
//! `version`, `score(workspace, {period, scenario})` and `validate(workspace)`, returning the
//! same objects as the files. A workspace may be passed as an object or as JSON text.

use scorecard_engine::json::Value;
use scorecard_engine::score::{default_period, PeriodChoice};
use scorecard_engine::{parse, results::results_json, score, Errors, Query};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js(v: &Value) -> JsValue {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser).unwrap_or(JsValue::NULL)
}

fn read_text(input: &JsValue) -> Result<String, JsValue> {
    if let Some(s) = input.as_string() {
        return Ok(s);
    }
    js_sys::JSON::stringify(input)
        .map(String::from)
        .map_err(|_| JsValue::from_str("the workspace is neither JSON text nor a plain object"))
}

fn errors_value(errors: &Errors) -> Value {
    Value::Array(
        errors
            .0
            .iter()
            .map(|e| {
                Value::Object(vec![
                    ("path".into(), Value::String(e.path.to_string())),
                    ("message".into(), Value::String(e.kind.to_string())),
                ])
            })
            .collect(),
    )
}

fn parse_ws(input: &JsValue) -> Result<scorecard_engine::Workspace, Errors> {
    let text = read_text(input).map_err(|_| {
        Errors::one(
            scorecard_engine::path::JsonPath::root(),
            scorecard_engine::ErrorKind::WrongType {
                expected: scorecard_engine::error::Expected::Object,
                found: "other",
            },
        )
    })?;
    parse::parse_workspace(&text)
}

/// `validate(workspace)` → `{ok: true}` or `{ok: false, errors: [{path, message}]}`.
fn validate(input: JsValue) -> JsValue {
    let v = match parse_ws(&input) {
        Ok(_) => Value::Object(vec![("ok".into(), Value::Bool(true))]),
        Err(e) => Value::Object(vec![
            ("ok".into(), Value::Bool(false)),
            ("errors".into(), errors_value(&e)),
        ]),
    };
    to_js(&v)
}

/// `score(workspace, {period, scenario})` → the results object; throws `{errors}` on bad input.
fn score_js(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let ws = parse_ws(&input)
        .map_err(|e| to_js(&Value::Object(vec![("errors".into(), errors_value(&e))])))?;
    let get = |k: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
    };
    let period = match get("period") {
        Some(p) => PeriodChoice::from_word(&p),
        None => PeriodChoice::Period(default_period(&ws).unwrap_or("").to_string()),
    };
    let q = Query {
        period,
        scenario: get("scenario").filter(|s| !s.is_empty()),
    };
    let rs = score(&ws, &q).map_err(|e| JsValue::from_str(&e.to_string()))?;
    // The results file's text, streamed, then the browser's own JSON.parse: far faster for a
    // large set than building the object field by field across the wasm boundary.
    js_sys::JSON::parse(&results_json(&ws, &rs))
}

/// Installs `window.scorecard`.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&api, &JsValue::from_str(k), v);
    };
    set("version", &JsValue::from_str(scorecard_engine::version()));
    let validate_fn = Closure::<dyn Fn(JsValue) -> JsValue>::new(validate);
    set("validate", validate_fn.as_ref());
    validate_fn.forget();
    let score_fn = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(score_js);
    set("score", score_fn.as_ref());
    score_fn.forget();
    let _ = js_sys::Reflect::set(&window, &JsValue::from_str("scorecard"), &api);
}
