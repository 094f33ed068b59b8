//! A unit's calculation receipt: a modal dialog (role=dialog, focus moved into it and kept
//! there — Tab cycles through its controls, the page behind is inert —, closed by Esc, the
//! close button or the backdrop) that shows every step from raw input to published
//! score, the rank and why the grade, warnings, flags and honours, a radar of the unit's
//! dimensions against the cohort mean and its trend over the cycle and its history.

use crate::format::pub2;
use crate::hooks::use_app;
use crate::screens::results::receipt::annual::ReceiptAnnual;
use crate::screens::results::receipt::charts::ReceiptCharts;
use crate::screens::results::receipt::grade::ReceiptGrade;
use crate::screens::results::receipt::parts::{period_name, UnitProps};
use crate::screens::results::receipt::period::ReceiptPeriod;
use crate::state::Action;
use crate::widgets::modal::{make_rest_inert, release, wrap_tab};
use scorecard_engine::score::{PeriodChoice, UnitDetail};
use yew::prelude::*;

/// The receipt dialog.
#[function_component(Receipt)]
pub fn receipt(p: &UnitProps) -> Html {
    let app = use_app();
    let dialog = use_node_ref();
    let layer = use_node_ref();
    // What this dialog made inert; released as it closes (before the focus goes back).
    let inert = use_mut_ref(Vec::<web_sys::Element>::new);
    {
        let (layer, inert) = (layer.clone(), inert.clone());
        use_effect_with((), move |_| {
            if let Some(el) = layer.cast::<web_sys::Element>() {
                *inert.borrow_mut() = make_rest_inert(&el);
            }
            move || release(&inert.take())
        });
    }
    {
        let dialog = dialog.clone();
        use_effect_with(p.unit.clone(), move |_| {
            if let Some(el) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let Some(app) = app else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.receipt();
    let c = app.lang.common();
    let shut = {
        let app = app.clone();
        Callback::from(move |_: ()| {
            release(&inert.take());
            app.dispatch(Action::SelectUnit(None));
        })
    };
    let close = shut.reform(|_: MouseEvent| ());
    let onkeydown = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                shut.emit(());
            }
            "Tab" => {
                let wrapped = dialog
                    .cast::<web_sys::Element>()
                    .is_some_and(|el| wrap_tab(&el, e.shift_key()));
                if wrapped {
                    e.prevent_default();
                }
            }
            _ => {}
        })
    };
    let unit = ws.units.iter().find(|u| u.id == p.unit);
    let name = unit
        .map(|u| u.name.clone())
        .unwrap_or_else(|| p.unit.clone());
    let profile = unit
        .and_then(|u| ws.plan.profiles.iter().find(|x| x.id == u.profile))
        .map(|x| x.name.clone())
        .unwrap_or_default();
    let level = unit.map(|u| c.level(u.level.as_str())).unwrap_or(c.none);
    let rs = app.results();
    let result = rs.and_then(|rs| rs.unit(&p.unit));
    let period_name = match &app.period {
        PeriodChoice::Annual => c.annual.to_string(),
        PeriodChoice::Period(id) => period_name(&ws.plan.periods, id),
    };
    let scenario_name = app.scenario.as_ref().and_then(|id| {
        ws.scenarios
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
    });

    let body = match result {
        Some(u) => html! {
            <>
                { match &u.detail {
                    UnitDetail::Period(_) => html! { <ReceiptPeriod unit={p.unit.clone()} /> },
                    UnitDetail::Annual(_) => html! { <ReceiptAnnual unit={p.unit.clone()} /> },
                } }
                <ReceiptGrade unit={p.unit.clone()} />
                <ReceiptCharts unit={p.unit.clone()} />
            </>
        },
        _ => html! { <p class="banner warn">{ t.not_in_set }</p> },
    };

    html! {
        <div class="receipt-layer" ref={layer}>
            <div class="modal-backdrop" onclick={close.clone()} aria-hidden="true"></div>
            <div class="receipt" role="dialog" aria-modal="true" aria-labelledby="receipt-title"
                tabindex="-1" ref={dialog} {onkeydown} data-testid="receipt" data-unit={p.unit.clone()}>
                <header class="receipt-head">
                    <div>
                        <h2 id="receipt-title">{ t.title }<span lang={app.lang.data_lang(&name)}>{ &name }</span></h2>
                        <p class="muted">
                            { level }{ " · " }{ profile }{ " · " }{ &period_name }
                            if let Some(s) = &scenario_name { { " · " }{ s } }
                        </p>
                    </div>
                    if let Some(u) = result {
                        <div class="receipt-score">
                            <strong data-testid="receipt-score">{ pub2(u.score) }</strong>
                            <span class={classes!("grade", u.grade.as_str())}>{ c.grade(u.grade.as_str()) }</span>
                        </div>
                    }
                    <button type="button" class="close" onclick={close} title={t.close_hint}
                        data-testid="receipt-close">{ "✕ " }{ t.close }</button>
                </header>
                <p class="help">{ t.exact_note }</p>
                { body }
            </div>
        </div>
    }
}
