//! A cell of a person's row, typed or chosen straight into the document, with its errors:
//! the id, months in post and personal score as text inputs; the post and status as a
//! `<select>` of the known words (an unknown stored word stays visible). Leaving
//! secondment drops the host unit in the same undo step.

use crate::hooks::{on_action, use_app};
use crate::screens::data::field::{as_text, on_doc_input, on_doc_select, selected, FieldCheck};
use crate::state::Action;
use crate::widgets::options::options_keeping;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::model::Status;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// The post words, in the order offered.
pub const POSTS: [&str; 3] = ["technical", "management", "service"];
/// The status words, in the order offered.
pub const STATUSES: [&str; 3] = ["regular", "new", "seconded"];

/// The status of a word in files (`None` for a word that is none of them).
pub fn status_of(word: &str) -> Option<Status> {
    [Status::Regular, Status::New, Status::Seconded]
        .into_iter()
        .find(|s| s.as_str() == word)
}

/// What a person's cell holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CellKind {
    /// Text kept as typed.
    Text,
    /// A whole number.
    Whole,
    /// A decimal.
    Decimal,
    /// One of [`POSTS`].
    Post,
    /// One of [`STATUSES`].
    Status,
}

impl CellKind {
    /// What the person's field `key` holds.
    pub fn of(key: &str) -> Self {
        match key {
            "months_in_post" => CellKind::Whole,
            "personal" => CellKind::Decimal,
            "post" => CellKind::Post,
            "status" => CellKind::Status,
            _ => CellKind::Text,
        }
    }

    /// The words offered, for a chosen (not typed) field.
    pub fn words(self) -> Option<&'static [&'static str]> {
        match self {
            CellKind::Post => Some(&POSTS),
            CellKind::Status => Some(&STATUSES),
            _ => None,
        }
    }

    /// The input's `inputmode`.
    pub fn mode(self) -> &'static str {
        match self {
            CellKind::Whole => "numeric",
            CellKind::Decimal => "decimal",
            _ => "text",
        }
    }

    /// How typed text becomes the stored value.
    pub fn to_value(self) -> fn(&str) -> Option<Value> {
        match self {
            CellKind::Whole => edit::typed_whole,
            CellKind::Decimal => edit::typed_value,
            _ => as_text,
        }
    }
}

/// Props of [`PersonField`].
#[derive(Properties, PartialEq)]
pub struct PersonFieldProps {
    /// Index in the document's `people`.
    pub index: usize,
    /// The field (its [`CellKind`] follows from it).
    pub key_name: &'static str,
    /// Accessible label.
    pub label: String,
    /// The stored value as text.
    pub value: String,
}

/// The cell.
#[function_component(PersonField)]
pub fn person_field(p: &PersonFieldProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let (i, k, kind) = (p.index, p.key_name, CellKind::of(p.key_name));
    let path = JsonPath::root().key("people").index(i).key(k);
    let check = FieldCheck::at(&app, Some(&path));
    let testid = format!("person-{i}-{k}");
    let control = match kind.words() {
        None => html! {
            <input type="text" inputmode={kind.mode()} class={k}
                value={p.value.clone()}
                oninput={on_doc_input(&app, path, kind.to_value())}
                aria-label={p.label.clone()}
                aria-invalid={check.aria_invalid()}
                aria-describedby={check.described()}
                data-testid={testid} />
        },
        Some(words) => {
            let c = app.lang.common();
            let name_of = |w: &str| {
                if kind == CellKind::Status {
                    c.status(w)
                } else {
                    c.post(w)
                }
            };
            let choices = words
                .iter()
                .map(|w| (w.to_string(), name_of(w).to_string()))
                .collect();
            // Only the known statuses can be chosen: an unknown stored word is shown as the
            // current choice, and choosing it again is no change.
            let onchange = if kind == CellKind::Status {
                on_action(&app, move |e: Event| {
                    let status = status_of(&selected(&e))?;
                    Some(Action::Edit(Edit::SetPersonStatus { index: i, status }))
                })
            } else {
                on_doc_select(&app, path)
            };
            html! {
                <select {onchange} aria-label={p.label.clone()} data-testid={testid}
                    aria-invalid={check.aria_invalid()}>
                    { options_keeping(&p.value, &p.value, choices) }
                </select>
            }
        }
    };
    html! {
        <td>
            { control }
            { check.view(app.lang) }
        </td>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_field_and_choose_the_keyboard_and_the_conversion() {
        assert_eq!(CellKind::of("id"), CellKind::Text);
        assert_eq!(CellKind::of("months_in_post").mode(), "numeric");
        assert_eq!(CellKind::of("status").words(), Some(&STATUSES[..]));
        assert_eq!(CellKind::of("personal").words(), None);
        assert_eq!(CellKind::Text.to_value()(" a "), Some(Value::str(" a ")));
        assert_eq!(CellKind::Whole.to_value()("3"), edit::typed_whole("3"));
        assert_eq!(
            CellKind::Decimal.to_value()("1.5"),
            edit::typed_value("1.5")
        );
        assert_eq!(status_of("seconded"), Some(Status::Seconded));
        assert_eq!(status_of("retired"), None);
    }
}
