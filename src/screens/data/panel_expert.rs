//! One expert's row of a panel table: the expert's number with its own errors, a score per
//! criterion, and the remove button.

use crate::hooks::use_app;
use crate::screens::data::field::{error_id, errors_at, on_record_input, FieldErrors};
use crate::screens::data::record_errors::{missing_criterion, split_expert_errors};
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PanelExpert`].
#[derive(Properties, PartialEq)]
pub struct PanelExpertProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Index of the record, when there is one.
    pub record: Option<usize>,
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
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let k = p.index;
    let n = (k + 1).to_string();
    let list_field = JsonPath::root().key("panel").key(&p.indicator);
    let row_path = p
        .record
        .map(|i| edit::record_path(i).key("panel").key(&p.indicator).index(k));
    // Errors of the expert itself: a missing criterion shows at that criterion's input,
    // anything else beside the number.
    let (missing, row_errors) = row_path
        .as_ref()
        .map(|rp| split_expert_errors(&app.doc_errors, rp))
        .unwrap_or_default();
    let err_id = |x: &Option<JsonPath>| {
        x.as_ref()
            .map(|x| error_id(&x.to_string()))
            .unwrap_or_default()
    };
    let row_err_id = err_id(&row_path);
    let remove = {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let field = list_field.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Edit(Edit::RemoveRecordItem {
                unit: unit.clone(),
                period: period.clone(),
                field: field.clone(),
                index: k,
            }))
        })
    };
    let cell = |cr: &String| {
        let field = list_field.index(k).key(cr);
        let path = row_path.as_ref().map(|x| x.key(cr));
        let mut errors = errors_at(&app, path.as_ref());
        errors.extend(missing_criterion(&missing, cr));
        let err_id = err_id(&path);
        let invalid = !errors.is_empty();
        let oninput = on_record_input(&app, &p.unit, &p.period, field, edit::typed_value);
        html! {
            <td>
                <input type="text" inputmode="decimal" class="score-input"
                    value={edit::value_text(p.expert.get(cr))} {oninput}
                    aria-label={format!("{} {n} · {}", t.expert, t.criterion(cr))}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={invalid.then(|| err_id.clone())}
                    data-testid={format!("expert-{}-{k}-{cr}", p.indicator)} />
                <FieldErrors errors={errors} id={err_id} lang={app.lang} />
            </td>
        }
    };
    html! {
        <tr>
            <th scope="row">
                { &n }
                <FieldErrors errors={row_errors} id={row_err_id} lang={app.lang} />
            </th>
            { for p.criteria.iter().map(cell) }
            <td>
                <button type="button" class="icon" onclick={remove}
                    aria-label={t.remove_expert.replace("{n}", &n)}
                    title={t.remove_expert.replace("{n}", &n)}>{ "✕" }</button>
            </td>
        </tr>
    }
}
