//! One unit's row of the comparison: its plan standing, then per scenario the score, rank
//! and grade with the changes and the lines crossed.

use crate::format::{rank_move, signed};
use crate::hooks::use_app;
use crate::screens::simulate::scenarios::compare_text::{crossings, rank_class, score_class};
use scorecard_engine::number::two_places;
use scorecard_engine::simulate::compare::{Standing, UnitComparison};
use yew::prelude::*;

/// Props of [`CompareRow`].
#[derive(Properties, PartialEq)]
pub struct CompareRowProps {
    /// The unit across the plan and the scenarios.
    pub unit: UnitComparison,
    /// Its name.
    pub name: AttrValue,
}

/// The row.
#[function_component(CompareRow)]
pub fn compare_row(p: &CompareRowProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let c = app.lang.common();
    let u = &p.unit;
    let grade_chip = |s: &Standing| {
        let g = s.grade.as_str();
        html! { <span class={classes!("grade", g)}>{ c.grade(g) }</span> }
    };
    let changed = u.scenarios.iter().any(|x| x.grade_changed);
    html! {
        <tr data-unit={u.unit.clone()} class={classes!(changed.then_some("changed"))}>
            <th scope="row" class="unit">{ p.name.clone() }</th>
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
                            <td class={classes!("num", "delta", cell.score_delta.map(score_class))}
                                data-field={format!("{}-dscore", cell.scenario)}>
                                { cell.score_delta.map(signed).unwrap_or_default() }
                            </td>
                            <td class="num" data-field={format!("{}-rank", cell.scenario)}>{ s.rank }</td>
                            <td class={classes!("num", "delta", cell.rank_delta.map(rank_class))}
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
}
