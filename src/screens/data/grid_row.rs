//! One unit's row of the data grid: its name and level with the record's own errors, a cell
//! per value indicator, the live score and the button opening the record editor.
//!
//! The row takes everything it shows through its props (the grid works them out), and does
//! not read the app's state: a typed digit renders again only the rows (and cells) whose
//! record, errors or figures it changed.

use crate::i18n::Lang;
use crate::screens::data::cell::DataCell;
use crate::screens::data::field::{path_error_id, FieldErrors};
use crate::screens::data::record_at::RecordAt;
use crate::screens::data::record_errors::{editor_has_errors, record_own_errors};
use crate::screens::data::rows::DocUnit;
use rust_decimal::Decimal;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Indicator;
use scorecard_engine::number::two_places;
use scorecard_engine::score::{UnitDetail, UnitResult};
use scorecard_engine::Error;
use yew::prelude::*;

/// The figures a row shows: the unit's published score and grade, and per column the
/// indicator score it earns (published, 2 places), when scored.
#[derive(Clone, PartialEq, Debug)]
pub struct RowScores {
    /// Published score.
    pub score: Decimal,
    /// Grade word.
    pub grade: &'static str,
    /// Per column (in the grid's indicator order).
    pub indicators: Vec<Option<AttrValue>>,
}

impl RowScores {
    /// A unit's figures for the grid's columns.
    pub fn of(r: &UnitResult, columns: &[Indicator]) -> Self {
        let detail = match &r.detail {
            UnitDetail::Period(d) => Some(d),
            UnitDetail::Annual(_) => None,
        };
        let indicators = columns
            .iter()
            .map(|ind| {
                detail
                    .and_then(|d| d.indicators.iter().find(|o| o.id == ind.id))
                    .and_then(|o| o.score.as_ref())
                    .and_then(|s| s.round2())
                    .map(|s| AttrValue::from(two_places(s)))
            })
            .collect();
        RowScores {
            score: r.score,
            grade: r.grade.as_str(),
            indicators,
        }
    }
}

/// Props of [`GridRow`].
#[derive(Properties, PartialEq)]
pub struct GridRowProps {
    /// The unit.
    pub unit: DocUnit,
    /// Row number (for keyboard moves between cells).
    pub row: usize,
    /// Period id.
    pub period: AttrValue,
    /// Index of the unit's record for the period, when it has one.
    pub record: Option<usize>,
    /// That record, as the document has it.
    pub value: Option<Value>,
    /// The document's errors inside that record.
    pub errors: Vec<Error>,
    /// The unit's figures, when it is scored.
    pub scores: Option<RowScores>,
    /// The value indicators, in column order.
    pub indicators: Vec<Indicator>,
    /// Per column, whether it shows pairs.
    pub pair_on: Vec<bool>,
    /// Per column, whether it shows the planned value.
    pub planned_on: Vec<bool>,
    /// Whether this unit's record editor is open.
    pub open: bool,
    /// Opens (or closes) the unit's record editor.
    pub on_select: Callback<String>,
    /// The language of the page.
    pub lang: Lang,
}

/// The live score cell's content.
fn score_html(lang: Lang, scores: Option<&RowScores>, has_record: bool) -> Html {
    let t = lang.data();
    let c = lang.common();
    match scores {
        Some(r) => html! {
            <>
                <strong class="live-score" data-field="score">{ two_places(r.score) }</strong>
                { " " }
                <span class={classes!("grade", r.grade)}>{ c.grade(r.grade) }</span>
            </>
        },
        None if !has_record => html! {
            <span class="muted" title={t.not_assessed_help}>{ t.not_assessed }</span>
        },
        None => html! { <span class="muted">{ c.none }</span> },
    }
}

/// One row of the grid.
#[function_component(GridRow)]
pub fn grid_row(p: &GridRowProps) -> Html {
    let lang = p.lang;
    let t = lang.data();
    let c = lang.common();
    let u = &p.unit;
    let rec_path = p.record.map(edit::record_path);
    let record = p.value.as_ref();
    // Errors of the record itself (its unit, period, shape) show in the row header;
    // errors of the parts edited in the record editor mark its button.
    let own_errors = record_own_errors(&p.errors, rec_path.as_ref());
    let editor_errors = editor_has_errors(&p.errors, rec_path.as_ref());
    let own_err_id = path_error_id(rec_path.as_ref());
    let on_details = {
        let cb = p.on_select.clone();
        let id = u.id.clone();
        Callback::from(move |_| cb.emit(id.clone()))
    };
    let get = |part: &str, id: &str| {
        record
            .and_then(|r| r.get(part))
            .and_then(|v| v.get(id))
            .cloned()
    };
    let open = p.open;
    let at = RecordAt {
        unit: u.id.clone().into(),
        period: p.period.clone(),
        record: p.record,
    };
    html! {
        <tr data-unit={u.id.clone()} class={classes!(record.is_none().then_some("no-record"), open.then_some("selected"))}>
            <th scope="row" class="unit-col">
                <div class="unit-name" lang={lang.data_lang(&u.name)}>{ &u.name }</div>
                <div class="unit-level">{ c.level(&u.level) }</div>
                <FieldErrors errors={own_errors} id={own_err_id} {lang} />
            </th>
            { for p.indicators.iter().enumerate().map(|(k, ind)| html! {
                <DataCell
                    at={at.clone()} unit_name={u.name.clone()}
                    indicator={ind.id.clone()} indicator_name={ind.name.clone()}
                    value={get("values", &ind.id)}
                    planned={get("planned", &ind.id)}
                    pair={p.pair_on.get(k).copied().unwrap_or(false)}
                    show_planned={p.planned_on.get(k).copied().unwrap_or(false)}
                    score={p.scores.as_ref().and_then(|s| s.indicators.get(k).cloned().flatten())}
                    row={p.row} col={k} {lang} errors={p.errors.clone()} />
            }) }
            <td class="score-col" data-field="score-cell">
                { score_html(lang, p.scores.as_ref(), record.is_some()) }
            </td>
            <td>
                <button type="button" class={classes!("details", editor_errors.then_some("has-errors"))}
                    aria-expanded={open.to_string()} aria-controls="record-editor"
                    aria-label={t.details_aria.replace("{unit}", &u.name)}
                    data-testid={format!("details-{}", u.id)}
                    onclick={on_details}>
                    if editor_errors { <span aria-hidden="true">{ "⚠ " }</span> }
                    { t.details }
                </button>
            </td>
        </tr>
    }
}
