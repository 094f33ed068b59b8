//! One expert's row of a panel table: the expert's number with its own errors, its name
//! (not scored; shown in the receipt), a score per criterion, and the remove button.

use crate::hooks::{on_edit, use_app};
use crate::screens::data::field::{path_error_id, FieldCheck};
use crate::screens::data::record_at::RecordAt;
use crate::screens::data::record_errors::{missing_criterion, split_expert_errors};
use crate::widgets::table::IconButton;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::parse::EXPERT_NAME_KEY;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PanelExpert`].
#[derive(Properties, PartialEq)]
pub struct PanelExpertProps {
    /// The record.
    pub at: RecordAt,
    /// Indicator id.
    pub indicator: String,
    /// Index of the expert in the indicator's list.
    pub index: usize,
    /// The expert's scores as the document has them.
    pub expert: Value,
    /// The plan's criteria, in order.
    pub criteria: Vec<String>,
}

/// The row.
#[function_component(PanelExpert)]
pub fn panel_expert(p: &PanelExpertProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let (k, at) = (p.index, &p.at);
    let n = (k + 1).to_string();
    let list_field = JsonPath::root().key("panel").key(&p.indicator);
    let row_path = at.path(&list_field.index(k));
    // Errors of the expert itself: a missing criterion shows at that criterion's input,
    // anything else beside the number.
    let (missing, row_errors) = row_path
        .as_ref()
        .map(|rp| split_expert_errors(&app.doc_errors, rp))
        .unwrap_or_default();
    let row = FieldCheck {
        errors: row_errors,
        id: path_error_id(row_path.as_ref()),
    };
    let remove = on_edit(&app, at.remove(list_field.clone(), k), None);
    let cell = |cr: &String| {
        let field = list_field.index(k).key(cr);
        let mut check = FieldCheck::at(&app, at.path(&field).as_ref());
        check.errors.extend(missing_criterion(&missing, cr));
        html! {
            <td>
                <input type="text" inputmode="decimal" class="score-input"
                    value={edit::value_text(p.expert.get(cr))}
                    oninput={at.on_input(&app.dispatcher(), field, edit::typed_value)}
                    aria-label={format!("{} {n} · {}", t.expert, t.criterion(cr))}
                    aria-invalid={check.aria_invalid()}
                    aria-describedby={check.described()}
                    data-testid={format!("expert-{}-{k}-{cr}", p.indicator)} />
                { check.view(app.lang) }
            </td>
        }
    };
    let name_field = list_field.index(k).key(EXPERT_NAME_KEY);
    let name_check = FieldCheck::at(&app, at.path(&name_field).as_ref());
    // An empty name is no name: the key leaves the document.
    let as_name = |text: &str| (!text.trim().is_empty()).then(|| Value::str(text));
    html! {
        <tr>
            <th scope="row">
                { &n }
                { row.view(app.lang) }
            </th>
            <td>
                <input type="text" class="name-input" maxlength="200"
                    value={p.expert.get(EXPERT_NAME_KEY).and_then(Value::as_str).unwrap_or_default().to_string()}
                    oninput={at.on_input(&app.dispatcher(), name_field, as_name)}
                    aria-label={format!("{} {n} · {}", t.expert, t.expert_name)}
                    aria-invalid={name_check.aria_invalid()}
                    aria-describedby={name_check.described()}
                    data-testid={format!("expert-{}-{k}-name", p.indicator)} />
                { name_check.view(app.lang) }
            </td>
            { for p.criteria.iter().map(cell) }
            <td>{ IconButton::new("✕", t.remove_expert.replace("{n}", &n)).view(remove) }</td>
        </tr>
    }
}
