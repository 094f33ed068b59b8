//! A person's post or status cell: a `<select>` of the known words (an unknown stored word
//! stays visible). Leaving secondment drops the host unit in the same undo step.

use crate::hooks::use_app;
use crate::screens::data::field::{error_id, errors_at, selected, FieldErrors};
use crate::state::Action;
use scorecard_engine::edit::Edit;
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

/// Props of [`PersonSelect`].
#[derive(Properties, PartialEq)]
pub struct PersonSelectProps {
    /// Index in the document's `people`.
    pub index: usize,
    /// `"post"` or `"status"`.
    pub key_name: &'static str,
    /// Accessible label.
    pub label: String,
    /// The stored word.
    pub current: String,
}

/// The cell.
#[function_component(PersonSelect)]
pub fn person_select(p: &PersonSelectProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let c = app.lang.common();
    let k = p.key_name;
    let is_status = k == "status";
    let words: &[&'static str] = if is_status { &STATUSES } else { &POSTS };
    let index = p.index;
    let path = JsonPath::root().key("people").index(index).key(k);
    let onchange = {
        let app = app.clone();
        let path = path.clone();
        Callback::from(move |e: Event| {
            let v = selected(&e);
            if !is_status {
                app.dispatch(Action::Edit(Edit::SetField {
                    at: path.clone(),
                    value: Some(Value::str(v)),
                }));
            } else if let Some(status) = status_of(&v) {
                // Leaving secondment drops the host unit in the same step (the engine's
                // edit). Only the known words can be chosen: an unknown stored word is
                // shown as the current choice, and choosing it again is no change.
                app.dispatch(Action::Edit(Edit::SetPersonStatus { index, status }));
            }
        })
    };
    let errors = errors_at(&app, Some(&path));
    let current = p.current.as_str();
    let name_of = |w: &str| if is_status { c.status(w) } else { c.post(w) };
    html! {
        <td>
            <select {onchange} aria-label={p.label.clone()} data-testid={format!("person-{}-{k}", p.index)}
                aria-invalid={(!errors.is_empty()).then_some("true")}>
                if !words.contains(&current) {
                    <option value={current.to_string()} selected=true>{ current }</option>
                }
                { for words.iter().map(|w| html! {
                    <option value={*w} selected={*w == current}>{ name_of(w) }</option>
                }) }
            </select>
            <FieldErrors errors={errors} id={error_id(&path.to_string())} lang={app.lang} />
        </td>
    }
}
