//! An annual receipt's calculation (§7): each period's published score and weight, the
//! weighted mean `A = Σ w·S / Σ w`, the annual dimension means and the cycle's deduction.
//! Figures come from the engine's `AnnualDetail` and [`report::annual_steps`].

use crate::format::{fig4, pub2, pub2_or, weight, weight_exact};
use crate::hooks::use_app;
use crate::screens::results::receipt::parts::{
    cohort_mean, dim_score, for_unit, head, period_name, rounding, UnitProps,
};
use scorecard_engine::report;
use scorecard_engine::score::UnitDetail;
use yew::prelude::*;

/// The annual calculation of one unit.
#[function_component(ReceiptAnnual)]
pub fn receipt_annual(p: &UnitProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    for_unit(&app, &p.unit, |ws, rs, u| {
        let UnitDetail::Annual(d) = &u.detail else {
            return html! {};
        };
        let t = app.lang.receipt();
        let c = app.lang.common();
        let steps = report::annual_steps(d);
        let means = report::dimension_means(ws, rs);
        let any_missing = steps.lines.iter().any(|l| l.score.is_none());
        html! {
            <>
                <section class="receipt-section">
                    <h3>{ t.annual_parts }</h3>
                    <table class="receipt-table">
                        { head(&[
                            (t.col_period, false),
                            (t.col_period_weight, true),
                            (t.col_period_score, true),
                            (t.col_part, true),
                        ]) }
                        <tbody>
                            { for steps.lines.iter().map(|l| html! {
                                <tr data-period={l.period.clone()} class={classes!(l.score.is_none().then_some("is-missing"))}>
                                    <th scope="row">{ period_name(&ws.plan.periods, &l.period) }</th>
                                    <td class="num">{ weight(l.weight) }</td>
                                    <td class="num">{ l.score.map(pub2).unwrap_or_else(|| t.not_scored.to_string()) }</td>
                                    <td class="num strong" data-field="contribution">{ l.part.as_ref().map(fig4).unwrap_or_else(|| c.none.to_string()) }</td>
                                </tr>
                            }) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row">{ t.annual_total }</th>
                            <td class="num">{ weight_exact(&steps.weight_scored) }</td>
                            <td></td>
                            <td class="num strong" data-field="numerator">{ fig4(&steps.numerator) }</td>
                        </tr></tfoot>
                    </table>
                    if any_missing {
                        <p class="note">{ t.annual_missing }</p>
                    }
                    <p class="formula">{ t.annual_formula
                        .replace("{num}", &fig4(&steps.numerator))
                        .replace("{den}", &fig4(&steps.weight_scored))
                        .replace("{x}", &fig4(&steps.exact)) }</p>
                    { rounding(t, &steps.exact, u.score) }
                </section>
                <section class="receipt-section">
                    <h3>{ t.annual_dims }</h3>
                    <table class="receipt-table">
                        { head(&[(t.col_dimension, false), (t.col_dim_score, true), (t.col_cohort_mean, true)]) }
                        <tbody>
                            { for ws.plan.dimensions.iter().map(|dim| {
                                let x = d.dimensions.iter().find(|(id, _)| *id == dim.id).map(|(_, x)| x);
                                let mean = cohort_mean(&means, &dim.id);
                                html! {
                                    <tr data-dimension={dim.id.clone()}>
                                        <th scope="row">{ &dim.name }</th>
                                        <td class="num">{ dim_score(x, c.none) }</td>
                                        <td class="num muted">{ pub2_or(mean, c.none) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    <p>{ t.annual_deduction }{ ": " }<b>{ fig4(&d.deduction) }</b>{ format!(" ({})", pub2(u.deduction)) }</p>
                </section>
            </>
        }
    })
}
