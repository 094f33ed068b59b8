//! The ranking table: one row per unit, sortable by any column (click or Enter on its
//! header), filtered by the engine's [`UnitFilter`]. Test hooks: `results-table`, rows with
//! `data-unit`, cells with `data-field` (`rank`, `score`, `grade` with `data-grade`).

use crate::format::{pub2, pub2_or};
use crate::hooks::use_app;
use crate::state::Action;
use scorecard_engine::model::Unit;
use scorecard_engine::report::{self, UnitFilter};
use scorecard_engine::score::{UnitDetail, UnitResult};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use yew::prelude::*;

/// What the table is sorted by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortKey {
    /// Rank (the engine's order).
    Rank,
    /// Unit name.
    Unit,
    /// Level.
    Level,
    /// Profile.
    Profile,
    /// Published score.
    Score,
    /// Grade (best first when ascending).
    Grade,
    /// A dimension's published score.
    Dimension(String),
    /// Deduction.
    Deduction,
    /// Bonus.
    Bonus,
    /// Warning colour.
    Warning,
    /// Change against the previous assessment.
    Change,
}

/// A sort: key and direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Ascending (smallest first).
    pub ascending: bool,
}

impl Reducible for Sort {
    type Action = SortKey;

    /// A header click, applied to the sort as it is when the click arrives.
    fn reduce(self: std::rc::Rc<Self>, key: SortKey) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.clicked(key))
    }
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::Rank,
            ascending: true,
        }
    }
}

impl SortKey {
    /// A stable word for the header's `data-sort` test hook.
    pub fn word(&self) -> String {
        match self {
            SortKey::Rank => "rank".into(),
            SortKey::Unit => "unit".into(),
            SortKey::Level => "level".into(),
            SortKey::Profile => "profile".into(),
            SortKey::Score => "score".into(),
            SortKey::Grade => "grade".into(),
            SortKey::Dimension(id) => format!("dim-{id}"),
            SortKey::Deduction => "deduction".into(),
            SortKey::Bonus => "bonus".into(),
            SortKey::Warning => "warning".into(),
            SortKey::Change => "change".into(),
        }
    }
}

impl Sort {
    /// The sort after a click on `key`'s header: the same key flips, another starts
    /// ascending.
    pub fn clicked(&self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                ascending: !self.ascending,
            }
        } else {
            Sort {
                key,
                ascending: true,
            }
        }
    }
}

fn bonus_of(u: &UnitResult) -> Option<rust_decimal::Decimal> {
    match &u.detail {
        UnitDetail::Period(p) => p.bonus.round2(),
        UnitDetail::Annual(_) => None,
    }
}

/// Orders two rows by a key (ties: rank, then id); comparison only, no arithmetic.
fn compare(
    key: &SortKey,
    units: &BTreeMap<&str, &Unit>,
    a: &UnitResult,
    b: &UnitResult,
) -> Ordering {
    let unit = |r: &UnitResult| units.get(r.unit.as_str()).copied();
    let dim =
        |r: &UnitResult, id: &str| r.dimensions.iter().find(|(d, _)| d == id).map(|(_, s)| *s);
    match key {
        SortKey::Rank => a.rank.cmp(&b.rank),
        SortKey::Unit => unit(a).map(|u| &u.name).cmp(&unit(b).map(|u| &u.name)),
        SortKey::Level => unit(a).map(|u| u.level).cmp(&unit(b).map(|u| u.level)),
        SortKey::Profile => unit(a)
            .map(|u| &u.profile)
            .cmp(&unit(b).map(|u| &u.profile)),
        SortKey::Score => a.score.cmp(&b.score),
        SortKey::Grade => a.grade.cmp(&b.grade),
        SortKey::Dimension(id) => dim(a, id).cmp(&dim(b, id)),
        SortKey::Deduction => a.deduction.cmp(&b.deduction),
        SortKey::Bonus => bonus_of(a).cmp(&bonus_of(b)),
        SortKey::Warning => a.warning.cmp(&b.warning),
        SortKey::Change => a.delta.cmp(&b.delta),
    }
}

/// Props of [`ResultsTable`].
#[derive(Properties, PartialEq)]
pub struct ResultsTableProps {
    /// The sort in force.
    pub sort: Sort,
    /// A header was activated.
    pub on_sort: Callback<SortKey>,
    /// The filter in force.
    pub filter: UnitFilter,
}

