//! What the ranking table shows, as plain functions: the sort (its keys, header clicks,
//! the order of two rows), which rows pass the filter in which order, and the small display
//! choices of a row (sort arrow, change direction, warning abbreviation).

use crate::i18n::results::ResultsTexts;
use scorecard_engine::model::Unit;
use scorecard_engine::report::{self, UnitFilter};
use scorecard_engine::score::period::Warning;
use scorecard_engine::score::{UnitDetail, UnitResult};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use yew::prelude::*;

/// What the table is sorted by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortKey {
    /// Rank (the engine's order).
    Rank,
    /// Unit name.
    Unit,
    /// Level.
    Level,
    /// Profile.
    Profile,
    /// Published score.
    Score,
    /// Grade (best first when ascending).
    Grade,
    /// A dimension's published score.
    Dimension(String),
    /// Deduction.
    Deduction,
    /// Bonus.
    Bonus,
    /// Warning colour.
    Warning,
    /// Change against the previous assessment.
    Change,
}

/// A sort: key and direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Ascending (smallest first).
    pub ascending: bool,
}

impl Reducible for Sort {
    type Action = SortKey;

    /// A header click, applied to the sort as it is when the click arrives.
    fn reduce(self: std::rc::Rc<Self>, key: SortKey) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.clicked(key))
    }
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::Rank,
            ascending: true,
        }
    }
}

impl SortKey {
    /// A stable word for the header's `data-sort` test hook.
    pub fn word(&self) -> String {
        match self {
            SortKey::Rank => "rank".into(),
            SortKey::Unit => "unit".into(),
            SortKey::Level => "level".into(),
            SortKey::Profile => "profile".into(),
            SortKey::Score => "score".into(),
            SortKey::Grade => "grade".into(),
            SortKey::Dimension(id) => format!("dim-{id}"),
            SortKey::Deduction => "deduction".into(),
            SortKey::Bonus => "bonus".into(),
            SortKey::Warning => "warning".into(),
            SortKey::Change => "change".into(),
        }
    }
}

impl Sort {
    /// The sort after a click on `key`'s header: the same key flips, another starts
    /// ascending.
    pub fn clicked(&self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                ascending: !self.ascending,
            }
        } else {
            Sort {
                key,
                ascending: true,
            }
        }
    }
}

/// The published bonus of a period result (an annual one has none).
pub fn bonus_of(u: &UnitResult) -> Option<rust_decimal::Decimal> {
    match &u.detail {
        UnitDetail::Period(p) => p.bonus.round2(),
        UnitDetail::Annual(_) => None,
    }
}

/// Orders two rows by a key (ties: rank, then id); comparison only, no arithmetic.
pub fn compare(
    key: &SortKey,
    units: &BTreeMap<&str, &Unit>,
    a: &UnitResult,
    b: &UnitResult,
) -> Ordering {
    let unit = |r: &UnitResult| units.get(r.unit.as_str()).copied();
    let dim =
        |r: &UnitResult, id: &str| r.dimensions.iter().find(|(d, _)| d == id).map(|(_, s)| *s);
    match key {
        SortKey::Rank => a.rank.cmp(&b.rank),
        SortKey::Unit => unit(a).map(|u| &u.name).cmp(&unit(b).map(|u| &u.name)),
        SortKey::Level => unit(a).map(|u| u.level).cmp(&unit(b).map(|u| u.level)),
        SortKey::Profile => unit(a)
            .map(|u| &u.profile)
            .cmp(&unit(b).map(|u| &u.profile)),
        SortKey::Score => a.score.cmp(&b.score),
        SortKey::Grade => a.grade.cmp(&b.grade),
        SortKey::Dimension(id) => dim(a, id).cmp(&dim(b, id)),
        SortKey::Deduction => a.deduction.cmp(&b.deduction),
        SortKey::Bonus => bonus_of(a).cmp(&bonus_of(b)),
        SortKey::Warning => a.warning.cmp(&b.warning),
        SortKey::Change => a.delta.cmp(&b.delta),
    }
}

/// The rows that pass `filter`, in `sort` order (ties: rank, then id).
pub fn shown_rows<'a>(
    results: &'a [UnitResult],
    units: &BTreeMap<&str, &Unit>,
    filter: &UnitFilter,
    sort: &Sort,
) -> Vec<&'a UnitResult> {
    let mut rows: Vec<&UnitResult> = results
        .iter()
        .filter(|r| filter.matches(units.get(r.unit.as_str()).copied(), r))
        .collect();
    rows.sort_by(|a, b| {
        directed(compare(&sort.key, units, a, b), sort.ascending)
            .then_with(|| a.rank.cmp(&b.rank))
            .then_with(|| a.unit.cmp(&b.unit))
    });
    rows
}

