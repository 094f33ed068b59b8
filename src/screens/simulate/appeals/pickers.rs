//! The appeal form's unit and period pickers (label and select pairs of the form's grid).

use crate::hooks::use_workspace;
use yew::prelude::*;

/// Props of [`AppealPickers`].
#[derive(Properties, PartialEq)]
pub struct AppealPickersProps {
    /// The unit shown.
    pub unit: AttrValue,
    /// The period shown.
    pub period: AttrValue,
    /// Called when another unit is picked.
    pub on_unit: Callback<Event>,
    /// Called when another period is picked.
    pub on_period: Callback<Event>,
}

/// The pickers.
#[function_component(AppealPickers)]
pub fn appeal_pickers(p: &AppealPickersProps) -> Html {
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.sim_appeals();
    html! {
        <>
        <label for="appeal-unit">{ t.unit }</label>
        <select id="appeal-unit" data-testid="appeal-unit" onchange={p.on_unit.clone()}>
            { for ws.units.iter().map(|u| html! {
                <option value={u.id.clone()} selected={u.id.as_str() == p.unit.as_str()}>{ &u.name }</option>
            }) }
        </select>
        <label for="appeal-period">{ t.period }</label>
        <select id="appeal-period" data-testid="appeal-period" onchange={p.on_period.clone()}>
            { for ws.plan.periods.iter().map(|x| html! {
                <option value={x.id.clone()} selected={x.id.as_str() == p.period.as_str()}>{ &x.name }</option>
            }) }
        </select>
        </>
    }
}
