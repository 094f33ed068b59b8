//! The people whose scores are linked to their unit's (S2.5, S1.6): add, edit, remove.

use crate::hooks::use_app;
use crate::screens::data::field::{
    as_text, error_id, errors_at, errors_under, on_doc_input, selected, FieldErrors,
};
use crate::screens::data::rows::doc_units;
use crate::state::Action;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::number::two_places;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

const POSTS: [&str; 3] = ["technical", "management", "service"];
const STATUSES: [&str; 3] = ["regular", "new", "seconded"];

/// The people editor.
#[function_component(DataPeople)]
pub fn data_people() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let doc = app.doc.clone();
    let items: Vec<Value> = match doc.get("people") {
        Some(Value::Array(xs)) => xs.clone(),
        _ => Vec::new(),
    };
    let units = doc_units(&doc);
    let rs = app.results();
    let period_name = match &app.period {
        scorecard_engine::score::PeriodChoice::Annual => c.annual.to_string(),
        scorecard_engine::score::PeriodChoice::Period(p) => app
            .workspace
            .as_ref()
            .and_then(|w| w.plan.periods.iter().find(|x| &x.id == p))
            .map(|x| x.name.clone())
            .unwrap_or_else(|| p.clone()),
    };

    let unit_select = |current: &str, path: JsonPath, label: String, testid: String| {
        let app = app.clone();
        let onchange = Callback::from(move |e: Event| {
            app.dispatch(Action::Set {
                path: path.clone(),
                value: Value::str(selected(&e)),
            })
        });
        html! {
            <select {onchange} aria-label={label} data-testid={testid}>
                if !units.iter().any(|u| u.id == current) {
                    <option value={current.to_string()} selected=true>{ if current.is_empty() { t.choose } else { current } }</option>
                }
                { for units.iter().map(|u| html! {
                    <option value={u.id.clone()} selected={u.id == current}>{ &u.name }</option>
                }) }
            </select>
        }
    };

    let rows = items.iter().enumerate().map(|(i, person)| {
        let base = JsonPath::root().key("people").index(i);
        let field = |k: &str| base.key(k);
        let id = edit::value_text(person.get("id"));
        let name = edit::value_text(person.get("name"));
        let who = if name.trim().is_empty() { id.clone() } else { name.clone() };
        let label = |col: &str| t.field_aria.replace("{row}", &who).replace("{column}", col);
        let status = edit::value_text(person.get("status"));
        let post = edit::value_text(person.get("post"));
        // Errors of the person itself (a seconded person without host unit) show in the row.
        let own: Vec<_> = errors_under(&app.doc_errors, &base)
            .into_iter()
            .filter(|e| e.path == base)
            .collect();
        let text_cell = |k: &str, col: &str, mode: &'static str, to_value: fn(&str) -> Option<Value>| {
            let errors = errors_at(&app, Some(&field(k)));
            let err_id = error_id(&field(k).to_string());
            let invalid = !errors.is_empty();
            html! {
                <td>
                    <input type="text" inputmode={mode} class={k.to_string()}
                        value={edit::value_text(person.get(k))}
                        oninput={on_doc_input(&app, field(k), to_value)}
                        aria-label={label(col)}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={invalid.then(|| err_id.clone())}
                        data-testid={format!("person-{i}-{k}")} />
                    <FieldErrors errors={errors} id={err_id} lang={app.lang} />
                </td>
            }
        };
        let select_cell = |k: &'static str, col: &str, words: &[&'static str], name_of: fn(&crate::i18n::common::Common, &str) -> &'static str, current: &str| {
            let app2 = app.clone();
            let path = field(k);
            let doc = doc.clone();
            let base = base.clone();
            let onchange = Callback::from(move |e: Event| {
                let v = selected(&e);
                if k == "status" && v != "seconded" {
                    // Leaving secondment drops the host unit in the same step.
                    let mut d = (*doc).clone();
                    d.set_at(&base.key("status"), Value::str(v));
                    d.remove_at(&base.key("host_unit"));
                    app2.dispatch(Action::Replace { doc: d });
                } else {
                    app2.dispatch(Action::Set { path: path.clone(), value: Value::str(v) });
                }
            });
            let errors = errors_at(&app, Some(&field(k)));
            html! {
                <td>
                    <select {onchange} aria-label={label(col)} data-testid={format!("person-{i}-{k}")}
                        aria-invalid={(!errors.is_empty()).then_some("true")}>
                        if !words.contains(&current) {
                            <option value={current.to_string()} selected=true>{ current }</option>
                        }
                        { for words.iter().map(|w| html! {
                            <option value={*w} selected={*w == current}>{ name_of(c, w) }</option>
                        }) }
                    </select>
                    <FieldErrors errors={errors} id={error_id(&field(k).to_string())} lang={app.lang} />
                </td>
            }
        };
        let linked = rs.and_then(|r| r.people.iter().find(|x| x.person == id));
        let linked_text = match linked {
            Some(l) => {
                let s = l.score.map(two_places).unwrap_or_else(|| c.none.to_string());
                if l.graded { s } else { format!("{s} ({})", t.not_graded) }
            }
            None => c.none.to_string(),
        };
        let remove = {
            let app = app.clone();
            let path = base.clone();
            Callback::from(move |_| app.dispatch(Action::Remove { path: path.clone() }))
        };
        let host_errors = errors_at(&app, Some(&field("host_unit")));
        html! {
            <tr data-person={id.clone()}>
                { text_cell("id", t.id, "text", as_text) }
                <td>
                    <input type="text" value={name.clone()}
                        oninput={on_doc_input(&app, field("name"), as_text)}
                        aria-label={label(t.person_name)}
                        data-testid={format!("person-{i}-name")} />
                    <FieldErrors errors={errors_at(&app, Some(&field("name")))} id={error_id(&field("name").to_string())} lang={app.lang} />
                    <FieldErrors errors={own} id={error_id(&base.to_string())} lang={app.lang} />
                </td>
                <td>
                    { unit_select(&edit::value_text(person.get("unit")), field("unit"), label(t.unit), format!("person-{i}-unit")) }
                    <FieldErrors errors={errors_at(&app, Some(&field("unit")))} id={error_id(&field("unit").to_string())} lang={app.lang} />
                </td>
                { select_cell("post", t.post, &POSTS, crate::i18n::common::Common::post, &post) }
                { select_cell("status", t.status, &STATUSES, crate::i18n::common::Common::status, &status) }
                <td>
                    if status == "seconded" || person.get("host_unit").is_some() {
                        { unit_select(&edit::value_text(person.get("host_unit")), field("host_unit"), label(t.host_unit), format!("person-{i}-host")) }
                    } else {
                        <span class="muted">{ c.none }</span>
                    }
                    <FieldErrors errors={host_errors} id={error_id(&field("host_unit").to_string())} lang={app.lang} />
                </td>
                { text_cell("months_in_post", t.months, "numeric", edit::typed_whole) }
                { text_cell("personal", t.personal, "decimal", edit::typed_value) }
                <td class="num" data-field="linked">{ linked_text }</td>
                <td>
                    <button type="button" class="icon" onclick={remove}
                        aria-label={t.remove_person_aria.replace("{person}", &who)}
                        title={t.remove_person_aria.replace("{person}", &who)}
                        data-testid={format!("remove-person-{i}")}>{ "✕" }</button>
                </td>
            </tr>
        }
    });

    let add = {
        let app = app.clone();
        let doc = doc.clone();
        let first_unit = units.first().map(|u| u.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            app.dispatch(Action::Push {
                path: JsonPath::root().key("people"),
                value: Value::Object(vec![
                    ("id".into(), Value::str(edit::free_id(&doc, "people", "p"))),
                    ("name".into(), Value::str("")),
                    ("unit".into(), Value::str(first_unit.clone())),
                    ("post".into(), Value::str("management")),
                    ("status".into(), Value::str("regular")),
                ]),
            })
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
