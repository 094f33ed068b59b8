//! Banners above every screen: a workspace with errors, a storage failure.

use crate::hooks::use_app;
use crate::widgets::error_list::ErrorList;
use yew::prelude::*;

/// Banners.
#[function_component(Banners)]
pub fn banners() -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.common();
    html! {
        <>
            if let Some(e) = &app.storage_error {
                <div class="banner danger" role="alert" data-testid="storage-error">
                    { t.storage_failed }{ " " }<code>{ e }</code>
                </div>
            }
            if !app.doc_errors.is_empty() {
                <div class="banner warn" role="alert" data-testid="doc-errors">
                    <p>{ t.doc_invalid }</p>
                    <ErrorList errors={(*app.doc_errors).clone()} lang={app.lang} />
                </div>
            }
        </>
    }
}
