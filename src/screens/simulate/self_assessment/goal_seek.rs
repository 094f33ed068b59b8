//! Goal seek (§9): for the sandbox unit, one indicator and a target (pass, good, Excellent
//! candidacy, the quota line, or a score), the least value that reaches it with all else
//! fixed, or why it cannot be reached. The engine's search runs on a button press, after
//! the busy state has painted.

use crate::hooks::use_app;
use crate::screens::simulate::self_assessment::sandbox_editor::Edit;
use crate::screens::simulate::support::{now_ms, yield_to_browser, WsRef};
use scorecard_engine::json::Value;
use scorecard_engine::number::{parse_decimal, two_places};
use scorecard_engine::simulate::goal_seek::{
    goal_seek, GoalQuery, GoalSeek, Outcome, Target, Unreachable,
};
use scorecard_engine::simulate::sandbox::scored_value_path;
use scorecard_engine::simulate::SimError;
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

/// What a finished search was asked, and its answer.
#[derive(PartialEq)]
struct Run {
    trial: WsRef,
    unit: String,
    period: String,
    indicator: String,
    answer: Result<GoalSeek, SimError>,
    ms: f64,
}

const TARGETS: usize = 5;

/// The goal-seek panel.
#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(p: &GoalSeekProps) -> Html {
    let indicator = use_state(String::new);
    let target = use_state(|| 0usize);
    let score_text = use_state(|| String::from("90"));
    let busy = use_state(|| false);
    let run = use_state(|| None::<Rc<Run>>);
    let bad_score = use_state(|| false);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.sim_self();
    let c = app.lang.common();
    let ws = p.trial.0.clone();
    let indicators: Vec<(String, String)> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .map(|i| (i.id.clone(), i.name.clone()))
        .collect();
    let chosen = if indicators.iter().any(|(id, _)| *id == *indicator) {
        (*indicator).clone()
    } else {
        indicators
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    };

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
        let busy = busy.clone();
        let run = run.clone();
        let bad_score = bad_score.clone();
        let trial = p.trial.clone();
        let unit = p.unit.to_string();
        let period = p.period.to_string();
        let scenario = p.scenario.as_ref().map(|s| s.to_string());
        let chosen = chosen.clone();
        let target_i = *target;
        let score_text = (*score_text).clone();
        Callback::from(move |_| {
            let target = match target_i {
                0 => Target::Pass,
                1 => Target::Good,
                2 => Target::ExcellentCandidate,
                3 => Target::QuotaLine,
                _ => match parse_decimal(score_text.trim()) {
                    Ok(d) => Target::Score(d),
                    Err(_) => {
                        bad_score.set(true);
                        return;
                    }
                },
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
                yield_to_browser().await;
                let start = now_ms();
                let answer = goal_seek(&trial.0, &q);
                let ms = now_ms() - start;
                run.set(Some(Rc::new(Run {
                    trial,
                    unit: q.unit,
                    period: q.period,
                    indicator: q.indicator,
                    answer,
                    ms,
                })));
                busy.set(false);
            });
        })
    };

    let shown = (*run)
        .clone()
        .filter(|r| r.unit == *p.unit && r.period == *p.period && r.indicator == chosen);
    let result = shown.map(|r| {
        let stale = r.trial != p.trial;
        let body = match &r.answer {
            Err(e) => html! {
                <p class="banner warn" role="alert">{ app.lang.sim_inputs().sim_error(app.lang, e) }</p>
            },
            Ok(g) => {
                let (worst, best) = g.range;
                let current = g
                    .current_value
                    .map(|v| v.normalize().to_string())
                    .unwrap_or_else(|| app.lang.sim_inputs().absent.to_string());
                let range = format!("{} – {}", worst.normalize(), best.normalize());
                let head = html! {
                    <p class="muted">
                        { t.line.replace("{line}", &two_places(g.line)) }{ " · " }
                        { t.current.replace("{value}", &current).replace("{range}", &range) }
                    </p>
                };
                let outcome = match &g.outcome {
                    Outcome::Reached { any_value: true, .. } => html! {
                        <p class="goal-answer ok">{ t.any_value }</p>
                    },
                    Outcome::Reached { value, exact, step, score, grade, .. } => {
                        let v = value.normalize().to_string();
                        let phrase = if g.higher_is_better { t.reached_least } else { t.reached_most };
                        let how = if *exact {
                            t.exact.to_string()
                        } else {
                            t.bisection.replace("{step}", &step.normalize().to_string())
                        };
                        let on_use = {
                            let cb = p.on_use.clone();
                            let path = scored_value_path(&p.record, &r.indicator);
                            let v = v.clone();
                            Callback::from(move |_| cb.emit(Edit::Set(path.clone(), Value::str(v.clone()))))
                        };
                        html! {
                            <>
                                <p class="goal-answer ok">
                                    <strong data-testid="goal-value">{ phrase.replace("{value}", &v) }</strong>
                                    { "(" }{ how }{ ")。" }
                                    { t.reached_then.replace("{score}", &two_places(*score)).replace("{grade}", c.grade(grade.as_str())) }
                                </p>
                                <button type="button" onclick={on_use} data-testid="goal-use">{ t.use_value }</button>
                            </>
                        }
                    }
                    Outcome::Unreachable(u) => {
                        let text = match u {
                            Unreachable::Cap { best_value, best_score } => t
                                .cap
                                .replace("{best}", &best_value.normalize().to_string())
                                .replace("{score}", &two_places(*best_score))
                                .replace("{line}", &two_places(g.line)),
                            Unreachable::Veto => t.veto.to_string(),
                            Unreachable::Quota { quota: 0 } => t.quota_zero.to_string(),
                            Unreachable::Quota { quota } => t.quota.replace("{quota}", &quota.to_string()),
                        };
                        html! { <p class="goal-answer no" data-testid="goal-unreachable">{ text }</p> }
                    }
                };
                html! { <>{ head }{ outcome }</> }
            }
        };
        html! {
            <div class={classes!("goal-result", stale.then_some("stale"))} data-testid="goal-result" aria-live="polite">
                { body }
                <p class="muted small">{ t.took.replace("{ms}", &format!("{:.0}", r.ms)) }</p>
            </div>
        }
    });

    html! {
        <section class="card goal-seek" aria-labelledby="goal-h">
            <h3 id="goal-h">{ t.goal }</h3>
            <p class="help">{ t.goal_help }{ " " }{ t.on_sandbox }</p>
            <div class="form-row">
                <label>
                    <span>{ t.indicator }</span>
                    <select data-testid="goal-indicator" onchange={on_indicator}>
                        { for indicators.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={*id == chosen}>{ name }</option>
                        }) }
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
            { result.unwrap_or_default() }
        </section>
    }
}
