//! Errors: every refusal of input names the JSON path where it happened and what was
//! expected there. The kinds are data, not text, so the app can say them in Chinese; their
//! `Display` is the English the command line prints.

use crate::json::SyntaxErrorKind;
use crate::path::JsonPath;
use rust_decimal::Decimal;
use std::fmt;

/// The largest workspace or results text the engine reads, in bytes (64 MiB): far above any
/// real corps (a results file for 10 000 units is about 26 MB), low enough that a
/// runaway or hostile input is refused before any parsing instead of exhausting memory.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Refuses text over [`MAX_INPUT_BYTES`] with [`ErrorKind::TooLarge`] at the root path.
pub fn check_input_size(text: &str) -> Result<(), Errors> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Errors::one(
            JsonPath::root(),
            ErrorKind::TooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            },
        ));
    }
    Ok(())
}

/// One problem with the input, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Where: the JSON path of the offending value (or of the object missing a field).
    pub path: JsonPath,
    /// What.
    pub kind: ErrorKind,
}

impl Error {
    /// An error at `path`.
    pub fn new(path: JsonPath, kind: ErrorKind) -> Self {
        Error { path, kind }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl std::error::Error for Error {}

/// All the problems found in one input, in document order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// A single error.
    pub fn one(path: JsonPath, kind: ErrorKind) -> Self {
        Errors(vec![Error::new(path, kind)])
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

/// The JSON type (or shape) a place expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// `{…}`
    Object,
    /// `[…]`
    Array,
    /// `"…"`
    String,
    /// `true`/`false`
    Boolean,
    /// a decimal, as a JSON number or a string
    Decimal,
    /// a decimal or `null`
    DecimalOrNull,
    /// a whole number ≥ 0
    WholeNumber,
    /// a decimal or `{"reported": …, "audited": …}`
    ValueOrAudited,
    /// a two-element array `[low, high]`
    Range,
    /// a three-element array `[yellow, orange, red]`
    Thresholds,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Object => "an object",
            Expected::Array => "an array",
            Expected::String => "a string",
            Expected::Boolean => "true or false",
            Expected::Decimal => "a decimal number (a JSON number or a string such as \"0.45\")",
            Expected::DecimalOrNull => "a decimal number or null",
            Expected::WholeNumber => "a whole number of 0 or more",
            Expected::ValueOrAudited => {
                "a decimal number or an object {\"reported\": …, \"audited\": …}"
            }
            Expected::Range => "a two-element array [low, high]",
            Expected::Thresholds => "a three-element array [yellow, orange, red]",
        })
    }
}

/// What a reference points at, for "unknown …" errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// a unit id
    Unit,
    /// a period id of the plan
    Period,
    /// a weight profile id
    Profile,
    /// a dimension id
    Dimension,
    /// an indicator id
    Indicator,
    /// a rater group of the survey settings
    RaterGroup,
    /// a criterion of the panel settings
    Criterion,
    /// a deduction level id
    DeductionLevel,
    /// a scenario id
    Scenario,
    /// a person id
    Person,
    /// a field of the grading settings
    GradingField,
}

impl fmt::Display for RefKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RefKind::Unit => "unit",
            RefKind::Period => "period",
            RefKind::Profile => "profile",
            RefKind::Dimension => "dimension",
            RefKind::Indicator => "indicator",
            RefKind::RaterGroup => "rater group",
            RefKind::Criterion => "panel criterion",
            RefKind::DeductionLevel => "deduction level",
            RefKind::Scenario => "scenario",
            RefKind::Person => "person",
            RefKind::GradingField => "grading setting",
        })
    }
}

/// The kind of input an indicator takes, for "wrong kind of data" errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// `values` (linear, bands, minmax, zscore, direct)
    Values,
    /// `ratings` (survey)
    Ratings,
    /// `panel` (panel)
    Panel,
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputKind::Values => "values",
            InputKind::Ratings => "ratings",
            InputKind::Panel => "panel",
        })
    }
}

