//! The weight editor of one profile under one scenario (S3.2, §8): per dimension a slider
//! and a percentage input; a move is rebalanced by the engine
//! (`simulate::weights::rebalance`, whole percent) and the whole profile is written to the
//! document at once, so the sum stays exactly 100%. Band and core-largest violations show
//! as they happen, while dragging too (a preview that is written on release).

use crate::hooks::use_app;
use crate::i18n::errors::kind_text;
use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use crate::i18n::Lang;
use crate::scenario_doc::{plan_weights, weights_in_force, weights_path, weights_value};
use crate::state::Action;
use rust_decimal::Decimal;
use scorecard_engine::model::Plan;
use scorecard_engine::number::{fraction_to_percent_text, percent_text_to_fraction};
use scorecard_engine::simulate::weights::{
    self, rebalance, special_period, Violation, SPECIAL_PERIOD_POINTS,
};
use scorecard_engine::Workspace;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A weight as a percentage: `0.45` → `45%` (exact, [`fraction_to_percent_text`]).
pub fn pct(d: Decimal) -> String {
    format!("{}%", fraction_to_percent_text(d))
}

/// A band as percentages: `40–50%`.
pub fn band_text(band: (Decimal, Decimal)) -> String {
    format!(
        "{}–{}%",
        fraction_to_percent_text(band.0),
        fraction_to_percent_text(band.1)
    )
}

