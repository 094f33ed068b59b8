//! A period receipt's calculation: every indicator from its raw input to its contribution,
//! each dimension, the weighted score `B`, the negative list, and the steps
//! `(B − P) × k_c × k_r + bonus = F → S`. Figures are the engine's (`UnitPeriod` and
//! [`report::period_steps`]); this component only lays them out.

use crate::format::{entered, fig4, full, pub2, pub2_or, weight, weight_exact};
use crate::hooks::use_app;
use crate::i18n::receipt::ReceiptTexts;
use scorecard_engine::exact::Exact;
use scorecard_engine::model::{Better, InputValue, Method, MissingPolicy, Plan};
use scorecard_engine::report;
use scorecard_engine::score::period::{IndicatorInput, IndicatorOutcome};
use scorecard_engine::score::UnitDetail;
use yew::prelude::*;

/// Props of [`ReceiptPeriod`].
#[derive(Properties, PartialEq)]
pub struct ReceiptPeriodProps {
    /// The unit.
    pub unit: String,
}

fn method_text(t: &ReceiptTexts, m: &Method) -> String {
    match m {
        Method::Linear { worst, best } => t
            .m_linear
            .replace("{worst}", &entered(*worst))
            .replace("{best}", &entered(*best)),
        Method::Bands(bands) => format!(
            "{}{}",
            t.m_bands,
            bands
                .iter()
                .map(|b| format!("≥{} → {}", entered(b.min), entered(b.score)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Method::MinMax(Better::Higher) => t.m_minmax_higher.to_string(),
        Method::MinMax(Better::Lower) => t.m_minmax_lower.to_string(),
        Method::ZScore(Better::Higher) => t.m_zscore_higher.to_string(),
        Method::ZScore(Better::Lower) => t.m_zscore_lower.to_string(),
        Method::Direct => t.m_direct.to_string(),
        Method::Survey => t.m_survey.to_string(),
        Method::Panel => t.m_panel.to_string(),
    }
}

fn group_name(t: &ReceiptTexts, g: &str) -> String {
    match g {
        "superior" => t.group_superior.to_string(),
        "peer" => t.group_peer.to_string(),
        "subordinate" => t.group_subordinate.to_string(),
        "self" => t.group_self.to_string(),
        other => other.to_string(),
    }
}

fn input_html(t: &ReceiptTexts, plan: &Plan, i: &IndicatorOutcome) -> Html {
    let missing = match plan.missing {
        MissingPolicy::Zero => t.missing_zero,
        MissingPolicy::Exclude => t.missing_excluded,
    };
    match &i.input {
        IndicatorInput::Missing => html! { <span class="missing">{ missing }</span> },
        IndicatorInput::Value(InputValue::Plain(v)) => {
            html! { <span class="mono">{ entered(*v) }</span> }
        }
        IndicatorInput::Value(InputValue::Audited { reported, audited }) => html! {
            <span>
                { t.reported }{ " " }<span class="mono">{ entered(*reported) }</span>{ " · " }
                { t.audited }{ " " }<span class="mono strong">{ entered(*audited) }</span>
                if i.audit_discrepancy {
                    { " " }<span class="chip audit_discrepancy">{ t.audit_gap }</span>
                }
            </span>
        },
        IndicatorInput::Survey(s) => html! {
            <span>
                { s.group_means.iter().map(|(g, m)| format!("{} {}", group_name(t, g), fig4(m))).collect::<Vec<_>>().join(" · ") }
                if let Some(m) = &s.self_mean {
                    <br />{ format!("{} {}", group_name(t, "self"), fig4(m)) }
                    if let Some(gap) = s.self_gap() {
                        { format!(" · {} {}", t.self_gap, fig4(&gap)) }
                    }
                }
                if s.score.is_none() {
                    <br /><span class="missing">{ missing }</span>
                }
            </span>
        },
        IndicatorInput::Panel(p) => html! {
            <span>
                { t.experts }{ p.totals.iter().map(fig4).collect::<Vec<_>>().join(", ") }
                <br />
                { if p.trimmed > 0 { t.trimmed.replace("{n}", &p.trimmed.to_string()) } else { t.plain_mean.to_string() } }
            </span>
        },
    }
}

fn opt4(x: &Option<Exact>, none: &str) -> String {
    x.as_ref().map(fig4).unwrap_or_else(|| none.to_string())
}

/// The period calculation of one unit.
#[function_component(ReceiptPeriod)]
pub fn receipt_period(p: &ReceiptPeriodProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let (Some(ws), Some(rs)) = (app.workspace.clone(), app.results()) else {
        return html! {};
    };
    let Some(u) = rs.unit(&p.unit) else {
        return html! {};
    };
    let UnitDetail::Period(d) = &u.detail else {
        return html! {};
    };
    let t = app.lang.receipt();
    let c = app.lang.common();
    let plan = &ws.plan;
    let steps = report::period_steps(plan, d);
    let means = report::dimension_means(&ws, rs);
    let none = c.none;
    let dim_tables = plan.dimensions.iter().filter_map(|dim| {
        let outcome = d.dimensions.iter().find(|x| x.id == dim.id)?;
        let rows: Vec<(&IndicatorOutcome, &scorecard_engine::model::Indicator)> = dim
            .indicators
            .iter()
            .filter_map(|ind| Some((d.indicators.iter().find(|i| i.id == ind.id)?, ind)))
            .collect();
        Some(html! {
            <table class="receipt-table indicators" data-dimension={dim.id.clone()}>
                <caption>{ &dim.name }</caption>
                <thead><tr>
                    <th scope="col">{ t.col_indicator }</th>
                    <th scope="col">{ t.col_input }</th>
                    <th scope="col">{ t.col_method }</th>
                    <th scope="col" class="num">{ t.col_score }</th>
                    <th scope="col" class="num">{ t.col_weight }</th>
                    <th scope="col" class="num">{ t.col_effective }</th>
                    <th scope="col" class="num">{ t.col_contribution }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|(i, ind)| html! {
                        <tr data-indicator={i.id.clone()} class={classes!(i.missing.then_some("is-missing"))}>
                            <th scope="row">{ &ind.name }</th>
                            <td>{ input_html(t, plan, i) }
                                if let Some(cs) = &i.cohort {
                                    <div class="cohort">{ t.cohort
                                        .replace("{n}", &cs.count.to_string())
                                        .replace("{min}", &fig4(&cs.min))
                                        .replace("{max}", &fig4(&cs.max))
                                        .replace("{mean}", &fig4(&cs.mean))
                                        .replace("{sd}", &fig4(&cs.sd)) }</div>
                                }
                            </td>
                            <td class="method">{ method_text(t, &ind.method) }</td>
                            <td class="num">{ opt4(&i.score, none) }</td>
                            <td class="num">{ weight(i.weight) }</td>
                            <td class="num">{ i.effective_weight.as_ref().map(weight_exact).unwrap_or_else(|| none.to_string()) }</td>
                            <td class="num strong" data-field="contribution">{ opt4(&i.contribution, none) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row" colspan="6">{ t.dimension_sum }{ &dim.name }</th>
                    <td class="num strong" data-field="dimension-score">{
                        match &outcome.score { Some(s) => fig4(s), None => t.dimension_missing.to_string() }
                    }</td>
                </tr></tfoot>
            </table>
        })
    });
    html! {
        <>
            <section class="receipt-section">
                <h3>{ t.indicators }</h3>
                { for dim_tables }
            </section>
            <section class="receipt-section">
                <h3>{ t.dimensions }</h3>
                <table class="receipt-table">
                    <thead><tr>
                        <th scope="col">{ t.col_dimension }</th>
                        <th scope="col" class="num">{ t.col_dim_score }</th>
                        <th scope="col" class="num">{ t.col_weight }</th>
                        <th scope="col" class="num">{ t.col_effective }</th>
                        <th scope="col" class="num">{ t.col_contribution }</th>
                        <th scope="col" class="num">{ t.col_cohort_mean }</th>
                    </tr></thead>
                    <tbody>
                        { for plan.dimensions.iter().filter_map(|dim| {
                            let o = d.dimensions.iter().find(|x| x.id == dim.id)?;
                            let mean = means.iter().find(|m| m.id == dim.id).and_then(|m| m.published());
                            Some(html! {
                                <tr data-dimension={dim.id.clone()}>
                                    <th scope="row">{ &dim.name }</th>
                                    <td class="num">{ opt4(&o.score, none) }
                                        if let Some(s) = &o.score { <small class="muted">{ format!(" ({})", pub2_or(s.round2(), none)) }</small> }
                                    </td>
                                    <td class="num">{ weight(o.weight) }</td>
                                    <td class="num">{ o.effective_weight.as_ref().map(weight_exact).unwrap_or_else(|| none.to_string()) }</td>
                                    <td class="num strong" data-field="contribution">{ opt4(&o.contribution, none) }</td>
                                    <td class="num muted">{ pub2_or(mean, none) }</td>
                                </tr>
                            })
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row" colspan="4">{ t.weighted_sum }</th>
                        <td class="num strong" data-field="weighted">{ fig4(&steps.weighted) }</td>
                        <td></td>
                    </tr></tfoot>
                </table>
                if steps.present_weight != Exact::one() {
                    <p class="note">{ t.rescaled }{ " " }{ weight_exact(&steps.present_weight) }</p>
                }
            </section>
            <section class="receipt-section">
                <h3>{ t.deductions }</h3>
                if d.events.is_empty() {
                    <p class="muted">{ t.no_events }</p>
                } else {
                    <table class="receipt-table">
                        <thead><tr>
                            <th scope="col">{ t.col_level }</th>
                            <th scope="col">{ t.col_note }</th>
                            <th scope="col" class="num">{ t.col_pct }</th>
                            <th scope="col" class="num">{ t.col_amount }</th>
                        </tr></thead>
                        <tbody>
                            { for d.events.iter().map(|e| html! {
                                <tr>
                                    <td>{ plan.deductions.levels.iter().find(|l| l.id == e.level).map(|l| l.name.clone()).unwrap_or_else(|| e.level.clone()) }</td>
                                    <td>{ &e.note }</td>
                                    <td class="num">{ weight(e.pct) }</td>
                                    <td class="num">{ fig4(&e.amount) }</td>
                                </tr>
                            }) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row" colspan="3">{ t.deduction_total }</th>
                            <td class="num strong" data-field="deduction">{ fig4(&steps.deduction_uncapped) }</td>
                        </tr></tfoot>
                    </table>
                }
                if steps.deduction != steps.deduction_uncapped {
                    <p class="note">{ t.deduction_capped }{ " " }{ fig4(&steps.deduction) }</p>
                }
                if d.veto {
                    <p class="note warn-text">{ t.veto }</p>
                }
            </section>
            <section class="receipt-section">
                <h3>{ t.final_steps }</h3>
                <table class="ledger" data-testid="receipt-ledger">
                    <tbody>
                        <tr><th scope="row">{ "B" }</th><td class="num">{ fig4(&steps.weighted) }</td></tr>
                        <tr><th scope="row">{ "− P" }</th><td class="num">{ fig4(&steps.deduction) }</td></tr>
                        <tr class="subtotal"><th scope="row">{ "= " }{ t.step_less }</th><td class="num">{ fig4(&steps.less_deduction) }</td></tr>
                        <tr><th scope="row">{ t.step_coeff.replace("{kc}", &entered(steps.coordination)).replace("{kr}", &entered(steps.risk)) }</th>
                            <td class="num">{ fig4(&steps.after_coefficients) }</td></tr>
                        <tr><th scope="row">{ t.step_bonus.replace("{per}", &entered(steps.bonus_per_item)).replace("{n}", &steps.closed_items.to_string()) }
                            { steps.bonus_cap.map(|cap| format!("{} {}", t.bonus_cap, entered(cap))).unwrap_or_default() }{ ")" }</th>
                            <td class="num">{ fig4(&steps.bonus) }</td></tr>
                        <tr class="subtotal"><th scope="row">{ "= " }{ t.step_f }</th><td class="num strong" data-field="final">{ fig4(&steps.final_score) }</td></tr>
                    </tbody>
                </table>
                if steps.floored {
                    <p class="note">{ t.floored }</p>
                }
                if let Some(m) = steps.clamped_to {
                    <p class="note">{ t.clamped }{ entered(m) }</p>
                }
                <p class="rounding" data-testid="receipt-rounding">{
                    t.rounding.replace("{f}", &full(&steps.final_score)).replace("{s}", &pub2(steps.published))
                }</p>
            </section>
        </>
    }
}
