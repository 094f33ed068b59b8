//! The negative list (S3.3, §5): deduction levels (id, name, share of the baseline,
//! special review, veto) and the cap.

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::dimensions::confirm;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::toggle::PlanToggle;
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// The deductions section's body.
#[function_component(PlanDeductions)]
pub fn plan_deductions() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let levels = match app
        .doc
        .at(&JsonPath::parse("plan.deductions.levels").unwrap_or_default())
    {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    let add = {
        let app = app.clone();
        let name = t.new_level;
        Callback::from(move |_| {
            app.dispatch(Action::Replace {
                doc: plan_edit::add_level(&app.doc, name),
            })
        })
    };
    html! {
        <DefaultsGate key_name="deductions">
            <div class="table-wrap">
                <table class="plan-table">
                    <caption class="visually-hidden">{ t.levels }</caption>
                    <thead><tr>
                        <th scope="col">{ t.level_id }</th>
                        <th scope="col">{ t.level_name }</th>
                        <th scope="col">{ t.pct }</th>
                        <th scope="col">{ t.special_review }</th>
                        <th scope="col">{ t.veto }</th>
                        <th scope="col"><span class="visually-hidden">{ t.actions }</span></th>
                    </tr></thead>
                    <tbody>
                    { for levels.iter().enumerate().map(|(i, l)| {
                        let lpath = format!("plan.deductions.levels[{i}]");
                        let name = l.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
                        let rename = {
                            let app = app.clone();
                            Callback::from(move |new: String| {
                                app.dispatch(Action::Replace { doc: plan_edit::rename_level(&app.doc, i, &new) })
                            })
                        };
                        let remove = {
                            let app = app.clone();
                            let ask = t.confirm_remove_level.replace("{name}", &name);
                            let at = lpath.clone();
                            Callback::from(move |_| {
                                if confirm(&ask) {
                                    if let Some(path) = JsonPath::parse(&at) {
                                        app.dispatch(Action::Remove { path });
                                    }
                                }
                            })
                        };
                        html! {
                            <tr>
                                <td><PlanField path={format!("{lpath}.id")} label={format!("{name} · {}", t.level_id)} hide_label=true on_commit={rename} narrow=true /></td>
                                <td><PlanField path={format!("{lpath}.name")} label={format!("{name} · {}", t.level_name)} hide_label=true /></td>
                                <td><PlanField path={format!("{lpath}.pct")} label={format!("{name} · {}", t.pct)} hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true /></td>
                                <td><PlanToggle path={format!("{lpath}.special_review")} label={format!("{name} · {}", t.special_review)} hide_label=true /></td>
                                <td><PlanToggle path={format!("{lpath}.veto")} label={format!("{name} · {}", t.veto)} hide_label=true /></td>
                                <td>
                                    <button class="icon" onclick={remove} aria-label={format!("{} {name}", t.remove_level)} title={t.remove_level}>{ "×" }</button>
                                    <PathErrors path={lpath.clone()} exact=true />
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            <PathErrors path="plan.deductions.levels" exact=true />
            <button class="small" onclick={add}>{ "+ " }{ t.add_level }</button>
            <PlanField path="plan.deductions.cap" label={t.cap} kind={FieldKind::NullablePercent} suffix="%"
                narrow=true help={t.cap_help} placeholder={t.none_set} />
        </DefaultsGate>
    }
}
