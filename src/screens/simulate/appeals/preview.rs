//! The preview of an appeal (recorded or draft): the cohort before and after, or why it
//! cannot be computed.

use crate::hooks::use_app;
use crate::screens::simulate::appeals::diff::AppealDiff;
use scorecard_engine::simulate::appeals::AppealPreview;
use scorecard_engine::simulate::SimError;
use std::rc::Rc;
use yew::prelude::*;

/// A computed preview: the appeal's id (`None` for a draft) and the cohort diff, or why not.
pub type Previewed = Option<Result<(Option<String>, Rc<AppealPreview>), SimError>>;

/// Props of [`AppealPreviewBox`].
#[derive(Properties, PartialEq)]
pub struct AppealPreviewBoxProps {
    /// The preview, if one is shown.
    pub previewed: Rc<Previewed>,
    /// Closes it.
    pub on_close: Callback<()>,
}

/// The preview.
#[function_component(AppealPreviewBox)]
pub fn appeal_preview_box(p: &AppealPreviewBoxProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let (t, ti, lang) = (app.lang.sim_appeals(), app.lang.sim_inputs(), app.lang);
    match &*p.previewed {
        None => html! {},
        Some(Err(e)) => html! {
            <p class="banner warn" role="alert" data-testid="appeal-preview-error">{ ti.sim_error_in(lang, app.workspace.as_deref(), e) }</p>
        },
        Some(Ok((id, diff))) => {
            let title = match id {
                Some(id) => t.preview_heading.replace("{id}", id),
                None => t.preview_draft.to_string(),
            };
            html! { <AppealDiff preview={diff.clone()} title={title} on_close={p.on_close.clone()} /> }
        }
    }
}
