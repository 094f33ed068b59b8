//! An indicator's scoring method (§1): the kind, and the parameters that kind has —
//! linear worst/best, the bands list, min-max/z-score direction; direct, survey and panel
//! have none (a note says where their score comes from).

use crate::hooks::{on_action, use_app};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::method_bands::MethodBands;
use crate::screens::plan::select::PlanSelect;
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::{Edit, MethodKind};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PlanMethod`].
#[derive(Properties, PartialEq)]
pub struct PlanMethodProps {
    /// JSON path of the indicator (`plan.dimensions[i].indicators[k]`).
    pub path: JsonPath,
    /// The indicator's id.
    pub indicator: AttrValue,
    /// The indicator's name, for accessible labels.
    pub name: AttrValue,
}

/// The method editor of one indicator.
#[function_component(PlanMethod)]
pub fn plan_method(p: &PlanMethodProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let mpath = p.path.key("method");
    let method = app.doc.at(&mpath).cloned();
    let kind = method
        .as_ref()
        .and_then(|m| m.get("kind"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let indicator = p.indicator.to_string();
    let on_kind = on_action(&app, move |word: String| {
        // Only the kinds offered can be chosen (an unknown word in the file is shown as the
        // current choice, and choosing it again is no change).
        let kind = MethodKind::from_word(&word)?;
        Some(Action::Edit(Edit::SetMethod {
            indicator: indicator.clone(),
            kind,
        }))
    });
    let options = vec![
        ("linear", t.method_linear),
        ("bands", t.method_bands),
        ("minmax", t.method_minmax),
        ("zscore", t.method_zscore),
        ("direct", t.method_direct),
        ("survey", t.method_survey),
        ("panel", t.method_panel),
    ];
    let label = |what: &str| format!("{} · {what}", p.name);
    let params = match kind.as_str() {
        "linear" => html! {
            <div class="params row">
                <PlanField path={mpath.key("worst")} label={t.worst} kind={FieldKind::Decimal} narrow=true />
                <PlanField path={mpath.key("best")} label={t.best} kind={FieldKind::Decimal} narrow=true />
                <p class="help">{ t.linear_help }</p>
            </div>
        },
        "bands" => {
            let count = match method.as_ref().and_then(|m| m.get("bands")) {
                Some(Value::Array(items)) => items.len(),
                _ => 0,
            };
            html! { <MethodBands method={mpath.clone()} indicator={p.indicator.clone()} {count} /> }
        }
        "minmax" | "zscore" => html! {
            <div class="params">
                <PlanSelect path={mpath.key("better")} label={label(t.better)} hide_label=true
                    default="higher" options={vec![("higher", t.higher), ("lower", t.lower)]} />
                <p class="help">{ t.cohort_note }</p>
            </div>
        },
        "direct" => html! { <p class="help params">{ t.no_params_direct }</p> },
        "survey" => html! { <p class="help params">{ t.no_params_survey }</p> },
        "panel" => html! { <p class="help params">{ t.no_params_panel }</p> },
        _ => html! {},
    };
    html! {
        <div class="method">
            <PlanSelect path={mpath.key("kind")} label={label(t.method)} hide_label=true
                options={options} on_choose={on_kind} />
            <PathErrors path={mpath.to_string()} exact=true />
            { params }
        </div>
    }
}
