//! AHP weights (§9): a pairwise comparison of the plan's dimensions on Saaty's 1–9 scale in
//! plain words; the engine's eigenvector weights, λmax, CI, RI, CR and verdict, the most
//! inconsistent judgment with a suggestion, the weights projected into the bands at whole
//! percent, and "apply to profile X of scenario Y".

use crate::hooks::use_workspace;
use crate::screens::simulate::scenarios::ahp_apply::AhpApply;
use crate::screens::simulate::scenarios::ahp_figures::AhpFigures;
use crate::screens::simulate::scenarios::ahp_logic::{pairs, run, Judge, Judgments};
use crate::screens::simulate::scenarios::ahp_matrix::AhpMatrix;
use crate::screens::simulate::scenarios::ahp_pairs::AhpPairs;
use std::rc::Rc;
use yew::prelude::*;

/// AHP.
#[function_component(SimAhp)]
pub fn sim_ahp() -> Html {
    let grades = use_reducer(Judgments::default);
    let applied = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let n = plan.dimensions.len();
    let pairs = pairs(n);
    // The judgments in force: all "equal" until set (and again when the plan's dimensions change).
    let judged: Vec<i8> = grades.of_len(pairs.len());
    let result = run(plan, &judged);

    let len = pairs.len();
    let on_set = {
        let (grades, applied) = (grades.clone(), applied.clone());
        Callback::from(move |(k, g): (usize, i8)| {
            applied.set(None);
            grades.dispatch(Judge::Set { k, g, len });
        })
    };
    let weights = result
        .as_ref()
        .ok()
        .map(|r| Rc::new(r.weights.weights.clone()));
    let on_reset = {
        let (grades, applied) = (grades.clone(), applied.clone());
        Callback::from(move |_| {
            applied.set(None);
            grades.dispatch(Judge::Reset);
        })
    };

    html! {
        <div class="sim-ahp">
            <h3>{ t.ahp_heading }</h3>
            <p class="help">{ t.ahp_help }</p>
            <div class="ahp-layout">
                <section class="card ahp-input">
                    <AhpPairs judged={judged.clone()} on_set={on_set.clone()} />
                    <button onclick={on_reset} data-testid="ahp-reset">{ t.reset_matrix }</button>
                    <h4>{ t.matrix_heading }</h4>
                    <AhpMatrix judged={judged.clone()} />
                </section>
                <section class="card ahp-output" aria-live="polite">
                    <AhpFigures result={Rc::new(result)} {on_set} />
                    <AhpApply {weights} applied={applied.clone()} />
                </section>
            </div>
        </div>
    }
}
