//! The rank-distribution heatmap of a stability run: units × ranks, each cell shaded by the
//! share of samples in which the unit took that rank. It is a real table: every cell holds
//! its percentage as text (and in its title), so it reads without colour too.

use crate::hooks::use_workspace;
use crate::screens::simulate::support::unit_name;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::simulate::shares::{percent, shade};
use scorecard_engine::simulate::stability::StabilityReport;
use std::rc::Rc;
use yew::prelude::*;

/// Shade steps (classes `hm0` … `hm10`).
const STEPS: u32 = 10;

/// Props of [`StabilityHeatmap`].
#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    /// The run's report.
    pub report: Rc<StabilityReport>,
}

/// The heatmap.
#[function_component(StabilityHeatmap)]
pub fn stability_heatmap(p: &HeatmapProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_stability();
    let n = p.report.samples;
    // One column per rank a unit can have.
    let ranks = p.report.units.len();
    html! {
        <section class="heatmap-wrap">
            <h3 id="heatmap-h">{ t.heatmap }</h3>
            <p class="help">{ t.heatmap_help }</p>
            <ScrollRegion label={t.heatmap}>
                <table class="heatmap" data-testid="stability-heatmap">
                    <caption class="visually-hidden">{ t.heatmap }</caption>
                    <thead><tr>
                        <th scope="col" class="corner">{ t.rank_axis }</th>
                        { for (1..=ranks).map(|r| html! { <th scope="col" class="rank-h">{ r }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for p.report.units.iter().map(|u| {
                            let uname = unit_name(&ws, &u.unit);
                            html! {
                                <tr data-unit={u.unit.clone()}>
                                    <th scope="row" class="unit-h">{ uname.clone() }</th>
                                    { for (0..ranks).map(|i| {
                                        let rank = u32::try_from(i + 1).unwrap_or(u32::MAX);
                                        let count = u.rank_counts.get(&rank).copied().unwrap_or(0);
                                        let pct = percent(count, n, 1);
                                        let title = t.cell
                                            .replace("{unit}", &uname)
                                            .replace("{rank}", &(i + 1).to_string())
                                            .replace("{p}", &pct.to_string());
                                        let level = shade(count, n, STEPS);
                                        let short = (count > 0).then(|| {
                                            let whole = percent(count, n, 0);
                                            if whole.is_zero() { "<1".to_string() } else { whole.to_string() }
                                        });
                                        html! {
                                            <td class={classes!("cell", format!("hm{level}"), (u.rank as usize == i + 1).then_some("now"))}
                                                title={title.clone()} aria-label={title}>
                                                { short.unwrap_or_default() }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
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
