//! The form adding a unit: id (a free one suggested), name, level and weight profile.

use crate::hooks::{use_workspace, AppContext};
use crate::screens::data::field::{input_text, selected};
use crate::screens::data::rows::{check_new_unit_id, NewIdProblem};
use crate::screens::data::units::{level_of, LEVELS};
use crate::state::Action;
use scorecard_engine::edit::{next_id, Edit, Kind};
use scorecard_engine::model::Level;
use yew::prelude::*;

/// The add form's state.
struct AddForm {
    id: UseStateHandle<Option<String>>,
    name: UseStateHandle<String>,
    level: UseStateHandle<Level>,
    profile: UseStateHandle<Option<String>>,
    error: UseStateHandle<Option<&'static str>>,
}

/// Submitting the form: adds the unit `id` with `profile` (or says why not), then clears
/// the form.
fn on_add(app: &AppContext, f: AddForm, id: String, profile: String) -> Callback<SubmitEvent> {
    let app = app.clone();
    let t = app.lang.data();
    let doc = app.doc.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Err(problem) = check_new_unit_id(&doc, &id) {
            f.error.set(Some(match problem {
                NewIdProblem::Empty => t.id_empty,
                NewIdProblem::Taken => t.id_taken,
            }));
            return;
        }
        f.error.set(None);
        // The engine refuses an empty or taken id too (checked above to say so in the
        // form) and a profile that is not the plan's (shown by the app's banner).
        app.dispatch(Action::Edit(Edit::AddUnit {
            id: id.clone(),
            name: f.name.trim().to_string(),
            level: *f.level,
            profile: profile.clone(),
        }));
        f.id.set(None);
        f.name.set(String::new());
        f.profile.set(None);
    })
}

/// The add form.
#[function_component(UnitAdd)]
pub fn unit_add() -> Html {
    let new_id = use_state(|| None::<String>);
    let new_name = use_state(String::new);
    let new_level = use_state(|| Level::Branch);
    let new_profile = use_state(|| None::<String>);
    let add_error = use_state(|| None::<&'static str>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let c = app.lang.common();
    let doc = app.doc.clone();
    let profiles = ws.plan.profiles.clone();
    let suggested = next_id(&doc, Kind::Unit);
    let id_value = (*new_id).clone().unwrap_or(suggested);
    let profile_value = (*new_profile)
        .clone()
        .or_else(|| profiles.first().map(|p| p.id.clone()))
        .unwrap_or_default();
    let on_add = on_add(
        &app,
        AddForm {
            id: new_id.clone(),
            name: new_name.clone(),
            level: new_level.clone(),
            profile: new_profile.clone(),
            error: add_error.clone(),
        },
        id_value.trim().to_string(),
        profile_value.clone(),
    );
    let on_new_name = {
        let h = new_name.clone();
        Callback::from(move |e: InputEvent| h.set(input_text(&e)))
    };
    let on_new_id = {
        let h = new_id.clone();
        let add_error = add_error.clone();
        Callback::from(move |e: InputEvent| {
            add_error.set(None);
            h.set(Some(input_text(&e)))
        })
    };
    let on_new_level = {
        let h = new_level.clone();
        Callback::from(move |e: Event| {
            // Only the levels offered can be chosen.
            if let Some(l) = level_of(&selected(&e)) {
                h.set(l);
            }
        })
    };
    let on_new_profile = {
        let h = new_profile.clone();
        Callback::from(move |e: Event| h.set(Some(selected(&e))))
    };
    html! {
        <form class="add-form card" onsubmit={on_add} aria-labelledby="new-unit-h" data-testid="add-unit-form">
            <h4 id="new-unit-h">{ t.new_unit }</h4>
            <label>
                <span>{ t.id }</span>
                <input type="text" value={id_value} oninput={on_new_id}
                    aria-invalid={add_error.is_some().then_some("true")}
                    aria-describedby={add_error.is_some().then_some("new-unit-err")}
                    data-testid="new-unit-id" />
            </label>
            <label>
                <span>{ t.name }</span>
                <input type="text" value={(*new_name).clone()} oninput={on_new_name} data-testid="new-unit-name" />
            </label>
            <label>
                <span>{ t.level }</span>
                <select onchange={on_new_level}>
                    { for LEVELS.iter().map(|l| html! {
                        <option value={l.as_str()} selected={*l == *new_level}>{ c.level(l.as_str()) }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.profile }</span>
                <select onchange={on_new_profile}>
                    { for profiles.iter().map(|p| html! {
                        <option value={p.id.clone()} selected={p.id == profile_value}>{ &p.name }</option>
                    }) }
                </select>
            </label>
            <button type="submit" class="primary" data-testid="add-unit">{ "+ " }{ t.add_unit }</button>
            if let Some(e) = *add_error {
                <p class="field-error" id="new-unit-err" role="alert">{ e }</p>
            }
        </form>
    }
}
