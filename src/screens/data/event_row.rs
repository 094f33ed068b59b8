//! One negative-list event of a record: its level (with the deduction it takes), its note and
//! its remove button.

use crate::hooks::{on_action, on_edit, use_app};
use crate::screens::data::field::{as_text, selected, FieldCheck};
use crate::screens::data::record_at::RecordAt;
use crate::state::Action;
use crate::widgets::options::options_keeping;
use crate::widgets::table::IconButton;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::DeductionLevel;
use scorecard_engine::number::fraction_to_percent_text;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`EventRow`].
#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    /// The record.
    pub at: RecordAt,
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
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let (k, ev, at) = (p.index, &p.event, &p.at);
    let n = (k + 1).to_string();
    let events = JsonPath::root().key("events");
    let (level_field, note_field) = (events.index(k).key("level"), events.index(k).key("note"));
    let level_check = FieldCheck::at(&app, at.path(&level_field).as_ref());
    let note_check = FieldCheck::at(&app, at.path(&note_field).as_ref());
    let level = edit::value_text(ev.get("level"));
    let on_level = {
        let at = at.clone();
        on_action(&app, move |e: Event| {
            Some(Action::Edit(
                at.set(level_field.clone(), Some(Value::str(selected(&e)))),
            ))
        })
    };
    let levels = p
        .levels
        .iter()
        .map(|l| {
            let text = format!("{} (−{}%)", l.name, fraction_to_percent_text(l.pct));
            (l.id.clone(), text)
        })
        .collect();
    let remove = on_edit(&app, at.remove(events, k), None);
    html! {
        <tr>
            <th scope="row">{ &n }</th>
            <td>
                <select onchange={on_level}
                    aria-label={format!("{} {n} · {}", t.events, t.event_level)}
                    aria-invalid={level_check.aria_invalid()}
                    aria-describedby={level_check.described()}
                    data-testid={format!("event-{k}-level")}>
                    { options_keeping(&level, &level, levels) }
                </select>
                { level_check.view(app.lang) }
            </td>
            <td>
                <input type="text" class="note" value={edit::value_text(ev.get("note"))}
                    oninput={at.on_input(&app.dispatcher(), note_field, as_text)}
                    aria-label={format!("{} {n} · {}", t.events, t.event_note)}
                    aria-invalid={note_check.aria_invalid()}
                    aria-describedby={note_check.described()}
                    data-testid={format!("event-{k}-note")} />
                { note_check.view(app.lang) }
            </td>
            <td>{ IconButton::new("✕", t.remove_event.replace("{n}", &n)).view(remove) }</td>
        </tr>
    }
}
