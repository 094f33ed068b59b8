//! Rank stability (排名稳定性, §9): sample the profile weights within bands ∩ ±δ, rescore,
//! and report per unit the probability of each grade and its rank distribution. The run is
//! the engine's [`Stability`], drawn a time slice at a time between yields to the browser,
//! so the page keeps painting (progress bar) and stays usable; Cancel stops it between
//! slices and keeps what was drawn. The run is timed with `performance.now()`. The keyboard
//! focus is never dropped: Run hands it to Cancel while the run goes on, and back after.

use crate::by_ptr::ByPtr;
use crate::hooks::use_workspace;
use crate::screens::simulate::stability::results::StabilityResults;
use crate::screens::simulate::stability::runner::{drive, parse_params, Outcome, Sink, Status};
use crate::screens::simulate::stability::status::StabilityProgress;
use crate::screens::simulate::support::{period_name, scenario_name};
use scorecard_engine::score::PeriodChoice;
use scorecard_engine::simulate::shares::to_percent;
use scorecard_engine::simulate::stability::{DEFAULT_DELTA, DEFAULT_SAMPLES, DEFAULT_SEED};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn input_cb(h: &UseStateHandle<String>) -> Callback<InputEvent> {
    let h = h.clone();
    Callback::from(move |e: InputEvent| {
        h.set(e.target_unchecked_into::<HtmlInputElement>().value())
    })
}

/// One setting of the run: its label and text box (`kind`: input mode and class), bound to
/// `h`, locked while a run goes on.
fn setting(
    label: &'static str,
    h: &UseStateHandle<String>,
    kind: (&'static str, &'static str),
    testid: &'static str,
    running: bool,
) -> Html {
    let (mode, class) = kind;
    html! {
        <label>
            <span>{ label }</span>
            <input type="text" inputmode={mode} {class} value={(**h).clone()}
                oninput={input_cb(h)} data-testid={testid} disabled={running} />
        </label>
    }
}

/// Focuses `target` when the focus was lost (on `<body>`: the focused button got disabled).
fn keep_focus(target: &NodeRef) {
    let lost = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.active_element().is_none() || d.active_element() == d.body().map(Into::into));
    if lost == Some(true) {
        if let Some(el) = target.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Rank stability.
#[function_component(SimStability)]
pub fn sim_stability() -> Html {
    let samples = use_state(|| DEFAULT_SAMPLES.to_string());
    let seed = use_state(|| DEFAULT_SEED.to_string());
    let delta = use_state(|| to_percent(DEFAULT_DELTA).to_string());
    let bad = use_state(|| false);
    let progress = use_state(|| (0u32, 0u32));
    let outcome = use_state(|| Outcome {
        status: Status::Idle,
        ws: None,
        query: None,
        report: None,
        ms: 0.0,
    });
    // The run's generation: a run goes on while it is current; Cancel (or a new run, or
    // leaving the view) moves it on.
    let generation = use_memo((), |_| Rc::new(Cell::new(0u64)));
    {
        let generation = generation.clone();
        use_effect_with((), move |_| {
            move || generation.set(generation.get().wrapping_add(1))
        });
    }
    let run_ref = use_node_ref();
    let cancel_ref = use_node_ref();
    let was_running = use_mut_ref(|| false);
    {
        let running = outcome.status == Status::Running;
        let (run_ref, cancel_ref) = (run_ref.clone(), cancel_ref.clone());
        use_effect_with(running, move |running| {
            // Only on a change of state, not when the view opens.
            if was_running.replace(*running) != *running {
                keep_focus(if *running { &cancel_ref } else { &run_ref });
            }
        });
    }
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_stability();
    let c = app.lang.common();
    let query = app.query();
    let running = outcome.status == Status::Running;

    let on_run = {
        let (samples, seed, delta, bad) =
            (samples.clone(), seed.clone(), delta.clone(), bad.clone());
        let (progress, outcome, generation) =
            (progress.clone(), outcome.clone(), generation.clone());
        let ws = ws.clone();
        let query = query.clone();
        let lang = app.lang;
        let cache = app.period_cache.clone();
        Callback::from(move |_| {
            let Some(params) = parse_params(&samples, &seed, &delta) else {
                bad.set(true);
                return;
            };
            bad.set(false);
            let my = generation.get().wrapping_add(1);
            generation.set(my);
            progress.set((0, params.samples));
            outcome.set(Outcome {
                status: Status::Running,
                ws: Some(ByPtr(ws.clone())),
                query: Some(query.clone()),
                report: None,
                ms: 0.0,
            });
            let sink = Sink {
                progress: progress.clone(),
                outcome: outcome.clone(),
                generation: (*generation).clone(),
                my,
            };
            let run = drive(ws.clone(), query.clone(), params, lang, cache.clone(), sink);
            yew::platform::spawn_local(run);
        })
    };
    let on_cancel = {
        let generation = generation.clone();
        Callback::from(move |_| generation.set(generation.get().wrapping_add(1)))
    };

    let period_name = match &query.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(p) => period_name(&ws, p),
    };
    let scenario_name = scenario_name(&ws, query.scenario.as_deref(), c.the_plan);
    let stale = !running
        && outcome.report.is_some()
        && (outcome.ws != Some(ByPtr(ws.clone())) || outcome.query.as_ref() != Some(&query));
    let (done, total) = *progress;

    html! {
        <section class="sim-stability">
            <p class="help">{ t.intro }</p>
            <p class="for-set"><strong>{ t.for_set.replace("{period}", &period_name).replace("{scenario}", &scenario_name) }</strong></p>
            <div class="card">
                <div class="form-row">
                    { setting(t.samples, &samples, ("numeric", "num-input short"), "stability-samples", running) }
                    { setting(t.seed, &seed, ("numeric", "num-input"), "stability-seed", running) }
                    { setting(t.delta, &delta, ("decimal", "num-input short"), "stability-delta", running) }
                    <button type="button" class="primary" onclick={on_run} disabled={running} ref={run_ref}
                        data-testid="stability-run">{ t.run }</button>
                    <button type="button" onclick={on_cancel} disabled={!running} ref={cancel_ref}
                        data-testid="stability-cancel">{ t.cancel }</button>
                </div>
                if *bad {
                    <p class="field-error" role="alert">{ t.bad_setting }</p>
                }
                <p class="help">{ t.settings_help }</p>
                <StabilityProgress status={outcome.status.clone()} {done} {total} ms={outcome.ms} />
            </div>
            if let Some(report) = outcome.report.clone() {
                <StabilityResults {report} {stale} />
            }
        </section>
    }
}
