//! A text cell of a person's row (id, months in post, personal score), typed straight into
//! the document, with its errors.

use crate::hooks::use_app;
use crate::screens::data::field::{as_text, error_id, errors_at, on_doc_input, FieldErrors};
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// What a person's text cell holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TextKind {
    /// Text kept as typed.
    Text,
    /// A whole number.
    Whole,
    /// A decimal.
    Decimal,
}

impl TextKind {
    /// The input's `inputmode`.
    pub fn mode(self) -> &'static str {
        match self {
            TextKind::Text => "text",
            TextKind::Whole => "numeric",
            TextKind::Decimal => "decimal",
        }
    }

    /// How typed text becomes the stored value.
    pub fn to_value(self) -> fn(&str) -> Option<Value> {
        match self {
            TextKind::Text => as_text,
            TextKind::Whole => edit::typed_whole,
            TextKind::Decimal => edit::typed_value,
        }
    }
}

/// Props of [`PersonText`].
#[derive(Properties, PartialEq)]
pub struct PersonTextProps {
    /// Index in the document's `people`.
    pub index: usize,
    /// The field.
    pub key_name: &'static str,
    /// Accessible label.
    pub label: String,
    /// The stored value as text.
    pub value: String,
    /// What it holds.
    pub kind: TextKind,
}

/// The cell.
#[function_component(PersonText)]
pub fn person_text(p: &PersonTextProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let k = p.key_name;
    let path = JsonPath::root().key("people").index(p.index).key(k);
    let errors = errors_at(&app, Some(&path));
    let err_id = error_id(&path.to_string());
    let invalid = !errors.is_empty();
    html! {
        <td>
            <input type="text" inputmode={p.kind.mode()} class={k.to_string()}
                value={p.value.clone()}
                oninput={on_doc_input(&app, path, p.kind.to_value())}
                aria-label={p.label.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| err_id.clone())}
                data-testid={format!("person-{}-{k}", p.index)} />
            <FieldErrors errors={errors} id={err_id} lang={app.lang} />
        </td>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_choose_the_keyboard_and_the_conversion() {
        assert_eq!(TextKind::Whole.mode(), "numeric");
        assert_eq!(TextKind::Text.to_value()(" a "), Some(Value::str(" a ")));
        assert_eq!(TextKind::Whole.to_value()("3"), edit::typed_whole("3"));
        assert_eq!(
            TextKind::Decimal.to_value()("1.5"),
            edit::typed_value("1.5")
        );
    }
}
