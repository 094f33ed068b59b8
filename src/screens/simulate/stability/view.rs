//! Rank stability (排名稳定性, §9): sample the profile weights within bands ∩ ±δ, rescore,
//! and report per unit the probability of each grade and its rank distribution. The run is
//! the engine's [`Stability`], drawn a time slice at a time between yields to the browser,
//! so the page keeps painting (progress bar) and stays usable; Cancel stops it between
//! slices and keeps what was drawn. The run is timed with `performance.now()`.

use crate::hooks::use_app;
use crate::screens::simulate::stability::heatmap::StabilityHeatmap;
use crate::screens::simulate::support::{now_ms, yield_to_browser, WsRef};
use scorecard_engine::number::{parse_decimal, two_places};
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::simulate::shares::{from_percent, grade_percentages, to_percent};
use scorecard_engine::simulate::stability::{
    Params, Stability, StabilityReport, DEFAULT_DELTA, DEFAULT_SAMPLES, DEFAULT_SEED,
};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Samples drawn per call into the engine.
const CHUNK: u32 = 250;

/// Milliseconds of work before yielding to the browser (a frame is ~16 ms).
const SLICE_MS: f64 = 12.0;

/// Where a run stands.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Running,
    Cancelled,
    Done,
    Failed(String),
}

/// A run's outcome and what it was run on.
#[derive(Clone, PartialEq)]
struct Outcome {
    status: Status,
    ws: Option<WsRef>,
    query: Option<Query>,
    report: Option<Rc<StabilityReport>>,
    ms: f64,
}

