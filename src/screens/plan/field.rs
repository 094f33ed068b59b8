//! One input of the plan editor, bound to a JSON path of the workspace document: shows the
//! document's value (a fraction as a percentage, through the engine's exact conversion),
//! writes the edit back as a field edit (`Edit::SetField`), and shows the engine's errors
//! at that path
//! inline (`aria-invalid`, `aria-describedby`).

use crate::hooks::use_app;
use crate::i18n::errors::kind_text;
use crate::screens::plan::field_value::{Bound, FieldIds};
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub use crate::screens::plan::field_value::{raw_text, shown_text, value_for, FieldKind};

/// Text a field refused to write.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    /// As typed.
    typed: String,
    /// Why it was refused, in the user's language.
    why: String,
    /// The document's value when it was typed.
    over: Option<Value>,
}

/// The label of a plan field's control `id` (for screen readers only with `hide`, in tables
/// whose headers say it).
pub fn field_label(id: &str, label: &AttrValue, hide: bool) -> Html {
    html! {
        <label for={id.to_string()} class={classes!(hide.then_some("visually-hidden"))}>
            { label.clone() }
        </label>
    }
}

/// The help line under a plan field, with the id its control is described by (nothing
/// without help).
pub fn field_help(help: &AttrValue, id: String) -> Html {
    if help.is_empty() {
        return html! {};
    }
    html! { <p class="help" {id}>{ help.clone() }</p> }
}

/// Props of [`PlanField`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlanFieldProps {
    /// JSON path of the value.
    pub path: JsonPath,
    /// Label (also the accessible name).
    pub label: AttrValue,
    /// What it holds.
    #[prop_or_default]
    pub kind: FieldKind,
    /// Unit after the input (`%`, `分`).
    #[prop_or_default]
    pub suffix: AttrValue,
    /// Keep the label for screen readers only (in tables, where the headers say it).
    #[prop_or_default]
    pub hide_label: bool,
    /// Placeholder (e.g. the default in force when the value is absent).
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// A help line under the field.
    #[prop_or_default]
    pub help: AttrValue,
    /// More ids that describe this input (a row's sum and errors).
    #[prop_or_default]
    pub describedby: AttrValue,
    /// Instead of setting the value, hand the typed text to this (renames that keep
    /// references in step).
    #[prop_or_default]
    pub on_commit: Option<Callback<String>>,
    /// Narrow input (numbers).
    #[prop_or_default]
    pub narrow: bool,
    /// Extra class on the wrapper (e.g. a band violation).
    #[prop_or_default]
    pub class: Classes,
    /// Marks the input invalid for a reason shown elsewhere (a band violation).
    #[prop_or_default]
    pub flagged: bool,
}

/// A bound input.
#[function_component(PlanField)]
pub fn plan_field(p: &PlanFieldProps) -> Html {
    // Text the field refused (not written), with why, and the document value it was typed
    // over: a change from elsewhere (undo, import) makes the draft stale, and it is dropped.
    let draft = use_state(|| None::<Draft>);
    let app = use_app();
    let current = app.as_ref().and_then(|a| a.doc.at(&p.path).cloned());
    let Some(app) = app else {
        return html! {};
    };
    let (text, local_error) = match &*draft {
        Some(d) if d.over == current => (d.typed.clone(), Some(d.why.clone())),
        _ => (shown_text(p.kind, current.as_ref()), None),
    };
    let refused = local_error.is_some();
    let bound = Bound::new(&app.doc_errors, &p.path, refused, &p.help, &p.describedby);
    let (path_text, invalid) = (bound.path, bound.invalid);
    let FieldIds {
        id,
        err_id,
        help_id,
        described: describedby,
    } = bound.ids;
    let onchange = {
        let app = app.clone();
        let draft = draft.clone();
        let kind = p.kind;
        let path = p.path.clone();
        let on_commit = p.on_commit.clone();
        let lang = app.lang;
        let over = current.clone();
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(cb) = &on_commit {
                draft.set(None);
                cb.emit(typed);
                return;
            }
            match value_for(kind, &typed) {
                Ok(value) => {
                    draft.set(None);
                    app.dispatch(Action::Edit(Edit::SetField {
                        at: path.clone(),
                        value: Some(value),
                    }));
                }
                Err(kind) => draft.set(Some(Draft {
                    typed,
                    why: kind_text(lang, &kind),
                    over: over.clone(),
                })),
            }
        })
    };
    let numeric = !matches!(p.kind, FieldKind::Text);
    let inputmode = numeric.then_some(if matches!(p.kind, FieldKind::Whole) {
        "numeric"
    } else {
        "decimal"
    });
    let placeholder = (!p.placeholder.is_empty()).then(|| p.placeholder.clone());
    html! {
        <div class={classes!("field", p.narrow.then_some("narrow"), numeric.then_some("numeric"), p.class.clone(),
                             (invalid || p.flagged).then_some("invalid"))}>
            { field_label(&id, &p.label, p.hide_label) }
            <span class="input-wrap">
                <input id={id.clone()} type="text" value={text} {onchange} {inputmode} {placeholder}
                    data-path={path_text.clone()}
                    aria-invalid={(invalid || p.flagged).then_some("true")}
                    aria-describedby={describedby}
                    autocomplete="off" spellcheck="false" />
                if !p.suffix.is_empty() {
                    <span class="suffix" aria-hidden="true">{ p.suffix.clone() }</span>
                }
            </span>
            if let Some(msg) = local_error {
                <ul class="field-errors" role="alert" id={err_id.clone()}><li>{ msg }</li></ul>
            } else {
                <PathErrors path={path_text.clone()} id={err_id.clone()} />
            }
            { field_help(&p.help, help_id) }
        </div>
    }
}
