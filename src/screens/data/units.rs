//! The units: rename, change level and weight profile, add, and remove (with what refers to
//! them, after a confirmation, as one undo step).

use crate::hooks::use_app;
use crate::screens::data::field::{
    as_text, error_id, errors_at, input_text, on_doc_input, selected, FieldErrors,
};
use crate::screens::data::grid::doc_units;
use crate::state::Action;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

const LEVELS: [&str; 3] = ["hq", "direct", "branch"];

/// The units editor.
#[function_component(DataUnits)]
pub fn data_units() -> Html {
    let removing = use_state(|| None::<String>);
    let new_id = use_state(|| None::<String>);
    let new_name = use_state(String::new);
    let new_level = use_state(|| "branch".to_string());
    let new_profile = use_state(|| None::<String>);
    let add_error = use_state(|| None::<&'static str>);
    let confirm_button = use_node_ref();
    {
        let confirm_button = confirm_button.clone();
        use_effect_with((*removing).clone(), move |r| {
            if r.is_some() {
                if let Some(b) = confirm_button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let doc = app.doc.clone();
    let items: Vec<Value> = match doc.get("units") {
        Some(Value::Array(xs)) => xs.clone(),
        _ => Vec::new(),
    };
    let names = doc_units(&doc);
    let profiles = ws.plan.profiles.clone();
    let periods = ws.plan.periods.clone();

    let rows = items.iter().enumerate().map(|(i, u)| {
        let id = edit::value_text(u.get("id"));
        let display = names
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.name.clone())
            .unwrap_or_else(|| id.clone());
        let base = JsonPath::root().key("units").index(i);
        let field = |k: &str| base.key(k);
        let errs = |k: &str| errors_at(&app, Some(&field(k)));
        let err_id = |k: &str| error_id(&field(k).to_string());
        let name_errors = errs("name");
        let level_errors = errs("level");
        let profile_errors = errs("profile");
        let id_errors = errs("id");
        let level = edit::value_text(u.get("level"));
        let profile = edit::value_text(u.get("profile"));
        let on_select = |k: &'static str| {
            let app = app.clone();
            let path = field(k);
            Callback::from(move |e: Event| {
                app.dispatch(Action::Set {
                    path: path.clone(),
                    value: Value::str(selected(&e)),
                })
            })
        };
        let with_data: Vec<String> = periods
            .iter()
            .filter(|p| edit::record_index(&doc, &id, &p.id).is_some())
            .map(|p| p.name.clone())
            .collect();
        let ask = {
            let removing = removing.clone();
            let id = id.clone();
            Callback::from(move |_| removing.set(Some(id.clone())))
        };
        let confirm_row = (removing.as_deref() == Some(id.as_str())).then(|| {
            let refs = edit::unit_references(&doc, &id);
            let takes = t
                .remove_unit_takes
                .replace("{records}", &refs.records.to_string())
                .replace("{people}", &refs.people.to_string())
                .replace("{history}", &refs.history.to_string())
                .replace("{appeals}", &refs.appeals.to_string());
            let remove = {
                let app = app.clone();
                let removing = removing.clone();
                let id = id.clone();
                Callback::from(move |_| {
                    removing.set(None);
                    app.dispatch(Action::RemoveUnit(id.clone()))
                })
            };
            let cancel = {
                let removing = removing.clone();
                Callback::from(move |_| removing.set(None))
            };
            html! {
                <tr class="confirm-row">
                    <td colspan="7">
                        <div class="confirm" role="alertdialog" aria-labelledby="remove-unit-q" aria-describedby="remove-unit-d">
                            <p id="remove-unit-q"><strong>{ t.remove_unit_confirm.replace("{unit}", &display) }</strong></p>
                            <p id="remove-unit-d">
                                { takes }
                                if refs.hosted > 0 {
                                    { " " }{ t.remove_unit_hosted.replace("{hosted}", &refs.hosted.to_string()) }
                                }
                                { " " }{ t.undo_hint }
                            </p>
                            <button type="button" class="danger" onclick={remove} ref={confirm_button.clone()}
                                data-testid="confirm-remove-unit">{ t.confirm }</button>
                            <button type="button" onclick={cancel}>{ t.cancel }</button>
                        </div>
                    </td>
                </tr>
            }
        });
        let name_invalid = !name_errors.is_empty();
        html! {
            <>
                <tr data-unit={id.clone()}>
                    <th scope="row">
                        <code>{ &id }</code>
                        <FieldErrors errors={id_errors} id={err_id("id")} lang={app.lang} />
                    </th>
                    <td>
                        <input type="text" value={edit::value_text(u.get("name"))}
                            oninput={on_doc_input(&app, field("name"), as_text)}
                            aria-label={t.field_aria.replace("{row}", &id).replace("{column}", t.name)}
                            aria-invalid={name_invalid.then_some("true")}
                            aria-describedby={name_invalid.then(|| err_id("name"))}
                            data-testid={format!("unit-name-{id}")} />
                        <FieldErrors errors={name_errors} id={err_id("name")} lang={app.lang} />
                    </td>
                    <td>
                        <select onchange={on_select("level")}
                            aria-label={t.field_aria.replace("{row}", &display).replace("{column}", t.level)}
                            aria-invalid={(!level_errors.is_empty()).then_some("true")}>
                            if !LEVELS.contains(&level.as_str()) {
                                <option value={level.clone()} selected=true>{ &level }</option>
                            }
                            { for LEVELS.iter().map(|l| html! {
                                <option value={*l} selected={*l == level}>{ c.level(l) }</option>
                            }) }
                        </select>
                        <FieldErrors errors={level_errors} id={err_id("level")} lang={app.lang} />
                    </td>
                    <td>
                        <select onchange={on_select("profile")}
                            aria-label={t.field_aria.replace("{row}", &display).replace("{column}", t.profile)}
                            aria-invalid={(!profile_errors.is_empty()).then_some("true")}>
                            if !profiles.iter().any(|p| p.id == profile) {
                                <option value={profile.clone()} selected=true>{ &profile }</option>
                            }
                            { for profiles.iter().map(|p| html! {
                                <option value={p.id.clone()} selected={p.id == profile}>{ &p.name }</option>
                            }) }
                        </select>
                        <FieldErrors errors={profile_errors} id={err_id("profile")} lang={app.lang} />
                    </td>
                    <td class="muted">{ if with_data.is_empty() { c.none.to_string() } else { with_data.join(t.list_sep) } }</td>
                    <td>
                        <button type="button" class="icon" onclick={ask}
                            aria-label={t.remove_unit_aria.replace("{unit}", &display)}
                            title={t.remove_unit_aria.replace("{unit}", &display)}
                            data-testid={format!("remove-unit-{id}")}>{ "✕" }</button>
                    </td>
                </tr>
                { for confirm_row }
            </>
        }
    });

    // The add form.
    let suggested = edit::free_id(&doc, "units", "u");
    let id_value = (*new_id).clone().unwrap_or_else(|| suggested.clone());
    let profile_value = (*new_profile)
        .clone()
        .or_else(|| profiles.first().map(|p| p.id.clone()))
        .unwrap_or_default();
    let on_add = {
        let app = app.clone();
        let (new_id, new_name, new_level, new_profile, add_error) = (
            new_id.clone(),
            new_name.clone(),
            new_level.clone(),
            new_profile.clone(),
            add_error.clone(),
        );
        let id = id_value.trim().to_string();
        let profile = profile_value.clone();
        let doc = doc.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if id.is_empty() {
                add_error.set(Some(t.id_empty));
                return;
            }
            if edit::id_in_use(&doc, "units", &id) {
                add_error.set(Some(t.id_taken));
                return;
            }
            add_error.set(None);
            app.dispatch(Action::Push {
                path: JsonPath::root().key("units"),
                value: Value::Object(vec![
                    ("id".into(), Value::str(id.clone())),
                    ("name".into(), Value::str(new_name.trim())),
                    ("level".into(), Value::str((*new_level).clone())),
                    ("profile".into(), Value::str(profile.clone())),
                ]),
            });
            new_id.set(None);
            new_name.set(String::new());
            new_profile.set(None);
        })
    };
    let set_text = |h: &UseStateHandle<String>| {
        let h = h.clone();
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
        Callback::from(move |e: Event| h.set(selected(&e)))
    };
    let on_new_profile = {
        let h = new_profile.clone();
        Callback::from(move |e: Event| h.set(Some(selected(&e))))
    };
    html! {
        <section class="units-editor" aria-labelledby="units-h">
            <h3 id="units-h">{ t.units_heading }</h3>
            <p class="help">{ t.units_help }</p>
            <div class="table-wrap">
                <table class="form-table wide" data-testid="units-table">
                    <thead><tr>
                        <th scope="col">{ t.id }</th>
                        <th scope="col">{ t.name }</th>
                        <th scope="col">{ t.level }</th>
                        <th scope="col">{ t.profile }</th>
                        <th scope="col">{ t.records }</th>
                        <th scope="col"><span class="visually-hidden">{ c.remove }</span></th>
                    </tr></thead>
                    <tbody>
                        if items.is_empty() {
                            <tr><td colspan="6" class="muted">{ t.no_units }</td></tr>
                        }
                        { for rows }
                    </tbody>
                </table>
            </div>
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
                    <input type="text" value={(*new_name).clone()} oninput={set_text(&new_name)} data-testid="new-unit-name" />
                </label>
                <label>
                    <span>{ t.level }</span>
                    <select onchange={on_new_level}>
                        { for LEVELS.iter().map(|l| html! {
                            <option value={*l} selected={*l == *new_level}>{ c.level(l) }</option>
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
        </section>
    }
}
