//! A unit's calculation receipt: a dialog (role=dialog, focus moved into it, closed by Esc,
//! the close button or the backdrop) that shows every step from raw input to published
//! score, the rank and why the grade, warnings, flags and honours, a radar of the unit's
//! dimensions against the cohort mean and its trend over the cycle and its history.

use crate::chart_geom::plot;
use crate::format::{fig4, pub2, pub2_or};
use crate::hooks::use_app;
use crate::screens::results::receipt::annual::ReceiptAnnual;
use crate::screens::results::receipt::period::ReceiptPeriod;
use crate::screens::results::receipt::radar_chart::{RadarAxis, RadarChart};
use crate::screens::results::receipt::trend_chart::{TrendChart, TrendDot};
use crate::state::Action;
use scorecard_engine::report;
use scorecard_engine::score::grade::GradeReason;
use scorecard_engine::score::{PeriodChoice, UnitDetail};
use yew::prelude::*;

/// Props of [`Receipt`].
#[derive(Properties, PartialEq)]
pub struct ReceiptProps {
    /// The unit whose receipt is open.
    pub unit: String,
}

/// The receipt dialog.
#[function_component(Receipt)]
pub fn receipt(p: &ReceiptProps) -> Html {
    let app = use_app();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(p.unit.clone(), move |_| {
            if let Some(el) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let Some(app) = app else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.receipt();
    let c = app.lang.common();
    let close = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SelectUnit(None)))
    };
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                app.dispatch(Action::SelectUnit(None));
            }
        })
    };
    let unit = ws.units.iter().find(|u| u.id == p.unit);
    let name = unit
        .map(|u| u.name.clone())
        .unwrap_or_else(|| p.unit.clone());
    let profile = unit
        .and_then(|u| ws.plan.profiles.iter().find(|x| x.id == u.profile))
        .map(|x| x.name.clone())
        .unwrap_or_default();
    let level = unit.map(|u| c.level(u.level.as_str())).unwrap_or(c.none);
    let rs = app.results();
    let result = rs.and_then(|rs| rs.unit(&p.unit));
    let period_name = match &app.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(id) => ws
            .plan
            .periods
            .iter()
            .find(|x| &x.id == id)
            .map(|x| x.name.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let scenario_name = app.scenario.as_ref().and_then(|id| {
        ws.scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
    });

    let body = match (rs, result) {
        (Some(rs), Some(u)) => {
            let g = &rs.grading;
            let reason = match u.grade_reason {
                GradeReason::InQuota => t
                    .reason_in_quota
                    .replace("{s}", &pub2(u.score))
                    .replace("{min}", &pub2(g.excellent_min))
                    .replace("{q}", &rs.quota.to_string()),
                GradeReason::QuotaTie => t.reason_quota_tie.to_string(),
                GradeReason::QuotaFull => t
                    .reason_quota_full
                    .replace("{min}", &pub2(g.excellent_min))
                    .replace("{q}", &rs.quota.to_string()),
                GradeReason::Vetoed => t.reason_vetoed.to_string(),
                GradeReason::Lines => t.reason_lines.to_string(),
            };
            let lines = t
                .lines
                .replace("{e}", &pub2(g.excellent_min))
                .replace("{g}", &pub2(g.good_min))
                .replace("{p}", &pub2(g.pass_line))
                .replace("{sev}", &pub2(g.severe_line));
            let indicator_name = |id: &str| {
                ws.plan
                    .dimensions
                    .iter()
                    .flat_map(|d| d.indicators.iter())
                    .find(|i| i.id == id)
                    .map(|i| i.name.clone())
                    .unwrap_or_else(|| id.to_string())
            };
            let lags = match &u.detail {
                UnitDetail::Period(d) => d.lag_warnings.clone(),
                UnitDetail::Annual(_) => Vec::new(),
            };
            let means = report::dimension_means(&ws, rs);
            let axes: Vec<RadarAxis> = ws
                .plan
                .dimensions
                .iter()
                .map(|d| {
                    let mine = u
                        .dimensions
                        .iter()
                        .find(|(id, _)| *id == d.id)
                        .map(|(_, s)| *s);
                    let mean = means
                        .iter()
                        .find(|m| m.id == d.id)
                        .and_then(|m| m.published());
                    RadarAxis {
                        name: d.name.clone(),
                        unit: mine.map(plot),
                        unit_text: pub2_or(mine, c.none),
                        mean: mean.map(plot),
                        mean_text: pub2_or(mean, c.none),
                    }
                })
                .collect();
            let current = app.period.as_word().to_string();
            let dots: Vec<TrendDot> = report::trend(&ws, &rs.query, &p.unit)
                .unwrap_or_default()
                .into_iter()
                .map(|pt| TrendDot {
                    current: pt.period == current,
                    label: pt.name,
                    value: pt.score.map(plot),
                    text: pt
                        .score
                        .map(pub2)
                        .unwrap_or_else(|| t.not_scored.to_string()),
                    history: pt.history,
                })
                .collect();
            html! {
                <>
                    { match &u.detail {
                        UnitDetail::Period(_) => html! { <ReceiptPeriod unit={p.unit.clone()} /> },
                        UnitDetail::Annual(_) => html! { <ReceiptAnnual unit={p.unit.clone()} /> },
                    } }
                    <section class="receipt-section" data-testid="receipt-grade">
                        <h3>{ t.grade_section }</h3>
                        <p>{ t.rank_of.replace("{rank}", &u.rank.to_string()).replace("{n}", &rs.units.len().to_string()) }</p>
                        <p><span class={classes!("grade", u.grade.as_str())}>{ c.grade(u.grade.as_str()) }</span>{ " " }{ reason }</p>
                        <p class="muted">{ lines }</p>
                    </section>
                    <section class="receipt-section">
                        <h3>{ t.warnings }</h3>
                        <ul class="plain">
                            <li>{ match (u.previous, u.delta) {
                                (Some(prev), Some(delta)) => t.previous.replace("{prev}", &pub2(prev)).replace("{delta}", &report::signed(delta)),
                                _ => t.no_previous.to_string(),
                            } }</li>
                            { for lags.iter().map(|l| html! {
                                <li><span class={classes!("light", l.level.as_str())}>{ c.warning(l.level.as_str()) }</span>{ " " }
                                    { t.lag.replace("{ind}", &indicator_name(&l.indicator))
                                        .replace("{planned}", &crate::format::entered(l.planned))
                                        .replace("{actual}", &crate::format::entered(l.actual))
                                        .replace("{lag}", &fig4(&l.lag)) }</li>
                            }) }
                            if let Some((drop, w)) = u.drop_warning {
                                <li><span class={classes!("light", w.as_str())}>{ c.warning(w.as_str()) }</span>{ " " }
                                    { t.drop.replace("{prev}", &pub2_or(u.previous, c.none)).replace("{drop}", &pub2(drop)) }</li>
                            }
                            { for u.flags.words().into_iter().map(|f| html! {
                                <li><span class={classes!("chip", f)}>{ c.flag(f) }</span>{ " " }{ c.flag_explained(f) }</li>
                            }) }
                            { for u.honours.iter().map(|h| html! {
                                <li><span class="chip honour">{ c.honour(h.as_str()) }</span></li>
                            }) }
                        </ul>
                    </section>
                    <section class="receipt-section receipt-charts">
                        <div>
                            <h3>{ t.radar }</h3>
                            <RadarChart title={t.radar} unit_label={t.radar_unit} mean_label={t.radar_mean} {axes} />
                        </div>
                        <div>
                            <h3>{ t.trend }</h3>
                            <TrendChart title={t.trend} history_label={t.trend_history} cycle_label={t.trend_cycle} {dots} />
                        </div>
                    </section>
                </>
            }
        }
        _ => html! { <p class="banner warn">{ t.not_in_set }</p> },
    };

    html! {
        <div class="receipt-layer">
            <div class="modal-backdrop" onclick={close.clone()} aria-hidden="true"></div>
            <div class="receipt" role="dialog" aria-modal="true" aria-labelledby="receipt-title"
                tabindex="-1" ref={dialog} {onkeydown} data-testid="receipt" data-unit={p.unit.clone()}>
                <header class="receipt-head">
                    <div>
                        <h2 id="receipt-title">{ t.title }{ &name }</h2>
                        <p class="muted">
                            { level }{ " · " }{ profile }{ " · " }{ &period_name }
                            if let Some(s) = &scenario_name { { " · " }{ s } }
                        </p>
                    </div>
                    if let Some(u) = result {
                        <div class="receipt-score">
                            <strong data-testid="receipt-score">{ pub2(u.score) }</strong>
                            <span class={classes!("grade", u.grade.as_str())}>{ c.grade(u.grade.as_str()) }</span>
                        </div>
                    }
                    <button type="button" class="close" onclick={close} title={t.close_hint}
                        data-testid="receipt-close">{ "✕ " }{ t.close }</button>
                </header>
                <p class="help">{ t.exact_note }</p>
                { body }
            </div>
        </div>
    }
}
