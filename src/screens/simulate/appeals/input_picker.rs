//! The appeal form's input picker: one input of the record by name, where it is in words
//! (unit, period and input; the path itself in `data-path` and as a tooltip) and its
//! original value (label and field pairs of the form's grid).

use crate::hooks::use_workspace;
use crate::i18n::problems::Names;
use crate::screens::simulate::support::value_text;
use scorecard_engine::path::JsonPath;
use scorecard_engine::simulate::sandbox::{record_path, RecordInput};
use scorecard_engine::Workspace;
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
    /// The unit appealing.
    pub unit: AttrValue,
    /// The period.
    pub period: AttrValue,
}

/// Where an input of the unit's record for the period is, in words (`一支队 · 第一季度 ·
/// 质量达标率 · 审计值`); the input's label alone when the record or path is not found.
pub fn input_place(names: Names, ws: &Workspace, unit: &str, period: &str, input: &str) -> String {
    let Some(rel) = JsonPath::parse(input) else {
        return input.to_string();
    };
    match record_path(ws, unit, period) {
        Ok(at) => {
            let mut segs = at.segments();
            segs.extend(rel.segments());
            names.place(&JsonPath::from_segments(segs))
        }
        Err(_) => names.input(&rel),
    }
}

/// The picker.
#[function_component(InputPicker)]
pub fn input_picker(p: &InputPickerProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_appeals();
    let ti = app.lang.sim_inputs();
    let chosen = &p.chosen;
    let path = chosen.as_ref().map(|c| c.path.clone()).unwrap_or_default();
    let place = chosen
        .as_ref()
        .map(|c| {
            let names = Names::new(app.lang, Some(&ws));
            input_place(names, &ws, &p.unit, &p.period, &c.path)
        })
        .unwrap_or_default();
    html! {
        <>
        <label for="appeal-input">{ t.input }</label>
        <select id="appeal-input" data-testid="appeal-input" onchange={p.on_input.clone()}>
            { for p.inputs.iter().map(|i| {
                let selected = chosen.as_ref().is_some_and(|c| c.path == i.path);
                html! {
                    <option value={i.path.clone()} {selected}>
                        { ti.label(&ws, &i.kind) }
                    </option>
                }
            }) }
        </select>
        <span class="label">{ t.path }</span>
        <code class="path" data-testid="appeal-path" data-path={path.clone()} title={path}>{ place }</code>
        <span class="label">{ t.original }</span>
        <span class="num-value" data-testid="appeal-original">{
            chosen.as_ref().map(|c| value_text(app.lang, &ws, &c.value)).unwrap_or_default()
        }</span>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn an_input_is_placed_in_words() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let names = Names::new(Lang::En, Some(&ws));
        let place = input_place(names, &ws, "zd1", "2026Q1", "values.quality.audited");
        assert!(!place.contains("values."), "{place}");
        assert!(place.contains(&ws.unit("zd1").unwrap().name), "{place}");
        // No record: the input's label alone.
        let label = input_place(names, &ws, "kjc", "2026Q1", "values.quality.audited");
        assert_eq!(
            label,
            names.input(&JsonPath::parse("values.quality.audited").unwrap())
        );
    }
}
