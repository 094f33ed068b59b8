//! The spreadsheet card of the files screen: download a data template (for one period or
//! the whole year), import a filled-in spreadsheet (XLSX, XLS, ODS or CSV: it is previewed
//! first, see [`super::sheet_preview`]), and export the data or the results as workbooks.
//!
//! The tables are built here by `scorecard-sheets`; workbooks are read and written by the
//! on-demand module ([`crate::browser::sheets`]), in the page: nothing leaves the browser. A
//! workbook that cannot be written says why, in the user's language.

use crate::browser::files::{
    chosen_file, download_bytes, download_text, file_name_as, CSV_TYPE, XLSX_TYPE,
};
use crate::browser::sheets;
use crate::hooks::{use_app, AppContext};
use crate::i18n::problems::Names;
use crate::i18n::sheets::{book_lang, sheet_error_text};
use crate::state::Action;
use scorecard_sheets::write::Table;
use scorecard_sheets::{data_tables, results_csv, results_tables, SheetError};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The value of the period chooser's "every period" choice.
const EVERY_PERIOD: &str = "";

/// What the file input accepts.
const ACCEPT: &str = ".xlsx,.xlsm,.xls,.ods,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";

/// The file-name suffix of a template or data export for a period (`None`: whole year).
pub fn data_suffix(template: bool, period: Option<&str>) -> String {
    let what = if template { "template" } else { "data" };
    match period {
        Some(p) => format!("{what}-{p}"),
        None => what.to_string(),
    }
}

/// One refusal of the writer as a line in the user's language.
fn write_error(app: &AppContext, e: &SheetError) -> String {
    let lang = app.lang;
    let names = Names::new(lang, app.workspace.as_deref());
    format!(
        "{}{}",
        lang.sheets().write_failed,
        sheet_error_text(names, e)
    )
}

/// Writes `tables` as a workbook (by the on-demand module) and offers it as `name`; a
/// failure goes to `on_problem` in the user's language.
fn offer_book(
    app: AppContext,
    tables: Vec<Table>,
    name: String,
    on_problem: Callback<Option<String>>,
) {
    yew::platform::spawn_local(async move {
        match sheets::write_book(&tables).await {
            Ok(bytes) => on_problem.emit(download_bytes(&name, &bytes, XLSX_TYPE).err()),
            Err(e) => {
                let e = SheetError::file(e.write_problem());
                on_problem.emit(Some(write_error(&app, &e)));
            }
        }
    });
}

/// Reads the chosen file of an `<input type=file>` (at most one byte past the engine's size
/// limit, so a huge file is refused without being read) into its sheets, and imports them
/// for `period`.
fn on_sheet_file(
    app: AppContext,
    period: Option<String>,
    on_problem: Callback<Option<String>>,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some((name, blob)) = chosen_file(&e) else {
            return;
        };
        let (app, period, on_problem) = (app.clone(), period.clone(), on_problem.clone());
        yew::platform::spawn_local(async move {
            match gloo::file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => {
                    on_problem.emit(None);
                    let read = sheets::read_sheets(bytes).await;
                    app.dispatch(Action::ImportSheet {
                        file: name,
                        read,
                        period,
                    });
                }
                Err(e) => on_problem.emit(Some(format!("{}{e}", app.lang.files().read_failed))),
            }
        });
    })
}

/// Props of [`SheetsCard`].
#[derive(Properties, PartialEq)]
pub struct SheetsCardProps {
    /// Called with a line to show when a file cannot be read or a workbook written
    /// (`None` clears it).
    pub on_problem: Callback<Option<String>>,
}

/// The card.
#[function_component(SheetsCard)]
pub fn sheets_card(p: &SheetsCardProps) -> Html {
    let period = use_state(|| EVERY_PERIOD.to_string());
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.sheets();
    let Some(ws) = app.workspace.clone() else {
        return html! {};
    };
    let chosen = (!period.is_empty()).then(|| (*period).clone());
    let valid = app.doc_errors.is_empty();
    let on_period = {
        let period = period.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            period.set(s.value());
        })
    };
    let book = |template: bool| {
        let (app, chosen, on_problem) = (app.clone(), chosen.clone(), p.on_problem.clone());
        let plan_name = ws.plan.name.clone();
        Callback::from(move |_: MouseEvent| {
            let lang = app.lang;
            let period = if template { chosen.as_deref() } else { None };
            match data_tables(&app.doc, period, book_lang(lang)) {
                Ok(tables) => {
                    let name = file_name_as(&plan_name, &data_suffix(template, period), "xlsx");
                    offer_book(app.clone(), tables, name, on_problem.clone());
                }
                Err(e) => on_problem.emit(Some(write_error(&app, &e))),
            }
        })
    };
    let results = |xlsx: bool| {
        let (app, on_problem) = (app.clone(), p.on_problem.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(ws), Some(rs)) = (app.workspace.as_deref(), app.results()) else {
                return;
            };
            let lang = app.lang;
            let suffix = super::view::results_suffix(rs.query.period.as_word());
            if xlsx {
                let name = file_name_as(&ws.plan.name, &suffix, "xlsx");
                let tables = results_tables(ws, rs, book_lang(lang));
                offer_book(app.clone(), tables, name, on_problem.clone());
                return;
            }
            let done = results_csv(ws, rs, book_lang(lang)).map(|text| {
                let name = file_name_as(&ws.plan.name, &suffix, "csv");
                download_text(&name, &text, CSV_TYPE).err()
            });
            on_problem.emit(done.unwrap_or_else(|e| Some(write_error(&app, &e))));
        })
    };
    let import = on_sheet_file(app.clone(), chosen.clone(), p.on_problem.clone());
    let periods = std::iter::once((EVERY_PERIOD, t.every_period)).chain(
        ws.plan
            .periods
            .iter()
            .map(|q| (q.id.as_str(), q.name.as_str())),
    );
    html! {
        <div class="card sheets-card">
            <h3>{ t.heading }</h3>
            <p class="help">{ t.help }</p>
            <label class="field">
                <span>{ t.period }</span>
                <select onchange={on_period} data-testid="sheet-period">
                    { crate::widgets::options::options(periods, &period) }
                </select>
            </label>
            <div class="button-row">
                <button onclick={book(true)} disabled={!valid} data-testid="download-template">{ t.template }</button>
                <label class={classes!("button", "primary", (!valid).then_some("disabled"))}>
                    { t.import }
                    <input type="file" accept={ACCEPT} class="visually-hidden" disabled={!valid}
                        data-testid="import-sheet" onchange={import} />
                </label>
            </div>
            <div class="button-row">
                <button onclick={book(false)} disabled={!valid} data-testid="export-data-xlsx">{ t.export_data }</button>
                <button onclick={results(true)} disabled={!valid || app.results().is_none()} data-testid="export-results-xlsx">{ t.results_xlsx }</button>
                <button onclick={results(false)} disabled={!valid || app.results().is_none()} data-testid="export-results-csv">{ t.results_csv }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_and_data_files_are_named_for_their_period() {
        assert_eq!(data_suffix(true, Some("2026Q1")), "template-2026Q1");
        assert_eq!(data_suffix(true, None), "template");
        assert_eq!(data_suffix(false, None), "data");
    }
}
