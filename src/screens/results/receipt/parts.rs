//! Pieces the period and annual receipts (and the dialog) share: name look-ups that fall
//! back to the id, the cohort mean of a dimension, the grade explanation texts, and the
//! small blocks both calculations show (table heads, a dimension score with its published
//! rounding, the rounding line).

use crate::format::{fig4, full, pub2, pub2_or};
use crate::hooks::AppContext;
use crate::i18n::receipt::ReceiptTexts;
use crate::screens::results::selection::with_results;
use rust_decimal::Decimal;
use scorecard_engine::exact::Exact;
use scorecard_engine::model::{Dimension, Grading, Period};
use scorecard_engine::report::DimensionMean;
use scorecard_engine::score::grade::GradeReason;
use scorecard_engine::score::{ResultSet, UnitResult};
use scorecard_engine::Workspace;
use yew::prelude::*;

/// Props of every part of a receipt: the unit it explains.
#[derive(Properties, PartialEq)]
pub struct UnitProps {
    /// The unit.
    pub unit: String,
}

/// Renders `view` with the workspace, the results and the unit's result; nothing when
/// there are no results or the unit is not in them.
pub fn for_unit(
    app: &AppContext,
    unit: &str,
    view: impl FnOnce(&Workspace, &ResultSet, &UnitResult) -> Html,
) -> Html {
    with_results(app, |ws, rs| match rs.unit(unit) {
        Some(u) => view(ws, rs, u),
        None => html! {},
    })
}

/// An exact figure to 4 places, or `none`.
pub fn opt4(x: &Option<Exact>, none: &str) -> String {
    x.as_ref().map(fig4).unwrap_or_else(|| none.to_string())
}

/// The published cohort mean of a dimension, when some unit has a score in it.
pub fn cohort_mean(means: &[DimensionMean], dimension: &str) -> Option<Decimal> {
    means
        .iter()
        .find(|m| m.id == dimension)
        .and_then(|m| m.published())
}

/// A period's name, or its id when the plan has no such period.
pub fn period_name(periods: &[Period], id: &str) -> String {
    periods
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// An indicator's name, or its id when the plan has no such indicator.
pub fn indicator_name(dimensions: &[Dimension], id: &str) -> String {
    dimensions
        .iter()
        .flat_map(|d| d.indicators.iter())
        .find(|i| i.id == id)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Why the unit got its grade.
pub fn grade_reason(
    t: &ReceiptTexts,
    reason: GradeReason,
    score: Decimal,
    excellent_min: Decimal,
    quota: u32,
) -> String {
    match reason {
        GradeReason::InQuota => t
            .reason_in_quota
            .replace("{s}", &pub2(score))
            .replace("{min}", &pub2(excellent_min))
            .replace("{q}", &quota.to_string()),
        GradeReason::QuotaTie => t.reason_quota_tie.to_string(),
        GradeReason::QuotaFull => t
            .reason_quota_full
            .replace("{min}", &pub2(excellent_min))
            .replace("{q}", &quota.to_string()),
        GradeReason::Vetoed => t.reason_vetoed.to_string(),
        GradeReason::Lines => t.reason_lines.to_string(),
    }
}

/// The grading lines in force.
pub fn grade_lines(t: &ReceiptTexts, g: &Grading) -> String {
    t.lines
        .replace("{e}", &pub2(g.excellent_min))
        .replace("{g}", &pub2(g.good_min))
        .replace("{p}", &pub2(g.pass_line))
        .replace("{sev}", &pub2(g.severe_line))
}

/// A table head: the column titles, numeric ones (`true`) right-aligned.
pub fn head(cols: &[(&'static str, bool)]) -> Html {
    html! {
        <thead><tr>
            { for cols.iter().map(|(title, num)| html! {
                <th scope="col" class={num.then_some("num")}>{ *title }</th>
            }) }
        </tr></thead>
    }
}

/// A dimension score to 4 places with its published (2-place) rounding beside it.
pub fn dim_score(x: Option<&Exact>, none: &str) -> Html {
    html! {
        <>
            { x.map(fig4).unwrap_or_else(|| none.to_string()) }
            if let Some(x) = x { <small class="muted">{ format!(" ({})", pub2_or(x.round2(), none)) }</small> }
        </>
    }
}

/// The line showing the full figure and the published score it rounds to.
pub fn rounding(t: &ReceiptTexts, exact: &Exact, published: Decimal) -> Html {
    html! {
        <p class="rounding" data-testid="receipt-rounding">{
            t.rounding.replace("{f}", &full(exact)).replace("{s}", &pub2(published))
        }</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use scorecard_engine::model::Indicator;

    #[test]
    fn names_fall_back_to_ids() {
        let periods = [Period {
            id: "q1".into(),
            name: "Q1".into(),
            weight: Decimal::ONE,
        }];
        assert_eq!(period_name(&periods, "q1"), "Q1");
        assert_eq!(period_name(&periods, "q9"), "q9");
        let dims = [Dimension {
            id: "d".into(),
            name: "D".into(),
            band: Default::default(),
            indicators: vec![Indicator {
                id: "i".into(),
                name: "I".into(),
                weight: Decimal::ONE,
                method: scorecard_engine::model::Method::Direct,
            }],
        }];
        assert_eq!(indicator_name(&dims, "i"), "I");
        assert_eq!(indicator_name(&dims, "j"), "j");
    }

    #[test]
    fn cohort_means_are_published_and_missing_ones_are_none() {
        let means = [
            DimensionMean {
                id: "a".into(),
                count: 2,
                mean: Some(Exact::one()),
            },
            DimensionMean {
                id: "b".into(),
                count: 0,
                mean: None,
            },
        ];
        assert_eq!(cohort_mean(&means, "a"), Some(Decimal::ONE));
        assert_eq!(cohort_mean(&means, "b"), None);
        assert_eq!(cohort_mean(&means, "c"), None);
        assert_eq!(opt4(&None, "—"), "—");
    }

    #[test]
    fn quota_reasons_quote_the_quota() {
        let t = Lang::En.receipt();
        let min = Decimal::new(90, 0);
        let text = grade_reason(t, GradeReason::QuotaFull, Decimal::new(95, 0), min, 7);
        assert!(text.contains('7') && text.contains("90"), "{text}");
        assert_eq!(
            grade_reason(t, GradeReason::Vetoed, Decimal::ONE, min, 7),
            t.reason_vetoed
        );
    }
}
