//! A unit's negative-list events for one period (S3.3 负面清单): level and note per event,
//! added and removed.

use crate::hooks::{on_edit, use_workspace};
use crate::screens::data::event_row::EventRow;
use crate::screens::data::record_at::RecordPartProps;
use crate::screens::data::rows::list;
use crate::widgets::table::{empty_row, head_row};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// The events editor.
#[function_component(DataEvents)]
pub fn data_events(p: &RecordPartProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let levels = ws.plan.deductions.levels.clone();
    let events =
        p.at.value(&app.doc)
            .map(|r| list(r, "events"))
            .unwrap_or_default();
    let first = levels.first().map(|l| l.id.clone()).unwrap_or_default();
    let new_event = Value::Object(vec![
        ("level".into(), Value::str(first)),
        ("note".into(), Value::str("")),
    ]);
    let add = on_edit(
        &app,
        p.at.push(JsonPath::root().key("events"), new_event),
        None,
    );
    html! {
        <section class="record-part" aria-labelledby="events-h">
            <h4 id="events-h">{ t.events }</h4>
            <p class="help">{ t.events_help }</p>
            <table class="form-table events" data-testid="events">
                { head_row(&["#", t.event_level, t.event_note], app.lang.common().remove) }
                <tbody>
                    if events.is_empty() {
                        { empty_row(4, t.no_events) }
                    }
                    { for events.iter().enumerate().map(|(k, ev)| html! {
                        <EventRow at={p.at.clone()} index={k} event={ev.clone()} levels={levels.clone()} />
                    }) }
                </tbody>
            </table>
            <button type="button" onclick={add} data-testid="add-event" disabled={levels.is_empty()}>{ "+ " }{ t.add_event }</button>
        </section>
    }
}
