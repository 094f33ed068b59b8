//! The negative list (S3.3, §5): deduction levels (id, name, share of the baseline,
//! special review, veto) and the cap.

use crate::hooks::{on_edit, on_rename, use_app};
use crate::screens::plan::defaults_gate::DefaultsGate;
use crate::screens::plan::doc::{items, setting_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::toggle::PlanToggle;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::table::{head_row, IconButton};
use scorecard_engine::edit::{Edit, Setting};
use yew::prelude::*;

/// The deductions section's body.
#[function_component(PlanDeductions)]
pub fn plan_deductions() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let deductions = setting_path("deductions");
    let levels = items(app.doc.at(&deductions.key("levels")));
    let add = on_edit(
        &app,
        Edit::AddLevel {
            name: t.new_level.to_string(),
        },
        None,
    );
    html! {
        <DefaultsGate setting={Setting::Deductions}>
            <div class="table-wrap">
                <table class="plan-table">
                    <caption class="visually-hidden">{ t.levels }</caption>
                    { head_row(&[t.level_id, t.level_name, t.pct, t.special_review, t.veto], t.actions) }
                    <tbody>
                    { for levels.iter().enumerate().map(|(i, l)| {
                        let lpath = deductions.key("levels").index(i);
                        let name = text_of(l, "name");
                        let id = text_of(l, "id");
                        let rename = on_rename(&app, &id, |id, new| Edit::RenameLevel { id, new });
                        let ask = t.confirm_remove_level.replace("{name}", &name);
                        let remove = on_edit(&app, Edit::RemoveLevel { id }, Some(ask));
                        html! {
                            <tr>
                                <td><PlanField path={lpath.key("id")} label={format!("{name} · {}", t.level_id)} hide_label=true on_commit={rename} narrow=true /></td>
                                <td><PlanField path={lpath.key("name")} label={format!("{name} · {}", t.level_name)} hide_label=true /></td>
                                <td><PlanField path={lpath.key("pct")} label={format!("{name} · {}", t.pct)} hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true /></td>
                                <td><PlanToggle path={lpath.key("special_review")} label={format!("{name} · {}", t.special_review)} hide_label=true /></td>
                                <td><PlanToggle path={lpath.key("veto")} label={format!("{name} · {}", t.veto)} hide_label=true /></td>
                                <td>
                                    { IconButton::acting_on("×", t.remove_level, &name).view(remove) }
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