/// The ranking table.
#[function_component(ResultsTable)]
pub fn results_table(p: &ResultsTableProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let (Some(ws), Some(rs)) = (app.workspace.clone(), app.results()) else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let units: BTreeMap<&str, &Unit> = ws.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let profiles: BTreeMap<&str, &str> = ws
        .plan
        .profiles
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let mut rows: Vec<&UnitResult> = rs
        .units
        .iter()
        .filter(|r| p.filter.matches(units.get(r.unit.as_str()).copied(), r))
        .collect();
    rows.sort_by(|a, b| {
        let o = compare(&p.sort.key, &units, a, b);
        let o = if p.sort.ascending { o } else { o.reverse() };
        o.then_with(|| a.rank.cmp(&b.rank))
            .then_with(|| a.unit.cmp(&b.unit))
    });
    let header = |key: SortKey, label: &str, class: &'static str| {
        let active = p.sort.key == key;
        let direction = if p.sort.ascending {
            "ascending"
        } else {
            "descending"
        };
        let aria = active.then_some(direction);
        let arrow = match aria {
            Some("ascending") => "▲",
            Some(_) => "▼",
            None => "↕",
        };
        let word = key.word();
        let on_sort = p.on_sort.clone();
        let onclick = Callback::from(move |_| on_sort.emit(key.clone()));
        html! {
            <th scope="col" class={class} aria-sort={aria.unwrap_or("none")} data-sort={word}>
                <button type="button" class="sort" {onclick} title={format!("{}{label}", t.sort_by)}>
                    { label.to_string() }<span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    let dims = ws.plan.dimensions.clone();
    let row = |u: &UnitResult| {
        let unit = units.get(u.unit.as_str());
        let name = unit
            .map(|x| x.name.clone())
            .unwrap_or_else(|| u.unit.clone());
        let level = unit.map(|x| c.level(x.level.as_str())).unwrap_or(c.none);
        let profile = unit
            .and_then(|x| profiles.get(x.profile.as_str()).copied())
            .unwrap_or(c.none);
        let grade = u.grade.as_str();
        let selected = app.selected_unit.as_deref() == Some(u.unit.as_str());
        let onclick = {
            let app = app.clone();
            let id = u.unit.clone();
            Callback::from(move |_| app.dispatch(Action::SelectUnit(Some(id.clone()))))
        };
        html! {
            <tr data-unit={u.unit.clone()} class={classes!(selected.then_some("selected"))}>
                <td data-field="rank" class="num">{ u.rank }</td>
                <th scope="row" class="unit" data-field="unit">
                    <button type="button" class="link" {onclick} aria-haspopup="dialog">{ name }</button>
                </th>
                <td data-field="level">{ level }</td>
                <td data-field="profile">{ profile }</td>
                <td data-field="score" class="num strong">{ pub2(u.score) }</td>
                <td data-field="grade" data-grade={grade}>
                    <span class={classes!("grade", grade)}>{ c.grade(grade) }</span>
                </td>
                { for dims.iter().map(|d| html! {
                    <td class="num" data-field={format!("dim-{}", d.id)}>{
                        pub2_or(u.dimensions.iter().find(|(id, _)| *id == d.id).map(|(_, s)| *s), c.none)
                    }</td>
                }) }
                <td class="num" data-field="deduction">{ pub2(u.deduction) }</td>
                <td class="num" data-field="bonus">{ pub2_or(bonus_of(u), c.none) }</td>
                <td data-field="warning">{
                    match u.warning {
                        Some(w) => {
                            let short = report::WARNINGS
                                .iter()
                                .position(|x| *x == w)
                                .and_then(|i| t.warning_short.get(i))
                                .copied()
                                .unwrap_or(c.none);
                            html! {
                                <span class={classes!("light", w.as_str())} title={c.warning(w.as_str())}>
                                    <span aria-hidden="true">{ short }</span><span class="visually-hidden">{ c.warning(w.as_str()) }</span>
                                </span>
                            }
                        }
                        None => html! { <span class="muted">{ c.none }</span> },
                    }
                }</td>
                <td data-field="flags" class="wrap">{ for u.flags.words().into_iter().map(|f| html! {
                    <span class={classes!("chip", f)} title={c.flag_explained(f)}>{ c.flag(f) }</span>
                }) }</td>
                <td data-field="honours" class="wrap">{ for u.honours.iter().map(|h| html! {
                    <span class="chip honour">{ c.honour(h.as_str()) }</span>
                }) }</td>
                <td class={classes!("num", "delta", u.delta.map(|d| if d.is_sign_negative() && !d.is_zero() { "down" } else { "up" }))}
                    data-field="change">{
                    u.delta.map(report::signed).unwrap_or_else(|| t.no_change.to_string())
                }</td>
            </tr>
        }
    };
    let total = rs.units.len();
    let shown = rows.len();
    html! {
        <>
            if p.filter.is_active() {
                <p class="note" role="status" data-testid="rows-shown">
                    { t.showing.replace("{shown}", &shown.to_string()).replace("{total}", &total.to_string()) }
                    <span class="print-only">{ t.filtered_note }</span>
                </p>
            }
            <div class="table-wrap">
                <table class="ranking" data-testid="results-table">
                    <caption>{ t.table_caption }<span class="no-print">{ " · " }{ t.open_receipt_hint }</span></caption>
                    <thead><tr>
                        { header(SortKey::Rank, t.rank, "num") }
                        { header(SortKey::Unit, t.unit, "") }
                        { header(SortKey::Level, t.level, "") }
                        { header(SortKey::Profile, t.profile, "") }
                        { header(SortKey::Score, t.score, "num") }
                        { header(SortKey::Grade, t.grade, "") }
                        { for dims.iter().map(|d| header(SortKey::Dimension(d.id.clone()), &d.name, "num")) }
                        { header(SortKey::Deduction, t.deduction, "num") }
                        { header(SortKey::Bonus, t.bonus, "num") }
                        { header(SortKey::Warning, t.warning, "") }
                        <th scope="col">{ t.flags }</th>
                        <th scope="col">{ t.honours }</th>
                        { header(SortKey::Change, t.change, "num") }
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|u| row(u)) }</tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p class="empty">{ t.no_match }</p>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_flips_the_same_key_and_starts_another_ascending() {
        let s = Sort::default();
        let s = s.clicked(SortKey::Score);
        assert_eq!(
            s,
            Sort {
                key: SortKey::Score,
                ascending: true
            }
        );
        let s = s.clicked(SortKey::Score);
        assert!(!s.ascending);
        let s = s.clicked(SortKey::Rank);
        assert!(s.ascending);
    }
}
