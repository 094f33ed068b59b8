//! The malformed-input corpus in `tests/malformed/`: one broken thing per file (syntax,
//! types, decimals, ranges, sums, references, duplicates, limits, format), each refused by
//! [`parse_workspace`] with, as its first error, the expected kind at the expected JSON
//! path. Every file of the folder must be listed in [`MALFORMED`] and every listed file
//! must exist. (The command line's end-to-end checks of a few of these files are in
//! `crates/cli/tests/cli.rs`.)

use crate::support::{file_name, json_files, tests_dir};
use scorecard_engine::{parse_workspace, ErrorKind};
use std::collections::BTreeSet;

/// Every file of `tests/malformed/`, the kind of its first error (the [`ErrorKind`]
/// variant; for `Syntax`, also the variant of its detail) and that error's JSON path.
const MALFORMED: &[(&str, &str, &str)] = &[
    ("01-trailing-comma-object.json", "Syntax/UnexpectedChar", "linkage"),
    ("02-trailing-comma-array.json", "Syntax/UnexpectedChar", "plan.survey.scale"),
    ("03-unterminated-string.json", "Syntax/UnexpectedEnd", "linkage.lambda"),
    ("04-bad-escape.json", "Syntax/BadEscape", "records[0].events[0].note"),
    ("05-lone-surrogate.json", "Syntax/LoneSurrogate", "units[1].name"),
    ("06-control-character.json", "Syntax/ControlCharacter", "units[0].name"),
    ("07-two-top-level-values.json", "Syntax/TrailingContent", "(root)"),
    ("08-empty-file.json", "Syntax/UnexpectedEnd", "(root)"),
    ("09-nan.json", "Syntax/BadLiteral", "linkage.min_months"),
    ("10-leading-zero.json", "Syntax/BadNumber", "records[0].closed_items"),
    ("11-duplicate-key.json", "Syntax/DuplicateKey", "units[1].level"),
    ("12-nesting-200-deep.json", "Syntax/TooDeep", "history[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"),
    ("13-string-for-object.json", "WrongType", "plan.survey"),
    ("14-number-for-array.json", "WrongType", "records[0].events"),
    ("15-bool-for-decimal.json", "WrongType", "plan.audit_tolerance"),
    ("16-decimal-abc.json", "NotADecimal", "records[0].values.plans"),
    ("17-decimal-comma.json", "NotADecimal", "people[0].personal"),
    ("18-decimal-leading-space.json", "NotADecimal", "plan.baseline"),
    ("19-decimal-exponent-overflow.json", "DecimalTooLarge", "records[0].values.response"),
    ("20-decimal-29-digits.json", "DecimalTooLarge", "records[0].values.quality.audited"),
    ("21-number-exponent-overflow.json", "DecimalTooLarge", "records[0].values.utilisation"),
    ("22-string-for-integer.json", "NotAWholeNumber", "plan.panel.trim"),
    ("23-root-array.json", "WrongType", "(root)"),
    ("24-negative-weight.json", "OutOfRange", "plan.dimensions[0].indicators[2].weight"),
    ("25-weight-above-1.json", "OutOfRange", "plan.dimensions[3].indicators[0].weight"),
    ("26-direct-101.json", "OutOfRange", "records[0].values.plans"),
    ("27-rating-outside-scale.json", "OutOfRange", "records[0].ratings.team360.peer[2]"),
    ("28-coefficient-outside-range.json", "OutOfRange", "records[0].coefficients.coordination"),
    ("29-audit-tolerance-negative.json", "OutOfRange", "plan.audit_tolerance"),
    ("30-trim-min-not-above-2-trim.json", "TrimTooLarge", "plan.panel"),
    ("31-band-lo-above-hi.json", "RangeReversed", "plan.dimensions[0].band"),
    ("32-closed-items-negative.json", "NotAWholeNumber", "records[0].closed_items"),
    ("33-closed-items-fraction.json", "NotAWholeNumber", "records[0].closed_items"),
    ("34-panel-criterion-101.json", "OutOfRange", "records[0].panel.panel[0].feasibility"),
    ("35-scenario-excellent-share-1.5.json", "OutOfRange", "scenarios[0].grading.excellent_share"),
    ("36-indicator-weights-0.99.json", "SumNotOne", "plan.dimensions[0].indicators"),
    ("37-profile-weights-1.01.json", "SumNotOne", "plan.profiles[0].weights"),
    ("38-period-weights-1.01.json", "SumNotOne", "plan.periods"),
    ("39-profile-missing-dimension.json", "MissingWeight", "plan.profiles[0].weights"),
    ("40-record-unit-unknown.json", "UnknownReference", "records[0].unit"),
    ("41-record-period-unknown.json", "UnknownReference", "records[0].period"),
    ("42-unit-profile-unknown.json", "UnknownReference", "units[1].profile"),
    ("43-values-unknown-indicator.json", "UnknownReference", "records[0].values.speed"),
    ("44-values-on-survey-indicator.json", "WrongInput", "records[0].values.team360"),
    ("45-ratings-on-non-survey-indicator.json", "WrongInput", "records[0].ratings.plans"),
    ("46-unknown-rating-group.json", "UnknownReference", "records[0].ratings.team360.external"),
    ("47-unknown-panel-criterion.json", "UnknownReference", "records[0].panel.panel[0].novelty"),
    ("48-unknown-deduction-level.json", "UnknownReference", "records[0].events[0].level"),
    ("49-person-unit-unknown.json", "UnknownReference", "people[0].unit"),
    ("50-seconded-without-host-unit.json", "HostUnitRequired", "people[1]"),
    ("51-scenario-unknown-profile.json", "UnknownReference", "scenarios[0].weights.admin"),
    ("52-history-unknown-unit.json", "UnknownReference", "history[0].scores.zd9"),
    ("53-unknown-indicator-key-quoted.json", "UnknownReference", "records[0].values[\"my indicator\"]"),
    ("54-history-unit-key-with-dot.json", "UnknownReference", "history[0].scores[\"zd.1\"]"),
    ("55-profile-weight-unknown-dimension.json", "UnknownReference", "plan.profiles[1].weights.speed"),
    ("56-host-unit-unknown.json", "UnknownReference", "people[1].host_unit"),
    ("57-duplicate-unit-id.json", "DuplicateId", "units[2].id"),
    ("58-duplicate-indicator-across-dimensions.json", "DuplicateId", "plan.dimensions[3].indicators[0].id"),
    ("59-duplicate-period-id.json", "DuplicateId", "plan.periods[1].id"),
    ("60-duplicate-record-unit-period.json", "DuplicateRecord", "records[1]"),
    ("61-duplicate-person-id.json", "DuplicateId", "people[1].id"),
    ("62-id-65-characters.json", "TooLong", "units[1].id"),
    ("63-empty-id.json", "EmptyId", "scenarios[0].id"),
    ("64-name-201-characters.json", "TooLong", "units[0].name"),
    ("65-unknown-top-level-field.json", "UnknownField", "comment"),
    ("66-unknown-field-in-unit.json", "UnknownField", "units[0].colour"),
    ("67-wrong-format.json", "WrongFormat", "format"),
    ("68-version-2.json", "UnsupportedVersion", "version"),
    ("69-missing-plan-periods.json", "MissingField", "plan"),
    ("70-linear-best-equals-worst.json", "LinearEqualEnds", "plan.dimensions[0].indicators[0].method"),
    ("71-missing-plan.json", "MissingField", "(root)"),
    ("72-record-missing-period.json", "MissingField", "records[0]"),
    ("73-unknown-unit-level.json", "NotOneOf", "units[0].level"),
    ("74-unknown-method-kind.json", "NotOneOf", "plan.dimensions[3].indicators[0].method.kind"),
    ("75-unknown-field-in-plan.json", "UnknownField", "plan.weights"),
    ("76-expert-name-not-text.json", "WrongType", "records[0].panel.panel[0].expert"),
    ("77-criterion-named-expert.json", "ReservedId", "plan.panel.criteria.expert"),
];

