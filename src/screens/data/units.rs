//! The units: rename, change level and weight profile, add, and remove (with what refers to
//! them, after a confirmation, as one undo step).

use crate::hooks::use_app;
use crate::screens::data::rows::{doc_units, list, unit_display};
use crate::screens::data::unit_add::UnitAdd;
use crate::screens::data::unit_row::UnitRow;
use crate::widgets::table::{empty_row, head_row};
use scorecard_engine::edit;
use scorecard_engine::model::Level;
use yew::prelude::*;

/// The levels a unit can have, in the order offered.
pub const LEVELS: [Level; 3] = [Level::Hq, Level::Direct, Level::Branch];

/// The level of a word in files (`None` for a word that is none of them).
pub fn level_of(word: &str) -> Option<Level> {
    LEVELS.into_iter().find(|l| l.as_str() == word)
}

/// The units editor.
#[function_component(DataUnits)]
pub fn data_units() -> Html {
    let removing = use_state(|| None::<String>);
    let Some(app) = use_app() else { return html! {} };
    if app.workspace.is_none() {
        return html! {};
    }
    let t = app.lang.data();
    let c = app.lang.common();
    let items = list(&app.doc, "units");
    let names = doc_units(&app.doc);
    let on_ask = {
        let removing = removing.clone();
        Callback::from(move |id: Option<String>| removing.set(id))
    };
    let rows = items.iter().enumerate().map(|(i, u)| {
        let id = edit::value_text(u.get("id"));
        html! {
            <UnitRow index={i} unit={u.clone()} display={unit_display(&names, &id)}
                removing={removing.as_deref() == Some(id.as_str())} on_ask={on_ask.clone()} />
        }
    });
    html! {
        <section class="units-editor" aria-labelledby="units-h">
            <h3 id="units-h">{ t.units_heading }</h3>
            <p class="help">{ t.units_help }</p>
            <div class="table-wrap">
                <table class="form-table wide" data-testid="units-table">
                    { head_row(&[t.id, t.name, t.level, t.profile, t.records], c.remove) }
                    <tbody>
                        if items.is_empty() {
                            { empty_row(6, t.no_units) }
                        }
                        { for rows }
                    </tbody>
                </table>
            </div>
            <UnitAdd />
        </section>
    }
}
