//! The ranking table: one row per unit, sortable by any column (click or Enter on its
//! header), filtered by the engine's [`UnitFilter`]. A long table renders only the rows near
//! the view ([`use_row_window`]), every row while printing; `aria-rowcount` and each row's
//! `aria-rowindex` tell a screen reader where it is. Test hooks: `results-table` (with
//! `data-rows-whole` once every row is on the page), rows with `data-unit`, cells with
//! `data-field` (`rank`, `score`, `grade` with `data-grade`).

use crate::by_ptr::ByPtr;
use crate::hooks::row_window::use_row_window;
use crate::hooks::use_app;
use crate::i18n::Lang;
use crate::screens::results::sort::shown_rows;
pub use crate::screens::results::sort::{Sort, SortKey};
use crate::screens::results::sort_header::SortHeader;
use crate::screens::results::table_row::TableRow;
use scorecard_engine::model::{Dimension, Unit, Workspace};
use scorecard_engine::report::UnitFilter;
use scorecard_engine::score::ResultSet;
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
    /// The page is printing: every row is rendered.
    #[prop_or_default]
    pub printing: bool,
}

/// The ranking table.
#[function_component(ResultsTable)]
pub fn results_table(p: &ResultsTableProps) -> Html {
    let app = use_app();
    let (body, table) = (use_node_ref(), use_node_ref());
    let ws = app.as_ref().and_then(|a| a.workspace.clone());
    let set = app.as_ref().and_then(|a| a.results.clone());
    // The rows shown (indices into the set's units, filtered and sorted), worked out again
    // only when the set, the workspace, the filter or the sort changes: a scroll that renders
    // other rows of 10 000 does not sort them again.
    let rows = use_memo(
        (
            ws.clone().map(ByPtr),
            set.clone().map(ByPtr),
            p.filter.clone(),
            p.sort.clone(),
        ),
        |(ws, set, filter, sort)| {
            shown_indices(
                ws.as_ref().map(|w| &*w.0),
                set.as_ref().and_then(|s| s.0.as_ref().as_ref().ok()),
                filter,
                sort,
            )
        },
    );
    let win = use_row_window(body.clone(), rows.len(), p.printing);
    let frame = use_node_ref();
    {
        // After the rows are rendered (this effect runs after them): the mark the print style
        // looks for to show the ranking only when it is whole, and the table's height as the
        // least height of its frame, so that while the next window is rendered (in steps,
        // between which the browser may lay the page out) the scroll box never grows shorter
        // and moves the scroll position back.
        let (table, frame, whole) = (table.clone(), frame.clone(), win.is_whole(rows.len()));
        use_effect(move || {
            if let Some(t) = table.cast::<web_sys::HtmlElement>() {
                let _ = if whole {
                    t.set_attribute("data-rows-whole", "")
                } else {
                    t.remove_attribute("data-rows-whole")
                };
                if let Some(f) = frame.cast::<web_sys::HtmlElement>() {
                    let _ = f
                        .style()
                        .set_property("min-height", &format!("{}px", t.offset_height()));
                }
            }
        });
    }
    let (Some(app), Some(ws), Some(set)) = (app.as_ref(), ws.as_deref(), set) else {
        return html! {};
    };
    let Ok(rs) = set.as_ref() else { return html! {} };
    let (t, c) = (app.lang.results(), app.lang.common());
    let set = ByPtr(set.clone());
    let row = |(at, &(index, unit)): (usize, &(usize, Option<usize>))| {
        let Some(u) = rs.units.get(index) else { return html! {} };
        let unit = unit.and_then(|i| ws.units.get(i));
        let name = unit.map_or_else(|| u.unit.clone(), |x| x.name.clone());
        let level = unit.map_or(c.none, |x| c.level(x.level.as_str()));
        let profile = unit
            .and_then(|x| ws.plan.profile(&x.profile))
            .map_or(c.none, |p| p.name.as_str());
        html! {
            <TableRow results={set.clone()} {index}
                aria_row={at + 2} name={name} level={level.to_string()} profile={profile.to_string()} />
        }
    };
    let dims = &ws.plan.dimensions;
    let columns = dims.len() + 12;
    // The height as the cell's attribute (the page's CSP refuses style attributes), so that it
    // changes in the same render as the rows.
    let spacer = |height: f64| {
        html! { <tr class="spacer" aria-hidden="true"><td colspan={columns.to_string()} height={format!("{height:.0}")}></td></tr> }
    };
    let (total, shown) = (rs.units.len(), rows.len());
    html! {
        <>
            if p.filter.is_active() {
                <p class="note" role="status" data-testid="rows-shown">
                    { t.showing.replace("{shown}", &shown.to_string()).replace("{total}", &total.to_string()) }
                    <span class="print-only">{ t.filtered_note }</span>
                </p>
            }
            <div class="table-wrap">
                <p class="print-only rows-incomplete">{ t.print_incomplete }</p>
                <div class="rows-frame" ref={frame}>
                <table class="ranking" data-testid="results-table" ref={table} aria-rowcount={(shown + 1).to_string()}>
                    <caption>{ t.table_caption }<span class="no-print">{ " · " }{ t.open_receipt_hint }</span></caption>
                    <thead>{ header_row(app.lang, dims, &p.sort, &p.on_sort) }</thead>
                    <tbody ref={body}>
                        { spacer(win.above) }
                        { for rows.iter().enumerate().skip(win.rows.start).take(win.rows.len()).map(row) }
                        { spacer(win.below) }
                    </tbody>
                </table>
                </div>
            </div>
            if rows.is_empty() {
                <p class="empty">{ t.no_match }</p>
            }
        </>
    }
}

/// The rows a filter and a sort show: for each, its index in the set's units and its unit's
/// index in the workspace's (`None`: no longer there).
fn shown_indices(
    ws: Option<&Workspace>,
    rs: Option<&ResultSet>,
    filter: &UnitFilter,
    sort: &Sort,
) -> Vec<(usize, Option<usize>)> {
    let (Some(ws), Some(rs)) = (ws, rs) else { return Vec::new() };
    let units: BTreeMap<&str, &Unit> = ws.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let unit_at = positions(&ws.units, |u| &u.id);
    let index = positions(&rs.units, |u| &u.unit);
    shown_rows(&rs.units, &units, filter, sort)
        .into_iter()
        .filter_map(|u| {
            Some((
                *index.get(u.unit.as_str())?,
                unit_at.get(u.unit.as_str()).copied(),
            ))
        })
        .collect()
}

/// Each item's place in `items`, by its id.
fn positions<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<&str, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).as_str(), i))
        .collect()
}

/// The header row: a sort button for every column but the flags and honours.
fn header_row(lang: Lang, dims: &[Dimension], sort: &Sort, on_sort: &Callback<SortKey>) -> Html {
    let t = lang.results();
    let header = |key: SortKey, label: &str, class: &'static str| {
        html! {
            <SortHeader sort_key={key} label={label.to_string()} {class}
                sort={sort.clone()} on_sort={on_sort.clone()} />
        }
    };
    html! {
        <tr aria-rowindex="1">
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
        </tr>
    }
}
