//! The appeal form's unit and period pickers (label and select pairs of the form's grid).

use crate::hooks::use_workspace;
use crate::widgets::options::options;
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
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_appeals();
    html! {
        <>
        <label for="appeal-unit">{ t.unit }</label>
        <select id="appeal-unit" data-testid="appeal-unit" onchange={p.on_unit.clone()}>
            { options(ws.units.iter().map(|u| (u.id.as_str(), u.name.as_str())), &p.unit) }
        </select>
        <label for="appeal-period">{ t.period }</label>
        <select id="appeal-period" data-testid="appeal-period" onchange={p.on_period.clone()}>
            { options(ws.plan.periods.iter().map(|x| (x.id.as_str(), x.name.as_str())), &p.period) }
        </select>
        </>
    }
}