/// What is wrong. Each variant's `Display` is one lowercase English sentence without a
/// trailing period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is larger than [`MAX_INPUT_BYTES`] (checked before parsing). `bytes` is how
    /// much was seen: a reader that stops at the limit reports `limit + 1`, "at least".
    TooLarge {
        /// the size found (at least this many bytes)
        bytes: usize,
        /// the limit
        limit: usize,
    },
    /// The file is not JSON.
    Syntax {
        /// 1-based line
        line: usize,
        /// 1-based column
        column: usize,
        /// what the reader found
        detail: SyntaxErrorKind,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// what belongs here
        expected: Expected,
        /// the JSON type found
        found: &'static str,
    },
    /// A required field is absent (the path is the object's).
    MissingField(String),
    /// A field the format does not have (the path is the field's).
    UnknownField,
    /// A string or number that is not a decimal number.
    NotADecimal(String),
    /// A decimal that does not fit: more than 28 significant digits or too large.
    DecimalTooLarge(String),
    /// A number that must be whole and at least 0.
    NotAWholeNumber(String),
    /// A number outside its allowed range.
    OutOfRange {
        /// the value found
        found: Decimal,
        /// the smallest allowed, if any
        min: Option<Decimal>,
        /// the largest allowed, if any
        max: Option<Decimal>,
        /// whether `min` itself is allowed
        min_inclusive: bool,
    },
    /// A string that is not one of the allowed words.
    NotOneOf {
        /// the word found
        found: String,
        /// the allowed words
        allowed: &'static [&'static str],
    },
    /// An id that is empty.
    EmptyId,
    /// An id with a control character or surrounding white space.
    BadId(String),
    /// Text longer than its limit, in characters.
    TooLong {
        /// the length found
        len: usize,
        /// the limit
        max: usize,
    },
    /// A list longer than its limit.
    TooMany {
        /// the count found
        len: usize,
        /// the limit
        max: usize,
    },
    /// A list that must not be empty.
    Empty,
    /// The second use of an id that must be unique.
    DuplicateId(String),
    /// An id that `period` reserves (`annual`).
    ReservedId(String),
    /// A reference to something that does not exist.
    UnknownReference {
        /// what kind of thing
        kind: RefKind,
        /// the id given
        id: String,
    },
    /// Weights that must sum to exactly 1 and do not.
    SumNotOne(Decimal),
    /// Weights that must all be zero or more and have a positive sum.
    ZeroSum,
    /// A weight set that lacks an entry (the dimension id).
    MissingWeight(String),
    /// The `format` field is not the expected word.
    WrongFormat {
        /// the format this reader takes
        expected: &'static str,
        /// the word found
        found: String,
    },
    /// A `version` this reader does not know.
    UnsupportedVersion(String),
    /// `linear` with `best = worst`.
    LinearEqualEnds,
    /// A `[low, high]` range with low above high.
    RangeReversed {
        /// low end
        low: Decimal,
        /// high end
        high: Decimal,
    },
    /// Thresholds that are not in increasing order.
    ThresholdsNotAscending,
    /// Grading lines out of order (excellent ≥ good ≥ pass ≥ severe).
    GradingLinesOutOfOrder,
    /// Two bands with the same `min`.
    DuplicateBandMin(Decimal),
    /// Two records for the same unit and period.
    DuplicateRecord {
        /// the unit
        unit: String,
        /// the period
        period: String,
    },
    /// Data of the wrong kind for an indicator (values on a survey, ratings on a linear …).
    WrongInput {
        /// the indicator
        indicator: String,
        /// the method it has
        method: &'static str,
        /// the input kind it takes
        takes: InputKind,
    },
    /// An expert's scores lack a criterion of the plan.
    MissingCriterion(String),
    /// `trim_min` not greater than `2 × trim`.
    TrimTooLarge {
        /// trim
        trim: u32,
        /// trim_min
        trim_min: u32,
    },
    /// A seconded person without `host_unit`.
    HostUnitRequired,
    /// `host_unit` on a person who is not seconded.
    HostUnitNotSeconded,
    /// A group named `self` among the weighted rater groups.
    SelfGroupWeighted,
    /// A history period that is also a period of the plan.
    HistoryClashesWithPlan(String),
}

fn fmt_range(
    f: &mut fmt::Formatter<'_>,
    min: &Option<Decimal>,
    max: &Option<Decimal>,
    min_inclusive: bool,
) -> fmt::Result {
    match (min, max) {
        (Some(lo), Some(hi)) if min_inclusive => write!(f, "between {lo} and {hi}"),
        (Some(lo), Some(hi)) => write!(f, "above {lo} and at most {hi}"),
        (Some(lo), None) if min_inclusive => write!(f, "at least {lo}"),
        (Some(lo), None) => write!(f, "above {lo}"),
        (None, Some(hi)) => write!(f, "at most {hi}"),
        (None, None) => write!(f, "a number"),
    }
}

