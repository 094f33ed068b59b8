//! The results summary: units scored, the Excellent quota and who filled it, the grade
//! distribution (a chart), warning and flag counts (each a shortcut to filter by it), and
//! the honours. Every count comes from the engine's [`report`] module.

use crate::format::{full, pub2, weight};
use crate::hooks::use_app;
use crate::screens::results::filters::FilterProps;
use crate::screens::results::grade_chart::{GradeBar, GradeChart};
use crate::screens::results::selection::unit_names;
use crate::screens::results::selection::with_results;
use crate::screens::results::summary_counts::SummaryCounts;
use scorecard_engine::model::QuotaRounding;
use scorecard_engine::report;
use std::collections::BTreeMap;
use yew::prelude::*;

/// The summary cards.
#[function_component(ResultsSummary)]
pub fn results_summary(p: &FilterProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    with_results(&app, |ws, rs| {
        let t = app.lang.results();
        let c = app.lang.common();
        let names: BTreeMap<&str, &str> = ws
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.name.as_str()))
            .collect();
        let list = |ids: &[String]| unit_names(&names, ids, t.nobody);
        let q = report::quota_summary(rs);
        let rounding = match q.rounding {
            QuotaRounding::Floor => t.rounding_floor,
            QuotaRounding::Ceil => t.rounding_ceil,
            QuotaRounding::Round => t.rounding_round,
        };
        let rule = t
            .quota_rule
            .replace("{n}", &q.scored.to_string())
            .replace("{share}", &weight(q.share))
            .replace("{raw}", &full(&q.raw))
            .replace("{rounding}", rounding)
            .replace("{q}", &q.quota.to_string());
        let grade_bars: Vec<GradeBar> = report::grade_counts(rs)
            .iter()
            .map(|(g, n)| GradeBar {
                word: g.as_str(),
                label: c.grade(g.as_str()),
                count: *n,
            })
            .collect();
        html! {
            <section class="summary" data-testid="results-summary" aria-label={t.table_caption}>
                <div class="stat">
                    <span>{ t.units_scored }</span>
                    <strong data-testid="units-scored">{ rs.units.len() }</strong>
                    <small class="muted">{ t.of_units.replace("{n}", &rs.units.len().to_string()).replace("{total}", &ws.units.len().to_string()) }</small>
                </div>
                <div class="stat quota-card">
                    <span>{ t.quota }</span>
                    <strong data-testid="quota">{ rs.quota }</strong>
                    <small class="muted">{ rule }{ if q.lifted_to_one { t.lifted_to_one } else { "" } }</small>
                    <small class="muted">{ t.candidates.replace("{n}", &q.candidates.to_string()).replace("{min}", &pub2(q.excellent_min)) }</small>
                    <small data-testid="quota-filled">{ t.filled_by }<b>{ list(&q.excellent) }</b></small>
                    if !q.left_out.is_empty() {
                        <small>{ t.left_out }{ list(&q.left_out) }</small>
                    }
                    if !q.vetoed.is_empty() {
                        <small>{ t.vetoed }{ list(&q.vetoed) }</small>
                    }
                    if rs.quota_tie {
                        <small class="note">{ t.quota_tie }</small>
                    }
                </div>
                <div class="stat chart-card">
                    <span>{ t.grade_distribution }</span>
                    <GradeChart title={t.grade_distribution} items={grade_bars} />
                </div>
                <SummaryCounts filter={p.filter.clone()} on_filter={p.on_filter.clone()} />
                <div class="stat">
                    <span>{ t.honours_heading }</span>
                    { for report::honour_recipients(rs).iter().map(|(h, ids)| html! {
                        <small><span class="chip honour">{ c.honour(h.as_str()) }</span>
                            { if ids.is_empty() { t.not_awarded.to_string() } else { list(ids) } }</small>
                    }) }
                </div>
            </section>
        }
    })
}
