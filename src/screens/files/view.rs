//! The files screen: import (atomic), export the workspace or the results, open and verify a
//! results file, load the demo, start empty.

use crate::browser::files::{chosen_file, download, file_name};
use crate::hooks::{on_action, use_app};
use crate::screens::files::sheet_preview::{PreviewCard, SheetProblems};
use crate::screens::files::sheets_card::SheetsCard;
use crate::screens::files::start::StartCard;
use crate::screens::files::verify::VerifyBanner;
use crate::state::Action;
use crate::widgets::error_list::ErrorList;
use scorecard_engine::{export::workspace_json, results::results_json};
use yew::prelude::*;

/// Reads the chosen file of an `<input type=file>` as text and hands it on. At most one byte
/// past the engine's size limit is read, so a huge file costs no memory and is refused by
/// the engine with its "too large" error like any other bad file.
fn on_file(handler: Callback<(String, String)>, on_error: Callback<String>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some((name, file)) = chosen_file(&e) else {
            return;
        };
        let (handler, on_error) = (handler.clone(), on_error.clone());
        yew::platform::spawn_local(async move {
            match gloo::file::futures::read_as_text(&file).await {
                Ok(text) => handler.emit((name, text)),
                Err(e) => on_error.emit(e.to_string()),
            }
        });
    })
}

/// A card choosing a JSON file to read: its heading, the file button (`primary` or not) with
/// its `data-testid`, and a help line.
fn file_card(
    heading: &str,
    choose: &str,
    primary: bool,
    testid: &str,
    onchange: Callback<Event>,
    help: &str,
) -> Html {
    html! {
        <div class="card">
            <h3>{ heading }</h3>
            <label class={classes!("button", primary.then_some("primary"))}>
                { choose }
                <input type="file" accept=".json,application/json" class="visually-hidden"
                    data-testid={testid.to_string()} {onchange} />
            </label>
            <p class="help">{ help }</p>
        </div>
    }
}

/// The file-name suffix of exported results for a period word (`q1`, `annual`).
pub fn results_suffix(period: &str) -> String {
    format!("results-{period}")
}

/// Files.
#[function_component(FilesView)]
pub fn files_view() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.files();
    let read_error = use_state(|| None::<String>);
    let on_read_error = {
        let read_error = read_error.clone();
        Callback::from(move |e: String| read_error.set(Some(e)))
    };
    let sheet_problem = use_state(|| None::<String>);
    let on_sheet_problem = {
        let sheet_problem = sheet_problem.clone();
        Callback::from(move |e: Option<String>| sheet_problem.set(e))
    };
    let import = on_file(
        on_action(&app, |(file, text)| Some(Action::Import { file, text })),
        on_read_error.clone(),
    );
    let open_results = on_file(
        on_action(&app, |(file, text)| {
            Some(Action::OpenResults { file, text })
        }),
        on_read_error,
    );
    let export_ws = {
        let app = app.clone();
        Callback::from(move |_| {
            if let Some(ws) = &app.workspace {
                let _ = download(&file_name(&ws.plan.name, "workspace"), &workspace_json(ws));
            }
        })
    };
    let export_results = {
        let app = app.clone();
        Callback::from(move |_| {
            if let (Some(ws), Some(rs)) = (&app.workspace, app.results()) {
                let suffix = results_suffix(rs.query.period.as_word());
                let _ = download(&file_name(&ws.plan.name, &suffix), &results_json(ws, rs));
            }
        })
    };
    let can_export = app.doc_errors.is_empty() && app.workspace.is_some();
    html! {
        <section class="files">
            <h2>{ t.heading }</h2>
            <div class="file-actions">
                { file_card(t.import_workspace, t.choose_file, true, "import-workspace", import, t.import_help) }
                <div class="card">
                    <h3>{ t.share_heading }</h3>
                    <button onclick={export_ws} disabled={!can_export} data-testid="export-workspace">{ t.export_workspace }</button>
                    <button onclick={export_results} disabled={!can_export || app.results().is_none()} data-testid="export-results">{ t.export_results }</button>
                </div>
                <SheetsCard on_problem={on_sheet_problem} />
                { file_card(t.open_results, t.choose_file, false, "open-results", open_results, t.open_results_help) }
                <StartCard />
            </div>
            if let Some(e) = &*sheet_problem {
                <p class="banner danger" role="alert">{ e }</p>
            }
            if let Some(preview) = &app.sheet_preview {
                <PreviewCard preview={preview.clone()} />
            }
            if let Some(failure) = &app.sheet_failure {
                <SheetProblems failure={failure.clone()} />
            }
            if let Some(e) = &*read_error {
                <p class="banner danger" role="alert">{ t.read_failed }{ e }</p>
            }
            if let Some(f) = &app.import_failure {
                <div class="banner danger" role="alert">
                    <p><strong>{ t.import_failed }{ &f.file }</strong>{ " " }{ t.import_unchanged }</p>
                    <ErrorList errors={f.errors.clone()} lang={app.lang} testid="import-errors" />
                </div>
            }
            <VerifyBanner />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_files_are_named_for_their_period() {
        assert_eq!(results_suffix("annual"), "results-annual");
        assert_eq!(results_suffix("q2"), "results-q2");
    }
}