fn input_cb(h: &UseStateHandle<String>) -> Callback<InputEvent> {
    let h = h.clone();
    Callback::from(move |e: InputEvent| {
        h.set(e.target_unchecked_into::<HtmlInputElement>().value())
    })
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
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
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
        Callback::from(move |_| {
            let app_error = move |e: &scorecard_engine::simulate::SimError| {
                lang.sim_inputs().sim_error(lang, e)
            };
            let params = (|| {
                Some(Params {
                    samples: samples.trim().parse().ok().filter(|n| *n > 0)?,
                    seed: seed.trim().parse().ok()?,
                    delta: from_percent(parse_decimal(delta.trim()).ok()?),
                })
            })();
            let Some(params) = params else {
                bad.set(true);
                return;
            };
            bad.set(false);
            let my = generation.get().wrapping_add(1);
            generation.set(my);
            progress.set((0, params.samples));
            outcome.set(Outcome {
                status: Status::Running,
                ws: Some(WsRef(ws.clone())),
                query: Some(query.clone()),
                report: None,
                ms: 0.0,
            });
            let (ws, query, progress, outcome, generation) = (
                ws.clone(),
                query.clone(),
                progress.clone(),
                outcome.clone(),
                generation.clone(),
            );
            yew::platform::spawn_local(async move {
                let finish = |status: Status, report: Option<StabilityReport>, ms: f64| {
                    outcome.set(Outcome {
                        status,
                        ws: Some(WsRef(ws.clone())),
                        query: Some(query.clone()),
                        report: report.map(Rc::new),
                        ms,
                    })
                };
                yield_to_browser().await;
                let start = now_ms();
                let mut run = match Stability::new(&ws, &query, params) {
                    Ok(r) => r,
                    Err(e) => {
                        let msg = app_error(&e);
                        finish(Status::Failed(msg), None, 0.0);
                        return;
                    }
                };
                loop {
                    if generation.get() != my {
                        let p = run.progress();
                        finish(
                            Status::Cancelled,
                            (p.done > 0).then(|| run.report()),
                            now_ms() - start,
                        );
                        return;
                    }
                    let slice = now_ms();
                    let mut p = run.run_chunk(CHUNK);
                    while !p.finished() && run.failure().is_none() && now_ms() - slice < SLICE_MS {
                        p = run.run_chunk(CHUNK);
                    }
                    progress.set((p.done, p.total));
                    if let Some(e) = run.failure() {
                        finish(
                            Status::Failed(app_error(e)),
                            Some(run.report()),
                            now_ms() - start,
                        );
                        return;
                    }
                    if p.finished() {
                        let ms = now_ms() - start;
                        finish(Status::Done, Some(run.report()), ms);
                        return;
                    }
                    yield_to_browser().await;
                }
            });
        })
    };
    let on_cancel = {
        let generation = generation.clone();
        Callback::from(move |_| generation.set(generation.get().wrapping_add(1)))
    };

    let period_name = match &query.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(p) => ws
            .plan
            .periods
            .iter()
            .find(|x| &x.id == p)
            .map(|x| x.name.clone())
            .unwrap_or_else(|| p.clone()),
    };
    let scenario_name = match &query.scenario {
        None => c.the_plan.to_string(),
        Some(id) => ws
            .scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let stale = !running
        && outcome.report.is_some()
        && (outcome.ws != Some(WsRef(ws.clone())) || outcome.query.as_ref() != Some(&query));
    let (done, total) = *progress;
    let name = |id: &str| {
        ws.units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| id.to_string())
    };

    let status_line = match &outcome.status {
        Status::Idle => html! { <p class="muted">{ t.not_run }</p> },
        Status::Running => html! { <p class="muted" role="status">{ t.running }</p> },
        Status::Cancelled => html! {
            <p class="banner warn" role="status" data-testid="stability-status">
                { t.cancelled.replace("{done}", &done.to_string()) }
            </p>
        },
        Status::Done => html! {
            <p class="banner ok" role="status" data-testid="stability-status">
                { t.finished.replace("{n}", &done.to_string()).replace("{ms}", &format!("{:.0}", outcome.ms)) }
            </p>
        },
        Status::Failed(m) => {
            html! { <p class="banner danger" role="alert">{ t.failed }{ m.clone() }</p> }
        }
    };

    let results = outcome.report.as_ref().map(|r| {
        let contested = r.units.iter().filter(|u| u.contested).count();
        let grade_names = c.grades;
        html! {
            <>
            if stale {
                <p class="banner warn" role="alert" data-testid="stability-stale">{ t.stale }</p>
            }
            <section aria-labelledby="stab-results-h">
                <h3 id="stab-results-h">{ t.results }
                    if contested > 0 {
                        <span class="chip contested">{ t.contested_n.replace("{n}", &contested.to_string()) }</span>
                    }
                </h3>
                <div class="table-wrap">
                    <table class="sim-table stability-table" data-testid="stability-table">
                        <caption>{ t.results_caption }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_unit }</th>
                            <th scope="col" class="num">{ t.col_score }</th>
                            <th scope="col" class="num">{ t.col_rank }</th>
                            <th scope="col">{ t.col_grade }</th>
                            { for grade_names.iter().map(|g| html! { <th scope="col" class="num">{ t.col_p }{ *g }</th> }) }
                            <th scope="col" class="num">{ t.col_range }</th>
                            <th scope="col" class="num">{ t.col_score_range }</th>
                            <th scope="col">{ t.col_stable }</th>
                        </tr></thead>
                        <tbody>
                            { for r.units.iter().map(|u| {
                                let pcts = grade_percentages(u, 1);
                                let g = u.grade.as_str();
                                html! {
                                    <tr data-unit={u.unit.clone()} class={classes!(u.contested.then_some("contested-row"))}>
                                        <th scope="row">{ name(&u.unit) }</th>
                                        <td class="num">{ two_places(u.score) }</td>
                                        <td class="num">{ u.rank }</td>
                                        <td><span class={classes!("grade", g)}>{ c.grade(g) }</span></td>
                                        { for pcts.iter().map(|p| html! {
                                            <td class={classes!("num", "pct", p.is_zero().then_some("zero"))} data-field="p">{ format!("{p}%") }</td>
                                        }) }
                                        <td class="num">{
                                            if u.min_rank == u.max_rank { u.min_rank.to_string() } else { format!("{}–{}", u.min_rank, u.max_rank) }
                                        }</td>
                                        <td class="num">{ format!("{} – {}", two_places(u.score_min), two_places(u.score_max)) }</td>
                                        <td>{
                                            if u.contested {
                                                html! { <span class="chip contested" title={t.contested_help}>{ t.contested }</span> }
                                            } else {
                                                html! { <span class="chip stable">{ t.stable }</span> }
                                            }
                                        }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="help">{ t.contested_rule }{ t.agreement.replace("{x}", &format!("{:.1e}", r.plan_agreement)) }</p>
            </section>
            <details class="boxes">
                <summary>{ t.boxes }</summary>
                <table class="sim-table">
                    <thead><tr>
                        <th scope="col"></th>
                        { for ws.plan.dimensions.iter().map(|d| html! { <th scope="col" class="num">{ &d.name }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for r.profiles.iter().map(|b| {
                            let pname = ws.plan.profiles.iter().find(|p| p.id == b.profile).map(|p| p.name.clone()).unwrap_or_else(|| b.profile.clone());
                            html! {
                                <tr>
                                    <th scope="row">{ pname }</th>
                                    { for b.dimensions.iter().map(|(_, w, lo, hi)| html! {
                                        <td class="num">{ format!("{}% [{}%, {}%]", to_percent(*w), to_percent(*lo), to_percent(*hi)) }</td>
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </details>
            <StabilityHeatmap report={r.clone()} />
            </>
        }
    });

    html! {
        <section class="sim-stability">
            <p class="help">{ t.intro }</p>
            <p class="for-set"><strong>{ t.for_set.replace("{period}", &period_name).replace("{scenario}", &scenario_name) }</strong></p>
            <div class="card">
                <div class="form-row">
                    <label>
                        <span>{ t.samples }</span>
                        <input type="text" inputmode="numeric" class="num-input short" value={(*samples).clone()}
                            oninput={input_cb(&samples)} data-testid="stability-samples" disabled={running} />
                    </label>
                    <label>
                        <span>{ t.seed }</span>
                        <input type="text" inputmode="numeric" class="num-input" value={(*seed).clone()}
                            oninput={input_cb(&seed)} data-testid="stability-seed" disabled={running} />
                    </label>
                    <label>
                        <span>{ t.delta }</span>
                        <input type="text" inputmode="decimal" class="num-input short" value={(*delta).clone()}
                            oninput={input_cb(&delta)} data-testid="stability-delta" disabled={running} />
                    </label>
                    <button type="button" class="primary" onclick={on_run} disabled={running}
                        data-testid="stability-run">{ t.run }</button>
                    <button type="button" onclick={on_cancel} disabled={!running}
                        data-testid="stability-cancel">{ t.cancel }</button>
                </div>
                if *bad {
                    <p class="field-error" role="alert">{ t.bad_setting }</p>
                }
                <p class="help">{ t.settings_help }</p>
                if total > 0 {
                    <div class="progress-row">
                        <progress role="progressbar" max={total.to_string()} value={done.to_string()}
                            aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}
                            aria-label={t.progress} data-testid="stability-progress" />
                        <span class="muted">{ t.progress_text.replace("{done}", &done.to_string()).replace("{total}", &total.to_string()) }</span>
                    </div>
                }
                { status_line }
            </div>
            { results.unwrap_or_default() }
        </section>
    }
}
