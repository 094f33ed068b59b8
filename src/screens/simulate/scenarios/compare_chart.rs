//! The slope chart of the comparison: the plan's ranks against one scenario's, with the
//! scenario picker and the legend.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::compare_summary::ComparisonProps;
use crate::screens::simulate::scenarios::compare_text::slope_lines;
use crate::screens::simulate::scenarios::slope_chart::{Move, SlopeChart};
use crate::screens::simulate::support::unit_name;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The chart card.
#[function_component(CompareChart)]
pub fn compare_chart(p: &ComparisonProps) -> Html {
    let chart = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let Some(Ok(cmp)) = p.comparison.as_ref() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let scenarios: Vec<(String, String)> = ws
        .scenarios
        .iter()
        .zip(&cmp.scenarios)
        .map(|(s, _)| (s.id.clone(), s.name.clone()))
        .collect();
    // The chart: the plan against one scenario.
    let chart_pos = chart
        .as_ref()
        .and_then(|id| scenarios.iter().position(|s| &s.0 == id))
        .unwrap_or(0);
    let chart_name = scenarios
        .get(chart_pos)
        .map(|s| s.1.clone())
        .unwrap_or_default();
    let lines = slope_lines(cmp, chart_pos, |id| unit_name(&ws, id));
    let count = |m: Move| {
        lines
            .iter()
            .filter(|l| Move::of(l) == m)
            .count()
            .to_string()
    };
    let chart_summary = fill(
        t.chart_label,
        &[
            ("scenario", &chart_name),
            ("up", &count(Move::Up)),
            ("down", &count(Move::Down)),
            ("same", &count(Move::Same)),
        ],
    );
    let on_chart = {
        let chart = chart.clone();
        Callback::from(move |e: Event| {
            chart.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };

    let [legend_up, legend_down, legend_same] = t.legend;
    html! {
    <section class="slope card">
        <div class="slope-head">
            <h4>{ t.chart_heading }</h4>
            <label>
                <span>{ t.chart_scenario }</span>
                <select onchange={on_chart} data-testid="chart-scenario">
                    { for scenarios.iter().enumerate().map(|(k, (id, name))| html! {
                        <option value={id.clone()} selected={k == chart_pos}>{ name }</option>
                    }) }
                </select>
            </label>
            <ul class="legend" aria-hidden="true">
                <li class="up">{ legend_up }</li>
                <li class="down">{ legend_down }</li>
                <li class="same">{ legend_same }</li>
            </ul>
        </div>
        <SlopeChart lines={lines} left={t.chart_left} right={chart_name.clone()} summary={chart_summary} />
    </section>
    }
}
