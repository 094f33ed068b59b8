//! Grading (§6, S5.2): the Excellent share and quota rounding, the grade lines, the honour
//! minimum; and the warning thresholds (S4.2): progress lag in percentage points, score
//! drop in points, each yellow / orange / red.

use crate::hooks::use_app;
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::doc::setting_path;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::select::PlanSelect;
use crate::screens::plan::toggle::PlanToggle;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Setting;
use yew::prelude::*;

/// Props of [`PlanGrading`].
#[derive(Properties, PartialEq)]
pub struct PlanGradingProps {
    /// `true`: the warning thresholds; `false`: the grading settings.
    #[prop_or_default]
    pub warnings: bool,
}

/// The grading or warnings section's body.
#[function_component(PlanGrading)]
pub fn plan_grading(p: &PlanGradingProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let c = app.lang.common();
    if p.warnings {
        let row = |key: &'static str,
                   legend: &'static str,
                   kind: FieldKind,
                   suffix: &'static str| {
            html! {
                <fieldset class="row">
                    <legend>{ legend }</legend>
                    { for c.warnings.iter().enumerate().map(|(i, w)| html! {
                        <PlanField path={setting_path("warnings").key(key).index(i)} label={*w} kind={kind}
                            suffix={suffix} narrow=true class={classes!(["yellow", "orange", "red"].get(i).copied())} />
                    }) }
                    <PathErrors path={setting_path("warnings").key(key).to_string()} exact=true />
                </fieldset>
            }
        };
        return html! {
            <DefaultsGate setting={Setting::Warnings}>
                <div class="row">
                    { row("lag", t.lag, FieldKind::Percent, t.pp) }
                    { row("drop", t.drop, FieldKind::Decimal, t.points) }
                </div>
                <p class="help">{ t.warnings_help }</p>
            </DefaultsGate>
        };
    }
    let line = |key: &'static str, label: &'static str| {
        html! {
            <PlanField path={setting_path("grading").key(key)} label={label} kind={FieldKind::Decimal}
                suffix={t.points} narrow=true />
        }
    };
    html! {
        <DefaultsGate setting={Setting::Grading}>
            <div class="row">
                <PlanField path={setting_path("grading").key("excellent_share")} label={t.excellent_share} kind={FieldKind::Percent}
                    suffix="%" narrow=true />
                <PlanSelect path={setting_path("grading").key("quota_rounding")} label={t.quota_rounding} default="floor"
                    options={vec![("floor", t.floor), ("ceil", t.ceil), ("round", t.round)]} />
                <PlanToggle path={setting_path("grading").key("quota_min_one")} label={t.quota_min_one} default=true />
            </div>
            <div class="row">
                { line("excellent_min", t.excellent_min) }
                { line("good_min", t.good_min) }
                { line("pass_line", t.pass_line) }
                { line("severe_line", t.severe_line) }
                { line("honour_min", t.honour_min) }
            </div>
            <PathErrors path="plan.grading" exact=true />
            <p class="help">{ t.grading_help }</p>
        </DefaultsGate>
    }
}
