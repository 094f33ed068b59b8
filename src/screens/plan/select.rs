//! A choice among the words of the file format (`floor`/`ceil`/`round` …), bound to a JSON
//! path: shows the document's word, writes the chosen one as a field edit (or hands it to
//! `on_choose`), and shows the engine's errors at that path.

use crate::hooks::use_app;
use crate::screens::plan::field_value::FieldIds;
use crate::state::Action;
use crate::widgets::path_errors::{dom_id, errors_at, PathErrors};
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
    let Some(app) = use_app() else {
        return html! {};
    };
    let path = p.path.clone();
    let path_text = path.to_string();
    let current = app
        .doc
        .at(&path)
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| p.default.to_string());
    let invalid = !errors_at(&app.doc_errors, &path_text, false).is_empty();
    let FieldIds {
        id,
        err_id,
        help_id,
        described,
    } = FieldIds::new(dom_id("f-", &path_text), invalid, !p.help.is_empty(), "");
    let onchange = {
        let app = app.clone();
        let on_choose = p.on_choose.clone();
        Callback::from(move |e: Event| {
            let word = e.target_unchecked_into::<HtmlSelectElement>().value();
            match &on_choose {
                Some(cb) => cb.emit(word),
                None => app.dispatch(Action::Edit(Edit::SetField {
                    at: path.clone(),
                    value: Some(Value::String(word)),
                })),
            }
        })
    };
    let known = p.options.iter().any(|(w, _)| *w == current);
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()} class={classes!(p.hide_label.then_some("visually-hidden"))}>
                { p.label.clone() }
            </label>
            <select id={id.clone()} {onchange} data-path={path_text.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described}>
                if !known {
                    <option value={current.clone()} selected=true>{ current.clone() }</option>
                }
                { for p.options.iter().map(|(w, text)| html! {
                    <option value={*w} selected={*w == current}>{ *text }</option>
                }) }
            </select>
            <PathErrors path={path_text} id={err_id} />
            if !p.help.is_empty() {
                <p class="help" id={help_id}>{ p.help.clone() }</p>
            }
        </div>
    }
}
