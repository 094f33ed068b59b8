//! A choice among the words of the file format (`floor`/`ceil`/`round` …), bound to a JSON
//! path: shows the document's word, writes the chosen one as a field edit (or hands it to
//! `on_choose`), and shows the engine's errors at that path.

use crate::hooks::{on_action, use_app};
use crate::screens::plan::field::{field_help, field_label};
use crate::screens::plan::field_value::Bound;
use crate::state::Action;
use crate::widgets::options::options_keeping;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`PlanSelect`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlanSelectProps {
    /// JSON path of the word.
    pub path: JsonPath,
    /// Label.
    pub label: AttrValue,
    /// The choices: (word in the file, text shown).
    pub options: Vec<(&'static str, &'static str)>,
    /// The word in force when the document has none.
    #[prop_or_default]
    pub default: AttrValue,
    /// Label for screen readers only.
    #[prop_or_default]
    pub hide_label: bool,
    /// Instead of setting the word, hand it to this.
    #[prop_or_default]
    pub on_choose: Option<Callback<String>>,
    /// A help line under the choice.
    #[prop_or_default]
    pub help: AttrValue,
}

/// A bound select.
#[function_component(PlanSelect)]
pub fn plan_select(p: &PlanSelectProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let path = p.path.clone();
    let current = app
        .doc
        .at(&path)
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| p.default.to_string());
    let Bound {
        path: path_text,
        invalid,
        ids,
    } = Bound::new(&app.doc_errors, &path, false, &p.help, "");
    let on_choose = p.on_choose.clone();
    let onchange = on_action(&app, move |e: Event| {
        let word = e.target_unchecked_into::<HtmlSelectElement>().value();
        match &on_choose {
            Some(cb) => {
                cb.emit(word);
                None
            }
            None => Some(Action::Edit(Edit::SetField {
                at: path.clone(),
                value: Some(Value::String(word)),
            })),
        }
    });
    let choices = p
        .options
        .iter()
        .map(|(w, text)| (w.to_string(), text.to_string()))
        .collect();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            { field_label(&ids.id, &p.label, p.hide_label) }
            <select id={ids.id.clone()} {onchange} data-path={path_text.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={ids.described}>
                { options_keeping(&current, &current, choices) }
            </select>
            <PathErrors path={path_text} id={ids.err_id} />
            { field_help(&p.help, ids.help_id) }
        </div>
    }
}
