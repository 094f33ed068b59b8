//! The plan screen (方案): every setting of the assessment plan, in collapsible sections
//! with a table of contents. Each input is bound to its JSON path in the workspace
//! document and shows the engine's errors there; weights are shown in percent through the
//! engine's exact conversion; live totals and band checks come from
//! [`scorecard_engine::plan_check`]. A status line says whether the plan is valid and
//! whether the current results are official.

use crate::hooks::use_app;
use crate::screens::plan::coefficients::PlanCoefficients;
use crate::screens::plan::deductions::PlanDeductions;
use crate::screens::plan::dimensions::PlanDimensions;
use crate::screens::plan::doc::plan_path;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::grading::PlanGrading;
use crate::screens::plan::new::PlanNew;
use crate::screens::plan::periods::PlanPeriods;
use crate::screens::plan::profiles::PlanProfiles;
use crate::screens::plan::raters::PlanRaters;
use crate::screens::plan::rules::PlanRules;
use crate::screens::plan::section::{error_count, PlanSection};
use crate::widgets::path_errors::PathErrors;
use yew::prelude::*;

/// The sections: anchor, JSON paths they cover.
const SECTIONS: [(&str, &[&str]); 13] = [
    ("plan-basics", &["plan.name", "plan.baseline"]),
    ("plan-dimensions", &["plan.dimensions"]),
    ("plan-profiles", &["plan.profiles"]),
    ("plan-survey", &["plan.survey"]),
    ("plan-panel", &["plan.panel"]),
    ("plan-deductions", &["plan.deductions"]),
    ("plan-coefficients", &["plan.coefficients"]),
    ("plan-bonus", &["plan.bonus"]),
    ("plan-grading", &["plan.grading"]),
    ("plan-warnings", &["plan.warnings"]),
    (
        "plan-rules",
        &[
            "plan.audit_tolerance",
            "plan.missing",
            "plan.cohort",
            "plan.max_score",
            "plan.core_largest",
        ],
    ),
    ("plan-periods", &["plan.periods"]),
    ("plan-new", &[]),
];

/// The plan screen.
#[function_component(PlanView)]
pub fn plan_view() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let titles = [
        t.sec_basics,
        t.sec_dimensions,
        t.sec_profiles,
        t.sec_survey,
        t.sec_panel,
        t.sec_deductions,
        t.sec_coefficients,
        t.sec_bonus,
        t.sec_grading,
        t.sec_warnings,
        t.sec_rules,
        t.sec_periods,
        t.sec_new,
    ];
    let n_errors = app.doc_errors.len();
    let official = app.results().map(|r| r.official);
    let section = |i: usize, body: Html| {
        let (id, paths) = SECTIONS.get(i).copied().unwrap_or(("", &[]));
        let title = titles.get(i).copied().unwrap_or_default();
        html! { <PlanSection id={id} title={title} paths={paths.to_vec()}>{ body }</PlanSection> }
    };
    html! {
        <section class="screen-plan" aria-labelledby="plan-heading">
            <div class="plan-top">
                <h1 id="plan-heading" class="screen-title">{ t.heading }</h1>
                <div class="plan-status" role="status" aria-live="polite" data-testid="plan-status">
                    if n_errors == 0 {
                        <span class="ok">{ "✓ " }{ t.status_valid }</span>
                    } else {
                        <span class="bad">{ "⚠ " }{ t.status_errors.replace("{n}", &n_errors.to_string()) }</span>
                    }
                    { " " }
                    { match official {
                        Some(true) => html! { <span class="ok" data-testid="plan-official" data-official="true">{ t.results_official }</span> },
                        Some(false) => html! { <span class="bad" data-testid="plan-official" data-official="false">{ t.results_not_official }</span> },
                        None => html! {},
                    } }
                </div>
            </div>
            <p class="help intro">{ t.intro }</p>
            <div class="plan-layout">
                <nav class="plan-toc" aria-label={t.toc}>
                    <h2 class="toc-title">{ t.toc }</h2>
                    <ol>
                        { for titles.iter().enumerate().map(|(i, title)| {
                            let (id, paths) = SECTIONS.get(i).copied().unwrap_or(("", &[]));
                            let n = error_count(&app.doc_errors, paths);
                            html! {
                                <li>
                                    <a href={format!("#{id}")}>{ *title }</a>
                                    if n > 0 {
                                        <span class="error-count">{ n }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </nav>
                <div class="plan-sections">
                    <PathErrors path="plan" exact=true />
                    { section(0, html! {
                        <div class="row">
                            <PlanField path={plan_path().key("name")} label={t.plan_name} class="wide" />
                            <PlanField path={plan_path().key("baseline")} label={t.baseline} kind={FieldKind::Decimal}
                                suffix={t.points} narrow=true help={t.baseline_help} placeholder="100" />
                        </div>
                    }) }
                    { section(1, html! { <PlanDimensions /> }) }
                    { section(2, html! { <PlanProfiles /> }) }
                    { section(3, html! { <PlanRaters /> }) }
                    { section(4, html! { <PlanRaters panel=true /> }) }
                    { section(5, html! { <PlanDeductions /> }) }
                    { section(6, html! { <PlanCoefficients /> }) }
                    { section(7, html! { <PlanCoefficients bonus=true /> }) }
                    { section(8, html! { <PlanGrading /> }) }
                    { section(9, html! { <PlanGrading warnings=true /> }) }
                    { section(10, html! { <PlanRules /> }) }
                    { section(11, html! { <PlanPeriods /> }) }
                    { section(12, html! { <PlanNew /> }) }
                </div>
            </div>
        </section>
    }
}
