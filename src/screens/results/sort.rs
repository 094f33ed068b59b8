//! How the ranking table is sorted, as plain functions: the sort keys and their header
//! words, what a header click does, the order of two rows, which rows pass the filter in
//! which order, and how a header shows the sort in force.

use scorecard_engine::model::Unit;
use scorecard_engine::report::UnitFilter;
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
}
