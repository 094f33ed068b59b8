//! The receipt's charts: a radar of the unit's dimensions against the cohort mean, and its
//! trend over the cycle and its history.

use crate::chart_geom::plot;
use crate::format::{pub2, pub2_or};
use crate::hooks::use_app;
use crate::screens::results::receipt::parts::{cohort_mean, for_unit, UnitProps};
use crate::screens::results::receipt::radar_chart::{RadarAxis, RadarChart};
use crate::screens::results::receipt::trend_chart::{TrendChart, TrendDot};
use scorecard_engine::report;
use yew::prelude::*;

/// The charts section.
#[function_component(ReceiptCharts)]
pub fn receipt_charts(p: &UnitProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    for_unit(&app, &p.unit, |ws, rs, u| {
        let t = app.lang.receipt();
        let c = app.lang.common();
        let means = report::dimension_means(ws, rs);
        let axes: Vec<RadarAxis> = ws
            .plan
            .dimensions
            .iter()
            .map(|d| {
                let mine = u
                    .dimensions
                    .iter()
                    .find(|(id, _)| *id == d.id)
                    .map(|(_, s)| *s);
                let mean = cohort_mean(&means, &d.id);
                RadarAxis {
                    name: d.name.clone(),
                    unit: mine.map(plot),
                    unit_text: pub2_or(mine, c.none),
                    mean: mean.map(plot),
                    mean_text: pub2_or(mean, c.none),
                }
            })
            .collect();
        let current = app.period.as_word().to_string();
        let dots: Vec<TrendDot> = report::trend(ws, &rs.query, &p.unit)
            .unwrap_or_default()
            .into_iter()
            .map(|pt| TrendDot {
                current: pt.period == current,
                label: pt.name,
                value: pt.score.map(plot),
                text: pt
                    .score
                    .map(pub2)
                    .unwrap_or_else(|| t.not_scored.to_string()),
                history: pt.history,
            })
            .collect();
        html! {
            <section class="receipt-section receipt-charts">
                <div>
                    <h3>{ t.radar }</h3>
                    <RadarChart title={t.radar} legend={vec![t.radar_unit.into(), t.radar_mean.into()]} items={axes} />
                </div>
                <div>
                    <h3>{ t.trend }</h3>
                    <TrendChart title={t.trend} legend={vec![t.trend_history.into(), t.trend_cycle.into()]} items={dots} />
                </div>
            </section>
        }
    })
}
