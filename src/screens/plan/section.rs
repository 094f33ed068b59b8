//! A collapsible section of the plan screen: a heading button (`aria-expanded`) that shows
//! or hides its body, with the number of errors inside it so a closed section still says
//! when something in it needs fixing.

use crate::hooks::use_app;
use crate::widgets::path_errors::errors_at;
use yew::prelude::*;

/// Props of [`PlanSection`].
#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    /// Element id (the table of contents links to it).
    pub id: AttrValue,
    /// Heading.
    pub title: AttrValue,
    /// JSON paths whose errors this section shows (for the count on its heading).
    #[prop_or_default]
    pub paths: Vec<&'static str>,
    /// The body.
    #[prop_or_default]
    pub children: Html,
}

/// How many of the document's errors fall under any of `paths`.
pub fn error_count(errors: &[scorecard_engine::Error], paths: &[&str]) -> usize {
    errors
        .iter()
        .filter(|e| {
            paths
                .iter()
                .any(|p| !errors_at(std::slice::from_ref(*e), p, false).is_empty())
        })
        .count()
}

/// A section.
#[function_component(PlanSection)]
pub fn plan_section(p: &PlanSectionProps) -> Html {
    let open = use_state(|| true);
    let Some(app) = use_app() else { return html! {} };
    let n = error_count(&app.doc_errors, &p.paths);
    let body_id = format!("{}-body", p.id);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <section class={classes!("plan-section", n.gt(&0).then_some("has-errors"))} id={p.id.clone()}
            aria-labelledby={format!("{}-h", p.id)}>
            <h2 id={format!("{}-h", p.id)}>
                <button class="section-toggle" aria-expanded={open.to_string()} aria-controls={body_id.clone()}
                    onclick={toggle}>
                    <span class="chevron" aria-hidden="true">{ if *open { "▾" } else { "▸" } }</span>
                    { p.title.clone() }
                    if n > 0 {
                        <span class="error-count">{ app.lang.plan().errors_in_section.replace("{n}", &n.to_string()) }</span>
                    }
                </button>
            </h2>
            <div class="section-body" id={body_id} hidden={!*open}>
                { p.children.clone() }
            </div>
        </section>
    }
}
