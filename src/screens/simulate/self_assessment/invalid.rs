//! Why the sandbox cannot be scored: the errors of its record, each by the label of its
//! input (the path inside the record in `data-path`).

use crate::hooks::use_app;
use crate::i18n::problems::Names;
use scorecard_engine::path::JsonPath;
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
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sim_self();
    let names = Names::new(app.lang, app.workspace.as_deref());
    let label = |p: &str| JsonPath::parse(p).map_or_else(|| p.to_string(), |x| names.input(&x));
    html! {
        <div class="banner warn" role="alert" data-testid="sandbox-invalid">
            <p>{ t.sandbox_invalid }</p>
            { for p.other_error.iter().map(|e| html! { <p>{ e.clone() }</p> }) }
            { for p.field_errors.iter().map(|(p, m)| html! { <p><code class="path" data-path={p.clone()} title={p.clone()}>{ label(p) }</code>{ " " }{ m.clone() }</p> }) }
        </div>
    }
}
