//! The engine's errors at one JSON path of the workspace, shown inline beside the field
//! (or row, or section) they belong to, in the user's language.

use crate::hooks::use_app;
use crate::i18n::errors::kind_text;
use scorecard_engine::path::JsonPath;
use scorecard_engine::Error;
use yew::prelude::*;

/// The document's errors at `path` (`exact`), or at it and anywhere inside it.
pub fn errors_at(errors: &[Error], path: &str, exact: bool) -> Vec<Error> {
    let Some(p) = JsonPath::parse(path) else {
        return Vec::new();
    };
    errors
        .iter()
        .filter(|e| {
            if exact {
                e.path == p
            } else {
                e.path.starts_with(&p)
            }
        })
        .cloned()
        .collect()
}

/// An element id for a JSON path: letters and digits kept, anything else as `_hex`, so two
/// paths never share an id (ids may be Chinese).
pub fn dom_id(prefix: &str, path: &str) -> String {
    let mut out = String::from(prefix);
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}", c as u32));
        }
    }
    out
}

/// Props of [`PathErrors`].
#[derive(Properties, PartialEq)]
pub struct PathErrorsProps {
    /// The JSON path (display form, e.g. `plan.profiles[0].weights`).
    pub path: AttrValue,
    /// Only errors exactly at the path (not inside it).
    #[prop_or_default]
    pub exact: bool,
    /// Element id, for `aria-describedby` of the inputs it explains.
    #[prop_or_default]
    pub id: AttrValue,
}

/// The errors at a path, as an alert list (nothing when there are none).
#[function_component(PathErrors)]
pub fn path_errors(p: &PathErrorsProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let errors = errors_at(&app.doc_errors, &p.path, p.exact);
    if errors.is_empty() {
        return html! {};
    }
    let id = (!p.id.is_empty()).then(|| p.id.clone());
    html! {
        <ul class="field-errors" role="alert" {id} data-path={p.path.clone()}>
            { for errors.iter().map(|e| html! { <li>{ kind_text(app.lang, &e.kind) }</li> }) }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_distinct_and_safe() {
        assert_eq!(dom_id("f-", "plan.a[0]"), "f-plan_2ea_5b0_5d");
        assert_ne!(dom_id("f-", "任务"), dom_id("f-", "质量"));
    }
}
