//! A unit's 360° ratings for one period (S3.3 多维度反馈): per survey indicator, one list of
//! ratings per rater group, typed as `90, 86 88`.

use crate::hooks::use_workspace;
use crate::screens::data::field::{changed_text, error_id, errors_at, FieldErrors};
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::model::Method;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`DataRatings`].
#[derive(Properties, PartialEq)]
pub struct DataRatingsProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
}

/// The 360° ratings editor.
#[function_component(DataRatings)]
pub fn data_ratings(p: &DataRatingsProps) -> Html {
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.data();
    let surveys: Vec<_> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter())
        .filter(|i| matches!(i.method, Method::Survey))
        .cloned()
        .collect();
    if surveys.is_empty() {
        return html! {};
    }
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let record = rec.and_then(|i| app.doc.at(&edit::record_path(i)));
    let mut groups: Vec<String> = ws
        .plan
        .survey
        .groups
        .iter()
        .map(|(g, _)| g.clone())
        .collect();
    groups.push("self".into());
    let (lo, hi) = ws.plan.survey.scale;
    // With one survey indicator the section heading says it all; the caption stays for
    // screen readers.
    let single = surveys.len() == 1;
    html! {
        <section class="record-part" aria-labelledby="ratings-h">
            <h4 id="ratings-h">{ t.ratings }</h4>
            <p class="help">{ t.ratings_help.replace("{lo}", &lo.to_string()).replace("{hi}", &hi.to_string()) }</p>
            { for surveys.iter().map(|ind| {
                let ind_errors_path = rec.map(|i| edit::record_path(i).key("ratings").key(&ind.id));
                html! {
                    <table class="form-table">
                        <caption class={classes!(single.then_some("visually-hidden"))}>{ &ind.name }</caption>
                        <tbody>
                            { for groups.iter().map(|g| {
                                let field = JsonPath::root().key("ratings").key(&ind.id).key(g);
                                let path = ind_errors_path.as_ref().map(|x| x.key(g));
                                let errors = errors_at(&app, path.as_ref());
                                let err_id = path.as_ref().map(|x| error_id(&x.to_string())).unwrap_or_default();
                                let invalid = !errors.is_empty();
                                let value = record.and_then(|r| r.at(&field));
                                let count = match value {
                                    Some(scorecard_engine::json::Value::Array(xs)) => xs.len(),
                                    _ => 0,
                                };
                                let onchange = {
                                    let app = app.clone();
                                    let (unit, period) = (p.unit.to_string(), p.period.to_string());
                                    let field = field.clone();
                                    Callback::from(move |e: Event| {
                                        app.dispatch(Action::Typed(Edit::SetRecordField {
                                            unit: unit.clone(),
                                            period: period.clone(),
                                            field: field.clone(),
                                            value: edit::typed_list(&changed_text(&e)),
                                        }))
                                    })
                                };
                                let input_id = format!("ratings-{}-{g}", ind.id);
                                html! {
                                    <tr>
                                        <th scope="row">
                                            <label for={input_id.clone()}>{ t.group(g) }</label>
                                        </th>
                                        <td>
                                            <input id={input_id} type="text" class="list"
                                                value={edit::list_text(value)} {onchange}
                                                aria-invalid={invalid.then_some("true")}
                                                aria-describedby={invalid.then(|| err_id.clone())}
                                                data-testid={format!("ratings-{}-{g}", ind.id)} />
                                            if g == "self" {
                                                <div class="help inline">{ t.self_note }</div>
                                            }
                                            <FieldErrors errors={errors} id={err_id} lang={app.lang} />
                                        </td>
                                        <td class="num muted count">{ t.ratings_count.replace("{n}", &count.to_string()) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
            }) }
        </section>
    }
}
