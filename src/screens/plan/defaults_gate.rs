//! For a plan setting the file leaves out (so the scheme's defaults apply): says so, shows
//! nothing editable, and offers to write the defaults out so each field can be changed —
//! editing one field of an absent object would otherwise drop the others' defaults.

use crate::hooks::{on_edit, use_app};
use scorecard_engine::edit::{Edit, Setting};
use yew::prelude::*;

/// Props of [`DefaultsGate`].
#[derive(Properties, PartialEq)]
pub struct DefaultsGateProps {
    /// The setting (`survey`, `grading` …).
    pub setting: Setting,
    /// What to show when it is in the document.
    #[prop_or_default]
    pub children: Html,
}

/// The gate.
#[function_component(DefaultsGate)]
pub fn defaults_gate(p: &DefaultsGateProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let present = app
        .doc
        .get("plan")
        .and_then(|plan| plan.get(p.setting.key()))
        .is_some();
    if present {
        return p.children.clone();
    }
    let t = app.lang.plan();
    let onclick = on_edit(&app, Edit::SpellOutDefault(p.setting), None);
    html! {
        <div class="defaults-gate">
            <p class="help">{ t.using_defaults }</p>
            <button {onclick}>{ t.customise }</button>
        </div>
    }
}
