//! The self-assessment's unit and period pickers, and the scenario it scores under.

use crate::hooks::use_workspace;
use crate::widgets::options::options;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`SelfPickers`].
#[derive(Properties, PartialEq)]
pub struct SelfPickersProps {
    /// The unit shown.
    pub unit: AttrValue,
    /// The period shown.
    pub period: AttrValue,
    /// The name of the scenario scored under.
    pub scenario_name: AttrValue,
    /// Called with a chosen unit id.
    pub on_unit: Callback<String>,
    /// Called with a chosen period id.
    pub on_period: Callback<String>,
}

/// The pickers row.
#[function_component(SelfPickers)]
pub fn self_pickers(p: &SelfPickersProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let on_unit = p
        .on_unit
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let on_period = p
        .on_period
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="form-row sim-pickers">
            <label>
                <span>{ t.unit }</span>
                <select data-testid="self-unit" onchange={on_unit}>
                    { options(ws.units.iter().map(|u| (u.id.as_str(), u.name.as_str())), &p.unit) }
                </select>
            </label>
            <label>
                <span>{ t.period }</span>
                <select data-testid="self-period" onchange={on_period}>
                    { options(ws.plan.periods.iter().map(|x| (x.id.as_str(), x.name.as_str())), &p.period) }
                </select>
            </label>
            <span class="muted">{ t.under }{ p.scenario_name.clone() }</span>
        </div>
    }
}
