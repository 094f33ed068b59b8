//! The spreadsheet importer (XLSX, XLS, ODS, CSV) on any bytes, into the file-format
//! example: it must never panic, and an import it accepts must be a valid workspace.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scorecard_engine::json;
use std::sync::OnceLock;

fn example() -> &'static json::Value {
    static DOC: OnceLock<json::Value> = OnceLock::new();
    DOC.get_or_init(|| {
        json::parse(scorecard_engine::EXAMPLE_WORKSPACE).unwrap_or(json::Value::Null)
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = scorecard_sheets::import(example(), data, None) {
        assert!(
            scorecard_engine::parse::workspace_from_value(&imported.document).is_ok(),
            "an accepted import is not a valid workspace"
        );
    }
});
