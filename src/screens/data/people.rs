//! The people whose scores are linked to their unit's (S2.5, S1.6): add, edit, remove.

use crate::hooks::{on_edit, use_app};
use crate::screens::data::person_row::PersonRow;
use crate::screens::data::rows::{doc_units, list};
use crate::widgets::table::{empty_row, head_row};
use scorecard_engine::edit::Edit;
use scorecard_engine::model::Post;
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// The people editor.
#[function_component(DataPeople)]
pub fn data_people() -> Html {
    let Some(app) = use_app() else { return html! {} };
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
    let linked = format!("{} · {period_name}", t.linked);
    let heads = [
        t.id,
        t.person_name,
        t.unit,
        t.post,
        t.status,
        t.host_unit,
        t.months,
        t.personal,
        &linked,
    ];
    let rows = items.iter().enumerate().map(|(i, person)| {
        html! { <PersonRow index={i} person={person.clone()} units={units.clone()} /> }
    });
    // A free id, in the first unit, regular management staff.
    let new_person = Edit::AddPerson {
        name: String::new(),
        unit: units.first().map(|u| u.id.clone()).unwrap_or_default(),
        post: Post::Management,
    };
    let add = on_edit(&app, new_person, None);
    html! {
        <section class="people-editor" aria-labelledby="people-h">
            <h3 id="people-h">{ t.people_heading }</h3>
            <p class="help">{ t.people_help }</p>
            <div class="table-wrap">
                <table class="form-table wide" data-testid="people-table">
                    { head_row(&heads, c.remove) }
                    <tbody>
                        if items.is_empty() {
                            { empty_row(heads.len() + 1, t.no_people) }
                        }
                        { for rows }
                    </tbody>
                </table>
            </div>
            <button type="button" onclick={add} disabled={units.is_empty()} data-testid="add-person">{ "+ " }{ t.add_person }</button>
        </section>
    }
}