/// The name of an error kind: its variant (`WrongType`), and for a syntax error also the
/// variant of the detail (`Syntax/BadEscape`).
fn kind_name(kind: &ErrorKind) -> String {
    let variant = |debug: String| -> String {
        debug
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect()
    };
    match kind {
        ErrorKind::Syntax { detail, .. } => format!("Syntax/{}", variant(format!("{detail:?}"))),
        other => variant(format!("{other:?}")),
    }
}

#[test]
fn kind_names_are_the_variants() {
    assert_eq!(kind_name(&ErrorKind::UnknownField), "UnknownField");
    assert_eq!(
        kind_name(&ErrorKind::MissingField("plan".into())),
        "MissingField"
    );
    assert_eq!(kind_name(&ErrorKind::TooLong { len: 3, max: 2 }), "TooLong");
    let e = parse_workspace("[1,]").unwrap_err();
    assert_eq!(kind_name(&e.0[0].kind), "Syntax/UnexpectedChar", "{e:?}");
}

#[test]
fn the_table_lists_every_malformed_file() {
    let on_disk: BTreeSet<String> = json_files("malformed")
        .iter()
        .map(|p| file_name(p))
        .collect();
    let everything: BTreeSet<String> = std::fs::read_dir(tests_dir().join("malformed"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        on_disk, everything,
        "a file in malformed/ that is not .json"
    );
    let listed: BTreeSet<String> = MALFORMED.iter().map(|(f, _, _)| f.to_string()).collect();
    assert_eq!(listed.len(), MALFORMED.len(), "a file is listed twice");
    let unclassified: Vec<_> = on_disk.difference(&listed).collect();
    assert!(
        unclassified.is_empty(),
        "files without an expectation: {unclassified:?}"
    );
    let missing: Vec<_> = listed.difference(&on_disk).collect();
    assert!(
        missing.is_empty(),
        "listed files that do not exist: {missing:?}"
    );
}

#[test]
fn malformed_files_are_refused_with_their_kind_at_their_path() {
    let mut failures = Vec::new();
    for (file, kind, path) in MALFORMED {
        let text = std::fs::read_to_string(tests_dir().join("malformed").join(file)).unwrap();
        let errors = match parse_workspace(&text) {
            Ok(_) => {
                failures.push(format!("{file}: accepted"));
                continue;
            }
            Err(errors) => errors,
        };
        let Some(first) = errors.0.first() else {
            failures.push(format!("{file}: refused with no error"));
            continue;
        };
        let (got_kind, got_path) = (kind_name(&first.kind), first.path.to_string());
        if (got_kind.as_str(), got_path.as_str()) != (*kind, *path) {
            failures.push(format!(
                "{file}: first error is {got_kind} at {got_path}, want {kind} at {path}\n  {errors}"
            ));
        }
        // Every error says what is wrong, not just where.
        for e in &errors.0 {
            let line = e.to_string();
            if line.len() <= e.path.to_string().len() + 2 {
                failures.push(format!("{file}: an error without a message: {line:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files:\n{}",
        failures.len(),
        MALFORMED.len(),
        failures.join("\n")
    );
}
