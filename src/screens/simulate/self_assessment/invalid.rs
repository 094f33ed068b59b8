//! Why the sandbox cannot be scored: the errors of its record, each at its path inside it.

use crate::hooks::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SandboxInvalid`].
#[derive(Properties, PartialEq)]
pub struct SandboxInvalidProps {
    /// An error outside the record, or of another kind.
    pub other_error: Option<String>,
    /// Errors inside the record: (relative path, message).
    pub field_errors: Rc<Vec<(String, String)>>,
}

/// The warning banner.
#[function_component(SandboxInvalid)]
pub fn sandbox_invalid(p: &SandboxInvalidProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.sim_self();
    html! {
        <div class="banner warn" role="alert" data-testid="sandbox-invalid">
            <p>{ t.sandbox_invalid }</p>
            { for p.other_error.iter().map(|e| html! { <p>{ e.clone() }</p> }) }
            { for p.field_errors.iter().map(|(p, m)| html! { <p><code class="path">{ p.clone() }</code>{ " " }{ m.clone() }</p> }) }
        </div>
    }
}
