//! The appeal form (S4.5): the unit, the period, one input of its record chosen by name
//! (its path and original value shown), the value asked for and the reason. It hands a
//! draft up to be previewed or recorded; it never changes the workspace itself.

use crate::hooks::use_workspace;
use crate::screens::simulate::appeals::draft::{
    build_draft, pick_input, pick_period, pick_unit, Form,
};
use crate::screens::simulate::appeals::input_picker::InputPicker;
use crate::screens::simulate::appeals::pickers::AppealPickers;
use crate::screens::simulate::appeals::requested::{current_level, RequestedControl};
use scorecard_engine::simulate::appeals::AppealDraft;
use scorecard_engine::simulate::sandbox::{record_inputs, record_value, InputKind};
use std::rc::Rc;
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

/// A button's click: the draft goes up (to record, a reason is needed, and the value and
/// reason are cleared after), or the first thing missing shows.
fn submit(
    draft: Rc<dyn Fn(bool) -> Result<AppealDraft, &'static str>>,
    record: bool,
    cb: Callback<AppealDraft>,
    (problem, requested, reason): Fields,
) -> Callback<MouseEvent> {
    Callback::from(move |_| match draft(record) {
        Ok(d) => {
            problem.set(None);
            if record {
                requested.set(String::new());
                reason.set(String::new());
            }
            cb.emit(d)
        }
        Err(m) => problem.set(Some(m)),
    })
}

/// The form's problem, requested value and reason.
type Fields = (
    UseStateHandle<Option<&'static str>>,
    UseStateHandle<String>,
    UseStateHandle<String>,
);

/// The form.
#[function_component(AppealForm)]
pub fn appeal_form(p: &AppealFormProps) -> Html {
    let unit = use_state(|| None::<String>);
    let period = use_state(|| None::<String>);
    let input = use_state(|| None::<String>);
    let requested = use_state(String::new);
    let reason = use_state(String::new);
    let problem = use_state(|| None::<&'static str>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_appeals();

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
    // A new unit or period clears the input chosen; any new choice clears the value asked.
    let choose = |h: &UseStateHandle<Option<String>>, clears_input: bool| {
        let (h, input, reset) = (h.clone(), input.clone(), reset_value.clone());
        Callback::from(move |e: Event| {
            h.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            if clears_input {
                input.set(None);
            }
            reset();
        })
    };
    let (on_unit, on_period, on_input) = (
        choose(&unit, true),
        choose(&period, true),
        choose(&input, false),
    );
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
    let first_level = ws.plan.deductions.levels.first().map(|l| l.id.clone());
    let first_level = first_level.unwrap_or_default();
    let draft: Rc<dyn Fn(bool) -> Result<AppealDraft, &'static str>> = {
        let chosen = chosen.clone();
        let (unit_id, period_id) = (unit_id.clone(), period_id.clone());
        let (requested, reason) = ((*requested).clone(), (*reason).clone());
        Rc::new(move |need_reason: bool| {
            let form = Form {
                unit: &unit_id,
                period: &period_id,
                input: chosen.as_ref(),
                requested: &requested,
                reason: &reason,
                first_level: &first_level,
            };
            build_draft(t, &form, need_reason)
        })
    };
    let fields = (problem.clone(), requested.clone(), reason.clone());
    let on_preview_click = submit(draft.clone(), false, p.on_preview.clone(), fields.clone());
    let on_record_click = submit(draft, true, p.on_record.clone(), fields);

    html! {
        <section class="card appeal-form" aria-labelledby="appeal-form-h">
            <h3 id="appeal-form-h">{ t.form }</h3>
            <div class="form-grid">
                <AppealPickers unit={unit_id.clone()} period={period_id.clone()} {on_unit} {on_period} />
                if inputs.is_empty() {
                    <span></span>
                    <p class="empty-inline" role="status">{ t.no_record }</p>
                } else {
                    <InputPicker inputs={Rc::new(inputs.clone())} chosen={chosen.clone()} {on_input}
                        unit={unit_id.clone()} period={period_id.clone()} />
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
