//! One cell of the data grid: a unit's value for one indicator in one period, typed as it is
//! (or as a reported/audited pair), with its planned progress when asked for, the engine's
//! errors under it and the indicator score it earns.

use crate::hooks::use_app;
use crate::screens::data::field::{error_id, errors_at, input_text, FieldErrors};
use crate::state::Action;
use scorecard_engine::edit::{self, PairPart};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`DataCell`].
#[derive(Properties, PartialEq)]
pub struct DataCellProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Unit name (for labels).
    pub unit_name: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Indicator id.
    pub indicator: AttrValue,
    /// Indicator name (for labels).
    pub indicator_name: AttrValue,
    /// Index of the unit's record for the period, if it has one.
    pub record: Option<usize>,
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
}

/// Moves the focus to the input at (`row`, `col`) of the grid, when there is one.
fn focus_cell(row: usize, col: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = format!("[data-nav=\"{col}-{row}\"]");
    if let Some(el) = doc
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Enter moves down a row, Shift+Enter up, like a spreadsheet.
fn on_enter(row: usize, col: usize) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            if e.shift_key() {
                if let Some(up) = row.checked_sub(1) {
                    focus_cell(up, col);
                }
            } else {
                focus_cell(row + 1, col);
            }
        }
    })
}

/// A data-grid cell.
#[function_component(DataCell)]
pub fn data_cell(p: &DataCellProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let base = JsonPath::root().key("values").key(&p.indicator);
    let planned_field = JsonPath::root().key("planned").key(&p.indicator);
    let value_path = p
        .record
        .map(|i| edit::record_path(i).key("values").key(&p.indicator));
    let planned_path = p
        .record
        .map(|i| edit::record_path(i).key("planned").key(&p.indicator));
    let value_errors = errors_at(&app, value_path.as_ref());
    let planned_errors = errors_at(&app, planned_path.as_ref());
    let value_err_id = value_path
        .as_ref()
        .map(|x| error_id(&x.to_string()))
        .unwrap_or_default();
    let planned_err_id = planned_path
        .as_ref()
        .map(|x| error_id(&x.to_string()))
        .unwrap_or_default();
    let value_invalid = !value_errors.is_empty();
    let planned_invalid = !planned_errors.is_empty();
    let label = t
        .cell_aria
        .replace("{unit}", &p.unit_name)
        .replace("{indicator}", &p.indicator_name);
    let dispatch_value = {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let base = base.clone();
        move |value: Option<Value>| {
            app.dispatch(Action::RecordField {
                unit: unit.clone(),
                period: period.clone(),
                field: base.clone(),
                value,
            })
        }
    };
    let pair = p.pair || edit::is_pair(p.value.as_ref());
    let testid = format!("cell-{}-{}", p.unit, p.indicator);
    let describedby = value_invalid.then(|| value_err_id.clone());
    let inputs = if pair {
        let (reported, audited) = edit::pair_texts(p.value.as_ref());
        let part_input = |part: PairPart, text: String, word: &'static str, sub: usize| {
            let current = p.value.clone();
            let dispatch = dispatch_value.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                dispatch(edit::with_pair_part(
                    current.as_ref(),
                    part,
                    &input_text(&e),
                ))
            });
            let col = p.col * 3 + sub;
            html! {
                <label class="pair-part">
                    <span class="part-label">{ word }</span>
                    <input type="text" inputmode="decimal" value={text} {oninput}
                        aria-label={format!("{label} · {word}")}
                        aria-invalid={value_invalid.then_some("true")}
                        aria-describedby={describedby.clone()}
                        data-nav={format!("{col}-{}", p.row)}
                        onkeydown={on_enter(p.row, col)}
                        data-testid={format!("{testid}-{}", part.key())} />
                </label>
            }
        };
        html! {
            <>
                { part_input(PairPart::Reported, reported, t.reported, 0) }
                { part_input(PairPart::Audited, audited, t.audited, 1) }
            </>
        }
    } else {
        let dispatch = dispatch_value.clone();
        let oninput =
            Callback::from(move |e: InputEvent| dispatch(edit::typed_value(&input_text(&e))));
        let col = p.col * 3 + 1;
        html! {
            <input type="text" inputmode="decimal" class="value"
                value={edit::value_text(p.value.as_ref())} {oninput}
                aria-label={label.clone()}
                aria-invalid={value_invalid.then_some("true")}
                aria-describedby={describedby}
                data-nav={format!("{col}-{}", p.row)}
                onkeydown={on_enter(p.row, col)}
                data-testid={testid.clone()} />
        }
    };
    let planned = (p.show_planned || p.planned.is_some()).then(|| {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let field = planned_field.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            app.dispatch(Action::RecordField {
                unit: unit.clone(),
                period: period.clone(),
                field: field.clone(),
                value: edit::typed_value(&input_text(&e)),
            })
        });
        let col = p.col * 3 + 2;
        html! {
            <label class="pair-part planned">
                <span class="part-label">{ t.planned }</span>
                <input type="text" inputmode="decimal"
                    value={edit::value_text(p.planned.as_ref())} {oninput}
                    aria-label={format!("{label} · {}", t.planned)}
                    aria-invalid={planned_invalid.then_some("true")}
                    aria-describedby={planned_invalid.then(|| planned_err_id.clone())}
                    data-nav={format!("{col}-{}", p.row)}
                    onkeydown={on_enter(p.row, col)}
                    data-testid={format!("planned-{}-{}", p.unit, p.indicator)} />
            </label>
        }
    });
    html! {
        <td class={classes!("cell", value_invalid.then_some("invalid"))} data-indicator={p.indicator.clone()}>
            { inputs }
            { for planned }
            if let Some(s) = &p.score {
                <div class="cell-score" data-field="indicator-score">{ t.indicator_score }{ s }</div>
            }
            <FieldErrors errors={value_errors} id={value_err_id} lang={app.lang} />
            <FieldErrors errors={planned_errors} id={planned_err_id} lang={app.lang} />
        </td>
    }
}
