//! The chosen scenario: its name and id, copy, delete and "view results", its errors, the
//! weights of each profile and the grading override. Every change is an edit of the
//! document (`scenarios[i]`).

use crate::hooks::use_app;
use crate::screens::simulate::scenarios::grading::SimGrading;
use crate::screens::simulate::scenarios::scenario_checks::{
    is_unofficial, name_errors, other_errors,
};
use crate::screens::simulate::scenarios::weight_editor::SimWeightEditor;
use crate::state::{Action, Screen};
use crate::widgets::error_list::ErrorList;
use scorecard_engine::edit::{name_path, next_id, Edit, Kind, ScenarioEntry};
use scorecard_engine::json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`ScenarioDetail`].
#[derive(Properties, PartialEq)]
pub struct ScenarioDetailProps {
    /// The scenario shown.
    pub cur: ScenarioEntry,
    /// The scenario picked in the list.
    pub selected: UseStateHandle<Option<String>>,
    /// The name of the scenario just deleted.
    pub deleted: UseStateHandle<Option<String>>,
}

/// The detail.
#[function_component(ScenarioDetail)]
pub fn scenario_detail(p: &ScenarioDetailProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let (cur, selected, deleted) = (&p.cur, &p.selected, &p.deleted);
    let i = cur.index;
    let viewing = app.scenario.as_deref() == Some(cur.id.as_str());
    let on_rename = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::Typed(Edit::SetField {
                at: name_path(i),
                value: Some(Value::str(v.trim())),
            }))
        })
    };
    let on_copy = {
        let (app, selected, cur) = (app.clone(), selected.clone(), cur.clone());
        Callback::from(move |_| {
            let id = next_id(&app.doc, Kind::Scenario);
            let name = format!("{}{}", cur.name, app.lang.sim_scenarios().copy_suffix);
            selected.set(Some(id.clone()));
            app.dispatch(Action::Edit(Edit::CopyScenario {
                from: cur.id.clone(),
                id,
                name,
            }));
        })
    };
    let on_delete = {
        let (app, selected, deleted, name, id) = (
            app.clone(),
            selected.clone(),
            deleted.clone(),
            cur.name.clone(),
            cur.id.clone(),
        );
        Callback::from(move |_| {
            selected.set(None);
            deleted.set(Some(name.clone()));
            app.dispatch(Action::Edit(Edit::RemoveScenario { id: id.clone() }));
        })
    };
    let on_view = {
        let (app, id) = (app.clone(), cur.id.clone());
        Callback::from(move |_| {
            app.dispatch(Action::SetScenario(Some(id.clone())));
            app.dispatch(Action::SetScreen(Screen::Results));
        })
    };
    let on_plan = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::SetScenario(None)))
    };
    // Errors of the name and the grading show at their fields; the rest above the weights.
    let name_errors: Vec<_> = name_errors(&app.doc_errors, i)
        .map(|e| crate::i18n::errors::kind_text(app.lang, &e.kind))
        .collect();
    let errors = other_errors(&app.doc_errors, i);
    let profiles: Vec<String> = app
        .workspace
        .iter()
        .flat_map(|w| w.plan.profiles.iter().map(|p| p.id.clone()))
        .collect();
    let unofficial = app
        .workspace
        .as_ref()
        .is_some_and(|ws| is_unofficial(&app.doc, ws, i));
    html! {
        <div class="scen-detail" data-testid="scen-detail" data-scenario={cur.id.clone()}>
            <div class="scen-head">
                <div class="field">
                    <label for="scen-name">{ t.name }</label>
                    <input id="scen-name" type="text" value={cur.name.clone()} maxlength="200"
                        aria-invalid={(!name_errors.is_empty()).to_string()}
                        onchange={on_rename} data-testid="scen-name" />
                    { for name_errors.iter().map(|e| html! { <span class="error" role="alert">{ e }</span> }) }
                </div>
                <div class="field id">
                    <span class="label">{ t.id }</span>
                    <code>{ &cur.id }</code>
                </div>
                <div class="scen-actions">
                    <button onclick={on_copy} data-testid="scen-copy">{ t.copy }</button>
                    <button class="danger" onclick={on_delete} data-testid="scen-delete">{ t.delete }</button>
                    if viewing {
                        <button onclick={on_plan} data-testid="scen-view-plan">{ t.view_plan }</button>
                    }
                    <button class="primary" onclick={on_view} data-testid="scen-view">{ t.view_results }</button>
                </div>
            </div>
            if viewing {
                <p class="note" data-testid="scen-viewing">{ t.viewing_note }</p>
            }
            if unofficial {
                <div class="banner danger" role="alert" data-testid="scen-unofficial">{ t.not_official }</div>
            }
            if !errors.is_empty() {
                <div class="banner warn" role="alert">
                    <p>{ t.scenario_errors }</p>
                    <ErrorList errors={errors} lang={app.lang} />
                </div>
            }
            <h3>{ t.weights_heading }</h3>
            <p class="help">{ t.weights_help }</p>
            <div class="weight-grid">
                { for profiles.iter().map(|p| html! {
                    <SimWeightEditor key={format!("{}/{p}", cur.id)} scenario={i} scenario_id={cur.id.clone()} profile={p.clone()} />
                }) }
            </div>
            <SimGrading key={cur.id.clone()} scenario={i} scenario_id={cur.id.clone()} />
        </div>
    }
}
