//! An event's sandbox control: its level, its note, and striking it off.

use crate::hooks::use_workspace;
use crate::screens::simulate::self_assessment::sandbox_editor::Edit;
use crate::widgets::options::options;
use scorecard_engine::json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`EventControl`].
#[derive(Properties, PartialEq)]
pub struct EventControlProps {
    /// The event's path inside the record.
    pub path: AttrValue,
    /// The event's label.
    pub label: AttrValue,
    /// The event (`level`, `note`).
    pub value: Value,
    /// Called with each edit.
    pub on_edit: Callback<Edit>,
}

/// The control.
#[function_component(EventControl)]
pub fn event_control(p: &EventControlProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_self();
    let (path, label) = (p.path.to_string(), p.label.clone());
    let text = |key: &str| {
        let v = p.value.get(key).and_then(Value::as_str);
        v.unwrap_or_default().to_string()
    };
    let (level, note) = (text("level"), text("note"));
    // Sets `key` of the event to the text given.
    let set = |key: &str| {
        let (cb, path) = (p.on_edit.clone(), format!("{path}.{key}"));
        move |v: String| cb.emit(Edit::Set(path.clone(), Value::str(v)))
    };
    let on_level = {
        let set = set("level");
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_note = {
        let set = set("note");
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_remove = {
        let cb = p.on_edit.clone();
        let path = path.clone();
        Callback::from(move |_| cb.emit(Edit::Remove(path.clone())))
    };
    html! {
        <div class="event-edit">
            <select aria-label={format!("{label} · {}", t.event_level)}
                data-path={format!("{path}.level")} onchange={on_level}>
                { options(ws.plan.deductions.levels.iter().map(|l| (l.id.as_str(), l.name.as_str())), &level) }
            </select>
            <input type="text" value={note} oninput={on_note}
                aria-label={format!("{label} · {}", t.event_note)}
                data-path={format!("{path}.note")} />
            <button type="button" onclick={on_remove}>{ t.remove_event }</button>
        </div>
    }
}
