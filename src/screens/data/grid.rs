//! The data grid: one row per unit, one column per value indicator (grouped by dimension),
//! each cell typed straight into the workspace document; the unit's live score beside it.
//!
//! The grid reads the state and hands each row what it shows (its record, the errors in it,
//! its figures); rows and cells do not read the state themselves, so an edit renders again
//! only what it changed.

use crate::hooks::use_workspace;
use crate::screens::data::columns::{flipped, pairs_on, planned_on, value_groups};
use crate::screens::data::field::errors_under;
use crate::screens::data::grid_header::GridHeader;
use crate::screens::data::grid_row::{GridRow, RowScores};
use crate::screens::data::rows::doc_units;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Indicator;
use std::collections::{BTreeMap, HashMap};
use yew::prelude::*;

/// Props of [`DataGrid`].
#[derive(Properties, PartialEq)]
pub struct DataGridProps {
    /// Period id.
    pub period: AttrValue,
    /// The unit whose record editor is open.
    pub selected: Option<AttrValue>,
    /// Opens (or closes, when it is open) a unit's record editor.
    pub on_select: Callback<String>,
}

/// A callback flipping a column choice: `(indicator id, whether the column is on now)`.
fn toggler(state: &UseStateHandle<BTreeMap<String, bool>>) -> Callback<(String, bool)> {
    let state = state.clone();
    Callback::from(move |(id, on): (String, bool)| state.set(flipped(&state, &id, on)))
}

/// The grid.
#[function_component(DataGrid)]
pub fn data_grid(p: &DataGridProps) -> Html {
    // Explicit column choices; a column without one shows pairs / planned when it has any.
    let audit_cols = use_state(BTreeMap::<String, bool>::new);
    let planned_cols = use_state(BTreeMap::<String, bool>::new);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let period = p.period.to_string();
    let period_name = ws
        .plan
        .period(&period)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| period.clone());
    let doc = app.doc.clone();
    let units = doc_units(&doc);
    let first = edit::record_indices(&doc, &period);
    let records: Vec<Option<usize>> = units
        .iter()
        .map(|u| first.get(u.id.as_str()).copied())
        .collect();
    let present: Vec<&Value> = records
        .iter()
        .filter_map(|r| r.and_then(|i| doc.at(&edit::record_path(i))))
        .collect();
    let groups = value_groups(&ws.plan.dimensions);
    let indicators: Vec<Indicator> = groups.iter().flat_map(|(_, i)| i.clone()).collect();
    let pair_on = pairs_on(&audit_cols, &present, &indicators);
    let planned_on = planned_on(&planned_cols, &present, &indicators);
    let results: HashMap<&str, _> = app
        .results()
        .map(|rs| rs.units.iter().map(|r| (r.unit.as_str(), r)).collect())
        .unwrap_or_default();

    let rows = units
        .iter()
        .zip(records.iter())
        .enumerate()
        .map(|(row, (u, rec))| {
            let value = rec.and_then(|i| doc.at(&edit::record_path(i))).cloned();
            let errors = rec
                .map(|i| errors_under(&app.doc_errors, &edit::record_path(i)))
                .unwrap_or_default();
            let scores = results
                .get(u.id.as_str())
                .map(|r| RowScores::of(r, &indicators));
            html! {
                <GridRow unit={u.clone()} {row} period={p.period.clone()} record={*rec}
                    {value} {errors} {scores} lang={app.lang}
                    indicators={indicators.clone()} pair_on={pair_on.clone()}
                    planned_on={planned_on.clone()}
                    open={p.selected.as_deref() == Some(u.id.as_str())}
                    on_select={p.on_select.clone()} />
            }
        });
    html! {
        <div class="data-grid-wrap" data-testid="data-grid">
            <table class="data-grid">
                <caption>{ t.grid_caption.replace("{period}", &period_name) }</caption>
                <GridHeader groups={groups.clone()} pair_on={pair_on.clone()}
                    planned_on={planned_on.clone()} on_toggle_audit={toggler(&audit_cols)}
                    on_toggle_planned={toggler(&planned_cols)} />
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
