//! One unit's row of the units editor: id, name, level, profile, the periods it has data
//! for and its remove button, with the confirmation row under it while removing.

use crate::hooks::{use_workspace, AppContext};
use crate::screens::data::field::{
    as_text, error_id, errors_at, on_doc_input, selected, FieldErrors,
};
use crate::screens::data::rows::periods_with_data;
use crate::screens::data::unit_remove::UnitRemove;
use crate::screens::data::units::LEVELS;
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`UnitRow`].
#[derive(Properties, PartialEq)]
pub struct UnitRowProps {
    /// Index in the document's `units`.
    pub index: usize,
    /// The unit as the document has it.
    pub unit: Value,
    /// Its name as shown.
    pub display: String,
    /// Whether its removal is being confirmed.
    pub removing: bool,
    /// Asks to remove a unit (`Some(id)`) or closes the confirmation (`None`).
    pub on_ask: Callback<Option<String>>,
}

/// A `<select>` change that stores the chosen word at `path`.
fn on_select(app: &AppContext, path: JsonPath) -> Callback<Event> {
    let app = app.clone();
    Callback::from(move |e: Event| {
        app.dispatch(Action::Edit(Edit::SetField {
            at: path.clone(),
            value: Some(Value::str(selected(&e))),
        }))
    })
}

/// The options of a select: `(value, label)` pairs, after the current value when it is none
/// of them (so an invalid value stays visible).
fn options(current: &str, choices: Vec<(String, String)>) -> Html {
    html! {
        <>
            if !choices.iter().any(|(v, _)| v == current) {
                <option value={current.to_string()} selected=true>{ current }</option>
            }
            { for choices.into_iter().map(|(v, label)| html! {
                <option value={v.clone()} selected={v == current}>{ label }</option>
            }) }
        </>
    }
}

/// The row (and the confirmation under it).
#[function_component(UnitRow)]
pub fn unit_row(p: &UnitRowProps) -> Html {
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let u = &p.unit;
    let display = &p.display;
    let id = edit::value_text(u.get("id"));
    let base = JsonPath::root().key("units").index(p.index);
    let field = |k: &str| base.key(k);
    let errs = |k: &str| errors_at(&app, Some(&field(k)));
    let err_id = |k: &str| error_id(&field(k).to_string());
    let (name_errors, level_errors) = (errs("name"), errs("level"));
    let (profile_errors, id_errors) = (errs("profile"), errs("id"));
    let level = edit::value_text(u.get("level"));
    let profile = edit::value_text(u.get("profile"));
    let with_data = periods_with_data(&app.doc, &ws.plan.periods, &id);
    let levels = LEVELS
        .iter()
        .map(|l| (l.as_str().to_string(), c.level(l.as_str()).to_string()))
        .collect();
    let profiles = ws
        .plan
        .profiles
        .iter()
        .map(|x| (x.id.clone(), x.name.clone()))
        .collect();
    let ask = {
        let cb = p.on_ask.clone();
        let id = id.clone();
        Callback::from(move |_| cb.emit(Some(id.clone())))
    };
    let on_done = {
        let cb = p.on_ask.clone();
        Callback::from(move |()| cb.emit(None))
    };
    let name_invalid = !name_errors.is_empty();
    let remove_aria = t.remove_unit_aria.replace("{unit}", display);
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
                    <select onchange={on_select(&app, field("level"))}
                        aria-label={t.field_aria.replace("{row}", display).replace("{column}", t.level)}
                        aria-invalid={(!level_errors.is_empty()).then_some("true")}>
                        { options(&level, levels) }
                    </select>
                    <FieldErrors errors={level_errors} id={err_id("level")} lang={app.lang} />
                </td>
                <td>
                    <select onchange={on_select(&app, field("profile"))}
                        aria-label={t.field_aria.replace("{row}", display).replace("{column}", t.profile)}
                        aria-invalid={(!profile_errors.is_empty()).then_some("true")}>
                        { options(&profile, profiles) }
                    </select>
                    <FieldErrors errors={profile_errors} id={err_id("profile")} lang={app.lang} />
                </td>
                <td class="muted">{ if with_data.is_empty() { c.none.to_string() } else { with_data.join(t.list_sep) } }</td>
                <td>
                    <button type="button" class="icon" onclick={ask}
                        aria-label={remove_aria.clone()} title={remove_aria}
                        data-testid={format!("remove-unit-{id}")}>{ "✕" }</button>
                </td>
            </tr>
            if p.removing {
                <UnitRemove id={id.clone()} display={display.clone()} {on_done} />
            }
        </>
    }
}
