//! Coefficient ranges (S5.1.2) and the improvement bonus (S5.3).

use crate::hooks::use_app;
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::doc::setting_path;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Setting;
use yew::prelude::*;

/// Props of [`PlanCoefficients`].
#[derive(Properties, PartialEq)]
pub struct PlanCoefficientsProps {
    /// `true`: the bonus; `false`: the coefficient ranges.
    #[prop_or_default]
    pub bonus: bool,
}

/// The coefficients or bonus section's body.
#[function_component(PlanCoefficients)]
pub fn plan_coefficients(p: &PlanCoefficientsProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    if p.bonus {
        return html! {
            <DefaultsGate setting={Setting::Bonus}>
                <div class="row">
                    <PlanField path={setting_path("bonus").key("per_item")} label={t.per_item} kind={FieldKind::Decimal} suffix={t.points} narrow=true />
                    <PlanField path={setting_path("bonus").key("cap")} label={t.bonus_cap} kind={FieldKind::NullableDecimal} suffix={t.points}
                        narrow=true placeholder={t.none_set} />
                </div>
                <p class="help">{ t.bonus_cap_help }</p>
            </DefaultsGate>
        };
    }
    let range = |key: &'static str, legend: &'static str| {
        let range_path = setting_path("coefficients").key(key);
        html! {
            <fieldset class="row">
                <legend>{ legend }</legend>
                <PlanField path={range_path.index(0)} label={t.band_low} kind={FieldKind::Decimal} narrow=true />
                <span class="dash" aria-hidden="true">{ "–" }</span>
                <PlanField path={range_path.index(1)} label={t.band_high} kind={FieldKind::Decimal} narrow=true />
                <PathErrors path={range_path.to_string()} exact=true />
            </fieldset>
        }
    };
    html! {
        <DefaultsGate setting={Setting::Coefficients}>
            <div class="row">
                { range("coordination", t.coordination) }
                { range("risk", t.risk_coefficient) }
            </div>
            <p class="help">{ t.coefficients_help }</p>
        </DefaultsGate>
    }
}
