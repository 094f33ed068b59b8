//! A `<select>` of the document's units storing the chosen id at a path (a person's unit or
//! host unit); an unknown or empty current id stays visible as the first option.

use crate::hooks::use_app;
use crate::screens::data::field::on_doc_select;
use crate::screens::data::rows::DocUnit;
use crate::widgets::options::options_keeping;
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
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let current = p.current.as_str();
    let shown = if current.is_empty() {
        t.choose
    } else {
        current
    };
    let units = p
        .units
        .iter()
        .map(|u| (u.id.clone(), u.name.clone()))
        .collect();
    html! {
        <select onchange={on_doc_select(&app, p.path.clone())} aria-label={p.label.clone()} data-testid={p.testid.clone()}>
            { options_keeping(current, shown, units) }
        </select>
    }
}
