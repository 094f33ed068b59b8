//! Removing a unit's record for a period: the button, then a confirmation that takes the
//! focus (the button that opened it is gone).

use crate::hooks::{use_app, use_focus};
use crate::state::Action;
use scorecard_engine::edit::Edit;
use yew::prelude::*;

/// Props of [`RecordRemove`].
#[derive(Properties, PartialEq)]
pub struct RecordRemoveProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Unit name.
    pub unit_name: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Period name.
    pub period_name: AttrValue,
}

/// The remove button and its confirmation.
#[function_component(RecordRemove)]
pub fn record_remove(p: &RecordRemoveProps) -> Html {
    let confirming = use_state(|| false);
    // The confirmation takes the focus when it appears (the button that opened it is gone).
    let confirm_button = use_focus(*confirming, false);
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
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
            app.dispatch(Action::Edit(Edit::RemoveRecord {
                unit: unit.clone(),
                period: period.clone(),
            }))
        })
    };
    html! {
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
}
