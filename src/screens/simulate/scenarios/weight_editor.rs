//! The weight editor of one profile under one scenario (S3.2, §8): per dimension a slider
//! and a percentage input; a move is rebalanced by the engine
//! (`simulate::weights::rebalance`, whole percent) and the whole profile is written to the
//! document at once, so the sum stays exactly 100%. Band and core-largest violations show
//! as they happen, while dragging too (a preview that is written on release).

use crate::hooks::use_workspace;
use crate::screens::simulate::scenarios::weight_row::WeightRow;
use crate::screens::simulate::scenarios::weight_text::{marks, pct, violation_text};
use crate::state::Action;
use rust_decimal::Decimal;
use scorecard_engine::edit::{doc_weights_in_force, plan_weights, Edit};
use scorecard_engine::simulate::weights::{self, special_period, Violation, SPECIAL_PERIOD_POINTS};
use std::collections::BTreeMap;
use yew::prelude::*;

/// Props of [`SimWeightEditor`].
#[derive(Properties, PartialEq)]
pub struct WeightEditorProps {
    /// The scenario's position in the document's `scenarios`.
    pub scenario: usize,
    /// The scenario's id.
    pub scenario_id: AttrValue,
    /// The profile id.
    pub profile: AttrValue,
}

/// The weights of one profile under one scenario.
#[function_component(SimWeightEditor)]
pub fn sim_weight_editor(p: &WeightEditorProps) -> Html {
    let preview = use_state(|| None::<BTreeMap<String, Decimal>>);
    let problem = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let lang = app.lang;
    let plan = &ws.plan;
    let Some(profile) = plan.profile(&p.profile) else {
        return html! {};
    };
    let (current, own) = doc_weights_in_force(&app.doc, plan, p.scenario, &profile.id);
    let shown = (*preview).clone().unwrap_or_else(|| current.clone());
    let violations = weights::violations(plan, &shown);
    let total = weights::total(plan, &shown);
    let plan_w = plan_weights(plan, &profile.id);
    let pid = profile.id.clone();
    let set = {
        let (app, scenario, profile) = (app.clone(), p.scenario_id.to_string(), pid.clone());
        move |weights: Option<BTreeMap<String, Decimal>>| {
            app.dispatch(Action::Edit(Edit::SetScenarioWeights {
                scenario: scenario.clone(),
                profile: profile.clone(),
                weights,
            }))
        }
    };
    let commit: Callback<BTreeMap<String, Decimal>> = {
        let set = set.clone();
        Callback::from(move |w: BTreeMap<String, Decimal>| set(Some(w)))
    };

    let on_special = {
        let (ws, current, problem, commit) =
            (ws.clone(), current.clone(), problem.clone(), commit.clone());
        Callback::from(
            move |_| match special_period(&ws.plan, &current, SPECIAL_PERIOD_POINTS) {
                Ok(r) => {
                    problem.set(None);
                    commit.emit(r.weights);
                }
                Err(e) => problem.set(Some(format!(
                    "{} {}",
                    lang.sim_scenarios().preset_failed,
                    lang.sim_inputs().sim_error_in(lang, Some(&ws), &e)
                ))),
            },
        )
    };
    let on_reset = {
        let problem = problem.clone();
        Callback::from(move |_| {
            problem.set(None);
            set(None)
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
                <tbody>{ for plan.dimensions.iter().map(|d| html! {
                    <WeightRow dim={d.id.clone()} profile={pid.clone()} profile_name={profile.name.clone()}
                        weight={shown.get(&d.id).copied().unwrap_or_default()} current={current.clone()}
                        marks={marks(t, &violations, &d.id)} plan_text={plan_w.get(&d.id).map(|x| pct(*x)).unwrap_or_default()}
                        preview={preview.clone()} problem={problem.clone()} commit={commit.clone()} />
                }) }</tbody>
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
