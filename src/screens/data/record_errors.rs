//! Where the data screen shows a record's errors and numbers, as plain functions: the errors
//! of a record itself (its grid row), of the parts edited in its editor (the row's button),
//! of whole parts (the editor's banner), of an expert (its number or its criterion), and
//! where a coefficient or the closed-items count lives in the record.

use scorecard_engine::path::{JsonPath, Segment};
use scorecard_engine::{Error, ErrorKind};

/// Errors of a record itself (its unit, period, shape), shown in its grid row header.
pub fn record_own_errors(errors: &[Error], rec_path: Option<&JsonPath>) -> Vec<Error> {
    let Some(rp) = rec_path else {
        return Vec::new();
    };
    errors
        .iter()
        .filter(|e| {
            e.path == *rp
                || e.path.starts_with(&rp.key("unit"))
                || e.path.starts_with(&rp.key("period"))
        })
        .cloned()
        .collect()
}

/// Whether a part edited in the record editor has an error (marks the row's button).
pub fn editor_has_errors(errors: &[Error], rec_path: Option<&JsonPath>) -> bool {
    rec_path.is_some_and(|rp| {
        ["ratings", "panel", "events", "coefficients", "closed_items"]
            .iter()
            .any(|k| errors.iter().any(|e| e.path.starts_with(&rp.key(k))))
    })
}

/// Errors of whole parts of a record (an unknown rater group, a malformed list) that no
/// field of the record editor shows.
pub fn record_container_errors(errors: &[Error], rec_path: Option<&JsonPath>) -> Vec<Error> {
    let Some(rp) = rec_path else {
        return Vec::new();
    };
    let base = rp.segments().len();
    errors
        .iter()
        .filter(|e| {
            let segs = e.path.segments();
            e.path.starts_with(rp)
                && match segs.get(base) {
                    Some(Segment::Key(k)) => match k.as_str() {
                        "ratings" | "panel" => segs.len() <= base + 2,
                        "events" | "coefficients" => segs.len() <= base + 1,
                        "closed_items" | "values" | "planned" | "unit" | "period" => false,
                        _ => true,
                    },
                    _ => false,
                }
        })
        .cloned()
        .collect()
}

/// Where a record-editor number lives inside the record: `closed_items` at the top, the
/// others under `coefficients`.
pub fn record_number_field(key: &str) -> JsonPath {
    if key == "closed_items" {
        JsonPath::root().key(key)
    } else {
        JsonPath::root().key("coefficients").key(key)
    }
}

/// `field` (relative to a record) inside the record at `rec_path`.
pub fn within(rec_path: &JsonPath, field: &JsonPath) -> JsonPath {
    let mut segs = rec_path.segments();
    segs.extend(field.segments());
    JsonPath::from_segments(segs)
}

/// The errors of an expert itself (at `row_path` exactly), split into missing criteria
/// (shown at that criterion's input) and the rest (shown beside the expert's number).
pub fn split_expert_errors(errors: &[Error], row_path: &JsonPath) -> (Vec<Error>, Vec<Error>) {
    errors
        .iter()
        .filter(|e| e.path == *row_path)
        .cloned()
        .partition(|e| matches!(e.kind, ErrorKind::MissingCriterion(_)))
}

/// The missing-criterion errors about `criterion`.
pub fn missing_criterion(missing: &[Error], criterion: &str) -> Vec<Error> {
    missing
        .iter()
        .filter(|e| matches!(&e.kind, ErrorKind::MissingCriterion(m) if m == criterion))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::edit;

    fn err(path: &JsonPath) -> Error {
        Error::new(path.clone(), ErrorKind::Empty)
    }

    #[test]
    fn record_errors_split_between_row_editor_and_banner() {
        let rp = edit::record_path(1);
        let errors = vec![
            err(&rp),
            err(&rp.key("unit")),
            err(&rp.key("values").key("x")),
            err(&rp.key("ratings")),
            err(&rp.key("ratings").key("peer").index(0)),
            err(&rp.key("events").index(0)),
            err(&rp.key("extra")),
            err(&edit::record_path(2)),
        ];
        assert_eq!(record_own_errors(&errors, Some(&rp)).len(), 2);
        assert!(record_own_errors(&errors, None).is_empty());
        assert!(editor_has_errors(&errors, Some(&rp)));
        assert!(!editor_has_errors(&errors[..3], Some(&rp)));
        assert!(!editor_has_errors(&errors, None));
        let banner: Vec<_> = record_container_errors(&errors, Some(&rp))
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(banner, [rp.key("ratings"), rp.key("extra")]);
    }

    #[test]
    fn record_numbers_live_under_coefficients_except_closed_items() {
        let rp = edit::record_path(3);
        assert_eq!(
            within(&rp, &record_number_field("risk")),
            rp.key("coefficients").key("risk")
        );
        assert_eq!(
            within(&rp, &record_number_field("closed_items")),
            rp.key("closed_items")
        );
    }

    #[test]
    fn expert_errors_go_to_the_criterion_they_name() {
        let row = edit::record_path(0).key("panel").key("x").index(1);
        let missing = |c: &str| Error::new(row.clone(), ErrorKind::MissingCriterion(c.into()));
        let errors = vec![missing("a"), err(&row), err(&row.key("b")), missing("b")];
        let (m, rest) = split_expert_errors(&errors, &row);
        assert_eq!(m.len(), 2);
        assert_eq!(rest.len(), 1);
        assert_eq!(missing_criterion(&m, "b"), [missing("b")]);
        assert!(missing_criterion(&m, "c").is_empty());
    }
}
