//! The dimensions (S3.1) and their indicators (S2.2): id, name, weight band, order (the
//! first is the core), and per indicator its weight and scoring method; the indicator
//! weights' live total per dimension.

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::method::PlanMethod;
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::json::Value;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use scorecard_engine::plan_check::check_plan;
use yew::prelude::*;

/// Asks the user to confirm (a native dialog: keyboard and screen-reader usable).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

fn items(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn text_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The dimensions section's body.
#[function_component(PlanDimensions)]
pub fn plan_dimensions() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let plan = app.doc.get("plan").cloned().unwrap_or(Value::Null);
    let dims = items(plan.get("dimensions"));
    let check = check_plan(&plan);
    let replace = |f: std::rc::Rc<dyn Fn(&Value) -> Value>, ask: Option<String>| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if ask.as_deref().is_some_and(|m| !confirm(m)) {
                return;
            }
            app.dispatch(Action::Replace { doc: f(&app.doc) });
        })
    };
    let n = dims.len();
    let add_dim = {
        let (name, ind) = (t.new_dimension, t.new_indicator);
        replace(
            std::rc::Rc::new(move |d: &Value| plan_edit::add_dimension(d, name, ind)),
            None,
        )
    };
    html! {
        <div class="dimensions">
            <p class="help core-help">{ t.core_help }</p>
            <PathErrors path="plan.dimensions" exact=true />
            { for dims.iter().enumerate().map(|(i, d)| {
                let dpath = format!("plan.dimensions[{i}]");
                let name = text_of(d, "name");
                let id = text_of(d, "id");
                let rename = {
                    let app = app.clone();
                    Callback::from(move |new: String| {
                        app.dispatch(Action::Replace { doc: plan_edit::rename_dimension(&app.doc, i, &new) })
                    })
                };
                let up = replace(std::rc::Rc::new(move |d: &Value| plan_edit::move_item(d, "plan.dimensions", i, true)), None);
                let down = replace(std::rc::Rc::new(move |d: &Value| plan_edit::move_item(d, "plan.dimensions", i, false)), None);
                let remove = replace(
                    std::rc::Rc::new(move |d: &Value| plan_edit::remove_dimension(d, i)),
                    Some(t.confirm_remove_dimension.replace("{name}", &name)),
                );
                let add_ind = {
                    let ind = t.new_indicator;
                    replace(std::rc::Rc::new(move |d: &Value| plan_edit::add_indicator(d, i, ind)), None)
                };
                let band_placeholder = |k: usize| {
                    let (lo, hi) = scorecard_engine::defaults::band_for(&id);
                    fraction_to_percent_text(if k == 0 { lo } else { hi })
                };
                let has_band = d.get("band").is_some();
                let inds = items(d.get("indicators"));
                let sum_id = format!("dim-{i}-sum");
                html! {
                    <article class={classes!("dimension", "card", (i == 0).then_some("core"))} data-dimension={id.clone()}>
                        <header class="dimension-head">
                            <h3>
                                <span class="ordinal">{ format!("{}.", i + 1) }</span>
                                { if name.is_empty() { id.clone() } else { name.clone() } }
                                if i == 0 {
                                    <span class="badge core" title={t.core_help}>{ t.core_badge }</span>
                                }
                            </h3>
                            <div class="actions">
                                <button class="icon" onclick={up} disabled={i == 0}
                                    aria-label={format!("{} {}", t.move_up, name)} title={t.move_up}>{ "↑" }</button>
                                <button class="icon" onclick={down} disabled={i + 1 >= n}
                                    aria-label={format!("{} {}", t.move_down, name)} title={t.move_down}>{ "↓" }</button>
                                <button class="danger small" onclick={remove} disabled={n <= 1}
                                    aria-label={format!("{} {}", t.remove_dimension, name)}>{ t.remove }</button>
                            </div>
                        </header>
                        <PathErrors path={dpath.clone()} exact=true />
                        <div class="row">
                            <PlanField path={format!("{dpath}.id")} label={t.dim_id} on_commit={rename} narrow=true />
                            <PlanField path={format!("{dpath}.name")} label={t.dim_name} />
                            <fieldset class="band">
                                <legend>{ t.band }</legend>
                                <PlanField path={format!("{dpath}.band[0]")} label={t.band_low} kind={FieldKind::Percent}
                                    suffix="%" narrow=true placeholder={has_band.then(AttrValue::default).unwrap_or_else(|| band_placeholder(0).into())} />
                                <span class="dash" aria-hidden="true">{ "–" }</span>
                                <PlanField path={format!("{dpath}.band[1]")} label={t.band_high} kind={FieldKind::Percent}
                                    suffix="%" narrow=true placeholder={has_band.then(AttrValue::default).unwrap_or_else(|| band_placeholder(1).into())} />
                                <PathErrors path={format!("{dpath}.band")} exact=true />
                                if !has_band {
                                    <p class="help">{ t.band_default }{ " " }{ format!("{}%–{}%", band_placeholder(0), band_placeholder(1)) }</p>
                                }
                            </fieldset>
                        </div>
                        <div class="table-wrap">
                            <table class="plan-table indicators">
                                <caption class="visually-hidden">{ format!("{} · {}", name, t.indicators) }</caption>
                                <thead><tr>
                                    <th scope="col">{ t.ind_id }</th>
                                    <th scope="col">{ t.ind_name }</th>
                                    <th scope="col">{ t.weight }</th>
                                    <th scope="col">{ t.method }</th>
                                    <th scope="col"><span class="visually-hidden">{ t.actions }</span></th>
                                </tr></thead>
                                <tbody>
                                { for inds.iter().enumerate().map(|(k, ind)| {
                                    let ipath = format!("{dpath}.indicators[{k}]");
                                    let iname = text_of(ind, "name");
                                    let rename = {
                                        let app = app.clone();
                                        Callback::from(move |new: String| {
                                            app.dispatch(Action::Replace { doc: plan_edit::rename_indicator(&app.doc, i, k, &new) })
                                        })
                                    };
                                    let remove = {
                                        let app = app.clone();
                                        let at = ipath.clone();
                                        let ask = t.confirm_remove_indicator.replace("{name}", &iname);
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
                                            <td><PlanField path={format!("{ipath}.id")} label={format!("{} · {}", iname, t.ind_id)}
                                                hide_label=true on_commit={rename} narrow=true /></td>
                                            <td><PlanField path={format!("{ipath}.name")} label={format!("{} · {}", iname, t.ind_name)} hide_label=true /></td>
                                            <td><PlanField path={format!("{ipath}.weight")} label={format!("{} · {}", iname, t.weight)}
                                                hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true describedby={sum_id.clone()} /></td>
                                            <td><PlanMethod indicator={ipath.clone()} name={iname.clone()} /></td>
                                            <td><button class="icon" onclick={remove} disabled={inds.len() <= 1}
                                                aria-label={format!("{} {}", t.remove_indicator, iname)} title={t.remove_indicator}>{ "×" }</button></td>
                                        </tr>
                                    }
                                }) }
                                </tbody>
                                <tfoot><tr>
                                    <th scope="row" colspan="2">{ t.indicator_sum }</th>
                                    <td colspan="3">
                                        if let Some(sum) = check.indicator_sums.get(i) {
                                            <WeightTotal sum={sum.clone()} id={sum_id.clone()} testid={format!("indicator-sum-{i}")} />
                                        }
                                        <PathErrors path={format!("{dpath}.indicators")} exact=true />
                                    </td>
                                </tr></tfoot>
                            </table>
                        </div>
                        <button class="small" onclick={add_ind}>{ "+ " }{ t.add_indicator }</button>
                    </article>
                }
            }) }
            <button onclick={add_dim}>{ "+ " }{ t.add_dimension }</button>
        </div>
    }
}
