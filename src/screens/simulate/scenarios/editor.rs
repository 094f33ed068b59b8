//! The scenarios of the workspace (§8): the list (create, copy, rename, delete), and the
//! chosen scenario's weights per profile and grading override. Every change is an edit of
//! the document (`scenarios[i]`), so it autosaves, undoes and exports like any other.

use crate::hooks::use_app;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::detail::ScenarioDetail;
use crate::state::Action;
use scorecard_engine::edit::{entries, next_id, Edit, Kind, ScenarioEntry};
use yew::prelude::*;

/// The scenario list and editor.
#[function_component(SimScenarioEditor)]
pub fn sim_scenario_editor() -> Html {
    let selected = use_state(|| None::<String>);
    let deleted = use_state(|| None::<String>);
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let list = entries(&app.doc);
    let current = selected
        .as_ref()
        .and_then(|id| list.iter().find(|e| &e.id == id))
        .or_else(|| {
            app.scenario
                .as_ref()
                .and_then(|id| list.iter().find(|e| &e.id == id))
        })
        .or(list.first())
        .cloned();

    let on_new = {
        let (app, selected, deleted) = (app.clone(), selected.clone(), deleted.clone());
        let n = (list.len() + 1).to_string();
        Callback::from(move |_| {
            let id = next_id(&app.doc, Kind::Scenario);
            let name = fill(app.lang.sim_scenarios().new_name, &[("n", &n)]);
            selected.set(Some(id.clone()));
            deleted.set(None);
            app.dispatch(Action::Edit(Edit::AddScenario {
                id,
                name,
                weights: Default::default(),
            }));
        })
    };
    let new_button = html! {
        <button class="primary" onclick={on_new} data-testid="scen-new">{ "+ " }{ t.new_scenario }</button>
    };

    let item = |e: &ScenarioEntry| {
        let is_current = current.as_ref().is_some_and(|c| c.index == e.index);
        let viewing = app.scenario.as_deref() == Some(e.id.as_str());
        let onclick = {
            let (selected, deleted, id) = (selected.clone(), deleted.clone(), e.id.clone());
            Callback::from(move |_| {
                selected.set(Some(id.clone()));
                deleted.set(None);
            })
        };
        html! {
            <li>
                <button class={classes!("scen-item", is_current.then_some("current"))}
                    aria-pressed={is_current.to_string()} {onclick}
                    data-testid={format!("scen-item-{}", e.id)}>
                    <span class="scen-name">{ if e.name.is_empty() { e.id.clone() } else { e.name.clone() } }</span>
                    if viewing {
                        <span class="chip viewing">{ t.viewing }</span>
                    }
                </button>
            </li>
        }
    };

    html! {
        <div class="scen-editor">
            <aside class="scen-list-panel" aria-labelledby="scen-list-heading">
                <h3 id="scen-list-heading">{ t.list_heading }</h3>
                <ul class="scen-list">{ for list.iter().map(item) }</ul>
                { new_button }
            </aside>
            <div class="scen-main">
                if let Some(name) = &*deleted {
                    <p class="banner ok" role="status">{ fill(t.deleted, &[("name", name)]) }</p>
                }
                { match current {
                    Some(cur) => html! { <ScenarioDetail {cur} selected={selected.clone()} deleted={deleted.clone()} /> },
                    None => html! { <p class="empty" data-testid="scen-empty">{ t.no_scenarios }</p> },
                } }
            </div>
        </div>
    }
}
