//! The sandbox's record editor: every input of one unit's record for a period, grouped by
//! kind, its current (published) value beside an editable sandbox value; events can be
//! struck off, re-levelled or added. Edits go up as [`Edit`]s; nothing here scores.

use crate::hooks::use_workspace;
use crate::screens::simulate::self_assessment::event_control::EventControl;
use crate::screens::simulate::self_assessment::sections::{errors_at, section_of};
use crate::screens::simulate::support::value_text;
use scorecard_engine::json::Value;
use scorecard_engine::simulate::appeals::same_value;
use scorecard_engine::simulate::sandbox::{record_inputs, InputKind};
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A change to the sandbox record.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set the value at a path inside the record.
    Set(String, Value),
    /// Remove the value at a path (the input becomes missing / takes its default).
    Remove(String),
    /// Append a negative-list event of the plan's first level.
    AddEvent,
}

/// Props of [`SandboxEditor`].
#[derive(Properties, PartialEq)]
pub struct SandboxEditorProps {
    /// The record as published.
    pub base: Rc<Value>,
    /// The sandbox record.
    pub record: Rc<Value>,
    /// Validation errors, each at its path inside the record, in the user's language.
    pub errors: Rc<Vec<(String, String)>>,
    /// Called with each edit.
    pub on_edit: Callback<Edit>,
}

/// Whether clearing the field removes the input (it may be absent) rather than leaving an
/// empty, invalid value.
fn clears_to_absent(kind: &InputKind) -> bool {
    matches!(
        kind,
        InputKind::Value { .. }
            | InputKind::Planned { .. }
            | InputKind::Coordination
            | InputKind::Risk
            | InputKind::ClosedItems
    )
}

/// The editor.
#[function_component(SandboxEditor)]
pub fn sandbox_editor(p: &SandboxEditorProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let ti = app.lang.sim_inputs();
    let lang = app.lang;
    let base: BTreeMap<String, Value> = record_inputs(&ws, &p.base)
        .into_iter()
        .map(|i| (i.path, i.value))
        .collect();
    let inputs = record_inputs(&ws, &p.record);
    let mut last_section = None::<String>;
    let mut rows: Vec<Html> = Vec::new();
    for input in inputs {
        let sec = section_of(&ws, lang, &input.kind);
        if last_section.as_ref() != Some(&sec) {
            last_section = Some(sec.clone());
            rows.push(html! {
                <tr class="section-row">
                    <th scope="colgroup" colspan="3">{ sec }</th>
                </tr>
            });
        }
        let label = ti.label(&ws, &input.kind);
        let now = base.get(&input.path);
        let changed = !now.is_some_and(|b| same_value(b, &input.value));
        let errs = errors_at(&p.errors, &input.path);
        let path = input.path.clone();
        let control = match &input.kind {
            InputKind::Event { .. } => html! {
                <EventControl path={path.clone()} label={label.clone()} value={input.value.clone()}
                    on_edit={p.on_edit.clone()} />
            },
            kind => {
                let text = match &input.value {
                    Value::Null => String::new(),
                    Value::String(s) | Value::Number(s) => s.clone(),
                    other => other.to_compact(),
                };
                let absent_ok = clears_to_absent(kind);
                let oninput = {
                    let cb = p.on_edit.clone();
                    let path = path.clone();
                    Callback::from(move |e: InputEvent| {
                        let v = e.target_unchecked_into::<HtmlInputElement>().value();
                        if v.trim().is_empty() && absent_ok {
                            cb.emit(Edit::Remove(path.clone()));
                        } else {
                            let typed = crate::screens::simulate::support::typed_value(&path, &v);
                            cb.emit(Edit::Set(path.clone(), typed));
                        }
                    })
                };
                html! {
                    <input type="text" inputmode="decimal" class="num-input" value={text}
                        {oninput} aria-label={label.clone()} data-path={path.clone()}
                        placeholder={ti.absent} aria-invalid={(!errs.is_empty()).to_string()} />
                }
            }
        };
        rows.push(html! {
            <tr class={classes!(changed.then_some("changed"))} data-row={input.path.clone()}>
                <th scope="row" class="input-label">{ label.clone() }</th>
                <td class="num now">{ now.map(|v| value_text(lang, &ws, v)).unwrap_or_else(|| ti.absent.to_string()) }</td>
                <td class="sandbox-cell">
                    { control }
                    { for errs.iter().map(|m| html! { <div class="field-error" role="alert">{ *m }</div> }) }
                </td>
            </tr>
        });
    }
    let add_event = {
        let cb = p.on_edit.clone();
        Callback::from(move |_| cb.emit(Edit::AddEvent))
    };
    html! {
        <div class="table-wrap sandbox-table-wrap">
            <table class="sim-table sandbox-table" data-testid="sandbox-table">
                <caption>{ t.sandbox_caption }</caption>
                <thead><tr>
                    <th scope="col">{ t.col_input }</th>
                    <th scope="col" class="num">{ t.col_published_value }</th>
                    <th scope="col">{ t.col_sandbox_value }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if !ws.plan.deductions.levels.is_empty() {
                <p class="table-foot">
                    <button type="button" onclick={add_event} data-testid="sandbox-add-event">{ t.add_event }</button>
                </p>
            }
        </div>
    }
}
