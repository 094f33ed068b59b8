//! The results screen: a print header for public posting (公示), the not-official banner,
//! the summary, the filters, the ranking table, and a unit's receipt when one is chosen.
//! Sort and filter are this screen's own state; the chosen unit is the app's.

use crate::browser::focus::{css_string, focus_after_render};
use crate::hooks::printing::use_printing;
use crate::hooks::use_app;
use crate::i18n::problems::{score_message, Names};
use crate::screens::results::filters::{FilterEdit, FilterState, ResultsFilters};
use crate::screens::results::posting::PostingHead;
use crate::screens::results::receipt::dialog::Receipt;
use crate::screens::results::summary::ResultsSummary;
use crate::screens::results::table::{ResultsTable, Sort, SortKey};
use yew::prelude::*;

/// Moves focus back to a unit's row button after its receipt closes: once the page has been
/// rendered anew, as the dialog's clean-up (which lifts `inert` from the rest of the page)
/// may run after this screen's effect, and an inert button takes no focus.
fn focus_row(unit: &str) {
    focus_after_render(vec![format!("tr[data-unit={}] button", css_string(unit))]);
}

/// Results.
#[function_component(ResultsView)]
pub fn results_view() -> Html {
    let app = use_app();
    let sort = use_reducer(Sort::default);
    let filter = use_reducer(FilterState::default);
    let last_open = use_mut_ref(|| None::<String>);
    let (printing, ask_print) = use_printing();
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
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let rs = match app.results.as_deref() {
        Some(Ok(rs)) => rs,
        Some(Err(e)) => {
            return html! { <p class="banner danger" role="alert">{ t.cannot_score }{ score_message(Names::new(app.lang, Some(&ws)), e).text(app.lang) }</p> }
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
    let print = ask_print.reform(|_: MouseEvent| ());
    let selected = app
        .selected_unit
        .clone()
        .filter(|u| ws.units.iter().any(|x| &x.id == u));
    html! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h" class="visually-hidden">{ app.lang.common().tab_results }</h2>
            <PostingHead />
            if rs.units.is_empty() {
                <p class="empty">{ t.nothing_scored }</p>
            } else {
                <ResultsSummary filter={filter.0.clone()} on_filter={on_filter.clone()} />
                <div class="toolbar no-print">
                    <ResultsFilters filter={filter.0.clone()} {on_filter} />
                    <button type="button" class="print-button" onclick={print} data-testid="print">{ t.print }</button>
                </div>
                <ResultsTable sort={(*sort).clone()} {on_sort} filter={filter.0.clone()} {printing} />
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
