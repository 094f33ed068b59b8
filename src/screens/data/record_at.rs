//! Where the record editor's fields live: the unit and period a record is for, and the
//! index of that record in the document when it exists — the edits of its fields, the
//! document paths their errors are found at, and the callback storing what is typed.

use crate::hooks::AppDispatch;
use crate::screens::data::field::input_text;
use crate::screens::data::record_errors::within;
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// A unit's record for one period, as the fields of the record editor and the grid see it.
#[derive(Clone, PartialEq, Debug)]
pub struct RecordAt {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Index of the record in the document's `records`, when there is one.
    pub record: Option<usize>,
}

/// Props of a part of the record editor (ratings, panel, events).
#[derive(Properties, PartialEq)]
pub struct RecordPartProps {
    /// The record it edits.
    pub at: RecordAt,
}

impl RecordAt {
    /// The record of `unit` for `period` in `doc`.
    pub fn find(doc: &Value, unit: AttrValue, period: AttrValue) -> Self {
        let record = edit::record_index(doc, &unit, &period);
        RecordAt {
            unit,
            period,
            record,
        }
    }

    /// The record as `doc` has it.
    pub fn value<'a>(&self, doc: &'a Value) -> Option<&'a Value> {
        self.record.and_then(|i| doc.at(&edit::record_path(i)))
    }

    /// The document path of `field` (relative to the record), when the record exists (a
    /// field of a record that does not exist yet has no errors).
    pub fn path(&self, field: &JsonPath) -> Option<JsonPath> {
        self.record.map(|i| within(&edit::record_path(i), field))
    }

    /// The edit storing `value` at `field` (`None` clears it); it creates the record.
    pub fn set(&self, field: JsonPath, value: Option<Value>) -> Edit {
        Edit::SetRecordField {
            unit: self.unit.to_string(),
            period: self.period.to_string(),
            field,
            value,
        }
    }

    /// The edit appending `value` to the list at `field`.
    pub fn push(&self, field: JsonPath, value: Value) -> Edit {
        Edit::PushRecordItem {
            unit: self.unit.to_string(),
            period: self.period.to_string(),
            field,
            value,
        }
    }

    /// The edit removing item `index` of the list at `field`.
    pub fn remove(&self, field: JsonPath, index: usize) -> Edit {
        Edit::RemoveRecordItem {
            unit: self.unit.to_string(),
            period: self.period.to_string(),
            field,
            index,
        }
    }

    /// A callback storing what is typed into an input at `field`, converted by `to_value`
    /// (`None` clears), as typing (consecutive keystrokes are one undo step).
    pub fn on_input(
        &self,
        dispatch: &AppDispatch,
        field: JsonPath,
        to_value: impl Fn(&str) -> Option<Value> + 'static,
    ) -> Callback<InputEvent> {
        let (dispatch, at) = (dispatch.clone(), self.clone());
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(Action::Typed(
                at.set(field.clone(), to_value(&input_text(&e))),
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::json::parse;

    #[test]
    fn fields_have_paths_only_in_a_record_that_exists() {
        let doc = parse(r#"{"records":[{"unit":"u1","period":"q1"}]}"#).unwrap();
        let field = JsonPath::root().key("values").key("x");
        let here = RecordAt::find(&doc, "u1".into(), "q1".into());
        assert_eq!(here.record, Some(0));
        assert!(here.value(&doc).is_some());
        assert_eq!(
            here.path(&field),
            Some(within(&edit::record_path(0), &field))
        );
        let absent = RecordAt::find(&doc, "u1".into(), "q2".into());
        assert_eq!((absent.record, absent.path(&field)), (None, None));
        assert!(absent.value(&doc).is_none());
    }

    #[test]
    fn edits_name_the_unit_and_period() {
        let at = RecordAt::find(&Value::Null, "u1".into(), "q1".into());
        let field = JsonPath::root().key("events");
        assert_eq!(
            at.remove(field.clone(), 2),
            Edit::RemoveRecordItem {
                unit: "u1".into(),
                period: "q1".into(),
                field,
                index: 2,
            }
        );
    }
}
