//! One person's row of the people editor: id, name, unit, post, status, host unit, months
//! in post, personal score, the linked score and the remove button.

use crate::hooks::{on_edit, use_app};
use crate::screens::data::field::{as_text, error_id, errors_under, on_doc_input, FieldCheck};
use crate::screens::data::person_field::PersonField;
use crate::screens::data::rows::{person_who, DocUnit};
use crate::screens::data::unit_select::UnitSelect;
use crate::widgets::table::IconButton;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::number::two_places;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PersonRow`].
#[derive(Properties, PartialEq)]
pub struct PersonRowProps {
    /// Index in the document's `people`.
    pub index: usize,
    /// The person as the document has it.
    pub person: Value,
    /// The document's units (for the unit selects).
    pub units: Vec<DocUnit>,
}

/// The row.
#[function_component(PersonRow)]
pub fn person_row(p: &PersonRowProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let c = app.lang.common();
    let (i, person) = (p.index, &p.person);
    let base = JsonPath::root().key("people").index(i);
    let field = |k: &str| base.key(k);
    let text = |k: &str| edit::value_text(person.get(k));
    let id = text("id");
    let name = text("name");
    let who = person_who(&id, &name);
    let label = |col: &str| t.field_aria.replace("{row}", &who).replace("{column}", col);
    let status = text("status");
    // Errors of the person itself (a seconded person without host unit) show in the row.
    let own = FieldCheck {
        errors: errors_under(&app.doc_errors, &base)
            .into_iter()
            .filter(|e| e.path == base)
            .collect(),
        id: error_id(&base.to_string()),
    };
    let linked = app
        .results()
        .and_then(|r| r.people.iter().find(|x| x.person == id));
    let linked_text = match linked {
        Some(l) => {
            let s = l
                .score
                .map(two_places)
                .unwrap_or_else(|| c.none.to_string());
            if l.graded {
                s
            } else {
                format!("{s} ({})", t.not_graded)
            }
        }
        None => c.none.to_string(),
    };
    let remove = on_edit(&app, Edit::RemovePerson { index: i }, None);
    let errors_of = |k: &str| FieldCheck::at(&app, Some(&field(k))).view(app.lang);
    let cell = |k: &'static str, column: &str, value: String| {
        html! { <PersonField index={i} key_name={k} label={label(column)} {value} /> }
    };
    let remove_button = IconButton::new("✕", t.remove_person_aria.replace("{person}", &who))
        .testid(format!("remove-person-{i}"));
    html! {
        <tr data-person={id.clone()}>
            { cell("id", t.id, id.clone()) }
            <td>
                <input type="text" value={name.clone()}
                    oninput={on_doc_input(&app, field("name"), as_text)}
                    aria-label={label(t.person_name)}
                    data-testid={format!("person-{i}-name")} />
                { errors_of("name") }
                { own.view(app.lang) }
            </td>
            <td>
                <UnitSelect current={text("unit")} path={field("unit")} label={label(t.unit)}
                    testid={format!("person-{i}-unit")} units={p.units.clone()} />
                { errors_of("unit") }
            </td>
            { cell("post", t.post, text("post")) }
            { cell("status", t.status, status.clone()) }
            <td>
                if status == "seconded" || person.get("host_unit").is_some() {
                    <UnitSelect current={text("host_unit")} path={field("host_unit")} label={label(t.host_unit)}
                        testid={format!("person-{i}-host")} units={p.units.clone()} />
                } else {
                    <span class="muted">{ c.none }</span>
                }
                { errors_of("host_unit") }
            </td>
            { cell("months_in_post", t.months, text("months_in_post")) }
            { cell("personal", t.personal, text("personal")) }
            <td class="num" data-field="linked">{ linked_text }</td>
            <td>{ remove_button.view(remove) }</td>
        </tr>
    }
}
