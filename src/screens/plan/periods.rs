//! The cycle's periods (§7): id, name, weight in the annual composite (with the live
//! total); add, remove, reorder. Renaming an id renames it in the data.

use crate::hooks::{on_edit, on_rename, use_app};
use crate::screens::plan::doc::{checked_plan, items, plan_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::move_buttons::move_buttons;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::table::{head_row, IconButton};
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::edit::{records_in_period, Edit, Kind};
use yew::prelude::*;

/// The periods section's body.
#[function_component(PlanPeriods)]
pub fn plan_periods() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (plan, check) = checked_plan(&app.doc);
    let periods = items(plan.get("periods"));
    let sum = check.period_sum;
    let n = periods.len();
    let add = on_edit(
        &app,
        Edit::AddPeriod {
            name: t.new_period.to_string(),
        },
        None,
    );
    html! {
        <div class="periods">
            <p class="help">{ t.periods_help }</p>
            <div class="table-wrap">
                <table class="plan-table">
                    <caption class="visually-hidden">{ t.sec_periods }</caption>
                    { head_row(&["#", t.period_id, t.period_name, t.period_weight], t.actions) }
                    <tbody>
                    { for periods.iter().enumerate().map(|(i, p)| {
                        let ppath = plan_path().key("periods").index(i);
                        let name = text_of(p, "name");
                        let id = text_of(p, "id");
                        let rename = on_rename(&app, &id, |id, new| Edit::RenamePeriod { id, new });
                        let ask = t
                            .confirm_remove_period
                            .replace("{name}", &name)
                            .replace("{n}", &records_in_period(&app.doc, &id).to_string());
                        let remove = on_edit(&app, Edit::RemovePeriod { id: id.clone() }, Some(ask));
                        html! {
                            <tr>
                                <td class="num">{ i + 1 }</td>
                                <td><PlanField path={ppath.key("id")} label={format!("{name} · {}", t.period_id)} hide_label=true on_commit={rename} narrow=true /></td>
                                <td><PlanField path={ppath.key("name")} label={format!("{name} · {}", t.period_name)} hide_label=true /></td>
                                <td><PlanField path={ppath.key("weight")} label={format!("{name} · {}", t.period_weight)} hide_label=true
                                    kind={FieldKind::Percent} suffix="%" narrow=true describedby="periods-sum" /></td>
                                <td class="actions">
                                    { move_buttons(&app, Kind::Period, &id, &name, i, n) }
                                    { IconButton::acting_on("×", t.remove_period, &name).disabled(n <= 1).view(remove) }
                                    <PathErrors path={ppath.to_string()} exact=true />
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row" colspan="3">{ t.total }</th>
                        <td colspan="2">
                            <WeightTotal sum={sum} id="periods-sum" testid="periods-sum" />
                            <PathErrors path="plan.periods" exact=true />
                        </td>
                    </tr></tfoot>
                </table>
            </div>
            <button onclick={add}>{ "+ " }{ t.add_period }</button>
        </div>
    }
}
