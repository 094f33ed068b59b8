//! Self-assessment (自评模拟, §9): pick a unit and a period; a sandbox copy of its record is
//! edited freely and scored live (the whole cohort, under the scenario shown) beside the
//! published figures; goal seek works on the sandbox. The workspace changes only when the
//! user applies the sandbox (one undoable edit); "reset" discards it.

use crate::hooks::use_app;
use crate::i18n::errors::kind_text;
use crate::screens::simulate::self_assessment::goal_seek::GoalSeekPanel;
use crate::screens::simulate::self_assessment::sandbox_editor::{Edit, SandboxEditor};
use crate::screens::simulate::support::WsRef;
use crate::state::Action;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;
use scorecard_engine::number::two_places;
use scorecard_engine::path::JsonPath;
use scorecard_engine::score::{default_period, PeriodChoice, Query};
use scorecard_engine::simulate::appeals::same_value;
use scorecard_engine::simulate::sandbox::{
    doc_record_index, predict, record_inputs, record_path, record_value, with_record, Beside,
    Prediction,
};
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The sandbox: the edited record of one unit and period.
#[derive(Clone, PartialEq)]
struct Sandbox {
    unit: String,
    period: String,
    record: Rc<Value>,
}

/// What the trial gives: the sandbox workspace and the prediction, or why not.
type Trial = Result<(Rc<Workspace>, Rc<Prediction>), SimError>;

fn signed(d: rust_decimal::Decimal) -> String {
    let s = two_places(d);
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{s}")
    } else {
        s
    }
}

fn beside_row(label: &str, b: &Beside, none: &str, testid: Option<&str>) -> Html {
    let f =
        |d: Option<rust_decimal::Decimal>| d.map(two_places).unwrap_or_else(|| none.to_string());
    html! {
        <tr class={classes!(b.changed().then_some("changed"))}>
            <th scope="row">{ label.to_string() }</th>
            <td class="num" data-testid={testid.map(|t| format!("published-{t}"))}>{ f(b.published) }</td>
            <td class="num strong" data-testid={testid.map(|t| format!("predicted-{t}"))}>{ f(b.predicted) }</td>
            <td class="num delta">{ b.delta.filter(|d| !d.is_zero()).map(signed).unwrap_or_default() }</td>
        </tr>
    }
}

