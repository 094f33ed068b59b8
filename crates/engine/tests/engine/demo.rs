//! The demo workspace (`data/demo.json`, written by `data/make_demo.py`) that the app
//! preloads: it is valid, a finished year, and every grade, flag, warning colour and honour
//! of the method shows somewhere, most of them in the final period and the annual view under
//! the plan (what a user sees first): every flag but `band_violation`, which only the
//! deliberately out-of-band scenario `innovation_push` shows.

use scorecard_engine::score::{Flags, ResultSet};
use scorecard_engine::{score, Workspace};
use std::collections::{BTreeMap, BTreeSet};

use crate::support::{demo, view_name, views};

const GRADES: [&str; 4] = ["excellent", "good", "pass", "fail"];
const FLAGS: [&str; 6] = Flags::ALL;
const WARNINGS: [&str; 3] = ["yellow", "orange", "red"];
const HONOURS: [&str; 2] = ["innovation_award", "collaboration_award"];

/// Every word (grade, flag, warning, honour) shown by some unit of a result set.
fn words(r: &ResultSet) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    for u in &r.units {
        out.insert(u.grade.as_str());
        out.extend(u.flags.words());
        out.extend(u.warning.map(|w| w.as_str()));
        out.extend(u.honours.iter().map(|h| h.as_str()));
    }
    out
}

/// Every view (each period and annual, under the plan and each scenario), by name.
fn all_views(ws: &Workspace) -> BTreeMap<String, ResultSet> {
    views(ws)
        .into_iter()
        .map(|q| {
            let r = score(ws, &q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
            (view_name(&q), r)
        })
        .collect()
}

#[test]
fn demo_is_a_finished_year_of_a_realistic_corps() {
    let ws = demo();
    assert!(ws.units.len() >= 18, "{} units", ws.units.len());
    assert_eq!(ws.plan.profiles.len(), 3);
    assert_eq!(ws.plan.periods.len(), 5);
    for p in &ws.plan.periods {
        let n = ws.records.iter().filter(|r| r.period == p.id).count();
        assert!(n >= 18, "period {}: {n} records", p.id);
    }
    let dims: Vec<&str> = ws.plan.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(dims, ["task", "team", "innovation", "risk"]);
    assert!(ws.scenarios.len() >= 2);
    assert!(!ws.history.is_empty());
    assert!(!ws.people.is_empty());
}

#[test]
fn demo_shows_every_grade_flag_warning_and_honour() {
    let ws = demo();
    let views = all_views(&ws);
    assert_eq!(views.len(), 6 * (1 + ws.scenarios.len()));

    let mut seen = BTreeSet::new();
    for r in views.values() {
        seen.extend(words(r));
    }
    for w in GRADES.iter().chain(&FLAGS).chain(&WARNINGS).chain(&HONOURS) {
        assert!(seen.contains(w), "`{w}` appears in no view");
    }

    // What a user sees first: the final period and the annual view, under the plan.
    let first_seen: BTreeSet<&str> = GRADES
        .iter()
        .chain(&WARNINGS)
        .chain(&HONOURS)
        .chain(&FLAGS[..1])
        .chain(&FLAGS[2..])
        .copied()
        .collect();
    for view in ["plan/2026final", "plan/annual"] {
        let shown = words(&views[view]);
        let lacking: Vec<&&str> = first_seen.difference(&shown).collect();
        assert!(lacking.is_empty(), "{view} lacks {lacking:?}");
        assert!(views[view].official, "{view} is official");
    }

    // `special` stays inside the bands; `innovation_push` deliberately leaves them.
    for (name, r) in &views {
        match name.split('/').next() {
            Some("innovation_push") => {
                assert!(!r.official, "{name} is marked not official");
                assert!(words(r).contains("band_violation"), "{name}");
            }
            _ => {
                assert!(r.official, "{name} is official");
                assert!(!words(r).contains("band_violation"), "{name}");
            }
        }
    }
}
