//! The stability results: per unit the grade probabilities and rank range, the sampled
//! weight boxes per profile, and the heatmap; flagged stale when the workspace moved on.

use crate::hooks::use_workspace;
use crate::screens::simulate::stability::heatmap::StabilityHeatmap;
use crate::screens::simulate::support::unit_name;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::number::two_places;
use scorecard_engine::simulate::shares::{grade_percentages, to_percent};
use scorecard_engine::simulate::stability::StabilityReport;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StabilityResults`].
#[derive(Properties, PartialEq)]
pub struct StabilityResultsProps {
    /// The report.
    pub report: Rc<StabilityReport>,
    /// Whether it was run on another workspace or query than the one shown.
    pub stale: bool,
}

/// The results.
#[function_component(StabilityResults)]
pub fn stability_results(p: &StabilityResultsProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_stability();
    let c = app.lang.common();
    let (r, stale) = (&p.report, p.stale);
    let name = |id: &str| unit_name(&ws, id);
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
            <ScrollRegion label={t.results_caption}>
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
            </ScrollRegion>
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
                        let pname = ws.plan.profile(&b.profile).map(|p| p.name.clone()).unwrap_or_else(|| b.profile.clone());
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
}
