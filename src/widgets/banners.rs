//! Banners above every screen: a workspace with errors, a storage failure, an edit the
//! engine refused (in words, with names, never dropped silently).

use crate::hooks::{on_action, use_app};
use crate::i18n::problems::{edit_message, Names};
use crate::state::Action;
use crate::widgets::error_list::ErrorList;
use yew::prelude::*;

/// Banners.
#[function_component(Banners)]
pub fn banners() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.common();
    let refused = app.edit_error.as_ref().map(|e| {
        edit_message(
            Names::new(app.lang, app.workspace.as_deref()).with_doc(&app.doc),
            e,
        )
        .text(app.lang)
    });
    let dismiss = on_action(&app, |_: MouseEvent| Some(Action::DismissEditError));
    html! {
        <>
            if let Some(why) = refused {
                <div class="banner danger" role="alert" data-testid="edit-refused">
                    { t.edit_refused }{ why }{ " " }
                    <button type="button" onclick={dismiss} data-testid="dismiss-edit-refused">{ t.close }</button>
                </div>
            }
            if let Some(e) = &app.storage_error {
                <div class="banner danger" role="alert" data-testid="storage-error">
                    { t.storage_failed }{ " " }<code>{ e }</code>
                </div>
            }
            if !app.doc_errors.is_empty() {
                <div class="banner warn" role="alert" data-testid="doc-errors">
                    <p>{ t.doc_invalid }</p>
                    <ErrorList errors={(*app.doc_errors).clone()} lang={app.lang} in_open_doc=true />
                </div>
            }
        </>
    }
}
