//! The record editor of one unit in one period: 360° ratings, expert panel, events,
//! coefficients and closed improvement items, and removing the record.

use crate::browser::focus::{by_testid, focus_selector};
use crate::hooks::{use_focus, use_workspace};
use crate::screens::data::events::DataEvents;
use crate::screens::data::panel::DataPanel;
use crate::screens::data::ratings::DataRatings;
use crate::screens::data::record_at::RecordAt;
use crate::screens::data::record_errors::record_container_errors;
use crate::screens::data::record_number::RecordNumber;
use crate::screens::data::record_remove::RecordRemove;
use crate::widgets::error_list::ErrorList;
use rust_decimal::Decimal;
use scorecard_engine::edit;
use yew::prelude::*;

/// Props of [`DataRecord`].
#[derive(Properties, PartialEq)]
pub struct DataRecordProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Unit name.
    pub unit_name: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Period name.
    pub period_name: AttrValue,
    /// Closes the editor.
    pub on_close: Callback<()>,
}

/// The record editor.
#[function_component(DataRecord)]
pub fn data_record(p: &DataRecordProps) -> Html {
    // Move the focus to the editor when it opens for a unit, so keyboard and screen-reader
    // users land on what they asked for.
    let heading = use_focus(p.unit.clone(), true);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let at = RecordAt::find(&app.doc, p.unit.clone(), p.period.clone());
    let record = at.value(&app.doc);
    let rec_path = at.record.map(edit::record_path);
    let co = &ws.plan.coefficients;
    let range = |r: (Decimal, Decimal)| {
        t.range_hint
            .replace("{lo}", &r.0.to_string())
            .replace("{hi}", &r.1.to_string())
    };
    let bonus = &ws.plan.bonus;
    let closed_hint = t
        .closed_hint
        .replace("{per}", &bonus.per_item.to_string())
        .replace(
            "{cap}",
            &bonus
                .cap
                .map(|x| x.to_string())
                .unwrap_or_else(|| t.no_cap.to_string()),
        );
    // Errors of whole parts (an unknown rater group, a malformed list) that no field shows.
    let container_errors = record_container_errors(&app.doc_errors, rec_path.as_ref());
    let close = {
        let cb = p.on_close.clone();
        // The focus back to the row's button that opened the editor, before it goes away.
        let opener = by_testid(&format!("details-{}", p.unit));
        Callback::from(move |_| {
            focus_selector(&opener);
            cb.emit(())
        })
    };
    let title = t
        .record_heading
        .replace("{unit}", &p.unit_name)
        .replace("{period}", &p.period_name);
    let number = |key_name: &'static str, label: &'static str, hint: String, whole: bool| {
        html! { <RecordNumber at={at.clone()} {key_name} {label} {hint} {whole} /> }
    };
    html! {
        <section class="record-editor card" id="record-editor" aria-labelledby="record-editor-h"
            data-testid="record-editor">
            <div class="record-head">
                <h3 id="record-editor-h" tabindex="-1" ref={heading}>{ title }</h3>
                if record.is_none() {
                    <span class="muted">{ t.not_assessed_help }</span>
                }
                <button type="button" onclick={close} data-testid="close-record">{ t.close_record }</button>
            </div>
            if !container_errors.is_empty() {
                <div class="banner danger" role="alert">
                    <p>{ t.record_errors }</p>
                    <ErrorList errors={container_errors} lang={app.lang} />
                </div>
            }
            <div class="record-parts">
                <DataRatings at={at.clone()} />
                <DataPanel at={at.clone()} />
                <DataEvents at={at.clone()} />
                <section class="record-part" aria-labelledby="coef-h">
                    <h4 id="coef-h">{ t.coefficients }</h4>
                    { number("coordination", t.coordination, range(co.coordination), false) }
                    { number("risk", t.risk, range(co.risk), false) }
                    { number("closed_items", t.closed_items, closed_hint, true) }
                </section>
            </div>
            if record.is_some() {
                <RecordRemove unit={p.unit.clone()} unit_name={p.unit_name.clone()} period={p.period.clone()} period_name={p.period_name.clone()} />
            }
        </section>
    }
}
