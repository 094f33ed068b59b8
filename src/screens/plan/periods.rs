//! The cycle's periods (§7): id, name, weight in the annual composite (with the live
//! total); add, remove, reorder. Renaming an id renames it in the data.

use crate::hooks::use_app;
use crate::screens::plan::dimension_card::on_edit;
use crate::screens::plan::doc::{plan_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::edit::{records_in_period, Direction, Edit, Kind};
use scorecard_engine::json::Value;
use scorecard_engine::plan_check::check_plan;
use yew::prelude::*;

/// The periods section's body.
#[function_component(PlanPeriods)]
pub fn plan_periods() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let plan = app.doc.get("plan").cloned().unwrap_or(Value::Null);
    let periods = match plan.get("periods") {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    let sum = check_plan(&plan).period_sum;
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
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ t.period_id }</th>
                        <th scope="col">{ t.period_name }</th>
                        <th scope="col">{ t.period_weight }</th>
                        <th scope="col"><span class="visually-hidden">{ t.actions }</span></th>
                    </tr></thead>
                    <tbody>
                    { for periods.iter().enumerate().map(|(i, p)| {
                        let ppath = plan_path().key("periods").index(i);
                        let name = text_of(p, "name");
                        let id = text_of(p, "id");
                        let rename = {
                            let app = app.clone();
                            let id = id.clone();
                            Callback::from(move |new: String| {
                                app.dispatch(Action::Edit(Edit::RenamePeriod { id: id.clone(), new }))
                            })
                        };
                        let moved = |direction: Direction| Edit::Move { kind: Kind::Period, id: id.clone(), direction };
                        let up = on_edit(&app, moved(Direction::Up), None);
                        let down = on_edit(&app, moved(Direction::Down), None);
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
                                    <button class="icon" onclick={up} disabled={i == 0} aria-label={format!("{} {name}", t.move_up)} title={t.move_up}>{ "↑" }</button>
                                    <button class="icon" onclick={down} disabled={i + 1 >= n} aria-label={format!("{} {name}", t.move_down)} title={t.move_down}>{ "↓" }</button>
                                    <button class="icon" onclick={remove} disabled={n <= 1} aria-label={format!("{} {name}", t.remove_period)} title={t.remove_period}>{ "×" }</button>
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
