//! The appeal form (S4.5): the unit, the period, one input of its record chosen by name
//! (its path and original value shown), the value asked for and the reason. It hands a
//! draft up to be previewed or recorded; it never changes the workspace itself.

use crate::hooks::use_app;
use crate::screens::simulate::support::{typed_value, value_text};
use scorecard_engine::json::Value;
use scorecard_engine::score::{default_period, PeriodChoice};
use scorecard_engine::simulate::appeals::AppealDraft;
use scorecard_engine::simulate::sandbox::{record_inputs, record_value, InputKind};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The requested value of an event: strike it off.
const STRIKE: &str = "__strike_off__";

/// Props of [`AppealForm`].
#[derive(Properties, PartialEq)]
pub struct AppealFormProps {
    /// Preview a draft.
    pub on_preview: Callback<AppealDraft>,
    /// Record a draft.
    pub on_record: Callback<AppealDraft>,
    /// Whether recording is allowed (the workspace is valid).
    pub enabled: bool,
}

/// The form.
#[function_component(AppealForm)]
pub fn appeal_form(p: &AppealFormProps) -> Html {
    let unit = use_state(|| None::<String>);
    let period = use_state(|| None::<String>);
    let input = use_state(|| None::<String>);
    let requested = use_state(String::new);
    let reason = use_state(String::new);
    let problem = use_state(|| None::<&'static str>);
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.sim_appeals();
    let ti = app.lang.sim_inputs();

    let period_id = (*period)
        .clone()
        .or_else(|| match &app.period {
            PeriodChoice::Period(p) => Some(p.clone()),
            PeriodChoice::Annual => default_period(&ws).map(str::to_string),
        })
        .unwrap_or_default();
    let has = |u: &str| {
        ws.records
            .iter()
            .any(|r| r.unit == u && r.period == period_id)
    };
    let unit_id = (*unit)
        .clone()
        .or_else(|| ws.units.iter().find(|u| has(&u.id)).map(|u| u.id.clone()))
        .unwrap_or_default();
    let record = record_value(&ws, &unit_id, &period_id).ok();
    let inputs = record
        .as_ref()
        .map(|r| record_inputs(&ws, r))
        .unwrap_or_default();
    let chosen = (*input)
        .clone()
        .and_then(|path| inputs.iter().find(|i| i.path == path).cloned())
        .or_else(|| inputs.first().cloned());
    let is_event = chosen
        .as_ref()
        .is_some_and(|i| matches!(i.kind, InputKind::Event { .. }));

    let reset_value = {
        let requested = requested.clone();
        let problem = problem.clone();
        move || {
            requested.set(String::new());
            problem.set(None);
        }
    };
    let on_unit = {
        let (unit, input, reset) = (unit.clone(), input.clone(), reset_value.clone());
        Callback::from(move |e: Event| {
            unit.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            input.set(None);
            reset();
        })
    };
    let on_period = {
        let (period, input, reset) = (period.clone(), input.clone(), reset_value.clone());
        Callback::from(move |e: Event| {
            period.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            input.set(None);
            reset();
        })
    };
    let on_input = {
        let (input, reset) = (input.clone(), reset_value.clone());
        Callback::from(move |e: Event| {
            input.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            reset();
        })
    };
    let on_requested_text = {
        let requested = requested.clone();
        Callback::from(move |e: InputEvent| {
            requested.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_requested_select = {
        let requested = requested.clone();
        Callback::from(move |e: Event| {
            requested.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };

    // The draft, or the first thing missing from it.
    let first_level = ws
        .plan
        .deductions
        .levels
        .first()
        .map(|l| l.id.clone())
        .unwrap_or_default();
    let draft = {
        let chosen = chosen.clone();
        let (unit_id, period_id) = (unit_id.clone(), period_id.clone());
        let (requested, reason) = ((*requested).clone(), (*reason).clone());
        move |need_reason: bool| -> Result<AppealDraft, &'static str> {
            let input = chosen.as_ref().ok_or(t.no_record)?;
            let (path, value) = match input.kind {
                InputKind::Event { .. } => {
                    let pick = if requested.is_empty() {
                        first_level.clone()
                    } else {
                        requested.clone()
                    };
                    if pick == STRIKE {
                        (input.path.clone(), Value::Null)
                    } else {
                        (format!("{}.level", input.path), Value::str(pick))
                    }
                }
                _ => {
                    if requested.trim().is_empty() {
                        return Err(t.need_value);
                    }
                    (input.path.clone(), typed_value(&input.path, &requested))
                }
            };
            if need_reason && reason.trim().is_empty() {
                return Err(t.need_reason);
            }
            Ok(AppealDraft {
                unit: unit_id.clone(),
                period: period_id.clone(),
                input: path,
                requested: value,
                reason: reason.trim().to_string(),
            })
        }
    };
    let on_preview_click = {
        let (cb, problem, draft) = (p.on_preview.clone(), problem.clone(), draft.clone());
        Callback::from(move |_| match draft(false) {
            Ok(d) => {
                problem.set(None);
                cb.emit(d)
            }
            Err(m) => problem.set(Some(m)),
        })
    };
    let on_record_click = {
        let (cb, problem, requested, reason) = (
            p.on_record.clone(),
            problem.clone(),
            requested.clone(),
            reason.clone(),
        );
        Callback::from(move |_| match draft(true) {
            Ok(d) => {
                problem.set(None);
                requested.set(String::new());
                reason.set(String::new());
                cb.emit(d)
            }
            Err(m) => problem.set(Some(m)),
        })
    };

    let current_level = chosen
        .as_ref()
        .and_then(|i| i.value.get("level"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let requested_control = if is_event {
        let pick = if requested.is_empty() {
            current_level.clone()
        } else {
            (*requested).clone()
        };
        html! {
            <select id="appeal-requested" data-testid="appeal-requested" onchange={on_requested_select}>
                { for ws.plan.deductions.levels.iter().map(|l| html! {
                    <option value={l.id.clone()} selected={l.id == pick}>{ &l.name }</option>
                }) }
                <option value={STRIKE} selected={pick == STRIKE}>{ t.strike_off }</option>
            </select>
        }
    } else {
        html! {
            <input id="appeal-requested" type="text" class="num-input" data-testid="appeal-requested"
                value={(*requested).clone()} oninput={on_requested_text} />
        }
    };

    html! {
        <section class="card appeal-form" aria-labelledby="appeal-form-h">
            <h3 id="appeal-form-h">{ t.form }</h3>
            <div class="form-grid">
                <label for="appeal-unit">{ t.unit }</label>
                <select id="appeal-unit" data-testid="appeal-unit" onchange={on_unit}>
                    { for ws.units.iter().map(|u| html! {
                        <option value={u.id.clone()} selected={u.id == unit_id}>{ &u.name }</option>
                    }) }
                </select>
                <label for="appeal-period">{ t.period }</label>
                <select id="appeal-period" data-testid="appeal-period" onchange={on_period}>
                    { for ws.plan.periods.iter().map(|p| html! {
                        <option value={p.id.clone()} selected={p.id == period_id}>{ &p.name }</option>
                    }) }
                </select>
                if inputs.is_empty() {
                    <span></span>
                    <p class="empty-inline" role="status">{ t.no_record }</p>
                } else {
                    <label for="appeal-input">{ t.input }</label>
                    <select id="appeal-input" data-testid="appeal-input" onchange={on_input}>
                        { for inputs.iter().map(|i| {
                            let selected = chosen.as_ref().is_some_and(|c| c.path == i.path);
                            html! {
                                <option value={i.path.clone()} {selected}>
                                    { format!("{}({})", ti.label(&ws, &i.kind), i.path) }
                                </option>
                            }
                        }) }
                    </select>
                    <span class="label">{ t.path }</span>
                    <code class="path" data-testid="appeal-path">{ chosen.as_ref().map(|c| c.path.clone()).unwrap_or_default() }</code>
                    <span class="label">{ t.original }</span>
                    <span class="num-value" data-testid="appeal-original">{
                        chosen.as_ref().map(|c| value_text(app.lang, &ws, &c.value)).unwrap_or_default()
                    }</span>
                    <label for="appeal-requested">{ t.requested }</label>
                    { requested_control }
                    <label for="appeal-reason">{ t.reason }</label>
                    <textarea id="appeal-reason" data-testid="appeal-reason" rows="2"
                        placeholder={t.reason_hint} value={(*reason).clone()} oninput={on_reason} />
                }
            </div>
            if let Some(m) = *problem {
                <p class="field-error" role="alert">{ m }</p>
            }
            <div class="actions">
                <button type="button" onclick={on_preview_click} disabled={inputs.is_empty()}
                    data-testid="appeal-preview">{ t.preview }</button>
                <button type="button" class="primary" onclick={on_record_click}
                    disabled={inputs.is_empty() || !p.enabled} data-testid="appeal-record">{ t.record }</button>
            </div>
        </section>
    }
}
