//! One cell of the data grid: a unit's value for one indicator in one period, typed as it is
//! (or as a reported/audited pair), with its planned progress when asked for, the engine's
//! errors under it and the indicator score it earns.
//!
//! Everything it shows comes through its props, and it reaches the state only to change it
//! ([`use_dispatch`]): a typed digit renders again the cells whose value, errors or score
//! changed, not every cell of the grid.

use crate::hooks::{use_dispatch, AppDispatch};
use crate::i18n::Lang;
use crate::screens::data::cell_nav::{nav_col, nav_input, NavInput};
use crate::screens::data::field::FieldCheck;
use crate::screens::data::record_at::RecordAt;
use scorecard_engine::edit::{self, PairPart};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use scorecard_engine::Error;
use yew::prelude::*;

/// Props of [`DataCell`].
#[derive(Properties, PartialEq)]
pub struct DataCellProps {
    /// The unit's record for the period.
    pub at: RecordAt,
    /// Unit name (for labels).
    pub unit_name: AttrValue,
    /// Indicator id.
    pub indicator: AttrValue,
    /// Indicator name (for labels).
    pub indicator_name: AttrValue,
    /// The stored value (from the document being edited).
    pub value: Option<Value>,
    /// The stored planned progress.
    pub planned: Option<Value>,
    /// Show reported and audited inputs.
    pub pair: bool,
    /// Show the planned-progress input.
    pub show_planned: bool,
    /// The indicator score it earns, published (2 places), when scored.
    pub score: Option<AttrValue>,
    /// Row of the grid (for Enter to move down).
    pub row: usize,
    /// Column of the grid.
    pub col: usize,
    /// The language of the page.
    pub lang: Lang,
    /// The document's errors inside the record (all of them: the cell shows the ones at
    /// its fields).
    pub errors: Vec<Error>,
}

/// The value input, or the reported and audited inputs of a pair.
fn value_inputs(
    dispatch: &AppDispatch,
    p: &DataCellProps,
    label: &str,
    invalid: bool,
    describedby: Option<String>,
) -> Html {
    let t = p.lang.data();
    let field = JsonPath::root().key("values").key(&p.indicator);
    let testid = format!("cell-{}-{}", p.at.unit, p.indicator);
    if !(p.pair || edit::is_pair(p.value.as_ref())) {
        return nav_input(NavInput {
            class: Some("value"),
            value: edit::value_text(p.value.as_ref()),
            oninput: p.at.on_input(dispatch, field, edit::typed_value),
            label: label.to_string(),
            invalid,
            describedby,
            row: p.row,
            col: nav_col(p.col, 1),
            testid,
        });
    }
    let (reported, audited) = edit::pair_texts(p.value.as_ref());
    let part_input = |part: PairPart, text: String, word: &'static str, sub: usize| {
        let current = p.value.clone();
        let oninput = p.at.on_input(dispatch, field.clone(), move |text| {
            edit::with_pair_part(current.as_ref(), part, text)
        });
        html! {
            <label class="pair-part">
                <span class="part-label">{ word }</span>
                { nav_input(NavInput {
                    class: None,
                    value: text,
                    oninput,
                    label: format!("{label} · {word}"),
                    invalid,
                    describedby: describedby.clone(),
                    row: p.row,
                    col: nav_col(p.col, sub),
                    testid: format!("{testid}-{}", part.key()),
                }) }
            </label>
        }
    };
    html! {
        <>
            { part_input(PairPart::Reported, reported, t.reported, 0) }
            { part_input(PairPart::Audited, audited, t.audited, 1) }
        </>
    }
}

/// The planned-progress input.
fn planned_input(
    dispatch: &AppDispatch,
    p: &DataCellProps,
    label: &str,
    check: &FieldCheck,
) -> Html {
    let t = p.lang.data();
    let field = JsonPath::root().key("planned").key(&p.indicator);
    html! {
        <label class="pair-part planned">
            <span class="part-label">{ t.planned }</span>
            { nav_input(NavInput {
                class: None,
                value: edit::value_text(p.planned.as_ref()),
                oninput: p.at.on_input(dispatch, field, edit::typed_value),
                label: format!("{label} · {}", t.planned),
                invalid: check.invalid(),
                describedby: check.described(),
                row: p.row,
                col: nav_col(p.col, 2),
                testid: format!("planned-{}-{}", p.at.unit, p.indicator),
            }) }
        </label>
    }
}

/// A data-grid cell.
#[function_component(DataCell)]
pub fn data_cell(p: &DataCellProps) -> Html {
    let Some(dispatch) = use_dispatch() else { return html! {} };
    let t = p.lang.data();
    let check = |part: &str| {
        let field = JsonPath::root().key(part).key(&p.indicator);
        FieldCheck::among(&p.errors, p.at.path(&field).as_ref())
    };
    let (value_check, planned_check) = (check("values"), check("planned"));
    let value_invalid = value_check.invalid();
    let label = t
        .cell_aria
        .replace("{unit}", &p.unit_name)
        .replace("{indicator}", &p.indicator_name);
    let inputs = value_inputs(&dispatch, p, &label, value_invalid, value_check.described());
    let planned = (p.show_planned || p.planned.is_some())
        .then(|| planned_input(&dispatch, p, &label, &planned_check));
    html! {
        <td class={classes!("cell", value_invalid.then_some("invalid"))} data-indicator={p.indicator.clone()}>
            { inputs }
            { for planned }
            if let Some(s) = &p.score {
                <div class="cell-score" data-field="indicator-score">{ t.indicator_score }{ s }</div>
            }
            { value_check.view(p.lang) }
            { planned_check.view(p.lang) }
        </td>
    }
}
