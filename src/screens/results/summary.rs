//! The results summary: units scored, the Excellent quota and who filled it, the grade
//! distribution (a chart), warning and flag counts (each a shortcut to filter by it), and
//! the honours. Every count comes from the engine's [`report`] module.

use crate::format::{full, pub2, weight};
use crate::hooks::use_app;
use crate::screens::results::filters::FilterEdit;
use crate::screens::results::grade_chart::{GradeBar, GradeChart};
use scorecard_engine::model::QuotaRounding;
use scorecard_engine::report::{self, UnitFilter};
use std::collections::BTreeMap;
use yew::prelude::*;

/// Props of [`ResultsSummary`].
#[derive(Properties, PartialEq)]
pub struct ResultsSummaryProps {
    /// The filter in force.
    pub filter: UnitFilter,
    /// Filter by a flag or warning chosen here.
    pub on_filter: Callback<FilterEdit>,
}

/// The summary cards.
#[function_component(ResultsSummary)]
pub fn results_summary(p: &ResultsSummaryProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let (Some(ws), Some(rs)) = (app.workspace.clone(), app.results()) else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let names: BTreeMap<&str, &str> = ws
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    let list = |ids: &[String]| -> String {
        if ids.is_empty() {
            return t.nobody.to_string();
        }
        ids.iter()
            .map(|id| names.get(id.as_str()).copied().unwrap_or(id.as_str()))
            .collect::<Vec<_>>()
            .join("、")
    };
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
    let filter_by = |f: UnitFilter| {
        let on = p.on_filter.clone();
        let same = p.filter == f;
        Callback::from(move |_| {
            on.emit(FilterEdit::Set(if same {
                UnitFilter::default()
            } else {
                f.clone()
            }))
        })
    };
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
                <GradeChart title={t.grade_distribution} bars={grade_bars} />
            </div>
            <div class="stat">
                <span>{ t.warnings_heading }</span>
                <ul class="counts">
                    { for report::warning_counts(rs).iter().map(|(w, n)| {
                        let f = UnitFilter { warning: Some(*w), ..Default::default() };
                        let pressed = p.filter == f;
                        html! {
                            <li>
                                <button type="button" class={classes!("count-button", "light", w.as_str())}
                                    aria-pressed={pressed.to_string()} disabled={*n == 0}
                                    data-testid={format!("count-{}", w.as_str())}
                                    onclick={filter_by(f)}>
                                    { c.warning(w.as_str()) }<b>{ n }</b>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <div class="stat">
                <span>{ t.flags_heading }</span>
                <ul class="counts">
                    { for report::flag_counts(rs).iter().map(|(w, n)| {
                        let f = UnitFilter { flag: Some(w.to_string()), ..Default::default() };
                        let pressed = p.filter == f;
                        html! {
                            <li>
                                <button type="button" class={classes!("count-button", "chip", *w, (*n == 0).then_some("zero"))}
                                    aria-pressed={pressed.to_string()} disabled={*n == 0}
                                    title={c.flag_explained(w)}
                                    data-testid={format!("count-{w}")}
                                    onclick={filter_by(f)}>
                                    { c.flag(w) }<b>{ n }</b>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <div class="stat">
                <span>{ t.honours_heading }</span>
                { for report::honour_recipients(rs).iter().map(|(h, ids)| html! {
                    <small><span class="chip honour">{ c.honour(h.as_str()) }</span>
                        { if ids.is_empty() { t.not_awarded.to_string() } else { list(ids) } }</small>
                }) }
            </div>
        </section>
    }
}
