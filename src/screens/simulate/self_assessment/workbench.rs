//! The self-assessment's working area once a record exists: the sandbox editor, the
//! sandbox card, goal seek and the other units moved.

use crate::by_ptr::ByPtr;
use crate::hooks::use_workspace;
use crate::screens::simulate::self_assessment::card::SandboxCard;
use crate::screens::simulate::self_assessment::goal_seek::GoalSeekPanel;
use crate::screens::simulate::self_assessment::others::SelfOthers;
use crate::screens::simulate::self_assessment::sandbox_editor::{Edit, SandboxEditor};
use crate::screens::simulate::self_assessment::selection::{
    apply_edit, sandbox_errors, Sandbox, Trial,
};
use scorecard_engine::json::Value;
use scorecard_engine::simulate::sandbox::record_path;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SelfWorkbench`].
#[derive(Properties, PartialEq)]
pub struct SelfWorkbenchProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Scenario id, or none for the plan.
    pub scenario: Option<AttrValue>,
    /// The record as published.
    pub base: Rc<Value>,
    /// The sandbox record.
    pub record: Rc<Value>,
    /// The sandbox scored, or why not.
    pub trial: Rc<Option<Trial>>,
    /// The sandbox state.
    pub sandbox: UseStateHandle<Option<Sandbox>>,
    /// Whether the sandbox was just applied.
    pub applied: UseStateHandle<bool>,
}

/// The grid of editor and side panels.
#[function_component(SelfWorkbench)]
pub fn self_workbench(p: &SelfWorkbenchProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let on_edit = {
        let (sandbox, applied) = (p.sandbox.clone(), p.applied.clone());
        let (unit, period, record) = (p.unit.to_string(), p.period.to_string(), p.record.clone());
        let first_level = ws.plan.deductions.levels.first().map(|l| l.id.clone());
        let note = t.new_event_note;
        Callback::from(move |e: Edit| {
            if let Some(rec) = apply_edit(&record, e, first_level.as_deref(), note) {
                applied.set(false);
                sandbox.set(Some(Sandbox {
                    unit: unit.clone(),
                    period: period.clone(),
                    record: Rc::new(rec),
                }));
            }
        })
    };
    // Errors of an invalid sandbox, at their paths inside the record.
    let prefix = record_path(&ws, &p.unit, &p.period).ok();
    let (field_errors, other_error) = match &*p.trial {
        Some(Err(e)) => sandbox_errors(app.lang, Some(&ws), prefix.as_ref(), e),
        _ => (Vec::new(), None),
    };
    let field_errors = Rc::new(field_errors);
    let seek_on = match &*p.trial {
        Some(Ok((w, _))) => ByPtr(w.clone()),
        _ => ByPtr(ws.clone()),
    };
    html! {
        <div class="sim-grid">
            <div class="sim-main">
                <h3>{ t.sandbox }</h3>
                <SandboxEditor base={p.base.clone()} record={p.record.clone()}
                    errors={field_errors.clone()} on_edit={on_edit.clone()} />
            </div>
            <aside class="sim-side">
                <SandboxCard unit={p.unit.clone()} period={p.period.clone()} base={p.base.clone()}
                    record={p.record.clone()} trial={p.trial.clone()} {field_errors} {other_error}
                    sandbox={p.sandbox.clone()} applied={p.applied.clone()} />
                <GoalSeekPanel trial={seek_on} unit={p.unit.clone()} period={p.period.clone()}
                    scenario={p.scenario.clone()} record={p.record.clone()} on_use={on_edit} />
                if let Some(Ok((_, pred))) = &*p.trial {
                    <SelfOthers pred={pred.clone()} />
                }
            </aside>
        </div>
    }
}
