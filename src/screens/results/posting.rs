//! The head of the results as posted (公示): the print-only title with period and scenario,
//! and the banner saying the results are not official (with the profiles that break their
//! weight bands).

use crate::hooks::use_app;
use crate::screens::results::selection::name_of;
use crate::screens::results::selection::with_results;
use scorecard_engine::report;
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// The print header and the not-official banner.
#[function_component(PostingHead)]
pub fn posting_head() -> Html {
    let Some(app) = use_app() else { return html! {} };
    with_results(&app, |ws, rs| {
        let t = app.lang.results();
        let c = app.lang.common();
        let period_name = match &rs.query.period {
            PeriodChoice::Annual => c.annual.to_string(),
            PeriodChoice::Period(id) => name_of(
                ws.plan
                    .periods
                    .iter()
                    .map(|p| (p.id.as_str(), p.name.as_str())),
                id,
            ),
        };
        let scenario_name = rs.query.scenario.as_ref().map(|id| {
            name_of(
                ws.scenarios
                    .iter()
                    .map(|s| (s.id.as_str(), s.name.as_str())),
                id,
            )
        });
        let violating: Vec<String> = report::band_violations(ws, rs)
            .iter()
            .map(|id| {
                name_of(
                    ws.plan
                        .profiles
                        .iter()
                        .map(|p| (p.id.as_str(), p.name.as_str())),
                    id,
                )
            })
            .collect();
        html! {
            <>
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
            </>
        }
    })
}
