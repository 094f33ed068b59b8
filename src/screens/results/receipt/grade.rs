//! The receipt's grade and warnings: the rank, the grade and why, the grading lines, the
//! change from the previous period, lag and drop warnings, flags and honours.

use crate::format::{entered, fig4, pub2, pub2_or};
use crate::hooks::use_app;
use crate::screens::results::receipt::parts::{
    for_unit, grade_lines, grade_reason, indicator_name, UnitProps,
};
use scorecard_engine::report;
use scorecard_engine::score::UnitDetail;
use yew::prelude::*;

/// The grade and warnings sections.
#[function_component(ReceiptGrade)]
pub fn receipt_grade(p: &UnitProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    for_unit(&app, &p.unit, |ws, rs, u| {
        let t = app.lang.receipt();
        let c = app.lang.common();
        let g = &rs.grading;
        let reason = grade_reason(t, u.grade_reason, u.score, g.excellent_min, rs.quota);
        let lags = match &u.detail {
            UnitDetail::Period(d) => d.lag_warnings.clone(),
            UnitDetail::Annual(_) => Vec::new(),
        };
        html! {
            <>
                <section class="receipt-section" data-testid="receipt-grade">
                    <h3>{ t.grade_section }</h3>
                    <p>{ t.rank_of.replace("{rank}", &u.rank.to_string()).replace("{n}", &rs.units.len().to_string()) }</p>
                    <p><span class={classes!("grade", u.grade.as_str())}>{ c.grade(u.grade.as_str()) }</span>{ " " }{ reason }</p>
                    <p class="muted">{ grade_lines(t, g) }</p>
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
                                { t.lag.replace("{ind}", &indicator_name(&ws.plan.dimensions, &l.indicator))
                                    .replace("{planned}", &entered(l.planned))
                                    .replace("{actual}", &entered(l.actual))
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
            </>
        }
    })
}
