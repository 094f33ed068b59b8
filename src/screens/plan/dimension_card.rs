//! One dimension of the plan editor: its heading (ordinal, name, core badge) with move and
//! remove buttons, id, name and weight band, and the table of its indicators with their
//! weights' live total.

use crate::hooks::{on_edit, on_rename, use_app};
use crate::i18n::plan::PlanTexts;
use crate::screens::plan::doc::{default_band, items, plan_path, shown_name, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::indicator_row::IndicatorRow;
use crate::screens::plan::move_buttons::move_buttons;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::table::head_row;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::edit::{Edit, Kind};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::plan_check::WeightSum;
use yew::prelude::*;

/// Props of [`DimensionCard`].
#[derive(Properties, PartialEq)]
pub struct DimensionCardProps {
    /// Index of the dimension.
    pub index: usize,
    /// How many dimensions there are.
    pub count: usize,
    /// The dimension as the document has it.
    pub dim: Value,
    /// The sum of its indicator weights, when the check has one.
    pub sum: Option<WeightSum>,
}

/// The weight band inputs (the default band as placeholders when the dimension has none).
fn band_fields(t: &PlanTexts, dpath: &JsonPath, id: &str, has_band: bool) -> Html {
    let band = dpath.key("band");
    let (lo, hi) = default_band(id);
    let placeholder = |x: &str| {
        has_band
            .then(AttrValue::default)
            .unwrap_or_else(|| AttrValue::from(x.to_string()))
    };
    html! {
        <fieldset class="band">
            <legend>{ t.band }</legend>
            <PlanField path={band.index(0)} label={t.band_low} kind={FieldKind::Percent}
                suffix="%" narrow=true placeholder={placeholder(&lo)} />
            <span class="dash" aria-hidden="true">{ "–" }</span>
            <PlanField path={band.index(1)} label={t.band_high} kind={FieldKind::Percent}
                suffix="%" narrow=true placeholder={placeholder(&hi)} />
            <PathErrors path={band.to_string()} exact=true />
            if !has_band {
                <p class="help">{ t.band_default }{ " " }{ format!("{lo}%–{hi}%") }</p>
            }
        </fieldset>
    }
}

/// The dimension card.
#[function_component(DimensionCard)]
pub fn dimension_card(p: &DimensionCardProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (i, n, d) = (p.index, p.count, &p.dim);
    let dpath = plan_path().key("dimensions").index(i);
    let name = text_of(d, "name");
    let id = text_of(d, "id");
    let rename = on_rename(&app, &id, |id, new| Edit::RenameDimension { id, new });
    let remove = on_edit(
        &app,
        Edit::RemoveDimension { id: id.clone() },
        Some(t.confirm_remove_dimension.replace("{name}", &name)),
    );
    let add_ind = on_edit(
        &app,
        Edit::AddIndicator {
            dimension: id.clone(),
            name: t.new_indicator.to_string(),
        },
        None,
    );
    let inds = items(d.get("indicators"));
    let sum_id = format!("dim-{i}-sum");
    html! {
        <article class={classes!("dimension", "card", (i == 0).then_some("core"))} data-dimension={id.clone()}>
            <header class="dimension-head">
                <h3>
                    <span class="ordinal">{ format!("{}.", i + 1) }</span>
                    { shown_name(&name, &id) }
                    if i == 0 {
                        <span class="badge core" title={t.core_help}>{ t.core_badge }</span>
                    }
                </h3>
                <div class="actions">
                    { move_buttons(&app, Kind::Dimension, &id, &name, i, n) }
                    <button class="danger small" onclick={remove} disabled={n <= 1}
                        aria-label={format!("{} {}", t.remove_dimension, name)}>{ t.remove }</button>
                </div>
            </header>
            <PathErrors path={dpath.to_string()} exact=true />
            <div class="row">
                <PlanField path={dpath.key("id")} label={t.dim_id} on_commit={rename} narrow=true />
                <PlanField path={dpath.key("name")} label={t.dim_name} />
                { band_fields(t, &dpath, &id, d.get("band").is_some()) }
            </div>
            <div class="table-wrap">
                <table class="plan-table indicators">
                    <caption class="visually-hidden">{ format!("{} · {}", name, t.indicators) }</caption>
                    { head_row(&[t.ind_id, t.ind_name, t.weight, t.method], t.actions) }
                    <tbody>
                    { for inds.iter().enumerate().map(|(k, ind)| html! {
                        <IndicatorRow dim={i} index={k} indicator={ind.clone()}
                            removable={inds.len() > 1} sum_id={sum_id.clone()} />
                    }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row" colspan="2">{ t.indicator_sum }</th>
                        <td colspan="3">
                            if let Some(sum) = &p.sum {
                                <WeightTotal sum={sum.clone()} id={sum_id.clone()} testid={format!("indicator-sum-{i}")} />
                            }
                            <PathErrors path={dpath.key("indicators").to_string()} exact=true />
                        </td>
                    </tr></tfoot>
                </table>
            </div>
            <button class="small" onclick={add_ind}>{ "+ " }{ t.add_indicator }</button>
        </article>
    }
}
