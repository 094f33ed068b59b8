//! A unit's dimension scores against the cohort mean, as a hand-written SVG radar chart.

use crate::chart_geom::{radar_point, radar_polygon};
use crate::screens::results::chart_frame::{chart_label, legend_keys, ChartFrame, ChartProps};
use yew::prelude::*;

/// One axis: a dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    /// The dimension's name.
    pub name: String,
    /// The unit's published score (plot coordinate), if it has one.
    pub unit: Option<f64>,
    /// The unit's score as published text.
    pub unit_text: String,
    /// The cohort mean (plot coordinate), if any.
    pub mean: Option<f64>,
    /// The mean as published text.
    pub mean_text: String,
}

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 290.0;
const CX: f64 = 210.0;
const C: f64 = 145.0;
const R: f64 = 92.0;
const MAX: f64 = 100.0;

/// Rings at 20-point steps, one axis per dimension, the mean dashed under the unit; the
/// legend: the unit, the mean.
#[function_component(RadarChart)]
pub fn radar_chart(p: &ChartProps<RadarAxis>) -> Html {
    let n = p.items.len();
    let ring = |level: f64| radar_polygon(&vec![level; n], MAX, CX, C, R);
    let unit: Vec<f64> = p.items.iter().map(|a| a.unit.unwrap_or(0.0)).collect();
    let mean: Vec<f64> = p.items.iter().map(|a| a.mean.unwrap_or(0.0)).collect();
    let label = chart_label(
        &p.title,
        p.items
            .iter()
            .map(|a| format!("{} {} / {}", a.name, a.unit_text, a.mean_text)),
        "; ",
    );
    let legend = legend_keys(&["unit", "mean"], &p.legend);
    html! {
        <ChartFrame kind="radar" width={WIDTH} height={HEIGHT} {label} {legend}>
            { for [20.0, 40.0, 60.0, 80.0, 100.0].into_iter().map(|l| html! {
                <polygon class="ring" points={ring(l)} />
            }) }
            { for p.items.iter().enumerate().map(|(i, a)| {
                let (x, y) = radar_point(i, n, MAX, MAX, CX, C, R);
                let (lx, ly) = radar_point(i, n, MAX, MAX, CX, C, R + 14.0);
                let anchor = if (lx - CX).abs() < 1.0 { "middle" } else if lx > CX { "start" } else { "end" };
                html! {
                    <g>
                        <line class="spoke" x1={CX.to_string()} y1={C.to_string()}
                            x2={format!("{x:.1}")} y2={format!("{y:.1}")} />
                        <text class="axis-label" x={format!("{lx:.1}")} y={format!("{:.1}", ly + 4.0)}
                            text-anchor={anchor}>{ &a.name }</text>
                    </g>
                }
            }) }
            <polygon class="mean" points={radar_polygon(&mean, MAX, CX, C, R)} />
            <polygon class="unit" points={radar_polygon(&unit, MAX, CX, C, R)} />
            { for unit.iter().enumerate().map(|(i, v)| {
                let (x, y) = radar_point(i, n, *v, MAX, CX, C, R);
                html! { <circle class="unit-dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3" /> }
            }) }
        </ChartFrame>
    }
}
