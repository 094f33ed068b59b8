//! The comparison's summary: per scenario the grade changes and the Excellent quota.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use scorecard_engine::simulate::compare::Comparison;
use std::rc::Rc;
use yew::prelude::*;

/// Props of the views of a comparison ([`CompareSummary`] and
/// [`CompareChart`](crate::screens::simulate::scenarios::compare_chart::CompareChart)).
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The comparison (nothing shows unless it succeeded).
    pub comparison: Rc<Option<Result<Comparison, scorecard_engine::simulate::SimError>>>,
}

/// The summary.
#[function_component(CompareSummary)]
pub fn compare_summary(p: &ComparisonProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let Some(Ok(cmp)) = p.comparison.as_ref() else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let scenarios: Vec<(String, bool, u32)> = ws
        .scenarios
        .iter()
        .zip(&cmp.scenarios)
        .map(|(s, rs)| (s.name.clone(), rs.official, rs.quota))
        .collect();
    html! {
        <div class="summary compare-summary" data-testid="compare-summary">
            <div class="stat">
                <span>{ t.plan_group }</span>
                <strong>{ fill(t.summary_quota, &[("n", &cmp.plan.quota.to_string())]) }</strong>
            </div>
            { for scenarios.iter().enumerate().map(|(k, (name, official, quota))| {
                let n = cmp.units.iter().filter(|u| u.scenarios.get(k).is_some_and(|x| x.grade_changed)).count();
                html! {
                    <div class="stat">
                        <span>{ name }{ if *official { "" } else { " · " } }{ if *official { "" } else { t.unofficial_tag } }</span>
                        <strong>{ fill(t.summary_changes, &[("n", &n.to_string())]) }</strong>
                        <span>{ fill(t.summary_quota, &[("n", &quota.to_string())]) }</span>
                    </div>
                }
            }) }
        </div>
    }
}
