//! One unit's row of the stability heatmap: cells for its band of ranks (the ranks it
//! reached, and its rank at the weights in force), one empty cell spanning the columns on
//! either side. A row is its own component, so rows already drawn are not drawn again while
//! the heatmap adds the rest.

use crate::by_ptr::ByPtr;
use crate::hooks::use_workspace;
use crate::screens::simulate::support::unit_name;
use scorecard_engine::simulate::shares::{percent, shade};
use scorecard_engine::simulate::stability::{StabilityReport, UnitStability};
use yew::prelude::*;

/// Shade steps (classes `hm0` … `hm10`).
pub const STEPS: u32 = 10;

/// A report compared by identity (a run makes a new one), so that a row's props compare
/// without walking the report.
pub type ReportRef = ByPtr<StabilityReport>;

/// The ranks a unit's row has cells for, first and last: the ranks it reached and its rank
/// at the weights in force, within `1 ..= ranks` (the columns).
pub fn band(u: &UnitStability, ranks: u32) -> (u32, u32) {
    let last = ranks.max(1);
    let lo = u.min_rank.min(u.rank).clamp(1, last);
    let hi = u.max_rank.max(u.rank).clamp(lo, last);
    (lo, hi)
}

/// One empty cell over `columns` rank columns (nothing for none).
fn spacer(columns: u32) -> Html {
    if columns == 0 {
        return html! {};
    }
    html! { <td class="off" colspan={columns.to_string()}></td> }
}

/// Props of [`HeatmapRow`].
#[derive(Properties, PartialEq)]
pub struct HeatmapRowProps {
    /// The run's report.
    pub report: ReportRef,
    /// The unit's place in the report.
    pub index: usize,
}

/// One unit's row.
#[function_component(HeatmapRow)]
pub fn heatmap_row(p: &HeatmapRowProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let report = &p.report.0;
    let Some(u) = report.units.get(p.index) else { return html! {} };
    let t = app.lang.sim_stability();
    let n = report.samples;
    let ranks = u32::try_from(report.units.len()).unwrap_or(u32::MAX);
    let uname = unit_name(&ws, &u.unit);
    let (lo, hi) = band(u, ranks);
    html! {
        <tr data-unit={u.unit.clone()}>
            <th scope="row" class="unit-h">{ uname.clone() }</th>
            { spacer(lo - 1) }
            { for (lo..=hi).map(|rank| {
                let count = u.rank_counts.get(&rank).copied().unwrap_or(0);
                let pct = percent(count, n, 1);
                let title = t.cell
                    .replace("{unit}", &uname)
                    .replace("{rank}", &rank.to_string())
                    .replace("{p}", &pct.to_string());
                let level = shade(count, n, STEPS);
                let short = (count > 0).then(|| {
                    let whole = percent(count, n, 0);
                    if whole.is_zero() { "<1".to_string() } else { whole.to_string() }
                });
                html! {
                    <td class={classes!("cell", format!("hm{level}"), (u.rank == rank).then_some("now"))}
                        title={title.clone()} aria-label={title} data-rank={rank.to_string()}>
                        { short.unwrap_or_default() }
                    </td>
                }
            }) }
            { spacer(ranks.saturating_sub(hi)) }
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::simulate::stability::{Params, Stability};
    use scorecard_engine::{parse_workspace, score::Query, DEMO_WORKSPACE};

    /// A run on the demo's default period after `samples` samples.
    fn demo_run(samples: u32) -> StabilityReport {
        let ws = parse_workspace(DEMO_WORKSPACE).unwrap();
        let period = scorecard_engine::score::default_period(&ws).unwrap();
        let params = Params {
            samples: samples.max(1),
            ..Params::default()
        };
        let mut run = Stability::new(&ws, &Query::period(period), params).unwrap();
        run.run_chunk(samples);
        run.report()
    }

    #[test]
    fn a_row_has_cells_for_every_rank_reached_and_the_rank_in_force() {
        let report = demo_run(300);
        let ranks = u32::try_from(report.units.len()).unwrap();
        let mut narrower = 0;
        for u in &report.units {
            let (lo, hi) = band(u, ranks);
            assert!(1 <= lo && lo <= hi && hi <= ranks, "{}: {lo}–{hi}", u.unit);
            assert!((lo..=hi).contains(&u.rank), "{}", u.unit);
            assert!(
                u.rank_counts.keys().all(|r| (lo..=hi).contains(r)),
                "{}",
                u.unit
            );
            // The band ends at ranks reached (or the rank in force): no empty edge cells.
            for edge in [lo, hi] {
                assert!(
                    edge == u.rank || u.rank_counts.contains_key(&edge),
                    "{}",
                    u.unit
                );
            }
            narrower += usize::from(hi - lo + 1 < ranks);
        }
        assert!(narrower > 0, "some row is narrower than the whole table");
    }

    #[test]
    fn a_band_stays_inside_the_columns() {
        // Before any sample: the rank in force alone.
        let u = demo_run(0).units.into_iter().next().unwrap();
        assert_eq!(band(&u, 20), (u.rank, u.rank));
        // Fewer columns than the rank (a report of another size): clamped, never empty.
        assert_eq!(band(&u, 0), (1, 1));
    }
}
