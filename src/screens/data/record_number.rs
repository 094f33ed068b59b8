//! A number of the record editor (a coefficient or the closed-items count): one labelled
//! input with its hint and errors.

use crate::hooks::use_app;
use crate::screens::data::field::{error_id, errors_at, on_record_input, FieldErrors};
use crate::screens::data::record_errors::{record_number_field, within};
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use yew::prelude::*;

/// Props of [`RecordNumber`].
#[derive(Properties, PartialEq)]
pub struct RecordNumberProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
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
    let Some(app) = use_app() else {
        return html! {};
    };
    let key = p.key_name;
    let whole = p.whole;
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let record = rec.and_then(|i| app.doc.at(&edit::record_path(i)));
    let field = record_number_field(key);
    let path = rec.map(|i| within(&edit::record_path(i), &field));
    let errors = errors_at(&app, path.as_ref());
    let err_id = path
        .as_ref()
        .map(|x| error_id(&x.to_string()))
        .unwrap_or_default();
    let invalid = !errors.is_empty();
    let hint_id = format!("hint-{key}");
    let described = if invalid {
        format!("{hint_id} {err_id}")
    } else {
        hint_id.clone()
    };
    let to_value: fn(&str) -> Option<Value> = if whole {
        edit::typed_whole
    } else {
        edit::typed_value
    };
    let oninput = on_record_input(&app, &p.unit, &p.period, field.clone(), to_value);
    let input_id = format!("record-{key}");
    html! {
        <div class="number-field">
            <label for={input_id.clone()}>{ p.label }</label>
            <input id={input_id} type="text"
                inputmode={if whole { "numeric" } else { "decimal" }}
                value={edit::value_text(record.and_then(|r| r.at(&field)))} {oninput}
                placeholder={if whole { "0" } else { "1" }}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described}
                data-testid={format!("record-{key}")} />
            <span class="help" id={hint_id}>{ p.hint.clone() }</span>
            <FieldErrors errors={errors} id={err_id} lang={app.lang} />
        </div>
    }
}
