//! The other units whose standing the sandbox moves (the whole cohort is rescored).

use crate::hooks::use_workspace;
use crate::screens::simulate::self_assessment::comparison::PredictionProps;
use crate::screens::simulate::support::unit_name;
use scorecard_engine::number::two_places;
use scorecard_engine::simulate::compare::Standing;
use yew::prelude::*;

/// The others card; nothing when no other unit moves.
#[function_component(SelfOthers)]
pub fn self_others(p: &PredictionProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    if p.pred.others.is_empty() {
        return html! {};
    }
    let t = app.lang.sim_self();
    let c = app.lang.common();
    let f = |s: Option<&Standing>| {
        s.map(|s| {
            format!(
                "{} · #{} · {}",
                two_places(s.score),
                s.rank,
                c.grade(s.grade.as_str())
            )
        })
        .unwrap_or_else(|| t.not_scored.to_string())
    };
    html! {
        <div class="card others" data-testid="self-others">
            <h4>{ t.others }</h4>
            <p class="help">{ t.others_help }</p>
            <ul>
                { for p.pred.others.iter().map(|d| html! {
                    <li>{ unit_name(&ws, &d.unit) }{ ":" }{ f(d.before.as_ref()) }{ " → " }{ f(d.after.as_ref()) }</li>
                }) }
            </ul>
        </div>
    }
}
