//! The appeal form's input picker: one input of the record by name, its path and its
//! original value (label and field pairs of the form's grid).

use crate::hooks::use_app;
use crate::screens::simulate::support::value_text;
use scorecard_engine::simulate::sandbox::RecordInput;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`InputPicker`].
#[derive(Properties, PartialEq)]
pub struct InputPickerProps {
    /// The record's inputs.
    pub inputs: Rc<Vec<RecordInput>>,
    /// The input chosen.
    pub chosen: Option<RecordInput>,
    /// Called when another input is picked.
    pub on_input: Callback<Event>,
}

/// The picker.
#[function_component(InputPicker)]
pub fn input_picker(p: &InputPickerProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.sim_appeals();
    let ti = app.lang.sim_inputs();
    let chosen = &p.chosen;
    html! {
        <>
        <label for="appeal-input">{ t.input }</label>
        <select id="appeal-input" data-testid="appeal-input" onchange={p.on_input.clone()}>
            { for p.inputs.iter().map(|i| {
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
        </>
    }
}
