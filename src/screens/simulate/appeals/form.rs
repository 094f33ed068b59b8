//! The appeal form (S4.5): the unit, the period, one input of its record chosen by name
//! (its path and original value shown), the value asked for and the reason. It hands a
//! draft up to be previewed or recorded; it never changes the workspace itself.

use crate::hooks::use_app;
use crate::screens::simulate::appeals::draft::{
    build_draft, pick_input, pick_period, pick_unit, Form,
};
use crate::screens::simulate::appeals::requested::{current_level, RequestedControl};
use crate::screens::simulate::support::value_text;
use scorecard_engine::simulate::appeals::AppealDraft;
use scorecard_engine::simulate::sandbox::{record_inputs, record_value, InputKind};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

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

    let period_id = pick_period(&ws, period.as_deref(), &app.period);
    let unit_id = pick_unit(&ws, unit.as_deref(), &period_id);
    let record = record_value(&ws, &unit_id, &period_id).ok();
    let inputs = record
        .as_ref()
        .map(|r| record_inputs(&ws, r))
        .unwrap_or_default();
    let chosen = pick_input(&inputs, input.as_deref());
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
    let on_requested = {
        let requested = requested.clone();
        Callback::from(move |v: String| requested.set(v))
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
            let form = Form {
                unit: &unit_id,
                period: &period_id,
                input: chosen.as_ref(),
                requested: &requested,
                reason: &reason,
                first_level: &first_level,
            };
            build_draft(t, &form, need_reason)
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
                    <RequestedControl {is_event} current_level={current_level(chosen.as_ref())}
                        requested={(*requested).clone()} on_change={on_requested} />
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
