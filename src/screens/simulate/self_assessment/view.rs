//! Self-assessment (自评模拟, §9): pick a unit and a period; a sandbox copy of its record is
//! edited freely and scored live (the whole cohort, under the scenario shown) beside the
//! published figures; goal seek works on the sandbox. The workspace changes only when the
//! user applies the sandbox (one undoable edit); "reset" discards it.

use crate::by_ptr::ByPtr;
use crate::hooks::use_app;
use crate::screens::simulate::self_assessment::pickers::SelfPickers;
use crate::screens::simulate::self_assessment::selection::{
    pick_period, pick_unit, Sandbox, Trial,
};
use crate::screens::simulate::self_assessment::workbench::SelfWorkbench;
use crate::screens::simulate::support::scenario_name;
use scorecard_engine::json::Value;
use scorecard_engine::score::Query;
use scorecard_engine::simulate::sandbox::{predict, record_value, with_record};
use std::rc::Rc;
use yew::prelude::*;

/// Self-assessment.
#[function_component(SimSelf)]
pub fn sim_self() -> Html {
    let chosen_unit = use_state(|| None::<String>);
    let chosen_period = use_state(|| None::<String>);
    let sandbox = use_state(|| None::<Sandbox>);
    let applied = use_state(|| false);
    let app = use_app();
    let ws = app.as_ref().and_then(|a| a.workspace.clone());
    let period = ws
        .as_ref()
        .zip(app.as_ref())
        .and_then(|(w, a)| pick_period(w, chosen_period.as_deref(), &a.period));
    let unit = ws.as_ref().and_then(|w| {
        let selected = app.as_ref().and_then(|a| a.selected_unit.as_deref());
        pick_unit(w, chosen_unit.as_deref(), selected, period.as_deref())
    });
    let scenario = app.as_ref().and_then(|a| a.scenario.clone());

    // The published record (the sandbox's starting point), recomputed when the workspace
    // or the choice changes.
    let base = use_memo(
        (ws.clone().map(ByPtr), unit.clone(), period.clone()),
        |(ws, unit, period)| match (ws, unit, period) {
            (Some(ws), Some(u), Some(p)) => record_value(&ws.0, u, p).ok().map(Rc::new),
            _ => None,
        },
    );
    let record: Option<Rc<Value>> = match (&*sandbox, &unit, &period) {
        (Some(s), Some(u), Some(p)) if &s.unit == u && &s.period == p => Some(s.record.clone()),
        _ => (*base).clone(),
    };
    let trial = use_memo(
        (
            ws.clone().map(ByPtr),
            unit.clone(),
            period.clone(),
            record.clone(),
            scenario.clone(),
        ),
        |(ws, unit, period, record, scenario)| -> Option<Trial> {
            let (ws, u, p, rec) = (
                ws.as_ref()?,
                unit.as_ref()?,
                period.as_ref()?,
                record.as_ref()?,
            );
            let q = Query::period(p).with_scenario(scenario.as_deref());
            Some(with_record(&ws.0, u, p, rec).and_then(|trial| {
                let pred = predict(&ws.0, &trial, &q, u)?;
                Ok((Rc::new(trial), Rc::new(pred)))
            }))
        },
    );

    let Some(app) = app else {
        return html! {};
    };
    let Some(ws) = ws else {
        return html! {};
    };
    let t = app.lang.sim_self();
    let (Some(unit), Some(period)) = (unit, period) else {
        return html! { <p class="empty">{ t.nothing }</p> };
    };
    let choose = |h: &UseStateHandle<Option<String>>| {
        let (h, applied) = (h.clone(), applied.clone());
        Callback::from(move |v: String| {
            h.set(Some(v));
            applied.set(false);
        })
    };
    let scenario_name = scenario_name(&ws, scenario.as_deref(), app.lang.common().the_plan);
    let pickers = html! {
        <SelfPickers unit={unit.clone()} period={period.clone()} {scenario_name}
            on_unit={choose(&chosen_unit)} on_period={choose(&chosen_period)} />
    };
    let (Some(base), Some(record)) = ((*base).clone(), record) else {
        return html! {
            <section class="sim-self">
                <p class="help">{ t.intro }</p>
                { pickers }
                <p class="empty" data-testid="self-no-record">{ t.no_record }</p>
            </section>
        };
    };
    html! {
        <section class="sim-self">
            <p class="help">{ t.intro }</p>
            { pickers }
            <SelfWorkbench {unit} {period} scenario={scenario.map(AttrValue::from)} {base} {record}
                trial={trial.clone()} sandbox={sandbox.clone()} applied={applied.clone()} />
        </section>
    }
}
