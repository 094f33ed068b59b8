//! A period receipt's table of one dimension's indicators: input, method, score, weight,
//! effective weight and contribution of each, and the dimension's sum.

use crate::format::{fig4, weight, weight_exact};
use crate::i18n::receipt::ReceiptTexts;
use crate::screens::results::receipt::parts::{head, opt4};
use crate::screens::results::receipt::period_input::{input_html, method_text};
use scorecard_engine::model::{Dimension, Indicator, Plan, Record};
use scorecard_engine::score::period::{IndicatorOutcome, UnitPeriod};
use yew::prelude::*;

/// The table of `dim`, when the unit has an outcome for it.
pub fn indicator_table(
    t: &ReceiptTexts,
    none: &str,
    plan: &Plan,
    dim: &Dimension,
    d: &UnitPeriod,
    record: Option<&Record>,
) -> Option<Html> {
    let outcome = d.dimensions.iter().find(|x| x.id == dim.id)?;
    let rows: Vec<(&IndicatorOutcome, &Indicator)> = dim
        .indicators
        .iter()
        .filter_map(|ind| Some((d.indicators.iter().find(|i| i.id == ind.id)?, ind)))
        .collect();
    Some(html! {
        <table class="receipt-table indicators" data-dimension={dim.id.clone()}>
            <caption>{ &dim.name }</caption>
            { head(&[
                (t.col_indicator, false),
                (t.col_input, false),
                (t.col_method, false),
                (t.col_score, true),
                (t.col_weight, true),
                (t.col_effective, true),
                (t.col_contribution, true),
            ]) }
            <tbody>
                { for rows.iter().map(|(i, ind)| html! {
                    <tr data-indicator={i.id.clone()} class={classes!(i.missing.then_some("is-missing"))}>
                        <th scope="row">{ &ind.name }</th>
                        <td>{ input_html(t, plan, i, record) }
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
}
