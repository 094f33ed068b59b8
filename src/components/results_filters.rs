//! The ranking table's filters: level, profile, grade, flag, warning colour, each a labelled
//! select; the predicate itself is the engine's [`UnitFilter`].

use crate::app::use_app;
use scorecard_engine::model::Level;
use scorecard_engine::report::{UnitFilter, WARNINGS};
use scorecard_engine::score::grade::Grade;
use scorecard_engine::score::Flags;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ResultsFilters`].
#[derive(Properties, PartialEq)]
pub struct ResultsFiltersProps {
    /// The filter in force.
    pub filter: UnitFilter,
    /// A new filter was chosen.
    pub on_change: Callback<UnitFilter>,
}

const LEVELS: [Level; 3] = [Level::Hq, Level::Direct, Level::Branch];

fn chosen(e: &Event) -> Option<String> {
    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
    (!v.is_empty()).then_some(v)
}

/// The filter bar.
#[function_component(ResultsFilters)]
pub fn results_filters(p: &ResultsFiltersProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let f = &p.filter;
    let change = |apply: fn(&mut UnitFilter, Option<String>)| {
        let on_change = p.on_change.clone();
        let current = f.clone();
        Callback::from(move |e: Event| {
            let mut next = current.clone();
            apply(&mut next, chosen(&e));
            on_change.emit(next);
        })
    };
    let on_level =
        change(|f, v| f.level = v.and_then(|w| LEVELS.into_iter().find(|l| l.as_str() == w)));
    let on_profile = change(|f, v| f.profile = v);
    let on_grade =
        change(|f, v| f.grade = v.and_then(|w| Grade::ALL.into_iter().find(|g| g.as_str() == w)));
    let on_flag = change(|f, v| f.flag = v);
    let on_warning =
        change(|f, v| f.warning = v.and_then(|w| WARNINGS.into_iter().find(|x| x.as_str() == w)));
    let clear = {
        let on_change = p.on_change.clone();
        Callback::from(move |_| on_change.emit(UnitFilter::default()))
    };
    let level = f.level.map(|l| l.as_str()).unwrap_or("");
    let profile = f.profile.clone().unwrap_or_default();
    let grade = f.grade.map(|g| g.as_str()).unwrap_or("");
    let flag = f.flag.clone().unwrap_or_default();
    let warning = f.warning.map(|w| w.as_str()).unwrap_or("");
    html! {
        <fieldset class="filters no-print" data-testid="results-filters">
            <legend>{ t.filters }</legend>
            <label>
                <span>{ t.level }</span>
                <select data-testid="filter-level" onchange={on_level}>
                    <option value="" selected={level.is_empty()}>{ t.all }</option>
                    { for LEVELS.iter().map(|l| html! {
                        <option value={l.as_str()} selected={level == l.as_str()}>{ c.level(l.as_str()) }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.profile }</span>
                <select data-testid="filter-profile" onchange={on_profile}>
                    <option value="" selected={profile.is_empty()}>{ t.all }</option>
                    { for ws.plan.profiles.iter().map(|pr| html! {
                        <option value={pr.id.clone()} selected={profile == pr.id}>{ &pr.name }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.grade }</span>
                <select data-testid="filter-grade" onchange={on_grade}>
                    <option value="" selected={grade.is_empty()}>{ t.all }</option>
                    { for Grade::ALL.iter().map(|g| html! {
                        <option value={g.as_str()} selected={grade == g.as_str()}>{ c.grade(g.as_str()) }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.flags }</span>
                <select data-testid="filter-flag" onchange={on_flag}>
                    <option value="" selected={flag.is_empty()}>{ t.all }</option>
                    { for Flags::ALL.iter().map(|w| html! {
                        <option value={*w} selected={flag == *w}>{ c.flag(w) }</option>
                    }) }
                </select>
            </label>
            <label>
                <span>{ t.warning }</span>
                <select data-testid="filter-warning" onchange={on_warning}>
                    <option value="" selected={warning.is_empty()}>{ t.all }</option>
                    { for WARNINGS.iter().map(|w| html! {
                        <option value={w.as_str()} selected={warning == w.as_str()}>{ c.warning(w.as_str()) }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={clear} disabled={!f.is_active()} data-testid="filter-clear">{ t.clear_filters }</button>
        </fieldset>
    }
}
