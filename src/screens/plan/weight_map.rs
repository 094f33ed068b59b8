//! A weight map keyed by id — the survey's rater groups or the panel's criteria: a weight
//! per entry in percent, add and remove entries, the live total when it must be 100%.

use crate::hooks::{on_edit, use_app};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use crate::widgets::table::IconButton;
use crate::widgets::weight_total::WeightTotal;
use scorecard_engine::edit::{Edit, WeightMap};
use scorecard_engine::json::Value;
use scorecard_engine::plan_check::WeightSum;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`PlanWeightMap`].
#[derive(Properties, PartialEq)]
pub struct PlanWeightMapProps {
    /// Which map (its path is `map.path()`).
    pub map: WeightMap,
    /// Legend of the list.
    pub legend: AttrValue,
    /// Display names of well-known ids (id, name).
    #[prop_or_default]
    pub names: Vec<(&'static str, &'static str)>,
    /// Label of the new-id input.
    pub new_label: AttrValue,
    /// Label of the add button.
    pub add_label: AttrValue,
    /// The live total, when the weights must sum to 100%.
    #[prop_or_default]
    pub sum: Option<WeightSum>,
    /// `data-testid` prefix.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// The map editor.
#[function_component(PlanWeightMap)]
pub fn plan_weight_map(p: &PlanWeightMapProps) -> Html {
    let new_id = use_state(String::new);
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let base = p.map.path();
    let keys: Vec<String> = match app.doc.at(&base) {
        Some(Value::Object(fields)) => fields.iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    let name_of = |k: &str| {
        p.names
            .iter()
            .find(|(id, _)| *id == k)
            .map(|(_, n)| format!("{n} ({k})"))
            .unwrap_or_else(|| k.to_string())
    };
    let sum_id = format!("{}-sum", p.testid);
    let on_new = {
        let new_id = new_id.clone();
        Callback::from(move |e: InputEvent| {
            new_id.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let add = {
        let app = app.clone();
        let map = p.map;
        let new_id = new_id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = new_id.trim().to_string();
            if id.is_empty() {
                return;
            }
            app.dispatch(Action::Edit(Edit::AddWeightKey { map, key: id }));
            new_id.set(String::new());
        })
    };
    html! {
        <fieldset class="weight-map">
            <legend>{ p.legend.clone() }</legend>
            <ul class="map-rows">
                { for keys.iter().map(|k| {
                    let at = base.key(k);
                    let remove = on_edit(&app, Edit::RemoveWeightKey { map: p.map, key: k.clone() }, None);
                    let name = name_of(k);
                    html! {
                        <li class="row">
                            <PlanField path={at} label={name.clone()} kind={FieldKind::Percent}
                                suffix="%" narrow=true describedby={p.sum.as_ref().map(|_| sum_id.clone()).unwrap_or_default()} />
                            { IconButton::acting_on("×", t.remove, &name).disabled(keys.len() <= 1).view(remove) }
                        </li>
                    }
                }) }
            </ul>
            if let Some(sum) = &p.sum {
                <p class="total-line">{ t.total }{ t.colon }<WeightTotal sum={sum.clone()} id={sum_id.clone()} testid={sum_id.clone()} /></p>
            }
            <PathErrors path={base.to_string()} exact=true />
            <form class="row add-key" onsubmit={add}>
                <label class="field narrow">
                    <span>{ p.new_label.clone() }</span>
                    <input type="text" value={(*new_id).clone()} oninput={on_new} autocomplete="off" spellcheck="false" />
                </label>
                <button type="submit" disabled={new_id.trim().is_empty()}>{ "+ " }{ p.add_label.clone() }</button>
            </form>
        </fieldset>
    }
}
