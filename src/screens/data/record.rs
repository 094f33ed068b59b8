//! The record editor of one unit in one period: 360° ratings, expert panel, events,
//! coefficients and closed improvement items, and removing the record.

use crate::hooks::use_app;
use crate::screens::data::events::DataEvents;
use crate::screens::data::field::{error_id, errors_at, on_record_input, FieldErrors};
use crate::screens::data::panel::DataPanel;
use crate::screens::data::ratings::DataRatings;
use crate::state::Action;
use crate::widgets::error_list::ErrorList;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
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
    let confirming = use_state(|| false);
    let heading = use_node_ref();
    let confirm_button = use_node_ref();
    {
        // The confirmation takes the focus when it appears (the button that opened it is gone).
        let confirm_button = confirm_button.clone();
        use_effect_with(*confirming, move |on| {
            if *on {
                if let Some(b) = confirm_button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    {
        // Move the focus to the editor when it opens for a unit, so keyboard and
        // screen-reader users land on what they asked for.
        let heading = heading.clone();
        use_effect_with(p.unit.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
                h.scroll_into_view();
            }
        });
    }
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let t = app.lang.data();
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
    let record = rec.and_then(|i| app.doc.at(&edit::record_path(i)));
    let rec_path = rec.map(edit::record_path);

    // A coefficient or the closed-items count: one labelled input with its hint and errors.
    let number_field = |key: &str, label: &str, hint: String, whole: bool| {
        let field = if key == "closed_items" {
            JsonPath::root().key(key)
        } else {
            JsonPath::root().key("coefficients").key(key)
        };
        let path = rec_path.as_ref().map(|r| {
            let mut segs = r.segments();
            segs.extend(field.segments());
            JsonPath::from_segments(segs)
        });
        let errors = errors_at(&app, path.as_ref());
        let err_id = path
            .as_ref()
            .map(|x| error_id(&x.to_string()))
            .unwrap_or_default();
        let invalid = !errors.is_empty();
        let hint_id = format!("hint-{key}");
        let described = if invalid {
            format!("{hint_id} {err_id}")
        } else {
            hint_id.clone()
        };
        let to_value: fn(&str) -> Option<Value> = if whole {
            edit::typed_whole
        } else {
            edit::typed_value
        };
        let oninput = on_record_input(&app, &p.unit, &p.period, field.clone(), to_value);
        let input_id = format!("record-{key}");
        html! {
            <div class="number-field">
                <label for={input_id.clone()}>{ label }</label>
                <input id={input_id} type="text"
                    inputmode={if whole { "numeric" } else { "decimal" }}
                    value={edit::value_text(record.and_then(|r| r.at(&field)))} {oninput}
                    placeholder={if whole { "0" } else { "1" }}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described}
                    data-testid={format!("record-{key}")} />
                <span class="help" id={hint_id}>{ hint }</span>
                <FieldErrors errors={errors} id={err_id} lang={app.lang} />
            </div>
        }
    };
    let co = &ws.plan.coefficients;
    let range = |r: (rust_decimal::Decimal, rust_decimal::Decimal)| {
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
    let container_errors: Vec<_> = rec_path
        .as_ref()
        .map(|rp| {
            app.doc_errors
                .iter()
                .filter(|e| {
                    let segs = e.path.segments();
                    let base = rp.segments().len();
                    e.path.starts_with(rp)
                        && match segs.get(base) {
                            Some(scorecard_engine::path::Segment::Key(k)) => match k.as_str() {
                                "ratings" | "panel" => segs.len() <= base + 2,
                                "events" | "coefficients" => segs.len() <= base + 1,
                                "closed_items" | "values" | "planned" | "unit" | "period" => false,
                                _ => true,
                            },
                            _ => false,
                        }
                })
                .cloned()
                .collect()
        })
        .unwrap_or_default();

    let close = {
        let cb = p.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let remove = {
        let app = app.clone();
        let confirming = confirming.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        Callback::from(move |_| {
            confirming.set(false);
            app.dispatch(Action::RemoveRecord {
                unit: unit.clone(),
                period: period.clone(),
            })
        })
    };
    let title = t
        .record_heading
        .replace("{unit}", &p.unit_name)
        .replace("{period}", &p.period_name);
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
                <DataRatings unit={p.unit.clone()} period={p.period.clone()} />
                <DataPanel unit={p.unit.clone()} period={p.period.clone()} />
                <DataEvents unit={p.unit.clone()} period={p.period.clone()} />
                <section class="record-part" aria-labelledby="coef-h">
                    <h4 id="coef-h">{ t.coefficients }</h4>
                    { number_field("coordination", t.coordination, range(co.coordination), false) }
                    { number_field("risk", t.risk, range(co.risk), false) }
                    { number_field("closed_items", t.closed_items, closed_hint, true) }
                </section>
            </div>
            if record.is_some() {
                <div class="record-remove">
                    if *confirming {
                        <div class="confirm" role="alertdialog" aria-labelledby="remove-record-q">
                            <p id="remove-record-q">
                                { t.remove_record_confirm.replace("{unit}", &p.unit_name).replace("{period}", &p.period_name) }
                                { " " }{ t.undo_hint }
                            </p>
                            <button type="button" class="danger" onclick={remove} ref={confirm_button} data-testid="confirm-remove-record">{ t.confirm }</button>
                            <button type="button" onclick={cancel}>{ t.cancel }</button>
                        </div>
                    } else {
                        <button type="button" class="danger-outline" onclick={ask} data-testid="remove-record">{ t.remove_record }</button>
                    }
                </div>
            }
        </section>
    }
}
