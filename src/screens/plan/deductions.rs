//! The negative list (S3.3, §5): deduction levels (id, name, share of the baseline,
//! special review, veto) and the cap.

use crate::hooks::use_app;
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::dimensions::confirm;
use crate::screens::plan::doc::{setting_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::toggle::PlanToggle;
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::{Edit, Setting};
use scorecard_engine::json::Value;
use yew::prelude::*;

/// The deductions section's body.
#[function_component(PlanDeductions)]
pub fn plan_deductions() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let deductions = setting_path("deductions");
    let levels = match app.doc.at(&deductions.key("levels")) {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    let add = {
        let app = app.clone();
        let name = t.new_level;
        Callback::from(move |_| {
            app.dispatch(Action::Edit(Edit::AddLevel {
                name: name.to_string(),
            }))
        })
    };
    html! {
        <DefaultsGate setting={Setting::Deductions}>
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
                        let lpath = deductions.key("levels").index(i);
                        let name = text_of(l, "name");
                        let id = text_of(l, "id");
                        let rename = {
                            let app = app.clone();
                            let id = id.clone();
                            Callback::from(move |new: String| {
                                app.dispatch(Action::Edit(Edit::RenameLevel { id: id.clone(), new }))
                            })
                        };
                        let remove = {
                            let app = app.clone();
                            let ask = t.confirm_remove_level.replace("{name}", &name);
                            Callback::from(move |_| {
                                if confirm(&ask) {
                                    app.dispatch(Action::Edit(Edit::RemoveLevel { id: id.clone() }));
                                }
                            })
                        };
                        html! {
                            <tr>
                                <td><PlanField path={lpath.key("id")} label={format!("{name} · {}", t.level_id)} hide_label=true on_commit={rename} narrow=true /></td>
                                <td><PlanField path={lpath.key("name")} label={format!("{name} · {}", t.level_name)} hide_label=true /></td>
                                <td><PlanField path={lpath.key("pct")} label={format!("{name} · {}", t.pct)} hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true /></td>
                                <td><PlanToggle path={lpath.key("special_review")} label={format!("{name} · {}", t.special_review)} hide_label=true /></td>
                                <td><PlanToggle path={lpath.key("veto")} label={format!("{name} · {}", t.veto)} hide_label=true /></td>
                                <td>
                                    <button class="icon" onclick={remove} aria-label={format!("{} {name}", t.remove_level)} title={t.remove_level}>{ "×" }</button>
                                    <PathErrors path={lpath.to_string()} exact=true />
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            <PathErrors path="plan.deductions.levels" exact=true />
            <button class="small" onclick={add}>{ "+ " }{ t.add_level }</button>
            <PlanField path={deductions.key("cap")} label={t.cap} kind={FieldKind::NullablePercent} suffix="%"
                narrow=true help={t.cap_help} placeholder={t.none_set} />
        </DefaultsGate>
    }
}