/// What the JSON reader found, for a syntax error's message.
fn fmt_syntax(f: &mut fmt::Formatter<'_>, detail: &SyntaxErrorKind) -> fmt::Result {
    match detail {
        SyntaxErrorKind::UnexpectedEnd => f.write_str("the text ends too soon"),
        SyntaxErrorKind::UnexpectedChar(c) => {
            write!(f, "unexpected character {c:?}")
        }
        SyntaxErrorKind::TrailingContent => f.write_str("more text after the end of the document"),
        SyntaxErrorKind::ControlCharacter => {
            f.write_str("a control character inside a string (escape it)")
        }
        SyntaxErrorKind::BadEscape => f.write_str("an invalid escape sequence"),
        SyntaxErrorKind::LoneSurrogate => f.write_str("a \\u escape with half a surrogate pair"),
        SyntaxErrorKind::BadNumber => f.write_str("a malformed number"),
        SyntaxErrorKind::BadLiteral => f.write_str(
            "expected a value (true, false, null, a number, a string, an array or an object)",
        ),
        SyntaxErrorKind::DuplicateKey(k) => write!(f, "the key {k:?} appears twice"),
        SyntaxErrorKind::TooDeep => {
            write!(f, "nested deeper than {} levels", crate::json::MAX_DEPTH)
        }
    }
}

/// Input text as a message may show it: control characters and the line and paragraph
/// separators escaped (`\n`, `\u{2028}`), so a value cannot split one message into several
/// lines or forge a line of its own; everything else as written.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "the file is too large: at least {bytes} bytes, the limit is {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
            ErrorKind::Syntax {
                line,
                column,
                detail,
            } => {
                write!(f, "invalid JSON at line {line}, column {column}: ")?;
                fmt_syntax(f, detail)
            }
            ErrorKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ErrorKind::MissingField(name) => write!(f, "missing required field {name:?}"),
            ErrorKind::UnknownField => f.write_str("unknown field (check the spelling)"),
            ErrorKind::NotADecimal(t) => write!(f, "expected a decimal number, found {t:?}"),
            ErrorKind::DecimalTooLarge(t) => write!(
                f,
                "the number {} does not fit: at most 28 significant digits and 28 decimal places",
                shown(t)
            ),
            ErrorKind::NotAWholeNumber(t) => {
                write!(
                    f,
                    "expected a whole number of 0 or more, found {}",
                    shown(t)
                )
            }
            ErrorKind::OutOfRange {
                found,
                min,
                max,
                min_inclusive,
            } => {
                write!(f, "{found} is out of range: expected ")?;
                fmt_range(f, min, max, *min_inclusive)
            }
            ErrorKind::NotOneOf { found, allowed } => {
                write!(f, "expected one of {}, found {found:?}", allowed.join(", "))
            }
            ErrorKind::EmptyId => f.write_str("an id must not be empty"),
            ErrorKind::BadId(id) => write!(
                f,
                "the id {id:?} has a control character or leading/trailing white space"
            ),
            ErrorKind::TooLong { len, max } => {
                write!(f, "text of {len} characters is too long (at most {max})")
            }
            ErrorKind::TooMany { len, max } => {
                write!(f, "{len} items are too many (at most {max})")
            }
            ErrorKind::Empty => f.write_str("must have at least one item"),
            ErrorKind::DuplicateId(id) => write!(f, "the id {id:?} is used twice"),
            ErrorKind::ReservedId(id) => write!(f, "the id {id:?} is reserved"),
            ErrorKind::UnknownReference { kind, id } => write!(f, "unknown {kind} {id:?}"),
            ErrorKind::SumNotOne(sum) => {
                write!(f, "weights must sum to exactly 1 (100%), they sum to {sum}")
            }
            ErrorKind::ZeroSum => f.write_str("weights must not all be 0"),
            ErrorKind::MissingWeight(dim) => write!(f, "no weight for dimension {dim:?}"),
            ErrorKind::WrongFormat { expected, found } => {
                write!(f, "expected format {expected:?}, found {found:?}")
            }
            ErrorKind::UnsupportedVersion(v) => {
                write!(
                    f,
                    "version {} is not supported (this engine reads version 1)",
                    shown(v)
                )
            }
            ErrorKind::LinearEqualEnds => {
                f.write_str("a linear method needs best and worst to differ")
            }
            ErrorKind::RangeReversed { low, high } => {
                write!(f, "the range is reversed: low {low} is above high {high}")
            }
            ErrorKind::ThresholdsNotAscending => {
                f.write_str("thresholds must not decrease from yellow to orange to red")
            }
            ErrorKind::GradingLinesOutOfOrder => f.write_str(
                "grading lines must satisfy excellent_min ≥ good_min ≥ pass_line ≥ severe_line ≥ 0",
            ),
            ErrorKind::DuplicateBandMin(m) => write!(f, "two bands have the same min {m}"),
            ErrorKind::DuplicateRecord { unit, period } => {
                write!(f, "a second record for unit {unit:?} in period {period:?}")
            }
            ErrorKind::WrongInput {
                indicator,
                method,
                takes,
            } => write!(
                f,
                "indicator {indicator:?} uses method {method}, so its data belongs in {takes}"
            ),
            ErrorKind::MissingCriterion(c) => {
                write!(f, "the expert gives no score for criterion {c:?}")
            }
            ErrorKind::TrimTooLarge { trim, trim_min } => write!(
                f,
                "trim_min ({trim_min}) must be greater than 2 × trim ({trim})"
            ),
            ErrorKind::HostUnitRequired => f.write_str("a seconded person needs a host_unit"),
            ErrorKind::HostUnitNotSeconded => {
                f.write_str("host_unit is only for seconded staff (status \"seconded\")")
            }
            ErrorKind::SelfGroupWeighted => f.write_str(
                "the group \"self\" cannot be weighted: self-assessment is never in the score",
            ),
            ErrorKind::HistoryClashesWithPlan(p) => {
                write!(f, "history period {p:?} is also a period of the plan")
            }
        }
    }
}

