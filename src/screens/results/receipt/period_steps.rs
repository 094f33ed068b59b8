//! A period receipt's last steps: the negative list and its deduction `P` (capped, veto),
//! then the ledger `(B − P) × k_c × k_r + bonus = F` and its rounding to the published `S`.

use crate::format::{entered, fig4, weight};
use crate::i18n::receipt::ReceiptTexts;
use crate::screens::results::receipt::parts::{head, rounding};
use scorecard_engine::model::Plan;
use scorecard_engine::report::PeriodSteps;
use scorecard_engine::score::period::UnitPeriod;
use yew::prelude::*;

/// The negative-list section.
pub fn deductions_section(
    t: &ReceiptTexts,
    plan: &Plan,
    d: &UnitPeriod,
    steps: &PeriodSteps,
) -> Html {
    html! {
    <section class="receipt-section">
        <h3>{ t.deductions }</h3>
        if d.events.is_empty() {
            <p class="muted">{ t.no_events }</p>
        } else {
            <table class="receipt-table">
                { head(&[(t.col_level, false), (t.col_note, false), (t.col_pct, true), (t.col_amount, true)]) }
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
    }
}

/// The final-steps section.
pub fn final_section(t: &ReceiptTexts, steps: &PeriodSteps) -> Html {
    html! {
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
        { rounding(t, &steps.final_score, steps.published) }
    </section>
    }
}
