//! The cycle's periods (§7): id, name, weight in the annual composite (with the live
//! total); add, remove, reorder. Renaming an id renames it in the data.

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::dimensions::confirm;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::json::Value;
use scorecard_engine::plan_check::check_plan;
use yew::prelude::*;

/// A document edit that may be called off (a declined confirmation).
type Edit = std::rc::Rc<dyn Fn(&Value) -> Option<Value>>;

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
    let edit = |f: Edit| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(doc) = f(&app.doc) {
                app.dispatch(Action::Replace { doc });
            }
        })
    };
    let add = {
        let name = t.new_period;
        edit(std::rc::Rc::new(move |d: &Value| {
            Some(plan_edit::add_period(d, name))
        }))
    };
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
                        let ppath = format!("plan.periods[{i}]");
                        let name = p.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
                        let rename = {
                            let app = app.clone();
                            Callback::from(move |new: String| {
                                app.dispatch(Action::Replace { doc: plan_edit::rename_period(&app.doc, i, &new) })
                            })
                        };
                        let up = edit(std::rc::Rc::new(move |d: &Value| Some(plan_edit::move_item(d, "plan.periods", i, true))));
                        let down = edit(std::rc::Rc::new(move |d: &Value| Some(plan_edit::move_item(d, "plan.periods", i, false))));
                        let remove = {
                            let template = t.confirm_remove_period.replace("{name}", &name);
                            edit(std::rc::Rc::new(move |d: &Value| {
                                let ask = template.replace("{n}", &plan_edit::records_in_period(d, i).to_string());
                                confirm(&ask).then(|| {
                                    let mut out = d.clone();
                                    out.remove_at(&scorecard_engine::path::JsonPath::parse("plan.periods").unwrap_or_default().index(i));
                                    out
                                })
                            }))
                        };
                        html! {
                            <tr>
                                <td class="num">{ i + 1 }</td>
                                <td><PlanField path={format!("{ppath}.id")} label={format!("{name} · {}", t.period_id)} hide_label=true on_commit={rename} narrow=true /></td>
                                <td><PlanField path={format!("{ppath}.name")} label={format!("{name} · {}", t.period_name)} hide_label=true /></td>
                                <td><PlanField path={format!("{ppath}.weight")} label={format!("{name} · {}", t.period_weight)} hide_label=true
                                    kind={FieldKind::Percent} suffix="%" narrow=true describedby="periods-sum" /></td>
                                <td class="actions">
                                    <button class="icon" onclick={up} disabled={i == 0} aria-label={format!("{} {name}", t.move_up)} title={t.move_up}>{ "↑" }</button>
                                    <button class="icon" onclick={down} disabled={i + 1 >= n} aria-label={format!("{} {name}", t.move_down)} title={t.move_down}>{ "↓" }</button>
                                    <button class="icon" onclick={remove} disabled={n <= 1} aria-label={format!("{} {name}", t.remove_period)} title={t.remove_period}>{ "×" }</button>
                                    <PathErrors path={ppath.clone()} exact=true />
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
