//! The grade distribution as a hand-written SVG bar chart (counts come from the engine).

use crate::chart_geom::bars;
use crate::screens::results::chart_frame::{chart_label, ChartFrame, ChartProps};
use yew::prelude::*;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeBar {
    /// The grade word (`excellent` …), used as the bar's class.
    pub word: &'static str,
    /// Its name in the user's language.
    pub label: &'static str,
    /// How many units.
    pub count: usize,
}

const W: f64 = 260.0;
const H: f64 = 120.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 20.0;

/// A bar per grade with its count above and its name below.
#[function_component(GradeChart)]
pub fn grade_chart(p: &ChartProps<GradeBar>) -> Html {
    let counts: Vec<usize> = p.items.iter().map(|b| b.count).collect();
    let rects = bars(&counts, 0.0, TOP, W, H - TOP - BOTTOM);
    let label = chart_label(
        &p.title,
        p.items.iter().map(|b| format!("{} {}", b.label, b.count)),
        ", ",
    );
    html! {
        <ChartFrame kind="grade" width={W} height={H} {label}>
            { for p.items.iter().zip(rects).map(|(b, r)| {
                let cx = r.centre_x();
                html! {
                    <g class={classes!("bar", b.word)} data-grade={b.word}>
                        <rect x={format!("{:.1}", r.x)} y={format!("{:.1}", r.y)}
                            width={format!("{:.1}", r.w)} height={format!("{:.1}", r.h)} rx="2" />
                        <text class="count" x={format!("{cx:.1}")} y={format!("{:.1}", r.y - 3.0)}
                            text-anchor="middle">{ b.count }</text>
                        <text class="label" x={format!("{cx:.1}")} y={format!("{:.1}", H - 5.0)}
                            text-anchor="middle">{ b.label }</text>
                    </g>
                }
            }) }
            <line class="axis" x1="0" x2={W.to_string()} y1={format!("{:.1}", H - BOTTOM)} y2={format!("{:.1}", H - BOTTOM)} />
        </ChartFrame>
    }
}