/// An order, reversed when descending.
pub fn directed(o: Ordering, ascending: bool) -> Ordering {
    if ascending {
        o
    } else {
        o.reverse()
    }
}

/// A header's `aria-sort` and arrow under `sort`.
pub fn sort_marks(sort: &Sort, key: &SortKey) -> (&'static str, &'static str) {
    match (sort.key == *key, sort.ascending) {
        (true, true) => ("ascending", "▲"),
        (true, false) => ("descending", "▼"),
        (false, _) => ("none", "↕"),
    }
}

/// The class of a change cell: `down` for a fall, `up` otherwise, none without a change.
pub fn delta_class(delta: Option<rust_decimal::Decimal>) -> Option<&'static str> {
    delta.map(|d| {
        if d.is_sign_negative() && !d.is_zero() {
            "down"
        } else {
            "up"
        }
    })
}

/// The short text of a warning colour, when the texts have one.
pub fn warning_short(t: &ResultsTexts, w: Warning) -> Option<&'static str> {
    report::WARNINGS
        .iter()
        .position(|x| *x == w)
        .and_then(|i| t.warning_short.get(i))
        .copied()
}

/// The filter a summary shortcut sets: its own, or none when it is already in force.
pub fn toggled_filter(current: &UnitFilter, chosen: &UnitFilter) -> UnitFilter {
    if current == chosen {
        UnitFilter::default()
    } else {
        chosen.clone()
    }
}

/// Units named by their names (the id when unknown), joined with 、; `nobody` when none.
pub fn unit_names(names: &BTreeMap<&str, &str>, ids: &[String], nobody: &str) -> String {
    if ids.is_empty() {
        return nobody.to_string();
    }
    ids.iter()
        .map(|id| names.get(id.as_str()).copied().unwrap_or(id.as_str()))
        .collect::<Vec<_>>()
        .join("、")
}

/// The name of the item with `id` among `(id, name)` pairs, or the id when none has it.
pub fn name_of<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>, id: &str) -> String {
    items
        .into_iter()
        .find(|(i, _)| *i == id)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_flips_the_same_key_and_starts_another_ascending() {
        let s = Sort::default();
        let s = s.clicked(SortKey::Score);
        assert_eq!(
            s,
            Sort {
                key: SortKey::Score,
                ascending: true
            }
        );
        let s = s.clicked(SortKey::Score);
        assert!(!s.ascending);
        let s = s.clicked(SortKey::Rank);
        assert!(s.ascending);
    }

    #[test]
    fn headers_mark_only_the_active_sort() {
        let s = Sort::default()
            .clicked(SortKey::Score)
            .clicked(SortKey::Score);
        assert_eq!(sort_marks(&s, &SortKey::Score), ("descending", "▼"));
        assert_eq!(sort_marks(&s, &SortKey::Rank), ("none", "↕"));
        assert_eq!(
            sort_marks(&Sort::default(), &SortKey::Rank),
            ("ascending", "▲")
        );
        assert_eq!(SortKey::Dimension("d1".into()).word(), "dim-d1");
        assert_eq!(directed(Ordering::Less, false), Ordering::Greater);
    }

    #[test]
    fn changes_point_down_only_when_they_fall() {
        use rust_decimal::Decimal;
        assert_eq!(delta_class(Some(Decimal::new(-5, 1))), Some("down"));
        assert_eq!(delta_class(Some(Decimal::ZERO)), Some("up"));
        assert_eq!(delta_class(Some(Decimal::new(3, 0))), Some("up"));
        assert_eq!(delta_class(None), None);
    }

    #[test]
    fn a_shortcut_in_force_clears_the_filter() {
        let f = UnitFilter {
            flag: Some("veto".into()),
            ..Default::default()
        };
        assert_eq!(toggled_filter(&UnitFilter::default(), &f), f);
        assert_eq!(toggled_filter(&f, &f), UnitFilter::default());
    }

    #[test]
    fn unit_lists_use_names_and_say_nobody_when_empty() {
        let names = BTreeMap::from([("u1", "North")]);
        assert_eq!(unit_names(&names, &[], "-"), "-");
        assert_eq!(
            unit_names(&names, &["u1".into(), "u2".into()], "-"),
            "North、u2"
        );
    }

    #[test]
    fn names_fall_back_to_the_id() {
        let items = [("a", "Alpha"), ("b", "Beta")];
        assert_eq!(name_of(items, "b"), "Beta");
        assert_eq!(name_of(items, "z"), "z");
    }
}
