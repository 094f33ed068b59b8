//! One unit's row of the ranking table: rank, name (opening the receipt), level, profile,
//! score, grade, dimension scores, deduction, bonus, warning, flags, honours and change.

use crate::by_ptr::ByPtr;
use crate::format::{pub2, pub2_or};
use crate::hooks::use_workspace;
use crate::screens::results::selection::{delta_class, warning_short};
use crate::screens::results::sort::bonus_of;
use crate::state::Action;
use scorecard_engine::report;
use scorecard_engine::score::ResultSet;
use scorecard_engine::ScoreError;
use yew::prelude::*;

/// A result set shared by reference: two are equal when they are the same set, so a row
/// is compared without comparing (or copying) the unit's whole result.
pub type SharedResults = ByPtr<Result<ResultSet, ScoreError>>;

/// Props of [`TableRow`].
#[derive(Properties, PartialEq)]
pub struct TableRowProps {
    /// The result set.
    pub results: SharedResults,
    /// The unit's index in the set's units.
    pub index: usize,
    /// The row's place in the table, counting the header row as 1 (`aria-rowindex`).
    pub aria_row: usize,
    /// The unit's name, level and profile, as shown.
    pub name: AttrValue,
    /// See `name`.
    pub level: AttrValue,
    /// See `name`.
    pub profile: AttrValue,
}

/// The row.
#[function_component(TableRow)]
pub fn table_row(p: &TableRowProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let Some(u) = p
        .results
        .0
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|rs| rs.units.get(p.index))
    else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let (name, level, profile) = (p.name.clone(), p.level.clone(), p.profile.clone());
    let grade = u.grade.as_str();
    let selected = app.selected_unit.as_deref() == Some(u.unit.as_str());
    let onclick = {
        let app = app.clone();
        let id = u.unit.clone();
        Callback::from(move |_| app.dispatch(Action::SelectUnit(Some(id.clone()))))
    };
    let warning = match u.warning {
        Some(w) => html! {
            <span class={classes!("light", w.as_str())} title={c.warning(w.as_str())}>
                <span aria-hidden="true">{ warning_short(t, w).unwrap_or(c.none) }</span><span class="visually-hidden">{ c.warning(w.as_str()) }</span>
            </span>
        },
        None => html! { <span class="muted">{ c.none }</span> },
    };
    html! {
        <tr data-unit={u.unit.clone()} class={classes!(selected.then_some("selected"))}
            aria-rowindex={p.aria_row.to_string()}>
            <td data-field="rank" class="num">{ u.rank }</td>
            <th scope="row" class="unit" data-field="unit">
                <button type="button" class="link" {onclick} aria-haspopup="dialog"
                    lang={app.lang.data_lang(&name)}>{ name.clone() }</button>
            </th>
            <td data-field="level">{ level }</td>
            <td data-field="profile">{ profile }</td>
            <td data-field="score" class="num strong">{ pub2(u.score) }</td>
            <td data-field="grade" data-grade={grade}>
                <span class={classes!("grade", grade)}>{ c.grade(grade) }</span>
            </td>
            { for ws.plan.dimensions.iter().map(|d| html! {
                <td class="num" data-field={format!("dim-{}", d.id)}>{
                    pub2_or(u.dimensions.iter().find(|(id, _)| *id == d.id).map(|(_, s)| *s), c.none)
                }</td>
            }) }
            <td class="num" data-field="deduction">{ pub2(u.deduction) }</td>
            <td class="num" data-field="bonus">{ pub2_or(bonus_of(u), c.none) }</td>
            <td data-field="warning">{ warning }</td>
            <td data-field="flags" class="wrap">{ for u.flags.words().into_iter().map(|f| html! {
                <span class={classes!("chip", f)} title={c.flag_explained(f)}>{ c.flag(f) }</span>
            }) }</td>
            <td data-field="honours" class="wrap">{ for u.honours.iter().map(|h| html! {
                <span class="chip honour">{ c.honour(h.as_str()) }</span>
            }) }</td>
            <td class={classes!("num", "delta", delta_class(u.delta))}
                data-field="change">{
                u.delta.map(report::signed).unwrap_or_else(|| t.no_change.to_string())
            }</td>
        </tr>
    }
}
