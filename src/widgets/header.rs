//! The header: plan name, period, scenario, language, undo and redo.

use crate::hooks::{on_action, use_app};
use crate::i18n::Lang;
use crate::state::{Action, Source};
use scorecard_engine::score::PeriodChoice;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// Header.
#[function_component(Header)]
pub fn header() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.common();
    let ws = app.workspace.clone();
    let plan_name = ws.as_ref().map(|w| w.plan.name.clone()).unwrap_or_default();
    let period_word = app.period.as_word().to_string();
    let on_period = on_action(&app, |e: Event| {
        Some(Action::SetPeriod(PeriodChoice::from_word(&select_value(
            &e,
        ))))
    });
    let on_scenario = on_action(&app, |e: Event| {
        let v = select_value(&e);
        Some(Action::SetScenario((!v.is_empty()).then_some(v)))
    });
    let on_lang = on_action(&app, |e: Event| {
        let lang = Lang::from_code(&select_value(&e)).unwrap_or_default();
        Some(Action::SetLang(lang))
    });
    let undo = on_action(&app, |_: MouseEvent| Some(Action::Undo));
    let redo = on_action(&app, |_: MouseEvent| Some(Action::Redo));
    let source = match &app.source {
        Source::Demo => t.source_demo.to_string(),
        Source::Empty => t.source_empty.to_string(),
        Source::Restored => t.source_restored.to_string(),
        Source::File(f) => format!("{}{f}", t.source_file),
    };
    let scenario = app.scenario.clone().unwrap_or_default();
    html! {
        <header class="app-header">
            <div class="title">
                <span class="app-name">{ t.app_title }</span>
                <h1 class="plan-name" data-testid="plan-name" lang={app.lang.data_lang(&plan_name)}>{ plan_name.clone() }</h1>
                <span class="source">{ source }</span>
            </div>
            <div class="controls">
                <label>
                    <span>{ t.period }</span>
                    <select data-testid="period-select" onchange={on_period}>
                        { for ws.iter().flat_map(|w| w.plan.periods.iter()).map(|p| html! {
                            <option value={p.id.clone()} selected={p.id == period_word}>{ &p.name }</option>
                        }) }
                        <option value="annual" selected={period_word == "annual"}>{ t.annual }</option>
                    </select>
                </label>
                <label>
                    <span>{ t.scenario }</span>
                    <select data-testid="scenario-select" onchange={on_scenario}>
                        <option value="" selected={scenario.is_empty()}>{ t.the_plan }</option>
                        { for ws.iter().flat_map(|w| w.scenarios.iter()).map(|s| html! {
                            <option value={s.id.clone()} selected={s.id == scenario}>{ &s.name }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span>{ t.language }</span>
                    <select data-testid="language-select" onchange={on_lang}>
                        <option value="zh-CN" selected={app.lang == Lang::Zh}>{ "中文" }</option>
                        <option value="en" selected={app.lang == Lang::En}>{ "English" }</option>
                    </select>
                </label>
                <button class="icon" onclick={undo} disabled={app.undo.is_empty()}
                    title={t.undo} aria-label={t.undo} data-testid="undo">{ "↶" }</button>
                <button class="icon" onclick={redo} disabled={app.redo.is_empty()}
                    title={t.redo} aria-label={t.redo} data-testid="redo">{ "↷" }</button>
            </div>
        </header>
    }
}
