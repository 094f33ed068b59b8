//! A stability run driven a time slice at a time between yields to the browser, and the
//! settings form's text read as the run's parameters (plain functions, not components).

use crate::by_ptr::ByPtr;
use crate::i18n::Lang;
use crate::screens::simulate::support::{now_ms, yield_to_browser, WsRef};
use scorecard_engine::model::Workspace;
use scorecard_engine::number::parse_decimal;
use scorecard_engine::score::cache::PeriodCache;
use scorecard_engine::score::Query;
use scorecard_engine::simulate::shares::from_percent;
use scorecard_engine::simulate::stability::{Params, Stability, StabilityReport};
use std::cell::Cell;
use std::rc::Rc;
use yew::UseStateHandle;

/// Samples drawn per call into the engine.
const CHUNK: u32 = 250;

/// Milliseconds of work before yielding to the browser (a frame is ~16 ms).
const SLICE_MS: f64 = 12.0;

/// Where a run stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Not run yet.
    Idle,
    /// Drawing.
    Running,
    /// Stopped by the user (or by leaving).
    Cancelled,
    /// All samples drawn.
    Done,
    /// Stopped by an error, in words.
    Failed(String),
}

/// A run's outcome and what it was run on.
#[derive(Clone, PartialEq)]
pub struct Outcome {
    /// Where it stands.
    pub status: Status,
    /// The workspace run on.
    pub ws: Option<WsRef>,
    /// The query run on.
    pub query: Option<Query>,
    /// What was drawn so far.
    pub report: Option<Rc<StabilityReport>>,
    /// How long it took.
    pub ms: f64,
}

/// The settings as typed: samples (a positive whole number), seed (a whole number) and
/// δ (percent); `None` when one does not read.
pub fn parse_params(samples: &str, seed: &str, delta: &str) -> Option<Params> {
    Some(Params {
        samples: samples.trim().parse().ok().filter(|n| *n > 0)?,
        seed: seed.trim().parse().ok()?,
        delta: from_percent(parse_decimal(delta.trim()).ok()?),
    })
}

/// Where a run reports: its progress, its outcome, and the generation that keeps it going
/// while it is `my`.
pub struct Sink {
    /// (done, total) samples.
    pub progress: UseStateHandle<(u32, u32)>,
    /// The outcome.
    pub outcome: UseStateHandle<Outcome>,
    /// The current generation.
    pub generation: Rc<Cell<u64>>,
    /// This run's generation.
    pub my: u64,
}

/// Runs to the end, a failure, or cancellation (the generation moved on).
///
/// `cache` is the page's period cache (a cheap copy of the app state's): the periods the
/// results screen has scored are not scored again to prepare the run.
pub async fn drive(
    ws: Rc<Workspace>,
    query: Query,
    params: Params,
    lang: Lang,
    mut cache: PeriodCache,
    sink: Sink,
) {
    let Sink {
        progress,
        outcome,
        generation,
        my,
    } = sink;
    let names = ws.clone();
    let app_error = move |e: &scorecard_engine::simulate::SimError| {
        lang.sim_inputs().sim_error_in(lang, Some(&names), e)
    };
    let finish = |status: Status, report: Option<StabilityReport>, ms: f64| {
        outcome.set(Outcome {
            status,
            ws: Some(ByPtr(ws.clone())),
            query: Some(query.clone()),
            report: report.map(Rc::new),
            ms,
        })
    };
    yield_to_browser().await;
    let start = now_ms();
    let mut run = match Stability::new_cached(&ws, &query, params, &mut cache) {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn settings_read_as_params() {
        let p = parse_params(" 500 ", "7", "5").unwrap();
        assert_eq!(p.samples, 500);
        assert_eq!(p.seed, 7);
        assert_eq!(p.delta, from_percent(Decimal::new(5, 0)));
        assert!(parse_params("0", "7", "5").is_none());
        assert!(parse_params("10", "x", "5").is_none());
        assert!(parse_params("10", "1", "five").is_none());
    }
}
