//! AHP's figures: λmax, CI, RI, CR and the verdict, the most inconsistent judgment with
//! its suggestion, and the eigenvector weights beside their projection into the bands.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::ahp_logic::{dim_name, judgment_text, pairs};
use crate::screens::simulate::scenarios::weight_text::{band_text, pct, violation_text};
use scorecard_engine::number::{approx_percent_text, approx_text};
use scorecard_engine::simulate::ahp::{saaty_grade, Ahp};
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`AhpFigures`].
#[derive(Properties, PartialEq)]
pub struct AhpFiguresProps {
    /// The engine's AHP, or why it failed.
    pub result: Rc<Result<Ahp, Option<SimError>>>,
    /// Called with (pair, grade) to take the suggestion.
    pub on_set: Callback<(usize, i8)>,
}

/// The figures.
#[function_component(AhpFigures)]
pub fn ahp_figures(p: &AhpFiguresProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let pairs = pairs(plan.dimensions.len());
    match &*p.result {
        Err(e) => {
            let why = e
                .as_ref()
                .map(|e| app.lang.sim_inputs().sim_error_in(app.lang, Some(&ws), e))
                .unwrap_or_default();
            html! { <p class="error" role="alert">{ t.ahp_failed }{ " " }{ why }</p> }
        }
        Ok(r) => {
            let e = &r.eigen;
            let approx = |x: f64, dp: u32| approx_text(x, dp).unwrap_or_default();
            let verdict = if r.consistent {
                html! { <p class="banner ok" role="status" data-testid="ahp-verdict" data-consistent="true">{ t.consistent }</p> }
            } else {
                html! { <p class="banner danger" role="alert" data-testid="ahp-verdict" data-consistent="false">{ t.inconsistent }</p> }
            };
            let worst = r.worst.as_ref().filter(|_| !r.consistent).map(|w| {
                let i = plan.dimensions.iter().position(|d| d.id == w.row);
                let j = plan.dimensions.iter().position(|d| d.id == w.column);
                let (a, b) = (
                    i.map(|i| dim_name(plan, i)).unwrap_or_default(),
                    j.map(|j| dim_name(plan, j)).unwrap_or_default(),
                );
                let given = saaty_grade(w.given);
                let suggested = saaty_grade(w.suggested);
                let k = i.zip(j).and_then(|ij| pairs.iter().position(|p| *p == ij));
                let take = k.map(|k| {
                    let on_set = p.on_set.clone();
                    Callback::from(move |_| on_set.emit((k, suggested)))
                });
                html! {
                    <div class="ahp-worst" data-testid="ahp-worst">
                        <p>{ fill(t.worst, &[
                            ("pair", &fill(t.pair, &[("a", &a), ("b", &b)])),
                            ("given", &judgment_text(t, &a, &b, given)),
                            ("implied", &approx(w.implied, 2)),
                            ("suggested", &judgment_text(t, &a, &b, suggested)),
                        ]) }</p>
                        if let Some(onclick) = take {
                            <button {onclick} data-testid="ahp-take">{ t.take_suggestion }</button>
                        }
                    </div>
                }
            });
            html! {
                <>
                    <dl class="ahp-figures">
                        <div><dt>{ t.lambda_max }</dt><dd data-testid="ahp-lambda">{ approx(e.lambda_max, 3) }</dd></div>
                        <div><dt>{ t.ci }</dt><dd data-testid="ahp-ci">{ approx(e.ci, 3) }</dd></div>
                        <div><dt>{ t.ri }</dt><dd data-testid="ahp-ri">{ approx(e.ri, 2) }</dd></div>
                        <div class="cr"><dt>{ t.cr }</dt><dd data-testid="ahp-cr">{ approx(e.cr, 3) }</dd></div>
                    </dl>
                    { verdict }
                    { worst.unwrap_or_default() }
                    <table class="ahp-weights" data-testid="ahp-weights">
                        <caption>{ t.ahp_weights_heading }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_dimension }</th>
                            <th scope="col">{ t.col_eigen }</th>
                            <th scope="col">{ t.col_projected }</th>
                            <th scope="col">{ t.col_band }</th>
                        </tr></thead>
                        <tbody>{ for plan.dimensions.iter().enumerate().map(|(i, d)| html! {
                            <tr data-dim={d.id.clone()}>
                                <th scope="row">{ &d.name }</th>
                                <td class="num" data-field="eigen">{ e.weights.get(i).and_then(|w| approx_percent_text(*w, 1)).map(|s| format!("{s}%")).unwrap_or_default() }</td>
                                <td class="num strong" data-field="projected">{ r.weights.weights.get(&d.id).map(|w| pct(*w)).unwrap_or_default() }</td>
                                <td class="num">{ band_text(d.band) }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                    <p class="help">{ t.projected_note }</p>
                    if !r.weights.violations.is_empty() {
                        <ul class="error">{ for r.weights.violations.iter().map(|v| html! { <li>{ violation_text(t, plan, v) }</li> }) }</ul>
                    }
                </>
            }
        }
    }
}
