//! How a period receipt describes an indicator: its method in words, and its raw input
//! (a value, a reported/audited pair, survey group means, panel totals) with what is missing.

use crate::format::{entered, fig4};
use crate::i18n::receipt::ReceiptTexts;
use scorecard_engine::exact::Exact;
use scorecard_engine::model::{Better, InputValue, Method, MissingPolicy, Plan, Record};
use scorecard_engine::score::period::{IndicatorInput, IndicatorOutcome};
use yew::prelude::*;

/// The experts' totals in list order; when any expert has a name, each total after its
/// expert's name (or number, `#2`, for one without).
pub fn expert_totals(totals: &[Exact], names: Option<&Vec<String>>) -> String {
    let label = |k: usize| match names.and_then(|n| n.get(k)) {
        Some(name) if !name.is_empty() => Some(name.clone()),
        _ if names.is_some() => Some(format!("#{}", k + 1)),
        _ => None,
    };
    totals
        .iter()
        .enumerate()
        .map(|(k, x)| match label(k) {
            Some(l) => format!("{l} {}", fig4(x)),
            None => fig4(x),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The method and its parameters, in words.
pub fn method_text(t: &ReceiptTexts, m: &Method) -> String {
    match m {
        Method::Linear { worst, best } => t
            .m_linear
            .replace("{worst}", &entered(*worst))
            .replace("{best}", &entered(*best)),
        Method::Bands(bands) => format!(
            "{}{}",
            t.m_bands,
            bands
                .iter()
                .map(|b| format!("≥{} → {}", entered(b.min), entered(b.score)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Method::MinMax(Better::Higher) => t.m_minmax_higher.to_string(),
        Method::MinMax(Better::Lower) => t.m_minmax_lower.to_string(),
        Method::ZScore(Better::Higher) => t.m_zscore_higher.to_string(),
        Method::ZScore(Better::Lower) => t.m_zscore_lower.to_string(),
        Method::Direct => t.m_direct.to_string(),
        Method::Survey => t.m_survey.to_string(),
        Method::Panel => t.m_panel.to_string(),
    }
}

/// A rater group's name (an unknown group by its word).
pub fn group_name(t: &ReceiptTexts, g: &str) -> String {
    match g {
        "superior" => t.group_superior.to_string(),
        "peer" => t.group_peer.to_string(),
        "subordinate" => t.group_subordinate.to_string(),
        "self" => t.group_self.to_string(),
        other => other.to_string(),
    }
}

/// The indicator's raw input.
pub fn input_html(
    t: &ReceiptTexts,
    plan: &Plan,
    i: &IndicatorOutcome,
    record: Option<&Record>,
) -> Html {
    let missing = match plan.missing {
        MissingPolicy::Zero => t.missing_zero,
        MissingPolicy::Exclude => t.missing_excluded,
    };
    match &i.input {
        IndicatorInput::Missing => html! { <span class="missing">{ missing }</span> },
        IndicatorInput::Value(InputValue::Plain(v)) => {
            html! { <span class="mono">{ entered(*v) }</span> }
        }
        IndicatorInput::Value(InputValue::Audited { reported, audited }) => html! {
            <span>
                { t.reported }{ " " }<span class="mono">{ entered(*reported) }</span>{ " · " }
                { t.audited }{ " " }<span class="mono strong">{ entered(*audited) }</span>
                if i.audit_discrepancy {
                    { " " }<span class="chip audit_discrepancy">{ t.audit_gap }</span>
                }
            </span>
        },
        IndicatorInput::Survey(s) => html! {
            <span>
                { s.group_means.iter().map(|(g, m)| format!("{} {}", group_name(t, g), fig4(m))).collect::<Vec<_>>().join(" · ") }
                if let Some(m) = &s.self_mean {
                    <br />{ format!("{} {}", group_name(t, "self"), fig4(m)) }
                    if let Some(gap) = s.self_gap() {
                        { format!(" · {} {}", t.self_gap, fig4(&gap)) }
                    }
                }
                if s.score.is_none() {
                    <br /><span class="missing">{ missing }</span>
                }
            </span>
        },
        IndicatorInput::Panel(p) => html! {
            <span>
                { t.experts }{ expert_totals(&p.totals, record.and_then(|r| r.expert_names.get(&i.id))) }
                <br />
                { if p.trimmed > 0 { t.trimmed.replace("{n}", &p.trimmed.to_string()) } else { t.plain_mean.to_string() } }
            </span>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use rust_decimal::Decimal;

    #[test]
    fn methods_and_groups_read_in_words() {
        let t = Lang::En.receipt();
        assert_eq!(
            method_text(t, &Method::MinMax(Better::Lower)),
            t.m_minmax_lower
        );
        let linear = method_text(
            t,
            &Method::Linear {
                worst: Decimal::ZERO,
                best: Decimal::TEN,
            },
        );
        assert!(linear.contains("10"), "{linear}");
        assert_eq!(group_name(t, "peer"), t.group_peer);
        assert_eq!(group_name(t, "board"), "board");
    }

    #[test]
    fn expert_totals_carry_names_only_when_some_expert_has_one() {
        let totals = [Exact::int(80), Exact::int(90), Exact::int(70)];
        let [a, b, c] = totals.each_ref().map(fig4);
        assert_eq!(expert_totals(&totals, None), format!("{a}, {b}, {c}"));
        let names = vec!["张三".to_string(), String::new(), "17".to_string()];
        assert_eq!(
            expert_totals(&totals, Some(&names)),
            format!("张三 {a}, #2 {b}, 17 {c}")
        );
    }
}
