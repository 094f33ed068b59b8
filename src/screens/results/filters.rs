//! The ranking table's filters: a unit's name or id (a search box: a long table renders only
//! the rows in view, so the browser's own find cannot reach every unit), then level, profile,
//! grade, flag, warning colour, each a labelled select; the predicate itself is the engine's
//! [`UnitFilter`].

use crate::hooks::use_workspace;
use crate::widgets::options::options;
use scorecard_engine::model::Level;
use scorecard_engine::report::{UnitFilter, WARNINGS};
use scorecard_engine::score::grade::Grade;
use scorecard_engine::score::period::Warning;
use scorecard_engine::score::Flags;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// One change to the filter. Changes apply to the filter as it is when they arrive (a
/// reducer), so two quick choices never undo each other.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterEdit {
    /// Level criterion.
    Level(Option<Level>),
    /// Profile criterion.
    Profile(Option<String>),
    /// Grade criterion.
    Grade(Option<Grade>),
    /// Flag criterion.
    Flag(Option<String>),
    /// Warning criterion.
    Warning(Option<Warning>),
    /// Name or id criterion (empty: none).
    Text(Option<String>),
    /// A whole filter (a summary shortcut, or clear).
    Set(UnitFilter),
}

/// The filter as reducible state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterState(pub UnitFilter);

impl Reducible for FilterState {
    type Action = FilterEdit;

    fn reduce(self: Rc<Self>, edit: FilterEdit) -> Rc<Self> {
        let mut f = self.0.clone();
        match edit {
            FilterEdit::Level(x) => f.level = x,
            FilterEdit::Profile(x) => f.profile = x,
            FilterEdit::Grade(x) => f.grade = x,
            FilterEdit::Flag(x) => f.flag = x,
            FilterEdit::Warning(x) => f.warning = x,
            FilterEdit::Text(x) => f.text = x,
            FilterEdit::Set(x) => f = x,
        }
        Rc::new(FilterState(f))
    }
}

/// Props of the views that show and change the filter ([`ResultsFilters`], the summary
/// and its counts).
#[derive(Properties, PartialEq)]
pub struct FilterProps {
    /// The filter in force.
    pub filter: UnitFilter,
    /// A criterion was chosen.
    pub on_filter: Callback<FilterEdit>,
}

const LEVELS: [Level; 3] = [Level::Hq, Level::Direct, Level::Branch];

fn chosen(e: &Event) -> Option<String> {
    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
    (!v.is_empty()).then_some(v)
}

/// A criterion's labelled select: "all" (the empty value), then each option's value and name.
fn criterion<'a>(
    label: &str,
    testid: &'static str,
    all: &str,
    current: &str,
    onchange: Callback<Event>,
    items: impl Iterator<Item = (&'a str, &'a str)>,
) -> Html {
    html! {
        <label>
            <span>{ label }</span>
            <select data-testid={testid} {onchange}>
                <option value="" selected={current.is_empty()}>{ all }</option>
                { options(items, current) }
            </select>
        </label>
    }
}

/// The filter bar.
#[function_component(ResultsFilters)]
pub fn results_filters(p: &FilterProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.results();
    let c = app.lang.common();
    let f = &p.filter;
    let change = |edit: fn(Option<String>) -> FilterEdit| {
        let on_filter = p.on_filter.clone();
        Callback::from(move |e: Event| on_filter.emit(edit(chosen(&e))))
    };
    let on_level =
        change(|v| FilterEdit::Level(v.and_then(|w| LEVELS.into_iter().find(|l| l.as_str() == w))));
    let on_profile = change(FilterEdit::Profile);
    let on_grade = change(|v| {
        FilterEdit::Grade(v.and_then(|w| Grade::ALL.into_iter().find(|g| g.as_str() == w)))
    });
    let on_flag = change(FilterEdit::Flag);
    let on_warning = change(|v| {
        FilterEdit::Warning(v.and_then(|w| WARNINGS.into_iter().find(|x| x.as_str() == w)))
    });
    let clear = {
        let on_filter = p.on_filter.clone();
        Callback::from(move |_| on_filter.emit(FilterEdit::Set(UnitFilter::default())))
    };
    let on_text = {
        let on_filter = p.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            on_filter.emit(FilterEdit::Text((!v.trim().is_empty()).then_some(v)));
        })
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
                <span>{ t.find_unit }</span>
                <input type="search" data-testid="filter-text" value={f.text.clone().unwrap_or_default()}
                    oninput={on_text} placeholder={t.find_unit_hint} autocomplete="off" />
            </label>
            { criterion(t.level, "filter-level", t.all, level, on_level,
                LEVELS.iter().map(|l| (l.as_str(), c.level(l.as_str())))) }
            { criterion(t.profile, "filter-profile", t.all, &profile, on_profile,
                ws.plan.profiles.iter().map(|pr| (pr.id.as_str(), pr.name.as_str()))) }
            { criterion(t.grade, "filter-grade", t.all, grade, on_grade,
                Grade::ALL.iter().map(|g| (g.as_str(), c.grade(g.as_str())))) }
            { criterion(t.flags, "filter-flag", t.all, &flag, on_flag,
                Flags::ALL.iter().map(|w| (*w, c.flag(w)))) }
            { criterion(t.warning, "filter-warning", t.all, warning, on_warning,
                WARNINGS.iter().map(|w| (w.as_str(), c.warning(w.as_str())))) }
            <button type="button" onclick={clear} disabled={!f.is_active()} data-testid="filter-clear">{ t.clear_filters }</button>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_apply_to_the_filter_as_it_is() {
        let s = Rc::new(FilterState::default());
        let s = s.reduce(FilterEdit::Grade(Some(Grade::Good)));
        let s = s.reduce(FilterEdit::Flag(Some("incomplete".into())));
        assert_eq!(s.0.grade, Some(Grade::Good));
        let s = s.reduce(FilterEdit::Grade(None));
        assert_eq!(s.0.flag.as_deref(), Some("incomplete"));
        assert_eq!(s.0.grade, None);
        let s = s.reduce(FilterEdit::Text(Some("north".into())));
        assert_eq!(
            (s.0.text.as_deref(), s.0.flag.as_deref()),
            (Some("north"), Some("incomplete"))
        );
        let s = s.reduce(FilterEdit::Set(UnitFilter::default()));
        assert!(!s.0.is_active());
    }
}
