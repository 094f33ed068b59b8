//! AHP weights (§9): a pairwise comparison of the plan's dimensions on Saaty's 1–9 scale in
//! plain words; the engine's eigenvector weights, λmax, CI, RI, CR and verdict, the most
//! inconsistent judgment with a suggestion, the weights projected into the bands at whole
//! percent, and "apply to profile X of scenario Y".

use crate::hooks::use_app;
use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use crate::scenario_doc::{
    entries, free_id, new_scenario, scenarios_path, weights_path, weights_value,
};
use crate::screens::simulate::scenarios::weight_editor::{band_text, pct, violation_text};
use crate::state::Action;
use scorecard_engine::model::Plan;
use scorecard_engine::number::{approx_percent_text, approx_text};
use scorecard_engine::path::JsonPath;
use scorecard_engine::simulate::ahp::{
    ahp, matrix_from_upper, saaty_grade, saaty_value, Ahp, SAATY_GRADES,
};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The judgments made so far, upper triangle row by row (signed Saaty grades); a
/// reducer, so quick successive changes each apply to the latest judgments.
#[derive(Debug, Clone, Default, PartialEq)]
struct Judgments(Vec<i8>);

/// A change of the judgments.
enum Judge {
    /// Judgment `k` of `len` is now `g`.
    Set { k: usize, g: i8, len: usize },
    /// All "equal".
    Reset,
}

impl Judgments {
    /// The judgments for `len` pairs: all "equal" until set, and again when the number of
    /// pairs changes (another plan).
    fn of_len(&self, len: usize) -> Vec<i8> {
        if self.0.len() == len {
            self.0.clone()
        } else {
            vec![1; len]
        }
    }
}

impl Reducible for Judgments {
    type Action = Judge;

    fn reduce(self: Rc<Self>, action: Judge) -> Rc<Self> {
        match action {
            Judge::Set { k, g, len } => {
                let mut next = self.of_len(len);
                if let Some(x) = next.get_mut(k) {
                    *x = g;
                }
                Rc::new(Judgments(next))
            }
            Judge::Reset => Rc::new(Judgments::default()),
        }
    }
}

/// A grade's matrix entry as text: `5` → `5`, `-5` → `1/5`.
fn grade_value_text(g: i8) -> String {
    if g >= 1 {
        g.to_string()
    } else {
        format!("1/{}", g.unsigned_abs())
    }
}

/// The grade of the transposed judgment (`5` ↔ `-5`; `1` stays).
fn transposed(g: i8) -> i8 {
    if g == 1 {
        1
    } else {
        g.saturating_neg()
    }
}

/// The words of a judgment on the pair (a, b): who is more important, and how much.
fn judgment_text(t: &ScenarioTexts, a: &str, b: &str, g: i8) -> String {
    let strength = t
        .strengths
        .get(usize::from(g.unsigned_abs().saturating_sub(1)))
        .copied()
        .unwrap_or_default();
    let dim = if g == 1 {
        ""
    } else if g > 1 {
        a
    } else {
        b
    };
    fill(
        t.judgment_option,
        &[
            ("dim", dim),
            ("strength", strength),
            ("value", &grade_value_text(g)),
        ],
    )
    .trim_start()
    .to_string()
}

/// The upper-triangle pairs (i, j), row by row: the order of `matrix_from_upper`.
fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|i| ((i + 1)..n).map(move |j| (i, j)))
        .collect()
}

fn dim_name(plan: &Plan, i: usize) -> String {
    plan.dimensions
        .get(i)
        .map(|d| d.name.clone())
        .unwrap_or_default()
}

fn run(plan: &Plan, grades: &[i8]) -> Result<Ahp, String> {
    let values: Vec<f64> = grades.iter().filter_map(|g| saaty_value(*g)).collect();
    let m = matrix_from_upper(plan.dimensions.len(), &values).ok_or_else(String::new)?;
    ahp(plan, &m).map_err(|e| e.to_string())
}

