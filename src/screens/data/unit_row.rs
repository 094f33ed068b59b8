//! One unit's row of the units editor: id, name, level, profile, the periods it has data
//! for and its remove button, with the confirmation row under it while removing.

use crate::hooks::use_workspace;
use crate::screens::data::field::{as_text, on_doc_input, on_doc_select, FieldCheck};
use crate::screens::data::rows::periods_with_data;
use crate::screens::data::unit_remove::UnitRemove;
use crate::screens::data::units::LEVELS;
use crate::widgets::options::options_keeping;
use crate::widgets::table::IconButton;
use scorecard_engine::edit;
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

/// The row (and the confirmation under it).
#[function_component(UnitRow)]
pub fn unit_row(p: &UnitRowProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let c = app.lang.common();
    let u = &p.unit;
    let display = &p.display;
    let id = edit::value_text(u.get("id"));
    let base = JsonPath::root().key("units").index(p.index);
    let field = |k: &str| base.key(k);
    let check = |k: &str| FieldCheck::at(&app, Some(&field(k)));
    let name_check = check("name");
    let with_data = periods_with_data(&app.doc, &ws.plan.periods, &id);
    // The level or profile cell: a select of `choices` (value, text) storing at `k`.
    let select = |k: &str, column: &str, choices: Vec<(String, String)>| {
        let current = edit::value_text(u.get(k));
        let check = check(k);
        html! {
            <td>
                <select onchange={on_doc_select(&app, field(k))}
                    aria-label={t.field_aria.replace("{row}", display).replace("{column}", column)}
                    aria-invalid={check.aria_invalid()}>
                    { options_keeping(&current, &current, choices) }
                </select>
                { check.view(app.lang) }
            </td>
        }
    };
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
    let remove_button = IconButton::new("✕", t.remove_unit_aria.replace("{unit}", display))
        .testid(format!("remove-unit-{id}"));
    html! {
        <>
            <tr data-unit={id.clone()}>
                <th scope="row">
                    <code>{ &id }</code>
                    { check("id").view(app.lang) }
                </th>
                <td>
                    <input type="text" value={edit::value_text(u.get("name"))}
                        oninput={on_doc_input(&app, field("name"), as_text)}
                        aria-label={t.field_aria.replace("{row}", &id).replace("{column}", t.name)}
                        aria-invalid={name_check.aria_invalid()}
                        aria-describedby={name_check.described()}
                        data-testid={format!("unit-name-{id}")} />
                    { name_check.view(app.lang) }
                </td>
                { select("level", t.level, levels) }
                { select("profile", t.profile, profiles) }
                <td class="muted">{ if with_data.is_empty() { c.none.to_string() } else { with_data.join(t.list_sep) } }</td>
                <td>{ remove_button.view(ask) }</td>
            </tr>
            if p.removing {
                <UnitRemove id={id.clone()} display={display.clone()} {on_done} />
            }
        </>
    }
}
