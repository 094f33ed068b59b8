//! The results screen: summary, the ranking table, and a unit's receipt when one is chosen.

use crate::app::use_app;
use crate::state::Action;
use scorecard_engine::number::two_places;
use scorecard_engine::score::UnitResult;
use std::collections::BTreeMap;
use yew::prelude::*;

/// Results.
#[function_component(ResultsView)]
pub fn results_view() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let rs = match app.results.as_deref() {
        Some(Ok(rs)) => rs.clone(),
        Some(Err(e)) => {
            return html! { <p class="banner danger">{ t.cannot_score }{ e.to_string() }</p> }
        }
        None => return html! {},
    };
    let units: BTreeMap<&str, &scorecard_engine::model::Unit> =
        ws.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let profiles: BTreeMap<&str, &str> = ws
        .plan
        .profiles
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let dims = ws.plan.dimensions.clone();
    let row = |u: &UnitResult| {
        let unit = units.get(u.unit.as_str());
        let name = unit
            .map(|x| x.name.clone())
            .unwrap_or_else(|| u.unit.clone());
        let level = unit.map(|x| c.level(x.level.as_str())).unwrap_or(c.none);
        let profile = unit
            .and_then(|x| profiles.get(x.profile.as_str()).copied())
            .unwrap_or(c.none);
        let grade = u.grade.as_str();
        let onclick = {
            let app = app.clone();
            let id = u.unit.clone();
            Callback::from(move |_| app.dispatch(Action::SelectUnit(Some(id.clone()))))
        };
        let bonus = match &u.detail {
            scorecard_engine::score::UnitDetail::Period(p) => p.bonus.round2().map(two_places),
            scorecard_engine::score::UnitDetail::Annual(_) => None,
        };
        html! {
            <tr data-unit={u.unit.clone()}>
                <td data-field="rank" class="num">{ u.rank }</td>
                <th scope="row" class="unit">
                    <button class="link" {onclick}>{ name }</button>
                </th>
                <td>{ level }</td>
                <td>{ profile }</td>
                <td data-field="score" class="num strong">{ two_places(u.score) }</td>
                <td data-field="grade" data-grade={grade}>
                    <span class={classes!("grade", grade)}>{ c.grade(grade) }</span>
                </td>
                { for dims.iter().map(|d| html! {
                    <td class="num">{
                        u.dimensions.iter().find(|(id, _)| *id == d.id)
                            .map(|(_, s)| two_places(*s)).unwrap_or_else(|| c.none.to_string())
                    }</td>
                }) }
                <td class="num">{ two_places(u.deduction) }</td>
                <td class="num">{ bonus.unwrap_or_else(|| c.none.to_string()) }</td>
                <td data-field="warning">{
                    match u.warning {
                        Some(w) => html! { <span class={classes!("light", w.as_str())} title={c.warning(w.as_str())}>{ c.warning(w.as_str()) }</span> },
                        None => html! { c.none },
                    }
                }</td>
                <td data-field="flags">{ for u.flags.words().into_iter().map(|f| html! {
                    <span class={classes!("chip", f)} title={c.flag_explained(f)}>{ c.flag(f) }</span>
                }) }</td>
                <td data-field="honours">{ for u.honours.iter().map(|h| html! {
                    <span class="chip honour">{ c.honour(h.as_str()) }</span>
                }) }</td>
                <td class="num">{ u.delta.map(|d| {
                    let s = two_places(d);
                    if d.is_sign_positive() && !d.is_zero() { format!("+{s}") } else { s }
                }).unwrap_or_else(|| c.none.to_string()) }</td>
            </tr>
        }
    };
    html! {
        <section class="results">
            if !rs.official {
                <div class="banner danger" role="alert" data-testid="not-official">{ t.not_official }</div>
            }
            <div class="summary">
                <div class="stat"><span>{ t.units_scored }</span><strong>{ rs.units.len() }</strong></div>
                <div class="stat"><span>{ t.quota }</span><strong data-testid="quota">{ rs.quota }</strong></div>
                if rs.quota_tie {
                    <p class="note">{ t.quota_tie }</p>
                }
            </div>
            if rs.units.is_empty() {
                <p class="empty">{ t.nothing_scored }</p>
            } else {
                <div class="table-wrap">
                    <table class="ranking" data-testid="results-table">
                        <caption>{ t.table_caption }{ " · " }{ t.open_receipt_hint }</caption>
                        <thead><tr>
                            <th scope="col">{ t.rank }</th>
                            <th scope="col">{ t.unit }</th>
                            <th scope="col">{ t.level }</th>
                            <th scope="col">{ t.profile }</th>
                            <th scope="col">{ t.score }</th>
                            <th scope="col">{ t.grade }</th>
                            { for dims.iter().map(|d| html! { <th scope="col">{ &d.name }</th> }) }
                            <th scope="col">{ t.deduction }</th>
                            <th scope="col">{ t.bonus }</th>
                            <th scope="col">{ t.warning }</th>
                            <th scope="col">{ t.flags }</th>
                            <th scope="col">{ t.honours }</th>
                            <th scope="col">{ t.change }</th>
                        </tr></thead>
                        <tbody>{ for rs.units.iter().map(row) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
