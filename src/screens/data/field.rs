//! Inline validation for input fields: the engine's errors at (or under) a field's JSON
//! path, shown next to it in the user's language, plus the small helpers every data-entry
//! field uses (reading an input's text or choice, storing it in the document).

use crate::hooks::{on_action, AppContext};
use crate::i18n::{errors::kind_text, Lang};
use crate::state::Action;
use crate::widgets::path_errors::dom_id;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::Error;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The errors at `path` or inside it.
pub fn errors_under(errors: &[Error], path: &JsonPath) -> Vec<Error> {
    errors
        .iter()
        .filter(|e| e.path.starts_with(path))
        .cloned()
        .collect()
}

/// The errors under `path` of the current document, or none when there is no path (a field
/// of a record that does not exist yet cannot be wrong).
pub fn errors_at(app: &AppContext, path: Option<&JsonPath>) -> Vec<Error> {
    path.map(|p| errors_under(&app.doc_errors, p))
        .unwrap_or_default()
}

/// A stable element id for the errors of a field, distinct for distinct paths.
pub fn error_id(path: &str) -> String {
    dom_id("err-", path)
}

/// The error id of the field at `path` (empty without a path).
pub fn path_error_id(path: Option<&JsonPath>) -> String {
    path.map(|p| error_id(&p.to_string())).unwrap_or_default()
}

/// The text of the `<input>` an event came from.
pub fn input_text(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The text of the `<input>` a change event came from.
pub fn changed_text(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The chosen value of the `<select>` a change event came from.
pub fn selected(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// A callback that stores what is typed into an input at `path` of the document, converted
/// by `to_value` (`None` removes the field).
pub fn on_doc_input(
    app: &AppContext,
    path: JsonPath,
    to_value: fn(&str) -> Option<Value>,
) -> Callback<InputEvent> {
    on_action(app, move |e: InputEvent| {
        Some(Action::Typed(Edit::SetField {
            at: path.clone(),
            value: to_value(&input_text(&e)),
        }))
    })
}

/// A `<select>` change that stores the chosen word at `path` of the document.
pub fn on_doc_select(app: &AppContext, path: JsonPath) -> Callback<Event> {
    on_action(app, move |e: Event| {
        Some(Action::Edit(Edit::SetField {
            at: path.clone(),
            value: Some(Value::str(selected(&e))),
        }))
    })
}

/// Keeps the text as typed (names and notes may be empty).
pub fn as_text(text: &str) -> Option<Value> {
    Some(Value::str(text))
}

/// The engine's errors of one field and the element id they are shown under.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct FieldCheck {
    /// The errors at the field's path or inside it.
    pub errors: Vec<Error>,
    /// The id of their list (empty without a path).
    pub id: String,
}

impl FieldCheck {
    /// The check of the field at `path` of the current document (none without a path).
    pub fn at(app: &AppContext, path: Option<&JsonPath>) -> Self {
        FieldCheck {
            errors: errors_at(app, path),
            id: path_error_id(path),
        }
    }

    /// The check of the field at `path` among `errors` (a part of the document's errors that
    /// holds every error under `path`), for a component that gets them through its props.
    pub fn among(errors: &[Error], path: Option<&JsonPath>) -> Self {
        FieldCheck {
            errors: path.map(|p| errors_under(errors, p)).unwrap_or_default(),
            id: path_error_id(path),
        }
    }

    /// Whether the field has errors.
    pub fn invalid(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The field's `aria-invalid`.
    pub fn aria_invalid(&self) -> Option<&'static str> {
        self.invalid().then_some("true")
    }

    /// The field's `aria-describedby`: its errors, when it has any.
    pub fn described(&self) -> Option<String> {
        self.invalid().then(|| self.id.clone())
    }

    /// The errors, under the field.
    pub fn view(&self, lang: Lang) -> Html {
        html! { <FieldErrors errors={self.errors.clone()} id={self.id.clone()} {lang} /> }
    }
}

/// Props of [`FieldErrors`].
#[derive(Properties, PartialEq)]
pub struct FieldErrorsProps {
    /// The errors to show (nothing is rendered when empty).
    pub errors: Vec<Error>,
    /// Element id, for the field's `aria-describedby`.
    pub id: AttrValue,
    /// Language.
    pub lang: Lang,
}

/// The errors of one field, under it, announced as they appear.
#[function_component(FieldErrors)]
pub fn field_errors(p: &FieldErrorsProps) -> Html {
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="field-error" id={p.id.clone()} role="alert" data-testid="field-error">
            { for p.errors.iter().map(|e| html! { <div>{ kind_text(p.lang, &e.kind) }</div> }) }
        </div>
    }
}
