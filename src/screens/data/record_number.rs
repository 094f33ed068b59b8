//! A number of the record editor (a coefficient or the closed-items count): one labelled
//! input with its hint and errors.

use crate::hooks::use_app;
use crate::screens::data::field::FieldCheck;
use crate::screens::data::record_at::RecordAt;
use crate::screens::data::record_errors::record_number_field;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use yew::prelude::*;

/// Props of [`RecordNumber`].
#[derive(Properties, PartialEq)]
pub struct RecordNumberProps {
    /// The record.
    pub at: RecordAt,
    /// `coordination`, `risk` or `closed_items`.
    pub key_name: &'static str,
    /// Label.
    pub label: &'static str,
    /// Hint under the input.
    pub hint: String,
    /// A whole number (else a decimal).
    pub whole: bool,
}

/// The field.
#[function_component(RecordNumber)]
pub fn record_number(p: &RecordNumberProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let key = p.key_name;
    let whole = p.whole;
    let record = p.at.value(&app.doc);
    let field = record_number_field(key);
    let check = FieldCheck::at(&app, p.at.path(&field).as_ref());
    let hint_id = format!("hint-{key}");
    let described = match check.described() {
        Some(err_id) => format!("{hint_id} {err_id}"),
        None => hint_id.clone(),
    };
    let to_value: fn(&str) -> Option<Value> = if whole {
        edit::typed_whole
    } else {
        edit::typed_value
    };
    let oninput = p.at.on_input(&app.dispatcher(), field.clone(), to_value);
    let input_id = format!("record-{key}");
    html! {
        <div class="number-field">
            <label for={input_id.clone()}>{ p.label }</label>
            <input id={input_id} type="text"
                inputmode={if whole { "numeric" } else { "decimal" }}
                value={edit::value_text(record.and_then(|r| r.at(&field)))} {oninput}
                placeholder={if whole { "0" } else { "1" }}
                aria-invalid={check.aria_invalid()}
                aria-describedby={described}
                data-testid={format!("record-{key}")} />
            <span class="help" id={hint_id}>{ p.hint.clone() }</span>
            { check.view(app.lang) }
        </div>
    }
}
