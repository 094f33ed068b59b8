//! The people whose scores are linked to their unit's (S2.5, S1.6): add, edit, remove.

use crate::hooks::use_app;
use crate::screens::data::person_row::PersonRow;
use crate::screens::data::rows::{doc_units, list};
use crate::state::Action;
use scorecard_engine::edit::Edit;
use scorecard_engine::model::Post;
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// The people editor.
#[function_component(DataPeople)]
pub fn data_people() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let doc = app.doc.clone();
    let items = list(&doc, "people");
    let units = doc_units(&doc);
    let period_name = match &app.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(p) => app
            .workspace
            .as_ref()
            .and_then(|w| w.plan.period(p))
            .map(|x| x.name.clone())
            .unwrap_or_else(|| p.clone()),
    };
    let rows = items.iter().enumerate().map(|(i, person)| {
        html! { <PersonRow index={i} person={person.clone()} units={units.clone()} /> }
    });
    let add = {
        let app = app.clone();
        let first_unit = units.first().map(|u| u.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            // A free id, in the first unit, regular management staff.
            app.dispatch(Action::Edit(Edit::AddPerson {
                name: String::new(),
                unit: first_unit.clone(),
                post: Post::Management,
            }))
        })
    };
    html! {
        <section class="people-editor" aria-labelledby="people-h">
            <h3 id="people-h">{ t.people_heading }</h3>
            <p class="help">{ t.people_help }</p>
            <div class="table-wrap">
                <table class="form-table wide" data-testid="people-table">
                    <thead><tr>
                        <th scope="col">{ t.id }</th>
                        <th scope="col">{ t.person_name }</th>
                        <th scope="col">{ t.unit }</th>
                        <th scope="col">{ t.post }</th>
                        <th scope="col">{ t.status }</th>
                        <th scope="col">{ t.host_unit }</th>
                        <th scope="col">{ t.months }</th>
                        <th scope="col">{ t.personal }</th>
                        <th scope="col">{ t.linked }{ " · " }{ period_name }</th>
                        <th scope="col"><span class="visually-hidden">{ c.remove }</span></th>
                    </tr></thead>
                    <tbody>
                        if items.is_empty() {
                            <tr><td colspan="10" class="muted">{ t.no_people }</td></tr>
                        }
                        { for rows }
                    </tbody>
                </table>
            </div>
            <button type="button" onclick={add} disabled={units.is_empty()} data-testid="add-person">{ "+ " }{ t.add_person }</button>
        </section>
    }
}
