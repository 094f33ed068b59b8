//! Saving a file (a download of text or bytes made in the page) and naming it; taking the
//! file a user chose.

use wasm_bindgen::{JsCast, JsValue};

/// The media type of a spreadsheet workbook (`.xlsx`).
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The media type of a CSV file.
pub const CSV_TYPE: &str = "text/csv;charset=utf-8";

fn js_error(e: JsValue) -> String {
    format!("{e:?}")
}

/// Offers `text` as a download named `name` (JSON). Nothing leaves the browser.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    download_text(name, text, "application/json;charset=utf-8")
}

/// Offers `text` as a download named `name` of media type `mime`.
pub fn download_text(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(js_error)?;
    offer(name, &blob)
}

/// Offers `bytes` (a workbook) as a download named `name` of media type `mime`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(js_error)?;
    offer(name, &blob)
}

/// Clicks a temporary link to `blob` named `name`.
fn offer(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_error)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A JSON file name safe on every system, from a plan name and a suffix.
pub fn file_name(base: &str, suffix: &str) -> String {
    file_name_as(base, suffix, "json")
}

/// A file name safe on every system, from a plan name, a suffix and an extension.
pub fn file_name_as(base: &str, suffix: &str, ext: &str) -> String {
    let clean: String = base
        .chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        format!("scorecard-{suffix}.{ext}")
    } else {
        format!("{clean}-{suffix}.{ext}")
    }
}

/// The file chosen in the `<input type=file>` an event came from, as its name and a blob of
/// at most one byte past the engine's size limit (so a huge file costs no memory and is
/// refused with the "too large" error like any other bad file). The input is cleared, so
/// choosing the same file again reads it again. `None` when nothing was chosen.
pub fn chosen_file(e: &web_sys::Event) -> Option<(String, gloo::file::Blob)> {
    let input: web_sys::HtmlInputElement = e.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    let name = file.name();
    let file = gloo::file::File::from(file);
    let cap = scorecard_engine::error::MAX_INPUT_BYTES as u64 + 1;
    let blob = if file.size() > cap {
        gloo::file::Blob::from(file.slice(0, cap))
    } else {
        gloo::file::Blob::from(file)
    };
    Some((name, blob))
}
