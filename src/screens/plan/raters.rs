//! Survey (360°, §2) and expert-panel (§3) settings: the rating scale and rater-group
//! weights; the criteria weights (with their live total), trim and trim_min.

use crate::hooks::use_app;
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::doc::{checked_plan, setting_path};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::weight_map::PlanWeightMap;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Setting;
use scorecard_engine::edit::WeightMap;
use yew::prelude::*;

/// Props of [`PlanRaters`].
#[derive(Properties, PartialEq)]
pub struct PlanRatersProps {
    /// `true`: the expert panel; `false`: the 360° survey.
    #[prop_or_default]
    pub panel: bool,
}

/// The survey or panel section's body.
#[function_component(PlanRaters)]
pub fn plan_raters(p: &PlanRatersProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    if !p.panel {
        let survey = setting_path("survey");
        let groups = vec![
            ("superior", t.group_superior),
            ("peer", t.group_peer),
            ("subordinate", t.group_subordinate),
        ];
        return html! {
            <DefaultsGate setting={Setting::Survey}>
                <fieldset class="row">
                    <legend>{ t.scale }</legend>
                    <PlanField path={survey.key("scale").index(0)} label={t.scale_low} kind={FieldKind::Decimal} narrow=true />
                    <span class="dash" aria-hidden="true">{ "–" }</span>
                    <PlanField path={survey.key("scale").index(1)} label={t.scale_high} kind={FieldKind::Decimal} narrow=true />
                    <PathErrors path="plan.survey.scale" exact=true />
                    <p class="help">{ t.scale_help }</p>
                </fieldset>
                <PlanWeightMap map={WeightMap::SurveyGroups} legend={t.groups} names={groups}
                    new_label={t.new_group} add_label={t.add_group} testid="survey-groups" />
                <p class="help">{ t.groups_help }</p>
                <PathErrors path="plan.survey" exact=true />
            </DefaultsGate>
        };
    }
    let panel = setting_path("panel");
    let criteria = vec![
        ("feasibility", t.crit_feasibility),
        ("promotion", t.crit_promotion),
        ("benefit", t.crit_benefit),
    ];
    let sum = checked_plan(&app.doc).1.panel_sum;
    html! {
        <DefaultsGate setting={Setting::Panel}>
            <PlanWeightMap map={WeightMap::PanelCriteria} legend={t.criteria} names={criteria}
                new_label={t.new_criterion} add_label={t.add_criterion} sum={Some(sum)} testid="panel-criteria" />
            <div class="row">
                <PlanField path={panel.key("trim")} label={t.trim} kind={FieldKind::Whole} narrow=true />
                <PlanField path={panel.key("trim_min")} label={t.trim_min} kind={FieldKind::Whole} narrow=true />
            </div>
            <PathErrors path="plan.panel" exact=true />
            <p class="help">{ t.trim_help }</p>
        </DefaultsGate>
    }
}
