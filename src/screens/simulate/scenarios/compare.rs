//! The plan against every scenario (§8): per unit the score, rank and grade under each, the
//! changes, the grade lines and Excellent quota crossed (from the engine's
//! `simulate::compare`), and a slope chart of the ranks.

use crate::hooks::use_app;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::compare_chart::CompareChart;
use crate::screens::simulate::scenarios::compare_row::CompareRow;
use crate::screens::simulate::scenarios::compare_summary::CompareSummary;
use crate::screens::simulate::support::period_name;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::score::PeriodChoice;
use scorecard_engine::simulate::compare::{compare, Comparison, UnitComparison};
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The comparison.
#[function_component(SimCompare)]
pub fn sim_compare() -> Html {
    let only_changes = use_state(|| false);
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
        PeriodChoice::Period(id) => period_name(&ws, id),
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
                <div class="sim-compare">{ head }<p class="banner danger" role="alert">{ t.compare_failed }{ " " }{ app.lang.sim_inputs().sim_error_in(app.lang, Some(&ws), e) }</p></div>
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

    html! {
        <div class="sim-compare">
            { head }
            <CompareSummary comparison={comparison.clone()} />
            <label class="check">
                <input type="checkbox" checked={*only_changes} onchange={on_only} data-testid="compare-only" />
                { t.only_changes }
            </label>
            if *only_changes && shown.is_empty() {
                <p class="empty">{ t.no_changes }</p>
            }
            <ScrollRegion label={t.table_caption}>
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
                    <tbody>{ for shown.into_iter().map(|u| html! { <CompareRow unit={u.clone()} name={name_of(&u.unit)} /> }) }</tbody>
                </table>
            </ScrollRegion>
            <CompareChart comparison={comparison.clone()} />
        </div>
    }
}
