//! The data grid: one row per unit, one column per value indicator (grouped by dimension),
//! each cell typed straight into the workspace document; the unit's live score beside it.

use crate::hooks::use_app;
use crate::screens::data::cell::DataCell;
use crate::screens::data::field::{error_id, errors_at, FieldErrors};
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::{Indicator, Method};
use scorecard_engine::number::two_places;
use scorecard_engine::score::UnitDetail;
use std::collections::BTreeMap;
use yew::prelude::*;

/// Props of [`DataGrid`].
#[derive(Properties, PartialEq)]
pub struct DataGridProps {
    /// Period id.
    pub period: AttrValue,
    /// The unit whose record editor is open.
    pub selected: Option<AttrValue>,
    /// Opens (or closes, when it is open) a unit's record editor.
    pub on_select: Callback<String>,
}

/// A unit as the document has it now (it may be invalid).
#[derive(Clone, PartialEq)]
pub struct DocUnit {
    /// Id.
    pub id: String,
    /// Name (the id when empty).
    pub name: String,
    /// Level word.
    pub level: String,
}

/// The units of the document, in order.
pub fn doc_units(doc: &Value) -> Vec<DocUnit> {
    match doc.get("units") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|u| {
                let id = u.get("id").and_then(Value::as_str)?.to_string();
                let name = u
                    .get("name")
                    .and_then(Value::as_str)
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or(&id)
                    .to_string();
                let level = u
                    .get("level")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                Some(DocUnit { id, name, level })
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn is_value_method(m: &Method) -> bool {
    !matches!(m, Method::Survey | Method::Panel)
}

/// The visible hint and the full text (tooltip) of an indicator's method.
fn method_hint(lang: crate::i18n::Lang, ind: &Indicator) -> (String, String) {
    let t = lang.data();
    let name = t.method(ind.method.kind()).to_string();
    let hint = match &ind.method {
        Method::Linear { worst, best } => t
            .linear_hint
            .replace("{worst}", &worst.to_string())
            .replace("{best}", &best.to_string()),
        Method::Bands(bands) => bands
            .iter()
            .map(|b| format!("≥{}:{}", b.min, b.score))
            .collect::<Vec<_>>()
            .join(" "),
        Method::MinMax(b) | Method::ZScore(b) => match b {
            scorecard_engine::model::Better::Higher => t.higher_better.to_string(),
            scorecard_engine::model::Better::Lower => t.lower_better.to_string(),
        },
        Method::Direct => t.direct_hint.to_string(),
        Method::Survey | Method::Panel => String::new(),
    };
    (format!("{name} · {hint}"), format!("{name}: {hint}"))
}

/// The grid.
#[function_component(DataGrid)]
pub fn data_grid(p: &DataGridProps) -> Html {
    // Explicit column choices; a column without one shows pairs / planned when it has any.
    let audit_cols = use_state(BTreeMap::<String, bool>::new);
    let planned_cols = use_state(BTreeMap::<String, bool>::new);
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let period = p.period.to_string();
    let period_name = ws
        .plan
        .periods
        .iter()
        .find(|x| x.id == period)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| period.clone());
    let doc = app.doc.clone();
    let units = doc_units(&doc);
    let records: Vec<Option<usize>> = units
        .iter()
        .map(|u| edit::record_index(&doc, &u.id, &period))
        .collect();
    let record_of = |i: Option<usize>| i.and_then(|i| doc.at(&edit::record_path(i)));

    // Value indicators, grouped by dimension.
    let groups: Vec<(String, Vec<Indicator>)> = ws
        .plan
        .dimensions
        .iter()
        .map(|d| {
            (
                d.name.clone(),
                d.indicators
                    .iter()
                    .filter(|i| is_value_method(&i.method))
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, inds)| !inds.is_empty())
        .collect();
    let indicators: Vec<Indicator> = groups.iter().flat_map(|(_, i)| i.clone()).collect();
    let column_on = |choices: &BTreeMap<String, bool>, id: &str, has: &dyn Fn(&Value) -> bool| {
        choices
            .get(id)
            .copied()
            .unwrap_or_else(|| records.iter().filter_map(|r| record_of(*r)).any(has))
    };
    let pair_on: Vec<bool> = indicators
        .iter()
        .map(|i| {
            column_on(&audit_cols, &i.id, &|r: &Value| {
                edit::is_pair(r.get("values").and_then(|v| v.get(&i.id)))
            })
        })
        .collect();
    let planned_on: Vec<bool> = indicators
        .iter()
        .map(|i| {
            column_on(&planned_cols, &i.id, &|r: &Value| {
                r.get("planned").and_then(|v| v.get(&i.id)).is_some()
            })
        })
        .collect();
    let toggle = |state: &UseStateHandle<BTreeMap<String, bool>>, id: &str, on: bool| {
        let state = state.clone();
        let id = id.to_string();
        Callback::from(move |_| {
            let mut m = (*state).clone();
            m.insert(id.clone(), !on);
            state.set(m);
        })
    };
    let rs = app.results();

    let header = html! {
        <thead>
            <tr>
                <th scope="col" rowspan="2" class="unit-col">{ t.unit }</th>
                { for groups.iter().map(|(name, inds)| html! {
                    <th scope="colgroup" colspan={inds.len().to_string()} class="dim">{ name }</th>
                }) }
                <th scope="col" rowspan="2" class="score-col">{ t.score }</th>
                <th scope="col" rowspan="2">{ t.details }</th>
            </tr>
            <tr>
                { for indicators.iter().enumerate().map(|(k, ind)| {
                    let (hint, full) = method_hint(app.lang, ind);
                    let pair = pair_on.get(k).copied().unwrap_or(false);
                    let planned = planned_on.get(k).copied().unwrap_or(false);
                    html! {
                        <th scope="col" class="ind" data-indicator={ind.id.clone()}>
                            <div class="ind-name">{ &ind.name }</div>
                            <div class="ind-hint" title={full}>{ hint }</div>
                            <div class="ind-toggles">
                                <button type="button" class="toggle" aria-pressed={pair.to_string()}
                                    aria-label={t.toggle_audit_aria.replace("{indicator}", &ind.name)}
                                    data-testid={format!("toggle-audit-{}", ind.id)}
                                    onclick={toggle(&audit_cols, &ind.id, pair)}>{ t.toggle_audit }</button>
                                <button type="button" class="toggle" aria-pressed={planned.to_string()}
                                    aria-label={t.toggle_planned_aria.replace("{indicator}", &ind.name)}
                                    data-testid={format!("toggle-planned-{}", ind.id)}
                                    onclick={toggle(&planned_cols, &ind.id, planned)}>{ t.toggle_planned }</button>
                            </div>
                        </th>
                    }
                }) }
            </tr>
        </thead>
    };

    let rows = units.iter().zip(records.iter()).enumerate().map(|(row, (u, rec))| {
        let record = record_of(*rec);
        let result = rs.and_then(|r| r.unit(&u.id));
        let detail = result.and_then(|r| match &r.detail {
            UnitDetail::Period(d) => Some(d),
            UnitDetail::Annual(_) => None,
        });
        let ind_score = |id: &str| {
            detail
                .and_then(|d| d.indicators.iter().find(|o| o.id == id))
                .and_then(|o| o.score.as_ref())
                .and_then(|s| s.round2())
                .map(|s| AttrValue::from(two_places(s)))
        };
        // Errors of the record itself (its unit, period, shape) show in the row header;
        // errors of the parts edited in the record editor mark its button.
        let rec_path = rec.map(edit::record_path);
        let own_errors: Vec<_> = errors_at(&app, rec_path.as_ref())
            .into_iter()
            .filter(|e| {
                rec_path.as_ref().is_some_and(|rp| {
                    e.path == *rp
                        || e.path.starts_with(&rp.key("unit"))
                        || e.path.starts_with(&rp.key("period"))
                })
            })
            .collect();
        let editor_errors = rec_path.as_ref().is_some_and(|rp| {
            ["ratings", "panel", "events", "coefficients", "closed_items"]
                .iter()
                .any(|k| !errors_at(&app, Some(&rp.key(k))).is_empty())
        });
        let own_err_id = rec_path
            .as_ref()
            .map(|x| error_id(&x.to_string()))
            .unwrap_or_default();
        let open = p.selected.as_deref() == Some(u.id.as_str());
        let on_details = {
            let cb = p.on_select.clone();
            let id = u.id.clone();
            Callback::from(move |_| cb.emit(id.clone()))
        };
        let get = |part: &str, id: &str| record.and_then(|r| r.get(part)).and_then(|v| v.get(id)).cloned();
        html! {
            <tr data-unit={u.id.clone()} class={classes!(record.is_none().then_some("no-record"), open.then_some("selected"))}>
                <th scope="row" class="unit-col">
                    <div class="unit-name">{ &u.name }</div>
                    <div class="unit-level">{ c.level(&u.level) }</div>
                    <FieldErrors errors={own_errors} id={own_err_id} lang={app.lang} />
                </th>
                { for indicators.iter().enumerate().map(|(k, ind)| html! {
                    <DataCell
                        unit={u.id.clone()} unit_name={u.name.clone()} period={period.clone()}
                        indicator={ind.id.clone()} indicator_name={ind.name.clone()}
                        record={*rec}
                        value={get("values", &ind.id)}
                        planned={get("planned", &ind.id)}
                        pair={pair_on.get(k).copied().unwrap_or(false)}
                        show_planned={planned_on.get(k).copied().unwrap_or(false)}
                        score={ind_score(&ind.id)}
                        {row} col={k} />
                }) }
                <td class="score-col" data-field="score-cell">
                    { match result {
                        Some(r) => html! {
                            <>
                                <strong class="live-score" data-field="score">{ two_places(r.score) }</strong>
                                { " " }
                                <span class={classes!("grade", r.grade.as_str())}>{ c.grade(r.grade.as_str()) }</span>
                            </>
                        },
                        None if record.is_none() => html! {
                            <span class="muted" title={t.not_assessed_help}>{ t.not_assessed }</span>
                        },
                        None => html! { <span class="muted">{ c.none }</span> },
                    } }
                </td>
                <td>
                    <button type="button" class={classes!("details", editor_errors.then_some("has-errors"))}
                        aria-expanded={open.to_string()} aria-controls="record-editor"
                        aria-label={t.details_aria.replace("{unit}", &u.name)}
                        data-testid={format!("details-{}", u.id)}
                        onclick={on_details}>
                        if editor_errors { <span aria-hidden="true">{ "⚠ " }</span> }
                        { t.details }
                    </button>
                </td>
            </tr>
        }
    });

    html! {
        <div class="data-grid-wrap" data-testid="data-grid">
            <table class="data-grid">
                <caption>{ t.grid_caption.replace("{period}", &period_name) }</caption>
                { header }
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
