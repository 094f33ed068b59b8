//! The rank-distribution heatmap of a stability run: units × ranks, each cell shaded by the
//! share of samples in which the unit took that rank. It is a real table: every cell holds
//! its percentage as text (and in its title), so it reads without colour too.
//!
//! A row has cells only for its unit's band of ranks ([`super::heatmap_row::band`]): a unit moves among a few
//! neighbouring ranks, so 200 units make a few thousand cells instead of 200 × 200 (which
//! held the page's thread for a third of a second). The rows are drawn [`BATCH`] at a time,
//! each batch in its own task after the one that shows the results table, so that no task
//! holds the page for long however many units there are.

use crate::by_ptr::ByPtr;
use crate::hooks::use_workspace;
use crate::screens::simulate::stability::heatmap_row::{HeatmapRow, ReportRef, STEPS};
use crate::screens::simulate::support::yield_to_browser;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::simulate::stability::StabilityReport;
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn per task.
pub const BATCH: usize = 40;

/// Props of [`StabilityHeatmap`].
#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    /// The run's report.
    pub report: Rc<StabilityReport>,
}

/// The heatmap.
#[function_component(StabilityHeatmap)]
pub fn stability_heatmap(p: &HeatmapProps) -> Html {
    // (report, rows drawn of it); the report the next batch is for, so that a batch
    // scheduled for an earlier report is dropped.
    let drawn = use_state(|| (None::<ReportRef>, 0usize));
    let latest = use_mut_ref(|| None::<ReportRef>);
    let current = ByPtr(p.report.clone());
    let total = p.report.units.len();
    let rows = match &drawn.0 {
        Some(r) if *r == current => drawn.1.min(total),
        _ => 0,
    };
    {
        let drawn = drawn.clone();
        use_effect_with((current.clone(), rows), move |(report, rows)| {
            *latest.borrow_mut() = Some(report.clone());
            if *rows < total {
                let (report, next) = (report.clone(), rows + BATCH);
                yew::platform::spawn_local(async move {
                    yield_to_browser().await;
                    if latest.borrow().as_ref() == Some(&report) {
                        drawn.set((Some(report), next));
                    }
                });
            }
        });
    }
    let Some((app, _)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_stability();
    // One column per rank a unit can have.
    let ranks = u32::try_from(total).unwrap_or(u32::MAX);
    html! {
        <section class="heatmap-wrap">
            <h3 id="heatmap-h">{ t.heatmap }</h3>
            <p class="help">{ t.heatmap_help }</p>
            <ScrollRegion label={t.heatmap}>
                <table class="heatmap" data-testid="stability-heatmap" aria-busy={(rows < total).to_string()}>
                    <caption class="visually-hidden">{ t.heatmap }</caption>
                    <thead><tr>
                        <th scope="col" class="corner">{ t.rank_axis }</th>
                        { for (1..=ranks).map(|r| html! { <th scope="col" class="rank-h">{ r }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for (0..rows).map(|index| html! {
                            <HeatmapRow key={index} report={current.clone()} {index} />
                        }) }
                    </tbody>
                </table>
            </ScrollRegion>
            <div class="heat-legend" aria-hidden="true">
                <span>{ t.legend[0] }</span>
                { for (0..=STEPS).map(|s| html! { <span class={classes!("swatch", format!("hm{s}"))}></span> }) }
                <span>{ t.legend[1] }</span>
            </div>
        </section>
    }
}
