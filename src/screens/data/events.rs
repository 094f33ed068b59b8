//! A unit's negative-list events for one period (S3.3 负面清单): level and note per event,
//! added and removed.

use crate::hooks::use_workspace;
use crate::screens::data::event_row::EventRow;
use crate::screens::data::rows::list;
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
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
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let levels = ws.plan.deductions.levels.clone();
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let record = rec.and_then(|i| app.doc.at(&edit::record_path(i)));
    let events = record.map(|r| list(r, "events")).unwrap_or_default();
    let add = {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let first = levels.first().map(|l| l.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            app.dispatch(Action::Edit(Edit::PushRecordItem {
                unit: unit.clone(),
                period: period.clone(),
                field: JsonPath::root().key("events"),
                value: Value::Object(vec![
                    ("level".into(), Value::str(first.clone())),
                    ("note".into(), Value::str("")),
                ]),
            }))
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
                    { for events.iter().enumerate().map(|(k, ev)| html! {
                        <EventRow unit={p.unit.clone()} period={p.period.clone()} record={rec}
                            index={k} event={ev.clone()} levels={levels.clone()} />
                    }) }
                </tbody>
            </table>
            <button type="button" onclick={add} data-testid="add-event" disabled={levels.is_empty()}>{ "+ " }{ t.add_event }</button>
        </section>
    }
}
