//! The plan against every scenario (§8): per unit the score, rank and grade under each, the
//! changes, the grade lines and Excellent quota crossed (from the engine's
//! `simulate::compare`), and a slope chart of the ranks.

use crate::hooks::use_app;
use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use crate::screens::simulate::scenarios::slope_chart::{Move, SlopeChart, SlopeLine};
use rust_decimal::Decimal;
use scorecard_engine::number::two_places;
use scorecard_engine::score::PeriodChoice;
use scorecard_engine::simulate::compare::{
    compare, Comparison, Direction, Line, ScenarioCell, Standing, UnitComparison,
};
use std::collections::BTreeMap;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A change with its sign: `+1.25`, `-0.50`, `0.00`.
fn signed(d: Decimal) -> String {
    let s = two_places(d);
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{s}")
    } else {
        s
    }
}

/// A rank change (positive: up): `↑2`, `↓1`, `0`.
fn rank_move(d: i64) -> String {
    match d.cmp(&0) {
        std::cmp::Ordering::Greater => format!("↑{d}"),
        std::cmp::Ordering::Less => format!("↓{}", d.unsigned_abs()),
        std::cmp::Ordering::Equal => "0".into(),
    }
}

fn line_name(t: &ScenarioTexts, l: Line) -> &'static str {
    let i = match l {
        Line::Excellent => 0,
        Line::Good => 1,
        Line::Pass => 2,
    };
    t.lines.get(i).copied().unwrap_or_default()
}

