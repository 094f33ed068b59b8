//! The results screen: a print header for public posting (公示), the not-official banner,
//! the summary, the filters, the ranking table, and a unit's receipt when one is chosen.
//! Sort and filter are this screen's own state; the chosen unit is the app's.

use crate::hooks::use_app;
use crate::screens::results::filters::{FilterEdit, FilterState, ResultsFilters};
use crate::screens::results::receipt::dialog::Receipt;
use crate::screens::results::summary::ResultsSummary;
use crate::screens::results::table::{ResultsTable, Sort, SortKey};
use scorecard_engine::report;
use scorecard_engine::score::PeriodChoice;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves focus back to a unit's row button (after its receipt closes).
fn focus_row(unit: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("tr[data-unit=\"{unit}\"] button"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Results.
#[function_component(ResultsView)]
pub fn results_view() -> Html {
    let app = use_app();
    let sort = use_reducer(Sort::default);
    let filter = use_reducer(FilterState::default);
    let last_open = use_mut_ref(|| None::<String>);
    // The digest printed under a posting; recomputed only when the workspace changes.
    let sha = use_memo(app.as_ref().and_then(|a| a.workspace.clone()), |ws| {
        ws.as_deref()
            .map(scorecard_engine::input_sha256)
            .unwrap_or_default()
    });
    {
        let selected = app.as_ref().and_then(|a| a.selected_unit.clone());
        let last_open = last_open.clone();
        use_effect_with(selected, move |sel| {
            let previous = last_open.replace(sel.clone());
            if sel.is_none() {
                if let Some(u) = previous {
                    focus_row(&u);
                }
            }
        });
    }
    let Some(app) = app else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let rs = match app.results.as_deref() {
        Some(Ok(rs)) => rs,
        Some(Err(e)) => {
            return html! { <p class="banner danger" role="alert">{ t.cannot_score }{ e.to_string() }</p> }
        }
        None => return html! {},
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |k: SortKey| sort.dispatch(k))
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: FilterEdit| filter.dispatch(e))
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let period_name = match &rs.query.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(id) => ws
            .plan
            .periods
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let scenario_name = rs.query.scenario.as_ref().map(|id| {
        ws.scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.clone())
    });
    let violating: Vec<String> = report::band_violations(&ws, rs)
        .iter()
        .map(|id| {
            ws.plan
                .profiles
                .iter()
                .find(|p| &p.id == id)
                .map(|p| p.name.clone())
                .unwrap_or_else(|| id.clone())
        })
        .collect();
    let selected = app
        .selected_unit
        .clone()
        .filter(|u| ws.units.iter().any(|x| &x.id == u));
    html! {
        <section class="results">
            <header class="print-only print-header">
                <h2>{ &ws.plan.name }{ " " }{ t.print_title }</h2>
                <p>{ t.period_label }{ &period_name }
                    if let Some(s) = &scenario_name { { " · " }{ t.scenario_label }{ s } }
                </p>
            </header>
            if !rs.official {
                <div class="banner danger not-official" role="alert" data-testid="not-official">
                    <strong>{ t.not_official }</strong>
                    if !violating.is_empty() {
                        <p>{ t.violating_profiles }{ violating.join("、") }</p>
                    }
                </div>
            }
            if rs.units.is_empty() {
                <p class="empty">{ t.nothing_scored }</p>
            } else {
                <ResultsSummary filter={filter.0.clone()} on_filter={on_filter.clone()} />
                <div class="toolbar no-print">
                    <ResultsFilters filter={filter.0.clone()} on_change={on_filter} />
                    <button type="button" class="print-button" onclick={print} data-testid="print">{ t.print }</button>
                </div>
                <ResultsTable sort={(*sort).clone()} {on_sort} filter={filter.0.clone()} />
            }
            <footer class="print-only print-footer">
                { t.print_footer.replace("{engine}", scorecard_engine::version()).replace("{sha}", sha.as_str()) }
            </footer>
            if let Some(u) = selected {
                <Receipt unit={u} />
            }
        </section>
    }
}
