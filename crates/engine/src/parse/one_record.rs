//! Reading a document again after a change inside one record (issue 8: the app reads the
//! whole workspace again at every typed digit, 20 ms at 200 units × 5 periods in the
//! browser).
//!
//! A workspace's records are read each on its own, against what the plan and the units
//! define (`Known`); nothing else in the file refers to a record, and the only check across
//! records is that no (unit, period) comes twice. So when a valid document changes inside
//! `records[i]` and that record keeps its unit and period, the new workspace is the old one
//! with `records[i]` read again — the same value the whole reader gives (a test holds them
//! equal over every field of every record, valid and invalid values alike).

use super::{read_plan, read_record, read_units, Known, Reader};
use crate::json::Value;
use crate::model::Workspace;
use crate::path::JsonPath;

/// The workspace of `doc`, when `doc` is `prev_doc` (from which the valid workspace `prev`
/// was read) changed inside `records[index]` only: `prev` with that record read again.
/// `None` when anything else differs, or the record has any error, names another unit or
/// period than before, or is not there: the caller then reads the whole document, which
/// reports every error as it always does.
pub fn workspace_with_record(
    prev: &Workspace,
    prev_doc: &Value,
    doc: &Value,
    index: usize,
) -> Option<Workspace> {
    let root = JsonPath::root();
    let old = prev.records.get(index)?;
    let (Value::Object(before), Value::Object(after)) = (prev_doc, doc) else {
        return None;
    };
    if before.len() != after.len() {
        return None;
    }
    let mut item = None;
    for ((kb, vb), (ka, va)) in before.iter().zip(after) {
        if kb != ka {
            return None;
        }
        match (kb.as_str(), vb, va) {
            ("records", Value::Array(rb), Value::Array(ra)) => {
                let same_elsewhere = rb.len() == ra.len()
                    && rb.len() == prev.records.len()
                    && rb
                        .iter()
                        .zip(ra)
                        .enumerate()
                        .all(|(i, (b, a))| i == index || b == a);
                if !same_elsewhere {
                    return None;
                }
                item = ra.get(index);
            }
            _ if vb == va => {}
            _ => return None,
        }
    }
    let mut r = Reader::default();
    let mut known = Known::default();
    read_plan(&mut r, doc.get("plan")?, &root.key("plan"), &mut known)?;
    read_units(&mut r, doc.get("units")?, &root.key("units"), &mut known)?;
    let record = read_record(&mut r, item?, &root.key("records").index(index), &known)?;
    if !r.errors.is_empty() || record.unit != old.unit || record.period != old.period {
        return None;
    }
    let mut ws = prev.clone();
    *ws.records.get_mut(index)? = record;
    Some(ws)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;
    use crate::parse::workspace_from_value;

    /// Every field the record editor and the grid write, with texts valid and not.
    const TEXTS: &[&str] = &[
        "0",
        "1.5",
        "97",
        "-3",
        "abc",
        "",
        "1e3",
        "100000000000000000000000000000",
    ];

    #[test]
    fn one_record_read_again_is_the_whole_document_read_again() {
        let doc = json::parse(crate::DEMO_WORKSPACE).unwrap();
        let prev = workspace_from_value(&doc).unwrap();
        let Some(Value::Array(records)) = doc.get("records") else {
            panic!("the demo has records")
        };
        let mut tried = 0;
        let mut refused = 0;
        for (i, rec) in records.iter().enumerate().step_by(16) {
            let mut fields: Vec<JsonPath> = Vec::new();
            let base = JsonPath::root().key("records").index(i);
            if let Some(Value::Object(values)) = rec.get("values") {
                for (k, _) in values {
                    fields.push(base.key("values").key(k));
                }
            }
            fields.push(base.key("closed_items"));
            fields.push(base.key("coefficients").key("risk"));
            for field in fields {
                for text in TEXTS {
                    let mut changed = doc.clone();
                    assert!(changed.set_at(&field, Value::String(text.to_string())));
                    let whole = workspace_from_value(&changed).ok();
                    let one = workspace_with_record(&prev, &doc, &changed, i);
                    assert_eq!(one, whole, "{field} = {text:?}");
                    tried += 1;
                    refused += usize::from(whole.is_none());
                }
            }
        }
        assert!(
            tried > 100 && refused > 10 && refused < tried,
            "{tried} tried, {refused} refused"
        );
    }

    #[test]
    fn another_unit_or_period_or_record_count_or_a_change_elsewhere_is_left_to_the_whole_reader() {
        let doc = json::parse(crate::DEMO_WORKSPACE).unwrap();
        let prev = workspace_from_value(&doc).unwrap();
        let first = JsonPath::root().key("records").index(0);
        let other_period = prev
            .plan
            .periods
            .iter()
            .find(|p| p.id != prev.records[0].period)
            .unwrap()
            .id
            .clone();
        let mut moved = doc.clone();
        assert!(moved.set_at(&first.key("period"), Value::String(other_period)));
        assert_eq!(workspace_with_record(&prev, &doc, &moved, 0), None);
        let mut fewer = doc.clone();
        if let Some(Value::Array(items)) = fewer.at_mut_or_create(&JsonPath::root().key("records"))
        {
            items.pop();
        }
        assert_eq!(workspace_with_record(&prev, &doc, &fewer, 0), None);
        assert_eq!(
            workspace_with_record(&prev, &doc, &doc, prev.records.len()),
            None
        );
        // A change outside the record (here: a unit's name) is not read from the record.
        let mut renamed = doc.clone();
        let name = JsonPath::root().key("units").index(0).key("name");
        assert!(renamed.set_at(&name, Value::String("改名".into())));
        assert_eq!(workspace_with_record(&prev, &doc, &renamed, 0), None);
        // Nothing changed: the same workspace.
        assert_eq!(
            workspace_with_record(&prev, &doc, &doc, 0),
            Some(prev.clone())
        );
    }
}
