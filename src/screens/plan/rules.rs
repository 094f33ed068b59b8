//! Data and scoring rules: audit tolerance (§1.2), missing-data policy (§1.3) and cohort
//! (§1.1), each choice with a one-line explanation; the maximum score (§5) and whether the
//! core must weigh the most (§4).

use crate::hooks::use_app;
use crate::screens::plan::doc::setting_path;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::select::PlanSelect;
use crate::screens::plan::toggle::PlanToggle;
use scorecard_engine::json::Value;
use yew::prelude::*;

/// The rules section's body.
#[function_component(PlanRules)]
pub fn plan_rules() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    // A choice of the file's words and, under it, every word with its one-line explanation,
    // the one in force marked.
    let choice = |key: &str,
                  label: &'static str,
                  default: &'static str,
                  choices: &[(&'static str, &'static str, &'static str)]| {
        let current = app
            .doc
            .get("plan")
            .and_then(|p| p.get(key))
            .and_then(Value::as_str)
            .unwrap_or(default);
        let options: Vec<_> = choices.iter().map(|(w, name, _)| (*w, *name)).collect();
        html! {
            <div class="choice">
                <PlanSelect path={setting_path(key)} {label} {default} {options} />
                <ul class="choice-help">
                    { for choices.iter().map(|(w, name, help)| html! {
                        <li class={classes!((*w == current).then_some("chosen"))}>
                            <strong>{ *name }{ t.colon }</strong>{ *help }
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="rules">
            <div class="row">
                <PlanField path={setting_path("audit_tolerance")} label={t.audit_tolerance} kind={FieldKind::Percent}
                    suffix="%" narrow=true help={t.audit_help} placeholder="5" />
            </div>
            <div class="row">
                { choice("missing", t.missing, "exclude", &[
                    ("exclude", t.missing_exclude, t.missing_exclude_help),
                    ("zero", t.missing_zero, t.missing_zero_help),
                ]) }
                { choice("cohort", t.cohort, "all", &[
                    ("all", t.cohort_all, t.cohort_all_help),
                    ("profile", t.cohort_profile, t.cohort_profile_help),
                ]) }
            </div>
            <div class="row">
                <PlanField path={setting_path("max_score")} label={t.max_score} kind={FieldKind::NullableDecimal}
                    suffix={t.points} narrow=true help={t.max_score_help} placeholder={t.none_set} />
                <PlanToggle path={setting_path("core_largest")} label={t.core_largest} default=true help={t.core_largest_help} />
            </div>
        </div>
    }
}