/// The crossings of a cell in words, each with its direction's class.
fn crossings(t: &ScenarioTexts, c: &ScenarioCell) -> Vec<(String, &'static str)> {
    let dir = |d: Direction| match d {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    let mut out: Vec<(String, &'static str)> = c
        .lines
        .iter()
        .map(|(l, d)| {
            let text = match d {
                Direction::Up => t.line_up,
                Direction::Down => t.line_down,
            };
            (fill(text, &[("line", line_name(t, *l))]), dir(*d))
        })
        .collect();
    if let Some(d) = c.quota {
        let text = match d {
            Direction::Up => t.quota_up,
            Direction::Down => t.quota_down,
        };
        out.push((text.to_string(), dir(d)));
    }
    out
}

/// The comparison.
#[function_component(SimCompare)]
pub fn sim_compare() -> Html {
    let only_changes = use_state(|| false);
    let chart = use_state(|| None::<String>);
    let app = use_app();
    let deps = app
        .as_ref()
        .map(|a| (a.workspace.clone(), a.period.clone()));
    let comparison = use_memo(deps, |d| {
        d.as_ref()
            .and_then(|(ws, p)| ws.as_ref().map(|ws| compare(ws, p, &[])))
    });
    let Some(app) = app else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let c = app.lang.common();
    let period = match &app.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(id) => ws
            .plan
            .periods
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let head = html! {
        <>
            <h3>{ t.compare_heading }</h3>
            <p class="help">{ fill(t.compare_help, &[("period", &period)]) }</p>
        </>
    };
    if ws.scenarios.is_empty() {
        return html! {
            <div class="sim-compare">{ head }<p class="empty" data-testid="compare-empty">{ t.nothing_to_compare }</p></div>
        };
    }
    let cmp: &Comparison = match comparison.as_ref() {
        Some(Ok(cmp)) => cmp,
        Some(Err(e)) => {
            return html! {
                <div class="sim-compare">{ head }<p class="banner danger" role="alert">{ t.compare_failed }{ " " }{ e.to_string() }</p></div>
            }
        }
        None => return html! {},
    };
    let names: BTreeMap<&str, &str> = ws
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    let name_of = |id: &str| names.get(id).copied().unwrap_or(id).to_string();
    let scenarios: Vec<(String, String, bool, u32)> = ws
        .scenarios
        .iter()
        .zip(&cmp.scenarios)
        .map(|(s, rs)| (s.id.clone(), s.name.clone(), rs.official, rs.quota))
        .collect();

    let grade_chip = |s: &Standing| {
        let g = s.grade.as_str();
        html! { <span class={classes!("grade", g)}>{ c.grade(g) }</span> }
    };
    let row = |u: &UnitComparison| {
        let changed = u.scenarios.iter().any(|x| x.grade_changed);
        html! {
            <tr data-unit={u.unit.clone()} class={classes!(changed.then_some("changed"))}>
                <th scope="row" class="unit">{ name_of(&u.unit) }</th>
                <td class="num strong" data-field="plan-score">{ two_places(u.plan.score) }</td>
                <td class="num" data-field="plan-rank">{ u.plan.rank }</td>
                <td data-field="plan-grade">{ grade_chip(&u.plan) }</td>
                { for u.scenarios.iter().map(|cell| match &cell.standing {
                    None => html! { <td colspan="5" class="muted group-start">{ t.not_scored }</td> },
                    Some(s) => {
                        let marks = crossings(t, cell);
                        html! {
                            <>
                                <td class="num strong group-start" data-field={format!("{}-score", cell.scenario)}>{ two_places(s.score) }</td>
                                <td class={classes!("num", "delta", cell.score_delta.map(|d| if d.is_sign_negative() && !d.is_zero() { "neg" } else if d.is_zero() { "zero" } else { "pos" }))}
                                    data-field={format!("{}-dscore", cell.scenario)}>
                                    { cell.score_delta.map(signed).unwrap_or_default() }
                                </td>
                                <td class="num" data-field={format!("{}-rank", cell.scenario)}>{ s.rank }</td>
                                <td class={classes!("num", "delta", cell.rank_delta.map(|d| if d > 0 { "pos" } else if d < 0 { "neg" } else { "zero" }))}
                                    data-field={format!("{}-drank", cell.scenario)}>
                                    { cell.rank_delta.map(rank_move).unwrap_or_default() }
                                </td>
                                <td class={classes!("grade-cell", (!marks.is_empty()).then_some("cross"))}
                                    data-field={format!("{}-grade", cell.scenario)}>
                                    { grade_chip(s) }
                                    { for marks.into_iter().map(|(m, dir)| html! { <span class={classes!("chip", "cross", dir)}>{ m }</span> }) }
                                </td>
                            </>
                        }
                    }
                }) }
            </tr>
        }
    };
    let shown: Vec<&UnitComparison> = if *only_changes {
        cmp.movers().collect()
    } else {
        cmp.units.iter().collect()
    };
    let on_only = {
        let only_changes = only_changes.clone();
        Callback::from(move |e: Event| {
            only_changes.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };

    // Summary per scenario: grade changes and quota.
    let summary = html! {
        <div class="summary compare-summary" data-testid="compare-summary">
            <div class="stat">
                <span>{ t.plan_group }</span>
                <strong>{ fill(t.summary_quota, &[("n", &cmp.plan.quota.to_string())]) }</strong>
            </div>
            { for scenarios.iter().enumerate().map(|(k, (_, name, official, quota))| {
                let n = cmp.units.iter().filter(|u| u.scenarios.get(k).is_some_and(|x| x.grade_changed)).count();
                html! {
                    <div class="stat">
                        <span>{ name }{ if *official { "" } else { " · " } }{ if *official { "" } else { t.unofficial_tag } }</span>
                        <strong>{ fill(t.summary_changes, &[("n", &n.to_string())]) }</strong>
                        <span>{ fill(t.summary_quota, &[("n", &quota.to_string())]) }</span>
                    </div>
                }
            }) }
        </div>
    };

    // The chart: the plan against one scenario.
    let chart_pos = chart
        .as_ref()
        .and_then(|id| scenarios.iter().position(|s| &s.0 == id))
        .unwrap_or(0);
    let chart_name = scenarios
        .get(chart_pos)
        .map(|s| s.1.clone())
        .unwrap_or_default();
    let lines: Vec<SlopeLine> = cmp
        .units
        .iter()
        .filter_map(|u| {
            let s = u.scenarios.get(chart_pos)?.standing?;
            Some(SlopeLine {
                id: u.unit.clone(),
                label: name_of(&u.unit),
                from: u.plan.rank,
                to: s.rank,
            })
        })
        .collect();
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
        <div class="sim-compare">
            { head }
            { summary }
            <label class="check">
                <input type="checkbox" checked={*only_changes} onchange={on_only} data-testid="compare-only" />
                { t.only_changes }
            </label>
            if *only_changes && shown.is_empty() {
                <p class="empty">{ t.no_changes }</p>
            }
            <div class="table-wrap">
                <table class="ranking compare" data-testid="compare-table">
                    <caption>{ t.table_caption }{ " · " }{ &period }</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ t.col_unit }</th>
                            <th scope="colgroup" colspan="3" class="group">{ t.plan_group }</th>
                            { for scenarios.iter().map(|(_, name, official, _)| html! {
                                <th scope="colgroup" colspan="5" class="group group-start">
                                    { name }
                                    if !official {
                                        <span class="chip bad">{ t.unofficial_tag }</span>
                                    }
                                </th>
                            }) }
                        </tr>
                        <tr>
                            <th scope="col">{ t.col_score }</th>
                            <th scope="col">{ t.col_rank }</th>
                            <th scope="col">{ t.col_grade }</th>
                            { for scenarios.iter().map(|_| html! {
                                <>
                                    <th scope="col" class="group-start">{ t.col_score }</th>
                                    <th scope="col">{ t.col_dscore }</th>
                                    <th scope="col">{ t.col_rank }</th>
                                    <th scope="col">{ t.col_drank }</th>
                                    <th scope="col">{ t.col_grade }</th>
                                </>
                            }) }
                        </tr>
                    </thead>
                    <tbody>{ for shown.into_iter().map(row) }</tbody>
                </table>
            </div>
            <section class="slope card">
                <div class="slope-head">
                    <h4>{ t.chart_heading }</h4>
                    <label>
                        <span>{ t.chart_scenario }</span>
                        <select onchange={on_chart} data-testid="chart-scenario">
                            { for scenarios.iter().enumerate().map(|(k, (id, name, _, _))| html! {
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
        </div>
    }
}
