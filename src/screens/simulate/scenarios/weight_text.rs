//! The weight editor's words and moves, as plain functions (not components): weights and
//! bands as percentages, violations in words and as short marks, and a typed or dragged
//! percentage rebalanced by the engine.

use crate::i18n::errors::kind_text;
use crate::i18n::sim_scenarios::{fill, ScenarioTexts};
use crate::i18n::Lang;
use rust_decimal::Decimal;
use scorecard_engine::model::Plan;
use scorecard_engine::number::{fraction_to_percent_text, percent_text_to_fraction};
use scorecard_engine::simulate::weights::{rebalance, Violation};
use scorecard_engine::Workspace;
use std::collections::BTreeMap;

/// A weight as a percentage: `0.45` → `45%` (exact, [`fraction_to_percent_text`]).
pub fn pct(d: Decimal) -> String {
    format!("{}%", fraction_to_percent_text(d))
}

/// A band as percentages: `40–50%`.
pub fn band_text(band: (Decimal, Decimal)) -> String {
    format!(
        "{}–{}%",
        fraction_to_percent_text(band.0),
        fraction_to_percent_text(band.1)
    )
}

/// A dimension's name, or the id when the plan has none such.
pub fn dim_name(plan: &Plan, id: &str) -> String {
    plan.dimension(id)
        .map(|d| d.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// A violation in words, in the user's language.
pub fn violation_text(t: &ScenarioTexts, plan: &Plan, v: &Violation) -> String {
    // A weight outside its band: the dimension, its weight and the bound it crosses.
    let band = |text: &str, dimension: &str, weight: &Decimal, bound: (&str, &Decimal)| {
        fill(
            text,
            &[
                ("dim", &dim_name(plan, dimension)),
                ("w", &pct(*weight)),
                (bound.0, &pct(*bound.1)),
            ],
        )
    };
    match v {
        Violation::BelowBand {
            dimension,
            weight,
            low,
        } => band(t.below_band, dimension, weight, ("low", low)),
        Violation::AboveBand {
            dimension,
            weight,
            high,
        } => band(t.above_band, dimension, weight, ("high", high)),
        Violation::CoreNotLargest {
            core,
            core_weight,
            dimension,
            weight,
        } => fill(
            t.core_not_largest,
            &[
                ("dim", &dim_name(plan, dimension)),
                ("w", &pct(*weight)),
                ("core", &dim_name(plan, core)),
                ("cw", &pct(*core_weight)),
            ],
        ),
        Violation::SumNotOne { sum } => fill(t.sum_not_one, &[("sum", &pct(*sum))]),
    }
}

/// The short marker of a dimension's violations (below/above band, above the core).
pub fn marks(t: &ScenarioTexts, vs: &[Violation], dim: &str) -> Vec<&'static str> {
    vs.iter()
        .filter_map(|v| match v {
            Violation::BelowBand { dimension, .. } if dimension == dim => Some(t.mark_low),
            Violation::AboveBand { dimension, .. } if dimension == dim => Some(t.mark_high),
            Violation::CoreNotLargest { dimension, .. } if dimension == dim => Some(t.mark_core),
            _ => None,
        })
        .collect()
}

/// A typed or dragged percentage, rebalanced by the engine; the reason in words when it
/// cannot be.
pub fn moved(
    lang: Lang,
    ws: &Workspace,
    current: &BTreeMap<String, Decimal>,
    dim: &str,
    text: &str,
) -> Result<BTreeMap<String, Decimal>, String> {
    let t = lang.sim_scenarios();
    let v = percent_text_to_fraction(text)
        .map_err(|k| format!("{} {}", t.bad_percent, kind_text(lang, &k)))?;
    if v < Decimal::ZERO || v > Decimal::ONE {
        return Err(t.percent_range.to_string());
    }
    rebalance(&ws.plan, current, dim, v, 2)
        .map(|r| r.weights)
        .map_err(|e| lang.sim_inputs().sim_error_in(lang, Some(ws), &e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::edit::plan_weights;
    use scorecard_engine::simulate::weights;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn percentages_read_exactly() {
        assert_eq!(pct(Decimal::new(45, 2)), "45%");
        assert_eq!(
            band_text((Decimal::new(4, 1), Decimal::new(5, 1))),
            "40–50%"
        );
    }

    #[test]
    fn a_move_is_rebalanced_or_refused_in_words() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let cur = plan_weights(&ws.plan, "standard");
        let dim = ws.plan.dimensions[0].id.clone();
        let w = moved(
            Lang::En,
            &ws,
            &cur,
            &dim,
            &fraction_to_percent_text(cur[&dim]),
        )
        .unwrap();
        assert_eq!(weights::total(&ws.plan, &w), Decimal::ONE);
        let t = Lang::En.sim_scenarios();
        assert_eq!(
            moved(Lang::En, &ws, &cur, &dim, "150"),
            Err(t.percent_range.to_string())
        );
        assert!(moved(Lang::En, &ws, &cur, &dim, "abc")
            .unwrap_err()
            .starts_with(t.bad_percent));
    }

    #[test]
    fn violations_mark_their_dimension() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let t = Lang::En.sim_scenarios();
        let d = ws.plan.dimensions[0].id.clone();
        let v = Violation::BelowBand {
            dimension: d.clone(),
            weight: Decimal::new(1, 2),
            low: Decimal::new(3, 1),
        };
        assert_eq!(marks(t, std::slice::from_ref(&v), &d), vec![t.mark_low]);
        assert!(marks(t, std::slice::from_ref(&v), "other").is_empty());
        let text = violation_text(t, &ws.plan, &v);
        assert!(
            text.contains(&ws.plan.dimensions[0].name)
                && text.contains("1%")
                && text.contains("30%")
        );
        assert_eq!(dim_name(&ws.plan, "ghost"), "ghost");
    }
}
