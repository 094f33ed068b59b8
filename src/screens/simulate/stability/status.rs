//! The run's progress bar and where it stands (not run, running, cancelled, done, failed).

use crate::hooks::use_app;
use crate::screens::simulate::stability::runner::Status;
use yew::prelude::*;

/// Props of [`StabilityProgress`].
#[derive(Properties, PartialEq)]
pub struct StabilityProgressProps {
    /// Where the run stands.
    pub status: Status,
    /// Samples drawn.
    pub done: u32,
    /// Samples asked for (0: no run yet).
    pub total: u32,
    /// How long the run took.
    pub ms: f64,
}

/// Progress and status.
#[function_component(StabilityProgress)]
pub fn stability_progress(p: &StabilityProgressProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_stability();
    let (done, total) = (p.done, p.total);
    let status_line = match &p.status {
        Status::Idle => html! { <p class="muted">{ t.not_run }</p> },
        Status::Running => html! { <p class="muted" role="status">{ t.running }</p> },
        Status::Cancelled => html! {
            <p class="banner warn" role="status" data-testid="stability-status">
                { t.cancelled.replace("{done}", &done.to_string()) }
            </p>
        },
        Status::Done => html! {
            <p class="banner ok" role="status" data-testid="stability-status">
                { t.finished.replace("{n}", &done.to_string()).replace("{ms}", &format!("{:.0}", p.ms)) }
            </p>
        },
        Status::Failed(m) => {
            html! { <p class="banner danger" role="alert">{ t.failed }{ m.clone() }</p> }
        }
    };

    html! {
        <>
        if total > 0 {
            <div class="progress-row">
                <progress role="progressbar" max={total.to_string()} value={done.to_string()}
                    aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}
                    aria-label={t.progress} data-testid="stability-progress" />
                <span class="muted">{ t.progress_text.replace("{done}", &done.to_string()).replace("{total}", &total.to_string()) }</span>
            </div>
        }
        { status_line }
        </>
    }
}
