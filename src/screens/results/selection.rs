//! What the results screen shows besides the sort, as plain functions: the small display
//! choices of a table row (change direction, warning abbreviation), the filter a summary
//! shortcut sets, units or other items named by their names, and the workspace with its
//! results that most of its views start from.

use crate::hooks::AppContext;
use crate::i18n::results::ResultsTexts;
use scorecard_engine::report::{self, UnitFilter};
use scorecard_engine::score::period::Warning;
use scorecard_engine::score::ResultSet;
use scorecard_engine::Workspace;
use std::collections::BTreeMap;
use yew::{html, Html};

/// Renders `view` with the workspace and its results; nothing while there are none.
pub fn with_results(app: &AppContext, view: impl FnOnce(&Workspace, &ResultSet) -> Html) -> Html {
    match (app.workspace.as_deref(), app.results()) {
        (Some(ws), Some(rs)) => view(ws, rs),
        _ => html! {},
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
