//! The confirmation row under a unit about to be removed: what goes with it, confirm or
//! cancel. It takes the focus when it appears; cancelling hands it back to the remove
//! button, removing to the name of the unit now in that place (else the form adding one).

use crate::browser::focus::{by_testid, focus_after_render, focus_selector};
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
    let Some(app) = use_app() else { return html! {} };
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
        let next = focus_after_removal(&edit::ids(&app.doc, edit::Kind::Unit), &id);
        Callback::from(move |_| {
            done.emit(());
            app.dispatch(Action::Edit(Edit::RemoveUnit { id: id.clone() }));
            focus_after_render(next.clone());
        })
    };
    let cancel = {
        let done = p.on_done.clone();
        let button = by_testid(&format!("remove-unit-{}", p.id));
        Callback::from(move |_| {
            focus_selector(&button);
            done.emit(())
        })
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

/// Where the focus goes once unit `id` of `ids` is removed: the name of the unit after it,
/// else of the one before, else the new unit's id in the form.
fn focus_after_removal(ids: &[String], id: &str) -> Vec<String> {
    let at = ids.iter().position(|x| x == id);
    let after = at.and_then(|i| ids.get(i + 1));
    let before = at.and_then(|i| i.checked_sub(1)).and_then(|i| ids.get(i));
    after
        .into_iter()
        .chain(before)
        .map(|u| by_testid(&format!("unit-name-{u}")))
        .chain([by_testid("new-unit-id")])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::focus_after_removal;

    #[test]
    fn the_focus_goes_to_the_next_unit_then_the_previous_then_the_form() {
        let ids: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let sel = |u: &str| format!("[data-testid=\"unit-name-{u}\"]");
        let form = "[data-testid=\"new-unit-id\"]".to_string();
        assert_eq!(
            focus_after_removal(&ids, "b"),
            vec![sel("c"), sel("a"), form.clone()]
        );
        assert_eq!(focus_after_removal(&ids, "c"), vec![sel("b"), form.clone()]);
        assert_eq!(focus_after_removal(&ids[..1], "a"), vec![form]);
    }
}
