//! A unit's published scores over time (history, then this cycle), as a hand-written SVG
//! line chart.

use crate::chart_geom::{scale_y, spread_x, ticks, value_range};
use crate::screens::results::chart_frame::{chart_label, legend_keys, ChartFrame, ChartProps};
use yew::prelude::*;

/// One point.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendDot {
    /// Label under the axis (period name).
    pub label: String,
    /// The score as a plot coordinate; `None`: not scored there.
    pub value: Option<f64>,
    /// The score as published text (or the "not scored" word).
    pub text: String,
    /// From history (earlier cycles).
    pub history: bool,
    /// The period being shown.
    pub current: bool,
}

const W: f64 = 420.0;
const H: f64 = 170.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 34.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 34.0;

/// The line joins the scored points (oldest first); a gap where the unit was not scored.
/// The legend: history, this cycle.
#[function_component(TrendChart)]
pub fn trend_chart(p: &ChartProps<TrendDot>) -> Html {
    let values: Vec<f64> = p.items.iter().filter_map(|d| d.value).collect();
    let (lo, hi) = value_range(&values);
    let n = p.items.len();
    let pw = W - LEFT - RIGHT;
    let ph = H - TOP - BOTTOM;
    let at = |i: usize, v: f64| (spread_x(i, n, LEFT, pw), scale_y(v, lo, hi, TOP, ph));
    // Runs of consecutive scored points become polylines.
    let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for (i, d) in p.items.iter().enumerate() {
        match d.value {
            Some(v) => {
                if let Some(run) = runs.last_mut() {
                    run.push(at(i, v));
                }
            }
            None => runs.push(Vec::new()),
        }
    }
    let label = chart_label(
        &p.title,
        p.items.iter().map(|d| format!("{} {}", d.label, d.text)),
        "; ",
    );
    let legend = legend_keys(&["history", "cycle"], &p.legend);
    html! {
        <ChartFrame kind="trend" width={W} height={H} {label} {legend}>
            { for ticks(lo, hi).into_iter().map(|v| {
                let y = scale_y(v, lo, hi, TOP, ph);
                html! {
                    <g class="grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()}
                            y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                        <text x={(LEFT - 4.0).to_string()} y={format!("{:.1}", y + 4.0)} text-anchor="end">{ format!("{v:.0}") }</text>
                    </g>
                }
            }) }
            { for runs.iter().filter(|r| r.len() > 1).map(|r| html! {
                <polyline class="line" points={r.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")} />
            }) }
            { for p.items.iter().enumerate().map(|(i, d)| {
                let x = spread_x(i, n, LEFT, pw);
                html! {
                    <g class={classes!("dot", d.history.then_some("history"), d.current.then_some("current"))}>
                        if let Some(v) = d.value {
                            <circle cx={format!("{x:.1}")} cy={format!("{:.1}", at(i, v).1)} r="4" />
                            <text class="value" x={format!("{x:.1}")} y={format!("{:.1}", at(i, v).1 - 8.0)} text-anchor="middle">{ &d.text }</text>
                        }
                        <text class="label" x={format!("{x:.1}")} y={format!("{:.1}", H - 12.0)} text-anchor="middle">{ &d.label }</text>
                    </g>
                }
            }) }
        </ChartFrame>
    }
}
