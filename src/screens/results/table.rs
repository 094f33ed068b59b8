//! The ranking table: one row per unit, sortable by any column (click or Enter on its
//! header), filtered by the engine's [`UnitFilter`]. Test hooks: `results-table`, rows with
//! `data-unit`, cells with `data-field` (`rank`, `score`, `grade` with `data-grade`).

use crate::by_ptr::ByPtr;
use crate::hooks::use_app;
use crate::screens::results::selection::with_results;
use crate::screens::results::sort::shown_rows;
pub use crate::screens::results::sort::{Sort, SortKey};
use crate::screens::results::sort_header::SortHeader;
use crate::screens::results::table_row::TableRow;
use scorecard_engine::model::Unit;
use scorecard_engine::report::UnitFilter;
use scorecard_engine::score::UnitResult;
use std::collections::{BTreeMap, HashMap};
use yew::prelude::*;

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
    let Some(app) = use_app() else { return html! {} };
    with_results(&app, |ws, rs| {
        let t = app.lang.results();
        let units: BTreeMap<&str, &Unit> = ws.units.iter().map(|u| (u.id.as_str(), u)).collect();
        let rows = shown_rows(&rs.units, &units, &p.filter, &p.sort);
        let header = |key: SortKey, label: &str, class: &'static str| {
            html! {
                <SortHeader sort_key={key} label={label.to_string()} {class}
                    sort={p.sort.clone()} on_sort={p.on_sort.clone()} />
            }
        };
        let Some(set) = app.results.clone() else {
            return html! {};
        };
        let set = ByPtr(set);
        let index: HashMap<&str, usize> = rs
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.unit.as_str(), i))
            .collect();
        let c = app.lang.common();
        let row = |u: &UnitResult| {
            let unit = units.get(u.unit.as_str());
            let name = unit.map_or_else(|| u.unit.clone(), |x| x.name.clone());
            let level = unit.map_or(c.none, |x| c.level(x.level.as_str()));
            let profile = unit
                .and_then(|x| ws.plan.profile(&x.profile))
                .map_or(c.none, |p| p.name.as_str());
            html! {
                <TableRow results={set.clone()} index={index.get(u.unit.as_str()).copied().unwrap_or(usize::MAX)}
                    name={name} level={level.to_string()} profile={profile.to_string()} />
            }
        };
        let dims = &ws.plan.dimensions;
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
    })
}
