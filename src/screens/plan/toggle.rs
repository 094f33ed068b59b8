//! A yes/no setting of the plan, bound to a JSON path: a checkbox writing `true`/`false`
//! as a field edit, with the engine's errors at that path.

use crate::hooks::{on_action, use_app};
use crate::screens::plan::field::{field_help, field_label};
use crate::screens::plan::field_value::Bound;
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`PlanToggle`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlanToggleProps {
    /// JSON path of the boolean.
    pub path: JsonPath,
    /// Label.
    pub label: AttrValue,
    /// The value in force when the document has none.
    #[prop_or_default]
    pub default: bool,
    /// Label for screen readers only.
    #[prop_or_default]
    pub hide_label: bool,
    /// A help line.
    #[prop_or_default]
    pub help: AttrValue,
}

/// A bound checkbox.
#[function_component(PlanToggle)]
pub fn plan_toggle(p: &PlanToggleProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let path = p.path.clone();
    let checked = match app.doc.at(&path) {
        Some(Value::Bool(b)) => *b,
        _ => p.default,
    };
    let Bound {
        path: path_text,
        invalid,
        ids,
    } = Bound::new(&app.doc_errors, &path, false, &p.help, "");
    let onchange = on_action(&app, move |e: Event| {
        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
        Some(Action::Edit(Edit::SetField {
            at: path.clone(),
            value: Some(Value::Bool(on)),
        }))
    });
    html! {
        <div class={classes!("field", "toggle", invalid.then_some("invalid"))}>
            <input id={ids.id.clone()} type="checkbox" {checked} {onchange} data-path={path_text.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={ids.described} />
            { field_label(&ids.id, &p.label, p.hide_label) }
            <PathErrors path={path_text} id={ids.err_id} />
            { field_help(&p.help, ids.help_id) }
        </div>
    }
}