/// Self-assessment.
#[function_component(SimSelf)]
pub fn sim_self() -> Html {
    let chosen_unit = use_state(|| None::<String>);
    let chosen_period = use_state(|| None::<String>);
    let sandbox = use_state(|| None::<Sandbox>);
    let applied = use_state(|| false);
    let app = use_app();
    let ws = app.as_ref().and_then(|a| a.workspace.clone());

    // The period: the one chosen here, else the one shown in the header, else the last
    // period with records.
    let period = ws.as_ref().and_then(|w| {
        let pick = (*chosen_period)
            .clone()
            .or_else(|| match app.as_ref().map(|a| &a.period) {
                Some(PeriodChoice::Period(p)) => Some(p.clone()),
                _ => default_period(w).map(str::to_string),
            });
        pick.filter(|p| w.plan.periods.iter().any(|x| &x.id == p))
            .or_else(|| default_period(w).map(str::to_string))
    });
    let unit = ws.as_ref().and_then(|w| {
        let has = |u: &str| {
            w.records
                .iter()
                .any(|r| r.unit == u && Some(&r.period) == period.as_ref())
        };
        (*chosen_unit)
            .clone()
            .filter(|u| w.units.iter().any(|x| &x.id == u))
            .or_else(|| {
                app.as_ref()
                    .and_then(|a| a.selected_unit.clone())
                    .filter(|u| has(u))
            })
            .or_else(|| w.units.iter().find(|u| has(&u.id)).map(|u| u.id.clone()))
            .or_else(|| w.units.first().map(|u| u.id.clone()))
    });
    let scenario = app.as_ref().and_then(|a| a.scenario.clone());

    // The published record (the sandbox's starting point), recomputed when the workspace
    // or the choice changes.
    let base = use_memo(
        (ws.clone().map(WsRef), unit.clone(), period.clone()),
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
            ws.clone().map(WsRef),
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
    let c = app.lang.common();
    let ti = app.lang.sim_inputs();
    let (Some(unit), Some(period)) = (unit, period) else {
        return html! { <p class="empty">{ t.nothing }</p> };
    };

    let on_unit = {
        let chosen_unit = chosen_unit.clone();
        let applied = applied.clone();
        Callback::from(move |e: Event| {
            chosen_unit.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            applied.set(false);
        })
    };
    let on_period = {
        let chosen_period = chosen_period.clone();
        let applied = applied.clone();
        Callback::from(move |e: Event| {
            chosen_period.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()));
            applied.set(false);
        })
    };
    let scenario_name = match &scenario {
        None => c.the_plan.to_string(),
        Some(id) => ws
            .scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.clone()),
    };
    let pickers = html! {
        <div class="form-row sim-pickers">
            <label>
                <span>{ t.unit }</span>
                <select data-testid="self-unit" onchange={on_unit}>
                    { for ws.units.iter().map(|u| html! {
                        <option value={u.id.clone()} selected={u.id == unit}>{ &u.name }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.period }</span>
                <select data-testid="self-period" onchange={on_period}>
                    { for ws.plan.periods.iter().map(|p| html! {
                        <option value={p.id.clone()} selected={p.id == period}>{ &p.name }</option>
                    }) }
                </select>
            </label>
            <span class="muted">{ t.under }{ scenario_name }</span>
        </div>
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

    // Edits: every input whose sandbox value differs from the published one.
    let edits = {
        let before = record_inputs(&ws, &base);
        let after = record_inputs(&ws, &record);
        let changed = after
            .iter()
            .filter(|a| {
                !before
                    .iter()
                    .any(|b| b.path == a.path && same_value(&b.value, &a.value))
            })
            .count();
        let removed = before
            .iter()
            .filter(|b| !after.iter().any(|a| a.path == b.path))
            .count();
        changed + removed
    };

    let on_edit = {
        let sandbox = sandbox.clone();
        let applied = applied.clone();
        let (unit, period, record) = (unit.clone(), period.clone(), record.clone());
        let first_level = ws.plan.deductions.levels.first().map(|l| l.id.clone());
        let note = t.new_event_note;
        Callback::from(move |e: Edit| {
            let mut rec = (*record).clone();
            let ok = match e {
                Edit::Set(path, v) => JsonPath::parse(&path).is_some_and(|p| rec.set_at(&p, v)),
                Edit::Remove(path) => JsonPath::parse(&path).is_some_and(|p| rec.remove_at(&p)),
                Edit::AddEvent => first_level.as_ref().is_some_and(|level| {
                    rec.push_at(
                        &JsonPath::root().key("events"),
                        Value::Object(vec![
                            ("level".into(), Value::str(level.clone())),
                            ("note".into(), Value::str(note)),
                        ]),
                    )
                }),
            };
            if ok {
                applied.set(false);
                sandbox.set(Some(Sandbox {
                    unit: unit.clone(),
                    period: period.clone(),
                    record: Rc::new(rec),
                }));
            }
        })
    };
    let on_reset = {
        let sandbox = sandbox.clone();
        let applied = applied.clone();
        Callback::from(move |_| {
            sandbox.set(None);
            applied.set(false);
        })
    };
    let doc_ok = app.doc_errors.is_empty();
    let doc_index = doc_record_index(&app.doc, &unit, &period);
    let trial_ok = matches!(&*trial, Some(Ok(_)));
    let on_apply = {
        let app = app.clone();
        let applied = applied.clone();
        let record = record.clone();
        Callback::from(move |_| {
            if let Some(i) = doc_index {
                app.dispatch(Action::Set {
                    path: JsonPath::root().key("records").index(i),
                    value: (*record).clone(),
                });
                applied.set(true);
            }
        })
    };

    // Errors of an invalid sandbox, at their paths inside the record.
    let prefix = record_path(&ws, &unit, &period).ok();
    let mut field_errors: Vec<(String, String)> = Vec::new();
    let mut other_error: Option<String> = None;
    if let Some(Err(e)) = &*trial {
        match e {
            SimError::Invalid(errors) => {
                for x in &errors.0 {
                    let msg = kind_text(app.lang, &x.kind);
                    let rel = prefix.as_ref().filter(|p| x.path.starts_with(p)).map(|p| {
                        let segs = x.path.segments();
                        JsonPath::from_segments(
                            segs.get(p.segments().len()..).unwrap_or_default().to_vec(),
                        )
                        .to_string()
                    });
                    match rel {
                        Some(r) => field_errors.push((r, msg)),
                        None => other_error = Some(format!("{}: {msg}", x.path)),
                    }
                }
            }
            other => other_error = Some(ti.sim_error(app.lang, other)),
        }
    }

    let units_by_id = |id: &str| {
        ws.units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let comparison = match &*trial {
        Some(Ok((_, pred))) => {
            let grade_text = |u: &Option<scorecard_engine::score::UnitResult>| {
                u.as_ref()
                    .map(|u| {
                        let g = u.grade.as_str();
                        html! { <span class={classes!("grade", g)}>{ c.grade(g) }</span> }
                    })
                    .unwrap_or_else(|| html! { t.not_scored })
            };
            let rank = |u: &Option<scorecard_engine::score::UnitResult>| {
                u.as_ref()
                    .map(|u| u.rank.to_string())
                    .unwrap_or_else(|| c.none.to_string())
            };
            let rank_move = pred.change.rank.filter(|r| *r != 0).map(|r| {
                if r > 0 {
                    format!("↑{r}")
                } else {
                    format!("↓{}", r.unsigned_abs())
                }
            });
            html! {
                <>
                <table class="sim-table compare-table" data-testid="self-compare">
                    <caption>{ t.compare }</caption>
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col" class="num">{ t.published }</th>
                        <th scope="col" class="num">{ t.predicted }</th>
                        <th scope="col" class="num">{ t.change }</th>
                    </tr></thead>
                    <tbody>
                        { beside_row(t.score, &pred.score, t.not_scored, Some("score")) }
                        <tr class={classes!(pred.change.rank.is_some_and(|r| r != 0).then_some("changed"))}>
                            <th scope="row">{ t.rank }</th>
                            <td class="num" data-testid="published-rank">{ rank(&pred.published) }</td>
                            <td class="num strong" data-testid="predicted-rank">{ rank(&pred.predicted) }</td>
                            <td class="num delta">{ rank_move.unwrap_or_default() }</td>
                        </tr>
                        <tr class={classes!(pred.change.grade.then_some("changed"))}>
                            <th scope="row">{ t.grade }</th>
                            <td data-testid="published-grade">{ grade_text(&pred.published) }</td>
                            <td data-testid="predicted-grade">{ grade_text(&pred.predicted) }</td>
                            <td></td>
                        </tr>
                        { for pred.dimensions.iter().map(|(id, b)| {
                            let name = ws.plan.dimensions.iter().find(|d| &d.id == id).map(|d| d.name.clone()).unwrap_or_else(|| id.clone());
                            beside_row(&name, b, c.none, None)
                        }) }
                        { beside_row(t.deduction, &pred.deduction, c.none, None) }
                    </tbody>
                </table>
                </>
            }
        }
        _ => html! {
            <div class="banner warn" role="alert" data-testid="sandbox-invalid">
                <p>{ t.sandbox_invalid }</p>
                { for other_error.iter().map(|e| html! { <p>{ e.clone() }</p> }) }
                { for field_errors.iter().map(|(p, m)| html! { <p><code class="path">{ p.clone() }</code>{ " " }{ m.clone() }</p> }) }
            </div>
        },
    };
    let others = match &*trial {
        Some(Ok((_, pred))) if !pred.others.is_empty() => html! {
            <div class="card others" data-testid="self-others">
                <h4>{ t.others }</h4>
                <p class="help">{ t.others_help }</p>
                <ul>
                    { for pred.others.iter().map(|d| {
                        let f = |s: Option<&scorecard_engine::simulate::compare::Standing>| s.map(|s| format!("{} · #{} · {}", two_places(s.score), s.rank, c.grade(s.grade.as_str()))).unwrap_or_else(|| t.not_scored.to_string());
                        html! { <li>{ units_by_id(&d.unit) }{ ":" }{ f(d.before.as_ref()) }{ " → " }{ f(d.after.as_ref()) }</li> }
                    }) }
                </ul>
            </div>
        },
        _ => html! {},
    };
    let seek_on = match &*trial {
        Some(Ok((w, _))) => WsRef(w.clone()),
        _ => WsRef(ws.clone()),
    };

    html! {
        <section class="sim-self">
            <p class="help">{ t.intro }</p>
            { pickers }
            <div class="sim-grid">
                <div class="sim-main">
                    <h3>{ t.sandbox }</h3>
                    <SandboxEditor base={base.clone()} record={record.clone()}
                        errors={Rc::new(field_errors)} on_edit={on_edit.clone()} />
                </div>
                <aside class="sim-side">
                    <div class="card">
                        { comparison }
                        <div class="actions">
                            <span class="muted" data-testid="self-edits">{
                                if edits == 0 { t.no_edits.to_string() } else { t.edits.replace("{n}", &edits.to_string()) }
                            }</span>
                            <button type="button" onclick={on_reset} disabled={edits == 0}
                                data-testid="self-reset">{ t.reset }</button>
                            <button type="button" class="primary" onclick={on_apply}
                                disabled={edits == 0 || !doc_ok || !trial_ok || doc_index.is_none()}
                                data-testid="self-apply">{ t.apply }</button>
                        </div>
                        if !doc_ok {
                            <p class="banner warn" role="alert">{ t.doc_invalid }</p>
                        }
                        if *applied {
                            <p class="banner ok" role="status">{ t.applied }</p>
                        }
                    </div>
                    <GoalSeekPanel trial={seek_on} unit={unit.clone()} period={period.clone()}
                        scenario={scenario.clone().map(AttrValue::from)} record={record.clone()} on_use={on_edit} />
                    { others }
                </aside>
            </div>
        </section>
    }
}
