//! AHP's judgments: one select per pair of dimensions, Saaty's 1–9 scale in plain words.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::ahp_logic::{dim_name, judgment_text, pairs};
use scorecard_engine::simulate::ahp::SAATY_GRADES;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`AhpPairs`].
#[derive(Properties, PartialEq)]
pub struct AhpPairsProps {
    /// The judgments in force, one per pair.
    pub judged: Vec<i8>,
    /// Called with (pair, grade) when a judgment changes.
    pub on_set: Callback<(usize, i8)>,
}

/// The pairs table.
#[function_component(AhpPairs)]
pub fn ahp_pairs(p: &AhpPairsProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let pair_row = |(k, &(i, j)): (usize, &(usize, usize))| {
        let (a, b) = (dim_name(plan, i), dim_name(plan, j));
        let g = p.judged.get(k).copied().unwrap_or(1);
        let onchange = {
            let on_set = p.on_set.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Ok(g) = v.parse::<i8>() {
                    on_set.emit((k, g));
                }
            })
        };
        let pair = fill(t.pair, &[("a", &a), ("b", &b)]);
        let id = format!("ahp-{i}-{j}");
        html! {
            <tr>
                <th scope="row"><label for={id.clone()}>{ pair.clone() }</label></th>
                <td>
                    <select id={id.clone()} data-testid={id} {onchange}>
                        { for SAATY_GRADES.iter().map(|&x| html! {
                            <option value={x.to_string()} selected={x == g}>{ judgment_text(t, &a, &b, x) }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    };
    html! {
        <table class="ahp-pairs" data-testid="ahp-pairs">
            <thead><tr>
                <th scope="col">{ t.col_pair }</th>
                <th scope="col">{ t.col_judgment }</th>
            </tr></thead>
            <tbody>{ for pairs(plan.dimensions.len()).iter().enumerate().map(pair_row) }</tbody>
        </table>
    }
}
