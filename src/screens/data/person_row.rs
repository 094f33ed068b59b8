//! One person's row of the people editor: id, name, unit, post, status, host unit, months
//! in post, personal score, the linked score and the remove button.

use crate::hooks::use_app;
use crate::screens::data::field::{
    as_text, error_id, errors_at, errors_under, on_doc_input, FieldErrors,
};
use crate::screens::data::person_select::PersonSelect;
use crate::screens::data::person_text::{PersonText, TextKind};
use crate::screens::data::rows::{person_who, DocUnit};
use crate::screens::data::unit_select::UnitSelect;
use crate::state::Action;
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
    let Some(app) = use_app() else {
        return html! {};
    };
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
    let own: Vec<_> = errors_under(&app.doc_errors, &base)
        .into_iter()
        .filter(|e| e.path == base)
        .collect();
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
    let remove = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Edit(Edit::RemovePerson { index: i })))
    };
    let errors_of = |k: &str| errors_at(&app, Some(&field(k)));
    let err_id = |k: &str| error_id(&field(k).to_string());
    let remove_aria = t.remove_person_aria.replace("{person}", &who);
    html! {
        <tr data-person={id.clone()}>
            <PersonText index={i} key_name="id" label={label(t.id)} value={id.clone()} kind={TextKind::Text} />
            <td>
                <input type="text" value={name.clone()}
                    oninput={on_doc_input(&app, field("name"), as_text)}
                    aria-label={label(t.person_name)}
                    data-testid={format!("person-{i}-name")} />
                <FieldErrors errors={errors_of("name")} id={err_id("name")} lang={app.lang} />
                <FieldErrors errors={own} id={error_id(&base.to_string())} lang={app.lang} />
            </td>
            <td>
                <UnitSelect current={text("unit")} path={field("unit")} label={label(t.unit)}
                    testid={format!("person-{i}-unit")} units={p.units.clone()} />
                <FieldErrors errors={errors_of("unit")} id={err_id("unit")} lang={app.lang} />
            </td>
            <PersonSelect index={i} key_name="post" label={label(t.post)} current={text("post")} />
            <PersonSelect index={i} key_name="status" label={label(t.status)} current={status.clone()} />
            <td>
                if status == "seconded" || person.get("host_unit").is_some() {
                    <UnitSelect current={text("host_unit")} path={field("host_unit")} label={label(t.host_unit)}
                        testid={format!("person-{i}-host")} units={p.units.clone()} />
                } else {
                    <span class="muted">{ c.none }</span>
                }
                <FieldErrors errors={errors_of("host_unit")} id={err_id("host_unit")} lang={app.lang} />
            </td>
            <PersonText index={i} key_name="months_in_post" label={label(t.months)} value={text("months_in_post")} kind={TextKind::Whole} />
            <PersonText index={i} key_name="personal" label={label(t.personal)} value={text("personal")} kind={TextKind::Decimal} />
            <td class="num" data-field="linked">{ linked_text }</td>
            <td>
                <button type="button" class="icon" onclick={remove}
                    aria-label={remove_aria.clone()} title={remove_aria}
                    data-testid={format!("remove-person-{i}")}>{ "✕" }</button>
            </td>
        </tr>
    }
}