fn dim_name(plan: &Plan, id: &str) -> String {
    plan.dimensions
        .iter()
        .find(|d| d.id == id)
        .map(|d| d.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// A violation in words, in the user's language.
pub fn violation_text(t: &ScenarioTexts, plan: &Plan, v: &Violation) -> String {
    match v {
        Violation::BelowBand {
            dimension,
            weight,
            low,
        } => fill(
            t.below_band,
            &[
                ("dim", &dim_name(plan, dimension)),
                ("w", &pct(*weight)),
                ("low", &pct(*low)),
            ],
        ),
        Violation::AboveBand {
            dimension,
            weight,
            high,
        } => fill(
            t.above_band,
            &[
                ("dim", &dim_name(plan, dimension)),
                ("w", &pct(*weight)),
                ("high", &pct(*high)),
            ],
        ),
        Violation::CoreNotLargest {
            core,
            core_weight,
            dimension,
            weight,
        } => fill(
            t.core_not_largest,
            &[
                ("dim", &dim_name(plan, dimension)),
                ("w", &pct(*weight)),
                ("core", &dim_name(plan, core)),
                ("cw", &pct(*core_weight)),
            ],
        ),
        Violation::SumNotOne { sum } => fill(t.sum_not_one, &[("sum", &pct(*sum))]),
    }
}

/// The short marker of a dimension's violations (below/above band, above the core).
fn marks(t: &ScenarioTexts, vs: &[Violation], dim: &str) -> Vec<&'static str> {
    vs.iter()
        .filter_map(|v| match v {
            Violation::BelowBand { dimension, .. } if dimension == dim => Some(t.mark_low),
            Violation::AboveBand { dimension, .. } if dimension == dim => Some(t.mark_high),
            Violation::CoreNotLargest { dimension, .. } if dimension == dim => Some(t.mark_core),
            _ => None,
        })
        .collect()
}

/// A typed or dragged percentage, rebalanced by the engine; the reason in words when it
/// cannot be.
fn moved(
    lang: Lang,
    ws: &Workspace,
    current: &BTreeMap<String, Decimal>,
    dim: &str,
    text: &str,
) -> Result<BTreeMap<String, Decimal>, String> {
    let t = lang.sim_scenarios();
    let v = percent_text_to_fraction(text)
        .map_err(|k| format!("{} {}", t.bad_percent, kind_text(lang, &k)))?;
    if v < Decimal::ZERO || v > Decimal::ONE {
        return Err(t.percent_range.to_string());
    }
    rebalance(&ws.plan, current, dim, v, 2)
        .map(|r| r.weights)
        .map_err(|e| e.to_string())
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Props of [`SimWeightEditor`].
#[derive(Properties, PartialEq)]
pub struct WeightEditorProps {
    /// The scenario's position in the document's `scenarios`.
    pub scenario: usize,
    /// The profile id.
    pub profile: AttrValue,
}

/// The weights of one profile under one scenario.
#[function_component(SimWeightEditor)]
pub fn sim_weight_editor(p: &WeightEditorProps) -> Html {
    let preview = use_state(|| None::<BTreeMap<String, Decimal>>);
    let problem = use_state(|| None::<String>);
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let lang = app.lang;
    let plan = &ws.plan;
    let Some(profile) = plan.profiles.iter().find(|x| x.id == *p.profile) else {
        return html! {};
    };
    let (current, own) = weights_in_force(&app.doc, plan, p.scenario, &profile.id);
    let shown = (*preview).clone().unwrap_or_else(|| current.clone());
    let violations = weights::violations(plan, &shown);
    let total = weights::total(plan, &shown);
    let plan_w = plan_weights(plan, &profile.id);
    let path = weights_path(p.scenario, &profile.id);
    let pid = profile.id.clone();

    let commit: Rc<dyn Fn(BTreeMap<String, Decimal>)> = {
        let app = app.clone();
        let ws = ws.clone();
        let path = path.clone();
        Rc::new(move |w| {
            app.dispatch(Action::Set {
                path: path.clone(),
                value: weights_value(&ws.plan, &w),
            })
        })
    };

    let row = |d: &scorecard_engine::model::Dimension| {
        let w = shown.get(&d.id).copied().unwrap_or_default();
        let text = fraction_to_percent_text(w);
        let names = [("dim", d.name.as_str()), ("profile", profile.name.as_str())];
        let on_drag = {
            let (ws, current, dim, preview) =
                (ws.clone(), current.clone(), d.id.clone(), preview.clone());
            Callback::from(move |e: InputEvent| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                if let Ok(w) = moved(lang, &ws, &current, &dim, &v) {
                    preview.set(Some(w));
                }
            })
        };
        let on_release = {
            let (ws, current, dim, preview, commit) = (
                ws.clone(),
                current.clone(),
                d.id.clone(),
                preview.clone(),
                commit.clone(),
            );
            Callback::from(move |e: Event| {
                if let Ok(w) = moved(lang, &ws, &current, &dim, &input_value(&e)) {
                    commit(w);
                }
                preview.set(None);
            })
        };
        let on_typed = {
            let (ws, current, dim, problem, commit) = (
                ws.clone(),
                current.clone(),
                d.id.clone(),
                problem.clone(),
                commit.clone(),
            );
            Callback::from(move |e: Event| {
                match moved(lang, &ws, &current, &dim, &input_value(&e)) {
                    Ok(w) => {
                        problem.set(None);
                        commit(w);
                    }
                    Err(msg) => problem.set(Some(msg)),
                }
            })
        };
        let m = marks(t, &violations, &d.id);
        let plan_text = plan_w.get(&d.id).map(|x| pct(*x)).unwrap_or_default();
        html! {
            <tr class={classes!((!m.is_empty()).then_some("bad"))} data-dim={d.id.clone()}>
                <th scope="row">
                    { &d.name }
                    { for m.iter().map(|x| html! { <span class="chip bad">{ *x }</span> }) }
                </th>
                <td class="slider">
                    <input type="range" min="0" max="100" step="1" value={text.clone()}
                        aria-label={fill(t.slider_label, &names)}
                        data-testid={format!("ws-{pid}-{}", d.id)}
                        oninput={on_drag} onchange={on_release} />
                </td>
                <td class="pct">
                    <input type="text" inputmode="decimal" size="4" value={text}
                        aria-label={fill(t.input_label, &names)}
                        data-testid={format!("w-{pid}-{}", d.id)}
                        onchange={on_typed} />
                    <span aria-hidden="true">{ "%" }</span>
                </td>
                <td class="band num">{ band_text(d.band) }</td>
                <td class="plan num">{ plan_text }</td>
            </tr>
        }
    };

    let on_special = {
        let (ws, current, problem, commit) =
            (ws.clone(), current.clone(), problem.clone(), commit.clone());
        Callback::from(
            move |_| match special_period(&ws.plan, &current, SPECIAL_PERIOD_POINTS) {
                Ok(r) => {
                    problem.set(None);
                    commit(r.weights);
                }
                Err(e) => problem.set(Some(format!("{} {e}", lang.sim_scenarios().preset_failed))),
            },
        )
    };
    let on_reset = {
        let (app, path, problem) = (app.clone(), path.clone(), problem.clone());
        Callback::from(move |_| {
            problem.set(None);
            app.dispatch(Action::Remove { path: path.clone() })
        })
    };
    let sum_ok = !violations
        .iter()
        .any(|v| matches!(v, Violation::SumNotOne { .. }));
    html! {
        <section class={classes!("card", "weight-card", own.then_some("own"))}
            data-testid={format!("weights-{pid}")} aria-label={profile.name.clone()}>
            <header>
                <h4>{ &profile.name }</h4>
                <span class={classes!("chip", if own { "changed" } else { "inherit" })}>
                    { if own { t.overridden } else { t.follows_plan } }
                </span>
            </header>
            <table class="weights">
                <thead><tr>
                    <th scope="col">{ t.col_dimension }</th>
                    <th scope="col" colspan="2">{ t.col_weight }</th>
                    <th scope="col">{ t.col_band }</th>
                    <th scope="col">{ t.col_plan }</th>
                </tr></thead>
                <tbody>{ for plan.dimensions.iter().map(row) }</tbody>
                <tfoot><tr class={classes!((!sum_ok).then_some("bad"))}>
                    <th scope="row">{ t.total }</th>
                    <td></td>
                    <td class="pct strong" data-testid={format!("wt-{pid}")}>{ pct(total) }</td>
                    <td colspan="2"></td>
                </tr></tfoot>
            </table>
            if let Some(msg) = &*problem {
                <p class="error" role="alert" data-testid={format!("werr-{pid}")}>{ msg }</p>
            }
            <div class="violations" role="status" aria-live="polite" data-testid={format!("wv-{pid}")}>
                if violations.is_empty() {
                    <p class="ok">{ t.rules_kept }</p>
                } else {
                    <ul>{ for violations.iter().map(|v| html! { <li>{ violation_text(t, plan, v) }</li> }) }</ul>
                }
            </div>
            <div class="actions">
                <button onclick={on_special} title={t.special_period_help}
                    data-testid={format!("special-{pid}")}>{ t.special_period }</button>
                if own {
                    <button onclick={on_reset} data-testid={format!("reset-{pid}")}>{ t.reset_profile }</button>
                }
            </div>
        </section>
    }
}
