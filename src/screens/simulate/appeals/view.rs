//! Appeals (申诉, S4.5): record an appeal against one input, preview the whole cohort
//! before and after the correction, uphold or reject it. Every change is the engine's
//! (`record_appeal`, `decide`) spliced into the user's document as one undoable edit; the
//! appeals and their outcomes stay in the workspace.

use crate::hooks::use_app;
use crate::screens::simulate::appeals::diff::AppealDiff;
use crate::screens::simulate::appeals::form::AppealForm;
use crate::screens::simulate::support::{value_text, WsRef};
use crate::state::Action;
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::simulate::appeals::{
    decide, preview, record_appeal, AppealDraft, AppealPreview, Decision,
};
use scorecard_engine::simulate::sandbox::{record_inputs, record_value, splice_appeals};
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use yew::prelude::*;

/// What the preview shows.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    /// A recorded appeal.
    Appeal(String),
    /// A draft not yet recorded.
    Draft(AppealDraft),
}

/// A computed preview: the appeal's id (`None` for a draft) and the cohort diff, or why not.
type Previewed = Option<Result<(Option<String>, Rc<AppealPreview>), SimError>>;

/// A message after an action: success or refusal.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Ok(String),
    Refused(String),
}

/// Appeals.
#[function_component(SimAppeals)]
pub fn sim_appeals() -> Html {
    let shown = use_state(|| None::<Shown>);
    let notice = use_state(|| None::<Notice>);
    let app = use_app();
    let ws = app.as_ref().and_then(|a| a.workspace.clone());
    let scenario = app.as_ref().and_then(|a| a.scenario.clone());
    let previewed = use_memo(
        (ws.clone().map(WsRef), (*shown).clone(), scenario.clone()),
        |(ws, shown, scenario)| -> Previewed {
            let ws = &ws.as_ref()?.0;
            let query = |period: &str| Query {
                period: PeriodChoice::Period(period.to_string()),
                scenario: scenario.clone(),
            };
            Some(match shown.as_ref()? {
                Shown::Draft(d) => record_appeal(ws, d).and_then(|(w1, id)| {
                    preview(&w1, &id, Some(&query(&d.period))).map(|p| (None, Rc::new(p)))
                }),
                Shown::Appeal(id) => {
                    let a = ws.appeals.iter().find(|a| &a.id == id)?;
                    preview(ws, id, Some(&query(&a.period))).map(|p| (Some(id.clone()), Rc::new(p)))
                }
            })
        },
    );
    let Some(app) = app else {
        return html! {};
    };
    let Some(ws) = ws else {
        return html! {};
    };
    let t = app.lang.sim_appeals();
    let ti = app.lang.sim_inputs();
    let lang = app.lang;
    let doc_ok = app.doc_errors.is_empty();

    // Applies an engine change to the document, or says why not.
    let commit = {
        let app = app.clone();
        let notice = notice.clone();
        move |changed: Result<scorecard_engine::Workspace, SimError>,
              unit: &str,
              period: &str,
              ok: String| {
            match changed {
                Ok(w) => match splice_appeals(&app.doc, &w, unit, period) {
                    Some(doc) => {
                        app.dispatch(Action::Replace { doc });
                        notice.set(Some(Notice::Ok(ok)));
                    }
                    None => notice.set(Some(Notice::Refused(ti.err_no_record.to_string()))),
                },
                Err(e) => notice.set(Some(Notice::Refused(ti.sim_error(lang, &e)))),
            }
        }
    };

    let on_preview = {
        let (shown, notice) = (shown.clone(), notice.clone());
        Callback::from(move |d: AppealDraft| {
            notice.set(None);
            shown.set(Some(Shown::Draft(d)));
        })
    };
    let on_record = {
        let ws = ws.clone();
        let shown = shown.clone();
        let commit = commit.clone();
        Callback::from(move |d: AppealDraft| match record_appeal(&ws, &d) {
            Ok((w1, id)) => {
                commit(Ok(w1), &d.unit, &d.period, t.recorded.replace("{id}", &id));
                shown.set(Some(Shown::Appeal(id)));
            }
            Err(e) => commit(Err(e), &d.unit, &d.period, String::new()),
        })
    };
    let decide_cb = |id: String, unit: String, period: String, decision: Decision| {
        let ws = ws.clone();
        let commit = commit.clone();
        let shown = shown.clone();
        Callback::from(move |_| {
            let done = match decision {
                Decision::Uphold => t.upheld_done,
                Decision::Reject => t.rejected_done,
            };
            commit(
                decide(&ws, &id, decision),
                &unit,
                &period,
                done.replace("{id}", &id),
            );
            shown.set(None);
        })
    };

    let unit_name = |id: &str| {
        ws.units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let period_name = |id: &str| {
        ws.plan
            .periods
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let input_label = |unit: &str, period: &str, path: &str| -> String {
        let inputs = record_value(&ws, unit, period)
            .map(|r| record_inputs(&ws, &r))
            .unwrap_or_default();
        inputs
            .iter()
            .find(|i| i.path == path)
            .or_else(|| {
                inputs
                    .iter()
                    .find(|i| path.starts_with(&format!("{}.", i.path)))
            })
            .map(|i| ti.label(&ws, &i.kind))
            .unwrap_or_default()
    };

    let history = if ws.appeals.is_empty() {
        html! { <p class="empty" data-testid="appeals-empty">{ t.none_yet }</p> }
    } else {
        html! {
            <div class="table-wrap">
                <table class="sim-table appeals-table" data-testid="appeals-table">
                    <caption>{ t.history_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.col_id }</th>
                        <th scope="col">{ t.col_unit }</th>
                        <th scope="col">{ t.col_period }</th>
                        <th scope="col">{ t.col_input }</th>
                        <th scope="col" class="num">{ t.col_original }</th>
                        <th scope="col" class="num">{ t.col_requested }</th>
                        <th scope="col">{ t.col_reason }</th>
                        <th scope="col">{ t.col_status }</th>
                        <th scope="col">{ t.col_actions }</th>
                    </tr></thead>
                    <tbody>
                        { for ws.appeals.iter().map(|a| {
                            let status = a.status.as_str();
                            let pending = status == "pending";
                            let on_show = {
                                let shown = shown.clone();
                                let id = a.id.clone();
                                Callback::from(move |_| shown.set(Some(Shown::Appeal(id.clone()))))
                            };
                            let label = input_label(&a.unit, &a.period, &a.input);
                            html! {
                                <tr data-appeal={a.id.clone()} data-status={status}>
                                    <th scope="row">{ &a.id }</th>
                                    <td>{ unit_name(&a.unit) }</td>
                                    <td>{ period_name(&a.period) }</td>
                                    <td>
                                        if !label.is_empty() { <span>{ label }</span><br/> }
                                        <code class="path">{ &a.input }</code>
                                    </td>
                                    <td class="num">{ value_text(lang, &ws, &a.original) }</td>
                                    <td class="num">{
                                        if a.requested == scorecard_engine::json::Value::Null { t.strike_off.to_string() } else { value_text(lang, &ws, &a.requested) }
                                    }</td>
                                    <td class="reason">{ &a.reason }</td>
                                    <td><span class={classes!("chip", "status", status)}>{ t.status(status) }</span></td>
                                    <td class="row-actions">
                                        if pending {
                                            <button type="button" onclick={on_show}
                                                data-testid={format!("appeal-show-{}", a.id)}>{ t.show_preview }</button>
                                            <button type="button" class="primary" disabled={!doc_ok}
                                                onclick={decide_cb(a.id.clone(), a.unit.clone(), a.period.clone(), Decision::Uphold)}
                                                data-testid={format!("appeal-uphold-{}", a.id)}>{ t.uphold }</button>
                                            <button type="button" class="danger-outline" disabled={!doc_ok}
                                                onclick={decide_cb(a.id.clone(), a.unit.clone(), a.period.clone(), Decision::Reject)}
                                                data-testid={format!("appeal-reject-{}", a.id)}>{ t.reject }</button>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };

    let on_close = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(None))
    };
    let preview_html = match &*previewed {
        None => html! {},
        Some(Err(e)) => html! {
            <p class="banner warn" role="alert" data-testid="appeal-preview-error">{ ti.sim_error(lang, e) }</p>
        },
        Some(Ok((id, p))) => {
            let title = match id {
                Some(id) => t.preview_heading.replace("{id}", id),
                None => t.preview_draft.to_string(),
            };
            html! { <AppealDiff preview={p.clone()} title={title} on_close={on_close} /> }
        }
    };

    html! {
        <section class="sim-appeals">
            <p class="help">{ t.intro }</p>
            if !doc_ok {
                <p class="banner warn" role="alert">{ t.doc_invalid }</p>
            }
            { match &*notice {
                Some(Notice::Ok(m)) => html! { <p class="banner ok" role="status" data-testid="appeal-notice">{ m.clone() }</p> },
                Some(Notice::Refused(m)) => html! { <p class="banner danger" role="alert" data-testid="appeal-notice">{ m.clone() }</p> },
                None => html! {},
            } }
            <div class="appeals-grid">
                <AppealForm on_preview={on_preview} on_record={on_record} enabled={doc_ok} />
                <section class="appeal-history" aria-labelledby="appeal-history-h">
                    <h3 id="appeal-history-h">{ t.history }</h3>
                    { history }
                    <p class="help">{ t.order_note }</p>
                </section>
            </div>
            { preview_html }
        </section>
    }
}
