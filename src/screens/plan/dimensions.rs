//! The dimensions (S3.1) and their indicators (S2.2): id, name, weight band, order (the
//! first is the core), and per indicator its weight and scoring method; the indicator
//! weights' live total per dimension.

use crate::hooks::{on_edit, use_app};
use crate::screens::plan::dimension_card::DimensionCard;
use crate::screens::plan::doc::{checked_plan, items};
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Edit;
use yew::prelude::*;

/// The dimensions section's body.
#[function_component(PlanDimensions)]
pub fn plan_dimensions() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (plan, check) = checked_plan(&app.doc);
    let dims = items(plan.get("dimensions"));
    let n = dims.len();
    let add_dim = on_edit(
        &app,
        Edit::AddDimension {
            name: t.new_dimension.to_string(),
            indicator_name: t.new_indicator.to_string(),
        },
        None,
    );
    html! {
        <div class="dimensions">
            <p class="help core-help">{ t.core_help }</p>
            <PathErrors path="plan.dimensions" exact=true />
            { for dims.iter().enumerate().map(|(i, d)| html! {
                <DimensionCard index={i} count={n} dim={d.clone()} sum={check.indicator_sums.get(i).cloned()} />
            }) }
            <button onclick={add_dim}>{ "+ " }{ t.add_dimension }</button>
        </div>
    }
}
