//! A `<select>` of the document's units storing the chosen id at a path (a person's unit or
//! host unit); an unknown or empty current id stays visible as the first option.

use crate::hooks::use_app;
use crate::screens::data::field::selected;
use crate::screens::data::rows::DocUnit;
use crate::state::Action;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`UnitSelect`].
#[derive(Properties, PartialEq)]
pub struct UnitSelectProps {
    /// The id stored now.
    pub current: String,
    /// Where the chosen id is stored.
    pub path: JsonPath,
    /// Accessible label.
    pub label: String,
    /// `data-testid`.
    pub testid: String,
    /// The units offered.
    pub units: Vec<DocUnit>,
}

/// The select.
#[function_component(UnitSelect)]
pub fn unit_select(p: &UnitSelectProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let onchange = {
        let path = p.path.clone();
        Callback::from(move |e: Event| {
            app.dispatch(Action::Edit(Edit::SetField {
                at: path.clone(),
                value: Some(Value::str(selected(&e))),
            }))
        })
    };
    let current = p.current.as_str();
    html! {
        <select {onchange} aria-label={p.label.clone()} data-testid={p.testid.clone()}>
            if !p.units.iter().any(|u| u.id == current) {
                <option value={current.to_string()} selected=true>{ if current.is_empty() { t.choose } else { current } }</option>
            }
            { for p.units.iter().map(|u| html! {
                <option value={u.id.clone()} selected={u.id == current}>{ &u.name }</option>
            }) }
        </select>
    }
}
