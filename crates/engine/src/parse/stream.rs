//! The fast path for reading a large valid workspace: each record is read into the model as
//! soon as the JSON reader has parsed it, and its tree dropped at once, so a file of 10 000
//! records never stands whole in memory as a tree (which took about 80 MB for a 9 MB file).
//!
//! It is only a fast path. It needs the plan and the units before the records (as every
//! export writes them, `docs/file-format.md`), and it gives up — `None` — at the first sign of
//! anything wrong: a syntax error, any validation error, records before the plan, a repeated
//! record. The caller then reads the file the ordinary way, which finds and reports every
//! error exactly as it always has; so this path changes no error and no result, only the
//! time and memory a valid file takes.

use super::{read_plan, read_record, read_units, read_workspace, Known, Reader, MAX_RECORDS};
use crate::json::{self, Value};
use crate::model::{Record, Workspace};
use crate::path::JsonPath;
use std::collections::BTreeSet;

/// The workspace of `text` when it is valid and laid out plan and units first; else `None`.
pub(super) fn valid_workspace(text: &str) -> Option<Workspace> {
    let root = JsonPath::root();
    let records_path = root.key("records");
    let mut context: Option<(Reader, Known)> = None;
    let mut failed = false;
    let mut records: Vec<Record> = Vec::new();
    let mut seen = BTreeSet::new();
    let tree = {
        let mut take = |i: usize, v: Value, before: &[(String, Value)]| -> Option<Value> {
            if failed {
                return None;
            }
            if context.is_none() {
                context = known_from(before, &root);
            }
            let Some((r, known)) = context.as_mut() else {
                failed = true;
                return None;
            };
            match read_record(r, &v, &records_path.index(i), known) {
                Some(rec)
                    if r.errors.is_empty()
                        && i < MAX_RECORDS
                        && seen.insert((rec.unit.clone(), rec.period.clone())) =>
                {
                    records.push(rec)
                }
                _ => failed = true,
            }
            None
        };
        json::parse_with_items(text, "records", &mut take).ok()?
    };
    if failed {
        return None;
    }
    let mut r = Reader::default();
    let ws = read_workspace(&mut r, &tree, &root, Some(records));
    ws.filter(|_| r.errors.is_empty())
}

/// What the records refer to, from the plan and units read before them; `None` when either
/// is missing or has an error.
fn known_from(before: &[(String, Value)], root: &JsonPath) -> Option<(Reader, Known)> {
    let get = |key: &str| before.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let mut r = Reader::default();
    let mut known = Known::default();
    read_plan(&mut r, get("plan")?, &root.key("plan"), &mut known)?;
    read_units(&mut r, get("units")?, &root.key("units"), &mut known)?;
    r.errors.is_empty().then_some((r, known))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::workspace_from_value;

    fn classic(text: &str) -> Workspace {
        workspace_from_value(&json::parse(text).unwrap()).unwrap()
    }

    #[test]
    fn reads_a_valid_workspace_as_the_tree_reader_does() {
        for text in [crate::DEMO_WORKSPACE, crate::EXAMPLE_WORKSPACE] {
            let ws = valid_workspace(text).expect("the fast path takes a valid export");
            assert_eq!(ws, classic(text));
        }
    }

    #[test]
    fn gives_up_on_anything_off_so_the_ordinary_reader_reports_it() {
        let mut doc = json::parse(crate::EXAMPLE_WORKSPACE).unwrap();
        // A record that refers to no unit.
        let unit = JsonPath::parse("records[0].unit").unwrap();
        doc.set_at(&unit, Value::str("nosuch"));
        assert!(valid_workspace(&doc.to_compact()).is_none());
        // Records before the plan: valid, but not this path's layout.
        let Value::Object(mut fields) = json::parse(crate::EXAMPLE_WORKSPACE).unwrap() else {
            panic!("an object")
        };
        let i = fields.iter().position(|(k, _)| k == "records").unwrap();
        let records = fields.remove(i);
        fields.insert(0, records);
        let text = Value::Object(fields).to_compact();
        assert!(valid_workspace(&text).is_none());
        assert_eq!(crate::parse_workspace(&text).unwrap(), classic(&text));
        // A syntax error after the records.
        let broken = format!("{}x", crate::EXAMPLE_WORKSPACE.trim_end());
        assert!(valid_workspace(&broken).is_none());
        assert!(crate::parse_workspace(&broken).is_err());
    }

    #[test]
    fn a_repeated_record_is_left_to_the_ordinary_reader() {
        let mut doc = json::parse(crate::EXAMPLE_WORKSPACE).unwrap();
        let first = doc
            .at(&JsonPath::parse("records[0]").unwrap())
            .cloned()
            .unwrap();
        doc.push_at(&JsonPath::parse("records").unwrap(), first);
        let text = doc.to_compact();
        assert!(valid_workspace(&text).is_none());
        assert!(crate::parse_workspace(&text).is_err());
    }
}