/// AHP.
#[function_component(SimAhp)]
pub fn sim_ahp() -> Html {
    let grades = use_reducer(Judgments::default);
    let profile = use_state(String::new);
    let target = use_state(|| None::<String>);
    let applied = use_state(|| None::<String>);
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let n = plan.dimensions.len();
    let pairs = pairs(n);
    // The judgments in force: all "equal" until set (and again when the plan's dimensions change).
    let judged: Vec<i8> = grades.of_len(pairs.len());
    let result = run(plan, &judged);

    let len = pairs.len();
    let set_grade = |k: usize, g: i8| {
        let grades = grades.clone();
        let applied = applied.clone();
        move || {
            applied.set(None);
            grades.dispatch(Judge::Set { k, g, len });
        }
    };

    let pair_row = |(k, &(i, j)): (usize, &(usize, usize))| {
        let (a, b) = (dim_name(plan, i), dim_name(plan, j));
        let g = judged.get(k).copied().unwrap_or(1);
        let onchange = {
            let grades = grades.clone();
            let applied = applied.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Ok(g) = v.parse::<i8>() {
                    applied.set(None);
                    grades.dispatch(Judge::Set { k, g, len });
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

    let matrix = html! {
        <table class="ahp-matrix" aria-label={t.matrix_heading}>
            <thead><tr>
                <td></td>
                { for plan.dimensions.iter().map(|d| html! { <th scope="col">{ &d.name }</th> }) }
            </tr></thead>
            <tbody>{ for (0..n).map(|i| html! {
                <tr>
                    <th scope="row">{ dim_name(plan, i) }</th>
                    { for (0..n).map(|j| {
                        let g = if i == j {
                            1
                        } else if i < j {
                            pairs.iter().position(|p| *p == (i, j)).and_then(|k| judged.get(k)).copied().unwrap_or(1)
                        } else {
                            transposed(pairs.iter().position(|p| *p == (j, i)).and_then(|k| judged.get(k)).copied().unwrap_or(1))
                        };
                        html! { <td class={classes!("num", (i == j).then_some("diag"))}>{ grade_value_text(g) }</td> }
                    }) }
                </tr>
            }) }</tbody>
        </table>
    };

    let figures = match &result {
        Err(e) => html! { <p class="error" role="alert">{ t.ahp_failed }{ " " }{ e }</p> },
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
                    let f = set_grade(k, suggested);
                    Callback::from(move |_| f())
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
    };

    // Apply: to a profile of a scenario (or of a new one).
    let list = entries(&app.doc);
    let chosen_profile = plan
        .profiles
        .iter()
        .find(|p| p.id == *profile)
        .or(plan.profiles.first())
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let chosen_target: Option<usize> = match &*target {
        Some(id) if id.is_empty() => None,
        Some(id) => list.iter().find(|e| &e.id == id).map(|e| e.index),
        None => list.first().map(|e| e.index),
    };
    let on_profile = {
        let profile = profile.clone();
        Callback::from(move |e: Event| {
            profile.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            target.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let on_apply = result.as_ref().ok().map(|r| {
        let (app, ws, applied, target) = (app.clone(), ws.clone(), applied.clone(), target.clone());
        let w = r.weights.weights.clone();
        let pid = chosen_profile.clone();
        let list = list.clone();
        Callback::from(move |_| {
            let t = app.lang.sim_scenarios();
            let value = weights_value(&ws.plan, &w);
            let pname = ws
                .plan
                .profiles
                .iter()
                .find(|p| p.id == pid)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let sname = match chosen_target.and_then(|i| list.iter().find(|e| e.index == i)) {
                Some(e) => {
                    app.dispatch(Action::Set {
                        path: weights_path(e.index, &pid),
                        value,
                    });
                    e.name.clone()
                }
                None => {
                    let id = free_id(&app.doc);
                    let name = t.ahp_scenario_name.to_string();
                    let mut s = new_scenario(&id, &name);
                    s.set_at(&JsonPath::root().key("weights").key(&pid), value);
                    app.dispatch(Action::Push {
                        path: scenarios_path(),
                        value: s,
                    });
                    target.set(Some(id));
                    name
                }
            };
            applied.set(Some(fill(
                t.applied,
                &[("profile", &pname), ("scenario", &sname)],
            )));
        })
    });
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
                    <table class="ahp-pairs" data-testid="ahp-pairs">
                        <thead><tr>
                            <th scope="col">{ t.col_pair }</th>
                            <th scope="col">{ t.col_judgment }</th>
                        </tr></thead>
                        <tbody>{ for pairs.iter().enumerate().map(pair_row) }</tbody>
                    </table>
                    <button onclick={on_reset} data-testid="ahp-reset">{ t.reset_matrix }</button>
                    <h4>{ t.matrix_heading }</h4>
                    { matrix }
                </section>
                <section class="card ahp-output" aria-live="polite">
                    { figures }
                    <fieldset class="ahp-apply">
                        <legend>{ t.apply_heading }</legend>
                        <label>
                            <span>{ t.apply_profile }</span>
                            <select onchange={on_profile} data-testid="ahp-profile">
                                { for plan.profiles.iter().map(|p| html! {
                                    <option value={p.id.clone()} selected={p.id == chosen_profile}>{ &p.name }</option>
                                }) }
                            </select>
                        </label>
                        <label>
                            <span>{ t.apply_scenario }</span>
                            <select onchange={on_target} data-testid="ahp-target">
                                { for list.iter().map(|e| html! {
                                    <option value={e.id.clone()} selected={chosen_target == Some(e.index)}>{ &e.name }</option>
                                }) }
                                <option value="" selected={chosen_target.is_none()}>{ t.apply_new }</option>
                            </select>
                        </label>
                        <button class="primary" onclick={on_apply.clone().unwrap_or_default()}
                            disabled={on_apply.is_none()} data-testid="ahp-apply">{ t.apply }</button>
                        if let Some(msg) = &*applied {
                            <p class="banner ok" role="status" data-testid="ahp-applied">{ msg }</p>
                        }
                    </fieldset>
                </section>
            </div>
        </div>
    }
}
