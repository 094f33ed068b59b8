//! Banners about the copy saved in this browser: a saved workspace that could not be read
//! (kept under the backup key, offered for download) and a newer save by another tab (reload
//! theirs, or keep mine). Both say what happened and what each button does; neither lets an
//! autosave destroy anything before the user chose.

use crate::browser::files::download;
use crate::browser::storage::BACKUP_KEY;
use crate::hooks::{on_action, use_app};
use crate::state::Action;
use crate::widgets::error_list::ErrorList;
use yew::prelude::*;

/// The name of the downloaded unreadable text.
pub const UNREADABLE_FILE: &str = "scorecard-unreadable-workspace.json";

/// The saved-copy banners.
#[function_component(SavedBanners)]
pub fn saved_banners() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.saved();
    let unreadable = app.unreadable_save.as_ref().map(|u| {
        let text = u.text.clone();
        let download = Callback::from(move |_: MouseEvent| {
            let _ = download(UNREADABLE_FILE, &text);
        });
        let dismiss = on_action(&app, |_: MouseEvent| Some(Action::DismissUnreadable));
        html! {
            <div class="banner danger" role="alert" data-testid="saved-unreadable">
                <p><strong>{ t.unreadable_heading }</strong></p>
                if u.backed_up {
                    <p data-testid="saved-unreadable-backed-up">
                        { t.unreadable_backed_up }{ " " }<code>{ BACKUP_KEY }</code>
                    </p>
                } else {
                    <p data-testid="saved-unreadable-no-backup">{ t.unreadable_not_backed_up }</p>
                }
                <p>{ t.unreadable_why }</p>
                <ErrorList errors={u.errors.clone()} lang={app.lang} testid="saved-unreadable-errors" />
                <button type="button" class="primary" onclick={download} data-testid="download-unreadable">
                    { t.download_unreadable }
                </button>
                { " " }
                <button type="button" onclick={dismiss} data-testid="dismiss-unreadable">
                    { if u.backed_up { t.close_unreadable } else { t.discard_unreadable } }
                </button>
            </div>
        }
    });
    let reload = on_action(&app, |_: MouseEvent| Some(Action::ReloadTheirs));
    let keep = on_action(&app, |_: MouseEvent| Some(Action::KeepMine));
    html! {
        <>
            { for unreadable }
            if app.other_tab.is_some() {
                <div class="banner warn" role="alert" data-testid="other-tab-saved">
                    <p>{ t.other_tab }</p>
                    <button type="button" onclick={reload} data-testid="other-tab-reload">{ t.reload_theirs }</button>
                    { " " }
                    <button type="button" onclick={keep} data-testid="other-tab-keep">{ t.keep_mine }</button>
                </div>
            }
        </>
    }
}
