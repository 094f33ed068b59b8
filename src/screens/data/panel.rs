//! A unit's expert-panel scores for one period (S3.3 专家评审制): per panel indicator, one
//! row per expert and one column per criterion of the plan; experts added and removed.

use crate::hooks::use_app;
use crate::screens::data::field::{error_id, errors_at, on_record_input, FieldErrors};
use crate::state::Action;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Method;
use scorecard_engine::path::JsonPath;
use scorecard_engine::ErrorKind;
use yew::prelude::*;

/// Props of [`DataPanel`].
#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
}

/// The expert-panel editor.
#[function_component(DataPanel)]
pub fn data_panel(p: &DataPanelProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let panels: Vec<_> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter())
        .filter(|i| matches!(i.method, Method::Panel))
        .cloned()
        .collect();
    if panels.is_empty() {
        return html! {};
    }
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let record = rec.and_then(|i| app.doc.at(&edit::record_path(i)));
    let single = panels.len() == 1;
    let criteria: Vec<String> = ws
        .plan
        .panel
        .criteria
        .iter()
        .map(|(k, _)| k.clone())
        .collect();
    let help = t
        .panel_help
        .replace("{trim}", &ws.plan.panel.trim.to_string())
        .replace("{trim_min}", &ws.plan.panel.trim_min.to_string());
    html! {
        <section class="record-part" aria-labelledby="panel-h">
            <h4 id="panel-h">{ t.panel }</h4>
            <p class="help">{ help }</p>
            { for panels.iter().map(|ind| {
                let list_field = JsonPath::root().key("panel").key(&ind.id);
                let experts: Vec<Value> = match record.and_then(|r| r.at(&list_field)) {
                    Some(Value::Array(xs)) => xs.clone(),
                    _ => Vec::new(),
                };
                let add = {
                    let app = app.clone();
                    let (unit, period) = (p.unit.to_string(), p.period.to_string());
                    let field = list_field.clone();
                    Callback::from(move |_| {
                        app.dispatch(Action::RecordPush {
                            unit: unit.clone(),
                            period: period.clone(),
                            field: field.clone(),
                            value: Value::Object(Vec::new()),
                        })
                    })
                };
                html! {
                    <div class="panel-block">
                        <table class="form-table experts" data-testid={format!("panel-{}", ind.id)}>
                            <caption class={classes!(single.then_some("visually-hidden"))}>{ &ind.name }</caption>
                            <thead><tr>
                                <th scope="col">{ t.expert }</th>
                                { for criteria.iter().map(|k| html! { <th scope="col">{ t.criterion(k) }</th> }) }
                                <th scope="col"><span class="visually-hidden">{ c.remove }</span></th>
                            </tr></thead>
                            <tbody>
                                if experts.is_empty() {
                                    <tr><td colspan={(criteria.len() + 2).to_string()} class="muted">{ t.no_experts }</td></tr>
                                }
                                { for experts.iter().enumerate().map(|(k, expert)| {
                                    let n = (k + 1).to_string();
                                    let row_path = rec.map(|i| edit::record_path(i).key("panel").key(&ind.id).index(k));
                                    // Errors of the expert itself: a missing criterion shows at
                                    // that criterion's input, anything else beside the number.
                                    let (missing, row_errors): (Vec<_>, Vec<_>) = errors_at(&app, row_path.as_ref())
                                        .into_iter()
                                        .filter(|e| row_path.as_ref() == Some(&e.path))
                                        .partition(|e| matches!(e.kind, ErrorKind::MissingCriterion(_)));
                                    let row_err_id = row_path.as_ref().map(|x| error_id(&x.to_string())).unwrap_or_default();
                                    let remove = {
                                        let app = app.clone();
                                        let path = row_path.clone();
                                        Callback::from(move |_| {
                                            if let Some(path) = path.clone() {
                                                app.dispatch(Action::Remove { path });
                                            }
                                        })
                                    };
                                    html! {
                                        <tr>
                                            <th scope="row">
                                                { &n }
                                                <FieldErrors errors={row_errors} id={row_err_id} lang={app.lang} />
                                            </th>
                                            { for criteria.iter().map(|cr| {
                                                let field = list_field.index(k).key(cr);
                                                let path = row_path.as_ref().map(|x| x.key(cr));
                                                let mut errors = errors_at(&app, path.as_ref());
                                                errors.extend(missing.iter().filter(|e| {
                                                    matches!(&e.kind, ErrorKind::MissingCriterion(m) if m == cr)
                                                }).cloned());
                                                let err_id = path.as_ref().map(|x| error_id(&x.to_string())).unwrap_or_default();
                                                let invalid = !errors.is_empty();
                                                let oninput = on_record_input(&app, &p.unit, &p.period, field, edit::typed_value);
                                                html! {
                                                    <td>
                                                        <input type="text" inputmode="decimal" class="score-input"
                                                            value={edit::value_text(expert.get(cr))} {oninput}
                                                            aria-label={format!("{} {n} · {}", t.expert, t.criterion(cr))}
                                                            aria-invalid={invalid.then_some("true")}
                                                            aria-describedby={invalid.then(|| err_id.clone())}
                                                            data-testid={format!("expert-{}-{k}-{cr}", ind.id)} />
                                                        <FieldErrors errors={errors} id={err_id} lang={app.lang} />
                                                    </td>
                                                }
                                            }) }
                                            <td>
                                                <button type="button" class="icon" onclick={remove}
                                                    aria-label={t.remove_expert.replace("{n}", &n)}
                                                    title={t.remove_expert.replace("{n}", &n)}>{ "✕" }</button>
                                            </td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                        <button type="button" onclick={add} data-testid={format!("add-expert-{}", ind.id)}>{ "+ " }{ t.add_expert }</button>
                    </div>
                }
            }) }
        </section>
    }
}
