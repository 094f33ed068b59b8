//! The confirmation row under a unit about to be removed: what goes with it, confirm or
//! cancel. It takes the focus when it appears.

use crate::hooks::{use_app, use_focus};
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use yew::prelude::*;

/// Props of [`UnitRemove`].
#[derive(Properties, PartialEq)]
pub struct UnitRemoveProps {
    /// Unit id.
    pub id: String,
    /// Unit name as shown.
    pub display: String,
    /// Closes the confirmation (after removing or cancelling).
    pub on_done: Callback<()>,
}

/// The confirmation row.
#[function_component(UnitRemove)]
pub fn unit_remove(p: &UnitRemoveProps) -> Html {
    let confirm_button = use_focus(p.id.clone(), false);
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let refs = edit::unit_references(&app.doc, &p.id);
    let takes = t
        .remove_unit_takes
        .replace("{records}", &refs.records.to_string())
        .replace("{people}", &refs.people.to_string())
        .replace("{history}", &refs.history.to_string())
        .replace("{appeals}", &refs.appeals.to_string());
    let remove = {
        let app = app.clone();
        let done = p.on_done.clone();
        let id = p.id.clone();
        Callback::from(move |_| {
            done.emit(());
            app.dispatch(Action::Edit(Edit::RemoveUnit { id: id.clone() }))
        })
    };
    let cancel = {
        let done = p.on_done.clone();
        Callback::from(move |_| done.emit(()))
    };
    html! {
        <tr class="confirm-row">
            <td colspan="7">
                <div class="confirm" role="alertdialog" aria-labelledby="remove-unit-q" aria-describedby="remove-unit-d">
                    <p id="remove-unit-q"><strong>{ t.remove_unit_confirm.replace("{unit}", &p.display) }</strong></p>
                    <p id="remove-unit-d">
                        { takes }
                        if refs.hosted > 0 {
                            { " " }{ t.remove_unit_hosted.replace("{hosted}", &refs.hosted.to_string()) }
                        }
                        { " " }{ t.undo_hint }
                    </p>
                    <button type="button" class="danger" onclick={remove} ref={confirm_button}
                        data-testid="confirm-remove-unit">{ t.confirm }</button>
                    <button type="button" onclick={cancel}>{ t.cancel }</button>
                </div>
            </td>
        </tr>
    }
}
