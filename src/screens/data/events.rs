//! A unit's negative-list events for one period (S3.3 负面清单): level and note per event,
//! added and removed.

use crate::hooks::use_app;
use crate::screens::data::field::{
    as_text, error_id, errors_at, on_record_input, selected, FieldErrors,
};
use crate::state::Action;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`DataEvents`].
#[derive(Properties, PartialEq)]
pub struct DataEventsProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
}

/// The events editor.
#[function_component(DataEvents)]
pub fn data_events(p: &DataEventsProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let levels = ws.plan.deductions.levels.clone();
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let events: Vec<Value> = match rec.and_then(|i| app.doc.at(&edit::record_path(i).key("events")))
    {
        Some(Value::Array(xs)) => xs.clone(),
        _ => Vec::new(),
    };
    let add = {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let first = levels.first().map(|l| l.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            app.dispatch(Action::RecordPush {
                unit: unit.clone(),
                period: period.clone(),
                field: JsonPath::root().key("events"),
                value: Value::Object(vec![
                    ("level".into(), Value::str(first.clone())),
                    ("note".into(), Value::str("")),
                ]),
            })
        })
    };
    html! {
        <section class="record-part" aria-labelledby="events-h">
            <h4 id="events-h">{ t.events }</h4>
            <p class="help">{ t.events_help }</p>
            <table class="form-table events" data-testid="events">
                <thead><tr>
                    <th scope="col">{ "#" }</th>
                    <th scope="col">{ t.event_level }</th>
                    <th scope="col">{ t.event_note }</th>
                    <th scope="col"><span class="visually-hidden">{ c.remove }</span></th>
                </tr></thead>
                <tbody>
                    if events.is_empty() {
                        <tr><td colspan="4" class="muted">{ t.no_events }</td></tr>
                    }
                    { for events.iter().enumerate().map(|(k, ev)| {
                        let n = (k + 1).to_string();
                        let path = rec.map(|i| edit::record_path(i).key("events").index(k));
                        let level_path = path.as_ref().map(|x| x.key("level"));
                        let note_path = path.as_ref().map(|x| x.key("note"));
                        let level_errors = errors_at(&app, level_path.as_ref());
                        let note_errors = errors_at(&app, note_path.as_ref());
                        let level_err_id = level_path.as_ref().map(|x| error_id(&x.to_string())).unwrap_or_default();
                        let note_err_id = note_path.as_ref().map(|x| error_id(&x.to_string())).unwrap_or_default();
                        let level = edit::value_text(ev.get("level"));
                        let on_level = {
                            let app = app.clone();
                            let path = level_path.clone();
                            Callback::from(move |e: Event| {
                                if let Some(path) = path.clone() {
                                    app.dispatch(Action::Set { path, value: Value::str(selected(&e)) });
                                }
                            })
                        };
                        let on_note = on_record_input(
                            &app, &p.unit, &p.period,
                            JsonPath::root().key("events").index(k).key("note"), as_text,
                        );
                        let remove = {
                            let app = app.clone();
                            let path = path.clone();
                            Callback::from(move |_| {
                                if let Some(path) = path.clone() {
                                    app.dispatch(Action::Remove { path });
                                }
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
                    }) }
                </tbody>
            </table>
            <button type="button" onclick={add} data-testid="add-event" disabled={levels.is_empty()}>{ "+ " }{ t.add_event }</button>
        </section>
    }
}
