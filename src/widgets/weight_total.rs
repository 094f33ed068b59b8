//! The live total of a weight list: "100%" when it is exactly 1, else the total and the
//! shortfall or excess, all from the engine's exact sum ([`scorecard_engine::plan_check`]).

use crate::hooks::use_app;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::plan_check::{SumStatus, WeightSum};
use yew::prelude::*;

/// Props of [`WeightTotal`].
#[derive(Properties, PartialEq)]
pub struct WeightTotalProps {
    /// The sum.
    pub sum: WeightSum,
    /// Element id (inputs of the list point at it with `aria-describedby`).
    #[prop_or_default]
    pub id: AttrValue,
    /// `data-testid`.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// The total.
#[function_component(WeightTotal)]
pub fn weight_total(p: &WeightTotalProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let total = format!("{}%", fraction_to_percent_text(p.sum.sum));
    let gap = match p.sum.status() {
        SumStatus::Exact => None,
        SumStatus::Short(x) => Some(t.sum_short.replace("{x}", &fraction_to_percent_text(x))),
        SumStatus::Over(x) => Some(t.sum_over.replace("{x}", &fraction_to_percent_text(x))),
    };
    let unreadable = (p.sum.unreadable > 0).then(|| {
        t.sum_unreadable
            .replace("{n}", &p.sum.unreadable.to_string())
    });
    let ok = p.sum.is_one();
    let id = (!p.id.is_empty()).then(|| p.id.clone());
    let testid = (!p.testid.is_empty()).then(|| p.testid.clone());
    html! {
        <span class={classes!("weight-total", if ok { "ok" } else { "bad" })} {id}
            data-testid={testid} data-ok={ok.to_string()}>
            <span class="mark" aria-hidden="true">{ if ok { "✓" } else { "⚠" } }</span>
            <strong>{ total }</strong>
            if let Some(g) = gap { <span class="gap">{ " · " }{ g }</span> }
            if let Some(u) = unreadable { <span class="gap">{ " · " }{ u }</span> }
        </span>
    }
}