/// Why a valid workspace cannot be scored as asked (not a problem of the file itself).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    /// The period asked for is not in the plan.
    #[error("unknown period {0:?} (expected a period id of the plan or \"annual\")")]
    UnknownPeriod(String),
    /// The scenario asked for is not in the workspace.
    #[error("unknown scenario {0:?}")]
    UnknownScenario(String),
    /// A figure too large to publish (only reachable with absurd plan settings).
    #[error("a figure is too large to publish: {0}")]
    Overflow(String),
    /// A division by zero (only reachable with a workspace built in code that validation
    /// would refuse, such as a survey scale whose ends are equal); names what was divided.
    #[error("cannot compute {0}: division by zero")]
    DivisionByZero(Quotient),
}

/// What a division by zero was computing ([`ScoreError::DivisionByZero`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Quotient {
    /// A rating's place on the survey scale, `(r − low) / (high − low)`.
    #[error("a rating on the survey scale")]
    SurveyRating,
}

#[cfg(test)]
mod shown_tests {
    use super::*;

    #[test]
    fn text_over_the_limit_is_refused_before_parsing() {
        // Not JSON at all: only the size check can produce this error.
        let big = " ".repeat(MAX_INPUT_BYTES + 1);
        let refused = |r: Result<(), Errors>| r.unwrap_err().0;
        let errs = refused(check_input_size(&big));
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].path, JsonPath::root());
        assert_eq!(
            errs[0].kind,
            ErrorKind::TooLarge {
                bytes: MAX_INPUT_BYTES + 1,
                limit: MAX_INPUT_BYTES
            }
        );
        assert_eq!(
            errs[0].to_string(),
            "(root): the file is too large: at least 67108865 bytes, the limit is 67108864 bytes (64 MiB)"
        );
        let ws = crate::parse_workspace(&big).unwrap_err().0;
        assert_eq!(ws, errs);
        let rs = crate::verify_results(&big).unwrap_err().0;
        assert_eq!(rs, errs);
        // At the limit exactly, the text is read (and here refused as JSON, not as size).
        let at = " ".repeat(MAX_INPUT_BYTES);
        assert!(check_input_size(&at).is_ok());
        let e = crate::parse_workspace(&at).unwrap_err().0;
        assert!(matches!(e[0].kind, ErrorKind::Syntax { .. }), "{e:?}");
    }

    #[test]
    fn input_text_in_a_message_cannot_split_it_into_lines() {
        let forged = "1\nrecords[0].values.quality: forged\u{2028}x\r";
        for kind in [
            ErrorKind::NotAWholeNumber(forged.into()),
            ErrorKind::UnsupportedVersion(forged.into()),
            ErrorKind::DecimalTooLarge(forged.into()),
        ] {
            let m = kind.to_string();
            assert!(
                !m.contains('\n') && !m.contains('\r') && !m.contains('\u{2028}'),
                "{m}"
            );
            assert!(m.contains("1\\nrecords[0]"), "{m}");
            assert_eq!(m.lines().count(), 1, "{m}");
        }
        assert_eq!(shown("第一季度 1.5"), "第一季度 1.5");
    }
}
