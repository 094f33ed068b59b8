//! The sandbox's prediction beside the published figures: score, rank, grade, each
//! dimension and the deduction, with the change.

use crate::format::{rank_move, signed};
use crate::hooks::use_workspace;
use scorecard_engine::number::two_places;
use scorecard_engine::score::UnitResult;
use scorecard_engine::simulate::sandbox::{Beside, Prediction};
use std::rc::Rc;
use yew::prelude::*;

fn beside_row(label: &str, b: &Beside, none: &str, testid: Option<&str>) -> Html {
    let f =
        |d: Option<rust_decimal::Decimal>| d.map(two_places).unwrap_or_else(|| none.to_string());
    html! {
        <tr class={classes!(b.changed().then_some("changed"))}>
            <th scope="row">{ label.to_string() }</th>
            <td class="num" data-testid={testid.map(|t| format!("published-{t}"))}>{ f(b.published) }</td>
            <td class="num strong" data-testid={testid.map(|t| format!("predicted-{t}"))}>{ f(b.predicted) }</td>
            <td class="num delta">{ b.delta.filter(|d| !d.is_zero()).map(signed).unwrap_or_default() }</td>
        </tr>
    }
}

/// Props of the views of the sandbox's prediction ([`SelfComparison`] and
/// [`SelfOthers`](crate::screens::simulate::self_assessment::others::SelfOthers)).
#[derive(Properties, PartialEq)]
pub struct PredictionProps {
    /// The prediction of the sandbox.
    pub pred: Rc<Prediction>,
}

/// The comparison table.
#[function_component(SelfComparison)]
pub fn self_comparison(p: &PredictionProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let c = app.lang.common();
    let pred = &p.pred;
    let grade_text = |u: &Option<UnitResult>| {
        u.as_ref()
            .map(|u| {
                let g = u.grade.as_str();
                html! { <span class={classes!("grade", g)}>{ c.grade(g) }</span> }
            })
            .unwrap_or_else(|| html! { t.not_scored })
    };
    let rank = |u: &Option<UnitResult>| {
        u.as_ref()
            .map(|u| u.rank.to_string())
            .unwrap_or_else(|| c.none.to_string())
    };
    let dim_name = |id: &str| {
        ws.plan
            .dimension(id)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    html! {
        <>
        <table class="sim-table compare-table" data-testid="self-compare">
            <caption>{ t.compare }</caption>
            <thead><tr>
                <td></td>
                <th scope="col" class="num">{ t.published }</th>
                <th scope="col" class="num">{ t.predicted }</th>
                <th scope="col" class="num">{ t.change }</th>
            </tr></thead>
            <tbody>
                { beside_row(t.score, &pred.score, t.not_scored, Some("score")) }
                <tr class={classes!(pred.change.rank.is_some_and(|r| r != 0).then_some("changed"))}>
                    <th scope="row">{ t.rank }</th>
                    <td class="num" data-testid="published-rank">{ rank(&pred.published) }</td>
                    <td class="num strong" data-testid="predicted-rank">{ rank(&pred.predicted) }</td>
                    <td class="num delta">{ pred.change.rank.filter(|r| *r != 0).map(rank_move).unwrap_or_default() }</td>
                </tr>
                <tr class={classes!(pred.change.grade.then_some("changed"))}>
                    <th scope="row">{ t.grade }</th>
                    <td data-testid="published-grade">{ grade_text(&pred.published) }</td>
                    <td data-testid="predicted-grade">{ grade_text(&pred.predicted) }</td>
                    <td></td>
                </tr>
                { for pred.dimensions.iter().map(|(id, b)| beside_row(&dim_name(id), b, c.none, None)) }
                { beside_row(t.deduction, &pred.deduction, c.none, None) }
            </tbody>
        </table>
        </>
    }
}
