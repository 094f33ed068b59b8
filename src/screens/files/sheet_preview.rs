//! What a spreadsheet import would do, before it does it: the preview (every cell added,
//! changed or cleared, per unit and period, old → new, with the counts) and its two
//! buttons, or the list of every problem of a refused file. Nothing here changes the
//! workspace: applying is one action of the reducer ([`Action::ApplySheet`]), one undo step.

use crate::browser::focus::focus_selector;
use crate::hooks::{on_action, use_app, use_focus};
use crate::i18n::problems::Names;
use crate::i18n::sheets::{change_field, change_value, sheet_error_text, SheetTexts};
use crate::state::{Action, SheetFailure, SheetPreview};
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_sheets::{Change, ChangeKind, Counts};
use std::collections::BTreeMap;
use yew::prelude::*;

/// Most changes listed as rows (the counts always cover all of them).
pub const ROWS_SHOWN: usize = 1000;

/// Moves the focus to the spreadsheet import control, before the preview or the problem list
/// that holds the focused button goes away (else the focus would drop to `<body>`).
fn focus_import() {
    focus_selector("[data-testid=import-sheet]");
}

/// A button's click: the focus back to the import control, then `action`.
fn closing(app: &crate::hooks::AppContext, action: Action) -> Callback<MouseEvent> {
    on_action(app, move |_: MouseEvent| {
        focus_import();
        Some(action.clone())
    })
}

fn kind_class(k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::Added => "added",
        ChangeKind::Changed => "changed",
        ChangeKind::Cleared => "cleared",
    }
}

/// The names the file gives to units it adds (the workspace does not know them yet).
fn added_unit_names(changes: &[Change]) -> BTreeMap<&str, &str> {
    changes
        .iter()
        .filter(|ch| ch.field == "unit.name" && ch.old.is_none())
        .filter_map(|ch| Some((ch.unit.as_str(), ch.new.as_deref()?)))
        .collect()
}

fn change_row(n: Names, t: &SheetTexts, added: &BTreeMap<&str, &str>, ch: &Change) -> Html {
    let shown = |v: &Option<String>| change_value(n, ch, v.as_deref());
    let period = if ch.period.is_empty() {
        t.roster.to_string()
    } else {
        n.period_name(&ch.period)
    };
    html! {
        <tr class={kind_class(ch.what())} data-unit={ch.unit.clone()} data-period={ch.period.clone()}
            data-field={ch.field.clone()} data-person={ch.person.clone()}>
            <td>{ added.get(ch.unit.as_str()).map_or_else(|| n.unit_name(&ch.unit), |s| (*s).to_string()) }</td>
            <td>{ period }</td>
            <td>{ change_field(n, ch) }</td>
            <td class="old">{ shown(&ch.old) }</td>
            <td class="new">{ shown(&ch.new) }</td>
        </tr>
    }
}

/// Props of [`PreviewCard`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The preview.
    pub preview: std::rc::Rc<SheetPreview>,
}

/// The preview of an import, with apply and cancel.
#[function_component(PreviewCard)]
pub fn preview_card(p: &PreviewProps) -> Html {
    let heading = use_focus(p.preview.clone(), true);
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sheets();
    let n = Names::new(app.lang, app.workspace.as_deref());
    let changes = &p.preview.changes;
    let added = added_unit_names(changes);
    let counts = Counts::of(changes);
    let summary = t
        .preview_counts
        .replace("{added}", &counts.added.to_string())
        .replace("{changed}", &counts.changed.to_string())
        .replace("{cleared}", &counts.cleared.to_string());
    let apply = closing(&app, Action::ApplySheet);
    let cancel = closing(&app, Action::DismissSheet);
    let more = changes.len().saturating_sub(ROWS_SHOWN);
    html! {
        <section class="card sheet-preview" data-testid="sheet-preview" aria-labelledby="sheet-preview-heading">
            <h3 id="sheet-preview-heading" tabindex="-1" ref={heading}>{ t.preview_heading }{ &p.preview.file }</h3>
            <p data-testid="sheet-counts">{ summary }</p>
            if p.preview.refreshed {
                <p class="banner warn" role="status">{ t.refreshed }</p>
            }
            if changes.is_empty() {
                <p data-testid="sheet-no-changes">{ t.no_changes }</p>
            } else {
                <ScrollRegion label={t.preview_heading} class="preview-wrap">
                    <table data-testid="sheet-changes">
                        <thead><tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                        <tbody>{ for changes.iter().take(ROWS_SHOWN).map(|ch| change_row(n, t, &added, ch)) }</tbody>
                    </table>
                </ScrollRegion>
                if more > 0 {
                    <p class="help">{ t.more_changes.replace("{n}", &more.to_string()) }</p>
                }
            }
            <div class="button-row">
                <button class="primary" onclick={apply} disabled={changes.is_empty()} data-testid="apply-sheet">{ t.apply }</button>
                <button onclick={cancel} data-testid="cancel-sheet">{ t.cancel }</button>
            </div>
        </section>
    }
}

/// Props of [`SheetProblems`].
#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    /// The refused file.
    pub failure: std::rc::Rc<SheetFailure>,
}

/// Every problem of a refused spreadsheet, each with its place, in the user's language.
#[function_component(SheetProblems)]
pub fn sheet_problems(p: &ProblemsProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sheets();
    let n = Names::new(app.lang, app.workspace.as_deref());
    let dismiss = closing(&app, Action::DismissSheet);
    let errors = &p.failure.errors;
    html! {
        <div class="banner danger" role="alert">
            <p>
                <strong>{ t.refused }{ &p.failure.file }</strong>{ " " }
                { t.refused_detail.replace("{count}", &errors.len().to_string()) }
            </p>
            <ul class="error-list" data-testid="sheet-errors">
                { for errors.iter().map(|e| html! { <li>{ sheet_error_text(n, e) }</li> }) }
            </ul>
            <button onclick={dismiss} data-testid="dismiss-sheet-errors">{ t.dismiss }</button>
        </div>
    }
}
