//! A period receipt's calculation: every indicator from its raw input to its contribution,
//! each dimension, the weighted score `B`, the negative list, and the steps
//! `(B − P) × k_c × k_r + bonus = F → S`. Figures are the engine's (`UnitPeriod` and
//! [`report::period_steps`]); this component only lays them out.

use crate::format::{fig4, pub2_or, weight, weight_exact};
use crate::hooks::use_app;
use crate::screens::results::receipt::parts::{
    cohort_mean, dim_score, for_unit, head, opt4, UnitProps,
};
use crate::screens::results::receipt::period_indicators::indicator_table;
use crate::screens::results::receipt::period_steps::{deductions_section, final_section};
use scorecard_engine::exact::Exact;
use scorecard_engine::report;
use scorecard_engine::score::{PeriodChoice, UnitDetail};
use yew::prelude::*;

/// The period calculation of one unit.
#[function_component(ReceiptPeriod)]
pub fn receipt_period(p: &UnitProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    for_unit(&app, &p.unit, |ws, rs, u| {
        let UnitDetail::Period(d) = &u.detail else {
            return html! {};
        };
        let t = app.lang.receipt();
        let none = app.lang.common().none;
        let plan = &ws.plan;
        let steps = report::period_steps(plan, d);
        let means = report::dimension_means(ws, rs);
        // The experts' names are input data, not figures: they come from the record.
        let record = match &rs.query.period {
            PeriodChoice::Period(id) => ws.record(&p.unit, id),
            PeriodChoice::Annual => None,
        };
        let dim_tables = plan
            .dimensions
            .iter()
            .filter_map(|dim| indicator_table(t, none, plan, dim, d, record));
        let dim_rows = plan.dimensions.iter().filter_map(|dim| {
        let o = d.dimensions.iter().find(|x| x.id == dim.id)?;
        Some(html! {
            <tr data-dimension={dim.id.clone()}>
                <th scope="row">{ &dim.name }</th>
                <td class="num">{ dim_score(o.score.as_ref(), none) }</td>
                <td class="num">{ weight(o.weight) }</td>
                <td class="num">{ o.effective_weight.as_ref().map(weight_exact).unwrap_or_else(|| none.to_string()) }</td>
                <td class="num strong" data-field="contribution">{ opt4(&o.contribution, none) }</td>
                <td class="num muted">{ pub2_or(cohort_mean(&means, &dim.id), none) }</td>
            </tr>
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
                        { head(&[
                            (t.col_dimension, false),
                            (t.col_dim_score, true),
                            (t.col_weight, true),
                            (t.col_effective, true),
                            (t.col_contribution, true),
                            (t.col_cohort_mean, true),
                        ]) }
                        <tbody>{ for dim_rows }</tbody>
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
                { deductions_section(t, plan, d, &steps) }
                { final_section(t, &steps) }
            </>
        }
    })
}
