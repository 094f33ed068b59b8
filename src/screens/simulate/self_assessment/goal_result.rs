//! A finished goal search and its answer: the value that reaches the target (with "use
//! it"), or why the target cannot be reached; shown as stale once the sandbox moves on.

use crate::hooks::use_app;
use crate::screens::simulate::self_assessment::goal_inputs::unreachable_text;
use crate::screens::simulate::self_assessment::sandbox_editor::Edit;
use crate::screens::simulate::support::{now_ms, yield_to_browser, WsRef};
use scorecard_engine::json::Value;
use scorecard_engine::number::two_places;
use scorecard_engine::simulate::goal_seek::{goal_seek, GoalQuery, GoalSeek, Outcome};
use scorecard_engine::simulate::sandbox::scored_value_path;
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use yew::prelude::*;

/// What a finished search was asked, and its answer.
#[derive(PartialEq)]
pub struct Run {
    /// The workspace searched on.
    pub trial: WsRef,
    /// Unit id.
    pub unit: String,
    /// Period id.
    pub period: String,
    /// Indicator id.
    pub indicator: String,
    /// The answer.
    pub answer: Result<GoalSeek, SimError>,
    /// How long the search took.
    pub ms: f64,
}

/// Runs the search once the browser has painted, timed.
pub async fn search(trial: WsRef, q: GoalQuery) -> Run {
    yield_to_browser().await;
    let start = now_ms();
    let answer = goal_seek(&trial.0, &q);
    let ms = now_ms() - start;
    Run {
        trial,
        unit: q.unit,
        period: q.period,
        indicator: q.indicator,
        answer,
        ms,
    }
}

/// Props of [`GoalResult`].
#[derive(Properties, PartialEq)]
pub struct GoalResultProps {
    /// The finished search.
    pub run: Rc<Run>,
    /// The workspace searched on now (the search is stale when it differs).
    pub trial: WsRef,
    /// The sandbox record (where a found value goes).
    pub record: Rc<Value>,
    /// Puts a found value into the sandbox.
    pub on_use: Callback<Edit>,
}

/// The result box.
#[function_component(GoalResult)]
pub fn goal_result(p: &GoalResultProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_self();
    let ti = app.lang.sim_inputs();
    let r = &p.run;
    let stale = r.trial != p.trial;
    let body = match &r.answer {
        Err(e) => html! {
            <p class="banner warn" role="alert">{ ti.sim_error_in(app.lang, app.workspace.as_deref(), e) }</p>
        },
        Ok(g) => {
            let (worst, best) = g.range;
            let current = g
                .current_value
                .map(|v| v.normalize().to_string())
                .unwrap_or_else(|| ti.absent.to_string());
            let range = format!("{} – {}", worst.normalize(), best.normalize());
            let path = scored_value_path(&p.record, &r.indicator);
            html! {
                <>
                    <p class="muted">
                        { t.line.replace("{line}", &two_places(g.line)) }{ " · " }
                        { t.current.replace("{value}", &current).replace("{range}", &range) }
                    </p>
                    { answer(app.lang, g, path, &p.on_use) }
                </>
            }
        }
    };
    html! {
        <div class={classes!("goal-result", stale.then_some("stale"))} data-testid="goal-result" aria-live="polite">
            { body }
            <p class="muted small">{ t.took.replace("{ms}", &format!("{:.0}", r.ms)) }</p>
        </div>
    }
}

/// The answer: any value does, the value found (and "use it"), or why not.
fn answer(lang: crate::i18n::Lang, g: &GoalSeek, path: String, on_use: &Callback<Edit>) -> Html {
    let t = lang.sim_self();
    match &g.outcome {
        Outcome::Reached {
            any_value: true, ..
        } => html! {
            <p class="goal-answer ok">{ t.any_value }</p>
        },
        Outcome::Reached {
            value,
            exact,
            step,
            score,
            grade,
            ..
        } => {
            let v = value.normalize().to_string();
            let phrase = if g.higher_is_better {
                t.reached_least
            } else {
                t.reached_most
            };
            let how = if *exact {
                t.exact.to_string()
            } else {
                t.bisection.replace("{step}", &step.normalize().to_string())
            };
            let on_use = {
                let (cb, v) = (on_use.clone(), v.clone());
                Callback::from(move |_| cb.emit(Edit::Set(path.clone(), Value::str(v.clone()))))
            };
            html! {
                <>
                    <p class="goal-answer ok">
                        <strong data-testid="goal-value">{ phrase.replace("{value}", &v) }</strong>
                        { "(" }{ how }{ ")。" }
                        { t.reached_then.replace("{score}", &two_places(*score)).replace("{grade}", lang.common().grade(grade.as_str())) }
                    </p>
                    <button type="button" onclick={on_use} data-testid="goal-use">{ t.use_value }</button>
                </>
            }
        }
        Outcome::Unreachable(u) => html! {
            <p class="goal-answer no" data-testid="goal-unreachable">{ unreachable_text(t, u, g.line) }</p>
        },
    }
}
