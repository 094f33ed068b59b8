//! A scenario's optional grading override (§8, READING 13): each field empty (as the plan)
//! or set; the engine validates the merged settings and its errors show at the field.

use crate::hooks::use_workspace;
use crate::i18n::errors::kind_text;
use crate::i18n::sim_scenarios::fill;
use crate::state::Action;
use scorecard_engine::edit::{grading_path, grading_text, scenario_path, Edit, GradingField};
use scorecard_engine::json::Value;
use scorecard_engine::model::Grading;
use scorecard_engine::number::{fraction_to_percent_text, parse_decimal, percent_text_to_fraction};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The quota roundings, in the order of their names in the texts.
const ROUNDINGS: [&str; 3] = ["floor", "ceil", "round"];

/// The plan's setting of a field, as shown beside the input.
fn plan_text(g: &Grading, field: GradingField) -> String {
    use GradingField as F;
    match field {
        F::ExcellentShare => format!("{}%", fraction_to_percent_text(g.excellent_share)),
        F::QuotaRounding => g.quota_rounding.as_str().to_string(),
        F::QuotaMinOne => g.quota_min_one.to_string(),
        F::ExcellentMin => g.excellent_min.to_string(),
        F::GoodMin => g.good_min.to_string(),
        F::PassLine => g.pass_line.to_string(),
        F::SevereLine => g.severe_line.to_string(),
        F::HonourMin => g.honour_min.to_string(),
    }
}

/// The document value for what was typed in a field (`None`: remove the override).
fn typed_value(field: GradingField, text: &str) -> Option<Value> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match field {
        GradingField::QuotaMinOne => Value::Bool(text == "true"),
        // A share is typed in percent; what does not read stays as typed, so the engine's
        // error shows at the field and nothing typed is lost.
        GradingField::ExcellentShare => match percent_text_to_fraction(text) {
            Ok(f) => Value::str(f.to_string()),
            Err(_) => Value::str(text),
        },
        _ => Value::str(text),
    })
}

/// Props of [`SimGrading`].
#[derive(Properties, PartialEq)]
pub struct GradingProps {
    /// The scenario's position in the document's `scenarios`.
    pub scenario: usize,
    /// The scenario's id.
    pub scenario_id: AttrValue,
}

/// The grading override of a scenario.
#[function_component(SimGrading)]
pub fn sim_grading(p: &GradingProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let g = &ws.plan.grading;
    let i = p.scenario;
    let set = |field: GradingField| {
        let (app, scenario) = (app.clone(), p.scenario_id.to_string());
        move |text: String| {
            app.dispatch(Action::Edit(Edit::SetScenarioGrading {
                scenario: scenario.clone(),
                field,
                value: typed_value(field, &text),
            }))
        }
    };
    let whole = scenario_path(i).key("grading");
    let general: Vec<_> = app
        .doc_errors
        .iter()
        .filter(|e| e.path == whole)
        .map(|e| kind_text(app.lang, &e.kind))
        .collect();
    let field = |(k, field): (usize, &GradingField)| {
        let field = *field;
        let label = t.grading_fields.get(k).copied().unwrap_or(field.key());
        let current = grading_text(&app.doc, i, field).unwrap_or_default();
        let plan = plan_text(g, field);
        let errors: Vec<String> = app
            .doc_errors
            .iter()
            .filter(|e| e.path.starts_with(&grading_path(i, field)))
            .map(|e| kind_text(app.lang, &e.kind))
            .collect();
        let id = format!("grading-{i}-{}", field.key());
        let set = set(field);
        let control = match field {
            GradingField::QuotaRounding => {
                let onchange = Callback::from(move |e: Event| {
                    set(e.target_unchecked_into::<HtmlSelectElement>().value())
                });
                let rounding_name = |w: &str| {
                    ROUNDINGS
                        .iter()
                        .position(|x| *x == w)
                        .and_then(|k| t.roundings.get(k))
                        .copied()
                        .unwrap_or_default()
                };
                let opt = |v: &'static str, text: String| {
                    html! { <option value={v} selected={current == v}>{ text }</option> }
                };
                html! {
                    <select id={id.clone()} {onchange} data-testid={id.clone()}>
                        { opt("", format!("{}({})", t.as_plan, rounding_name(&plan))) }
                        { for ROUNDINGS.iter().map(|w| opt(w, rounding_name(w).to_string())) }
                    </select>
                }
            }
            GradingField::QuotaMinOne => {
                let onchange = Callback::from(move |e: Event| {
                    set(e.target_unchecked_into::<HtmlSelectElement>().value())
                });
                let yes_no = |b: &str| if b == "true" { t.yes } else { t.no };
                html! {
                    <select id={id.clone()} {onchange} data-testid={id.clone()}>
                        <option value="" selected={current.is_empty()}>{ format!("{}({})", t.as_plan, yes_no(&plan)) }</option>
                        <option value="true" selected={current == "true"}>{ t.yes }</option>
                        <option value="false" selected={current == "false"}>{ t.no }</option>
                    </select>
                }
            }
            _ => {
                let shown = if field == GradingField::ExcellentShare {
                    parse_decimal(&current)
                        .map(fraction_to_percent_text)
                        .unwrap_or(current)
                } else {
                    current
                };
                let onchange = Callback::from(move |e: Event| {
                    set(e.target_unchecked_into::<HtmlInputElement>().value())
                });
                html! {
                    <input id={id.clone()} type="text" inputmode="decimal" size="6" value={shown}
                        placeholder={fill(t.plan_value, &[("v", &plan)])}
                        aria-invalid={(!errors.is_empty()).to_string()}
                        {onchange} data-testid={id.clone()} />
                }
            }
        };
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                { control }
                { for errors.iter().map(|e| html! { <span class="error" role="alert">{ e }</span> }) }
            </div>
        }
    };
    html! {
        <details class="grading card" open={GradingField::ALL.iter().any(|f| grading_text(&app.doc, i, *f).is_some())}>
            <summary>{ t.grading_heading }</summary>
            <p class="help">{ t.grading_help }</p>
            { for general.iter().map(|e| html! { <p class="error" role="alert">{ e }</p> }) }
            <div class="grading-grid">{ for GradingField::ALL.iter().enumerate().map(field) }</div>
        </details>
    }
}
