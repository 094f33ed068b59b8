//! The sandbox card: the prediction beside the published figures (or why there is none),
//! the number of edits, and resetting or applying the sandbox to the workspace.

use crate::hooks::use_workspace;
use crate::screens::simulate::self_assessment::comparison::SelfComparison;
use crate::screens::simulate::self_assessment::invalid::SandboxInvalid;
use crate::screens::simulate::self_assessment::selection::{edit_count, Sandbox, Trial};
use crate::state::Action;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::simulate::sandbox::doc_record_index;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SandboxCard`].
#[derive(Properties, PartialEq)]
pub struct SandboxCardProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// The record as published.
    pub base: Rc<Value>,
    /// The sandbox record.
    pub record: Rc<Value>,
    /// The sandbox scored, or why not.
    pub trial: Rc<Option<Trial>>,
    /// Errors inside the record: (relative path, message).
    pub field_errors: Rc<Vec<(String, String)>>,
    /// Another error of the sandbox.
    pub other_error: Option<String>,
    /// The sandbox state (reset discards it).
    pub sandbox: UseStateHandle<Option<Sandbox>>,
    /// Whether the sandbox was just applied.
    pub applied: UseStateHandle<bool>,
}

/// The card.
#[function_component(SandboxCard)]
pub fn sandbox_card(p: &SandboxCardProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let edits = edit_count(&ws, &p.base, &p.record);
    let on_reset = {
        let (sandbox, applied) = (p.sandbox.clone(), p.applied.clone());
        Callback::from(move |_| {
            sandbox.set(None);
            applied.set(false);
        })
    };
    let doc_ok = app.doc_errors.is_empty();
    let doc_index = doc_record_index(&app.doc, &p.unit, &p.period);
    let trial_ok = matches!(&*p.trial, Some(Ok(_)));
    let on_apply = {
        let app = app.clone();
        let applied = p.applied.clone();
        let (unit, period, record) = (p.unit.to_string(), p.period.to_string(), p.record.clone());
        Callback::from(move |_| {
            if doc_index.is_some() {
                app.dispatch(Action::Edit(Edit::ReplaceRecord {
                    unit: unit.clone(),
                    period: period.clone(),
                    record: (*record).clone(),
                }));
                applied.set(true);
            }
        })
    };
    html! {
        <div class="card">
            { match &*p.trial {
                Some(Ok((_, pred))) => html! { <SelfComparison pred={pred.clone()} /> },
                _ => html! { <SandboxInvalid other_error={p.other_error.clone()} field_errors={p.field_errors.clone()} /> },
            } }
            <div class="actions">
                <span class="muted" data-testid="self-edits">{
                    if edits == 0 { t.no_edits.to_string() } else { t.edits.replace("{n}", &edits.to_string()) }
                }</span>
                <button type="button" onclick={on_reset} disabled={edits == 0}
                    data-testid="self-reset">{ t.reset }</button>
                <button type="button" class="primary" onclick={on_apply}
                    disabled={edits == 0 || !doc_ok || !trial_ok || doc_index.is_none()}
                    data-testid="self-apply">{ t.apply }</button>
            </div>
            if !doc_ok {
                <p class="banner warn" role="alert">{ t.doc_invalid }</p>
            }
            if *p.applied {
                <p class="banner ok" role="status">{ t.applied }</p>
            }
        </div>
    }
}
