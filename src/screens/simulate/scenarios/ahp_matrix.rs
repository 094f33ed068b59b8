//! AHP's pairwise comparison matrix as it stands (reciprocals below the diagonal).

use crate::hooks::use_workspace;
use crate::screens::simulate::scenarios::ahp_logic::{
    dim_name, grade_value_text, matrix_grade, pairs,
};
use yew::prelude::*;

/// Props of [`AhpMatrix`].
#[derive(Properties, PartialEq)]
pub struct AhpMatrixProps {
    /// The judgments in force, one per pair.
    pub judged: Vec<i8>,
}

/// The matrix.
#[function_component(AhpMatrix)]
pub fn ahp_matrix(p: &AhpMatrixProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let n = plan.dimensions.len();
    let pairs = pairs(n);
    html! {
        <table class="ahp-matrix" aria-label={t.matrix_heading}>
            <thead><tr>
                <td></td>
                { for plan.dimensions.iter().map(|d| html! { <th scope="col">{ &d.name }</th> }) }
            </tr></thead>
            <tbody>{ for (0..n).map(|i| html! {
                <tr>
                    <th scope="row">{ dim_name(plan, i) }</th>
                    { for (0..n).map(|j| {
                        let g = matrix_grade(&pairs, &p.judged, i, j);
                        html! { <td class={classes!("num", (i == j).then_some("diag"))}>{ grade_value_text(g) }</td> }
                    }) }
                </tr>
            }) }</tbody>
        </table>
    }
}
