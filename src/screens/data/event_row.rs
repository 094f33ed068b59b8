//! One negative-list event of a record: its level (with the deduction it takes), its note and
//! its remove button.

use crate::hooks::use_app;
use crate::screens::data::field::{
    as_text, error_id, errors_at, on_record_input, selected, FieldErrors,
};
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::model::DeductionLevel;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`EventRow`].
#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Index of the record, when there is one.
    pub record: Option<usize>,
    /// Index of the event in the record's `events`.
    pub index: usize,
    /// The event as the document has it.
    pub event: Value,
    /// The plan's deduction levels.
    pub levels: Vec<DeductionLevel>,
}

/// The row.
#[function_component(EventRow)]
pub fn event_row(p: &EventRowProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let (k, ev, levels) = (p.index, &p.event, &p.levels);
    let n = (k + 1).to_string();
    let path = p
        .record
        .map(|i| edit::record_path(i).key("events").index(k));
    let level_path = path.as_ref().map(|x| x.key("level"));
    let note_path = path.as_ref().map(|x| x.key("note"));
    let level_errors = errors_at(&app, level_path.as_ref());
    let note_errors = errors_at(&app, note_path.as_ref());
    let err_id = |x: &Option<JsonPath>| {
        x.as_ref()
            .map(|x| error_id(&x.to_string()))
            .unwrap_or_default()
    };
    let level_err_id = err_id(&level_path);
    let note_err_id = err_id(&note_path);
    let level = edit::value_text(ev.get("level"));
    let events = JsonPath::root().key("events");
    let (unit, period) = (p.unit.to_string(), p.period.to_string());
    let on_level = {
        let app = app.clone();
        let (unit, period) = (unit.clone(), period.clone());
        let field = events.index(k).key("level");
        Callback::from(move |e: Event| {
            app.dispatch(Action::Edit(Edit::SetRecordField {
                unit: unit.clone(),
                period: period.clone(),
                field: field.clone(),
                value: Some(Value::str(selected(&e))),
            }))
        })
    };
    let on_note = on_record_input(
        &app,
        &p.unit,
        &p.period,
        events.index(k).key("note"),
        as_text,
    );
    let remove = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Edit(Edit::RemoveRecordItem {
                unit: unit.clone(),
                period: period.clone(),
                field: events.clone(),
                index: k,
            }))
        })
    };
    let level_invalid = !level_errors.is_empty();
    let note_invalid = !note_errors.is_empty();
    html! {
        <tr>
            <th scope="row">{ &n }</th>
            <td>
                <select onchange={on_level}
                    aria-label={format!("{} {n} · {}", t.events, t.event_level)}
                    aria-invalid={level_invalid.then_some("true")}
                    aria-describedby={level_invalid.then(|| level_err_id.clone())}
                    data-testid={format!("event-{k}-level")}>
                    if !levels.iter().any(|l| l.id == level) {
                        <option value={level.clone()} selected=true>{ &level }</option>
                    }
                    { for levels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={l.id == level}>
                            { format!("{} (−{}%)", l.name, fraction_to_percent_text(l.pct)) }
                        </option>
                    }) }
                </select>
                <FieldErrors errors={level_errors} id={level_err_id} lang={app.lang} />
            </td>
            <td>
                <input type="text" class="note" value={edit::value_text(ev.get("note"))}
                    oninput={on_note}
                    aria-label={format!("{} {n} · {}", t.events, t.event_note)}
                    aria-invalid={note_invalid.then_some("true")}
                    aria-describedby={note_invalid.then(|| note_err_id.clone())}
                    data-testid={format!("event-{k}-note")} />
                <FieldErrors errors={note_errors} id={note_err_id} lang={app.lang} />
            </td>
            <td>
                <button type="button" class="icon" onclick={remove}
                    aria-label={t.remove_event.replace("{n}", &n)}
                    title={t.remove_event.replace("{n}", &n)}>{ "✕" }</button>
            </td>
        </tr>
    }
}
