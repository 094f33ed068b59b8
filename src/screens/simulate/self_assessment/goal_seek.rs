//! Goal seek (§9): for the sandbox unit, one indicator and a target (pass, good, Excellent
//! candidacy, the quota line, or a score), the least value that reaches it with all else
//! fixed, or why it cannot be reached. The engine's search runs on a button press, after
//! the busy state has painted.

use crate::hooks::use_app;
use crate::screens::simulate::self_assessment::goal_inputs::{
    chosen_indicator, indicator_choices, target_of, TARGETS,
};
use crate::screens::simulate::self_assessment::goal_result::{search, GoalResult, Run};
use crate::screens::simulate::self_assessment::sandbox_editor::Edit;
use crate::screens::simulate::support::WsRef;
use crate::widgets::options::options;
use scorecard_engine::json::Value;
use scorecard_engine::simulate::goal_seek::GoalQuery;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`GoalSeekPanel`].
#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    /// The workspace to search on (the sandbox's, when valid).
    pub trial: WsRef,
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Scenario id, or none for the plan.
    pub scenario: Option<AttrValue>,
    /// The sandbox record (where a found value goes).
    pub record: Rc<Value>,
    /// Puts a found value into the sandbox.
    pub on_use: Callback<Edit>,
}

/// The goal-seek panel.
#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(p: &GoalSeekProps) -> Html {
    let indicator = use_state(String::new);
    let target = use_state(|| 0usize);
    let score_text = use_state(|| String::from("90"));
    let busy = use_state(|| false);
    let run = use_state(|| None::<Rc<Run>>);
    let bad_score = use_state(|| false);
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_self();
    let indicators = indicator_choices(&p.trial.0);
    let chosen = chosen_indicator(&indicators, &indicator);

    let on_indicator = {
        let indicator = indicator.clone();
        Callback::from(move |e: Event| {
            indicator.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            target.set(v.parse().unwrap_or(0));
        })
    };
    let on_score = {
        let score_text = score_text.clone();
        Callback::from(move |e: InputEvent| {
            score_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_run = {
        let (busy, run, bad_score, trial) = (
            busy.clone(),
            run.clone(),
            bad_score.clone(),
            p.trial.clone(),
        );
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let scenario = p.scenario.as_ref().map(|s| s.to_string());
        let (chosen, target_i, score_text) = (chosen.clone(), *target, (*score_text).clone());
        Callback::from(move |_| {
            let Some(target) = target_of(target_i, &score_text) else {
                bad_score.set(true);
                return;
            };
            bad_score.set(false);
            busy.set(true);
            let q = GoalQuery {
                unit: unit.clone(),
                period: period.clone(),
                scenario: scenario.clone(),
                indicator: chosen.clone(),
                target,
            };
            let (busy, run, trial) = (busy.clone(), run.clone(), trial.clone());
            yew::platform::spawn_local(async move {
                run.set(Some(Rc::new(search(trial, q).await)));
                busy.set(false);
            });
        })
    };
    let shown = (*run)
        .clone()
        .filter(|r| r.unit == *p.unit && r.period == *p.period && r.indicator == chosen);

    html! {
        <section class="card goal-seek" aria-labelledby="goal-h">
            <h3 id="goal-h">{ t.goal }</h3>
            <p class="help">{ t.goal_help }{ " " }{ t.on_sandbox }</p>
            <div class="form-row">
                <label>
                    <span>{ t.indicator }</span>
                    <select data-testid="goal-indicator" onchange={on_indicator}>
                        { options(indicators.iter().map(|(id, name)| (id.as_str(), name.as_str())), &chosen) }
                    </select>
                </label>
                <label>
                    <span>{ t.target }</span>
                    <select data-testid="goal-target" onchange={on_target}>
                        { for (0..TARGETS).map(|i| html! {
                            <option value={i.to_string()} selected={i == *target}>
                                { t.targets.get(i).copied().unwrap_or_default() }
                            </option>
                        }) }
                    </select>
                </label>
                if *target == TARGETS - 1 {
                    <label>
                        <span>{ t.target_score }</span>
                        <input type="text" inputmode="decimal" class="num-input short" value={(*score_text).clone()}
                            oninput={on_score} data-testid="goal-score" aria-invalid={bad_score.to_string()} />
                    </label>
                }
                <button type="button" class="primary" onclick={on_run} disabled={*busy}
                    aria-busy={busy.to_string()} data-testid="goal-run">
                    { if *busy { t.seeking } else { t.seek } }
                </button>
            </div>
            if *bad_score {
                <p class="field-error" role="alert">{ t.target_score_bad }</p>
            }
            if let Some(r) = shown {
                <GoalResult run={r} trial={p.trial.clone()} record={p.record.clone()} on_use={p.on_use.clone()} />
            }
        </section>
    }
}
