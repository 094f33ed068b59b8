//! Appeals (申诉, S4.5): record an appeal against one input, preview the whole cohort
//! before and after the correction, uphold or reject it. Every change is the engine's
//! (`Edit::RecordAppeal`, `Edit::DecideAppeal`: `record_appeal` and `decide` spliced into
//! the user's document) as one undoable edit; the appeals and their outcomes stay in the
//! workspace.

use crate::by_ptr::ByPtr;
use crate::hooks::use_app;
use crate::screens::simulate::appeals::form::AppealForm;
use crate::screens::simulate::appeals::history::{AppealHistory, Decided};
use crate::screens::simulate::appeals::preview::{AppealPreviewBox, Previewed};
use crate::state::Action;
use scorecard_engine::edit::Edit;
use scorecard_engine::score::{PeriodChoice, Query};
use scorecard_engine::simulate::appeals::{decide, preview, record_appeal, AppealDraft, Decision};
use scorecard_engine::simulate::SimError;
use scorecard_engine::Workspace;
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

/// A message after an action: success or refusal.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Ok(String),
    Refused(String),
}

/// The preview of what is shown, under the scenario: a draft is recorded on a copy first.
/// `None` when a recorded appeal is no longer there.
fn compute(ws: &Workspace, shown: &Shown, scenario: Option<&str>) -> Previewed {
    let query = |period: &str| Query {
        period: PeriodChoice::Period(period.to_string()),
        scenario: scenario.map(str::to_string),
    };
    Some(match shown {
        Shown::Draft(d) => record_appeal(ws, d).and_then(|(w1, id)| {
            preview(&w1, &id, Some(&query(&d.period))).map(|p| (None, Rc::new(p)))
        }),
        Shown::Appeal(id) => {
            let a = ws.appeal(id)?;
            preview(ws, id, Some(&query(&a.period))).map(|p| (Some(id.clone()), Rc::new(p)))
        }
    })
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
        (ws.clone().map(ByPtr), (*shown).clone(), scenario.clone()),
        |(ws, shown, scenario)| -> Previewed {
            compute(&ws.as_ref()?.0, shown.as_ref()?, scenario.as_deref())
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

    // Dispatches the engine's edit when the engine accepts it on the workspace shown (the
    // notice says so), or says why not, with the workspace's names; a refusal of the edit
    // itself (the document changed meanwhile) shows in the app's edit banner.
    let commit = {
        let (app, ws, notice) = (app.clone(), ws.clone(), notice.clone());
        move |checked: Result<String, SimError>, edit: Edit| match checked {
            Ok(ok) => {
                app.dispatch(Action::Edit(edit));
                notice.set(Some(Notice::Ok(ok)));
            }
            Err(e) => notice.set(Some(Notice::Refused(ti.sim_error_in(lang, Some(&ws), &e)))),
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
            Ok((_, id)) => {
                commit(Ok(t.recorded.replace("{id}", &id)), Edit::RecordAppeal(d));
                shown.set(Some(Shown::Appeal(id)));
            }
            Err(e) => commit(Err(e), Edit::RecordAppeal(d)),
        })
    };
    let on_decide = {
        let ws = ws.clone();
        let commit = commit.clone();
        let shown = shown.clone();
        Callback::from(move |(id, decision): Decided| {
            let done = match decision {
                Decision::Uphold => t.upheld_done,
                Decision::Reject => t.rejected_done,
            };
            commit(
                decide(&ws, &id, decision).map(|_| done.replace("{id}", &id)),
                Edit::DecideAppeal { id, decision },
            );
            shown.set(None);
        })
    };
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |id: String| shown.set(Some(Shown::Appeal(id))))
    };
    let on_close = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(None))
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
                    <AppealHistory {on_show} {on_decide} {doc_ok} />
                    <p class="help">{ t.order_note }</p>
                </section>
            </div>
            <AppealPreviewBox previewed={previewed.clone()} {on_close} />
        </section>
    }
}
