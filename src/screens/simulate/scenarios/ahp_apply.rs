//! AHP's "apply": the weights found, written to a profile of a scenario (or of a new one)
//! as one edit of the document.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::ahp_logic::{chosen_profile, chosen_target};
use crate::state::Action;
use crate::widgets::options::options;
use rust_decimal::Decimal;
use scorecard_engine::edit::{entries, next_id, Edit, Kind};
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`AhpApply`].
#[derive(Properties, PartialEq)]
pub struct AhpApplyProps {
    /// The weights to apply (none while AHP fails).
    pub weights: Option<Rc<BTreeMap<String, Decimal>>>,
    /// The message after applying (cleared when the judgments change).
    pub applied: UseStateHandle<Option<String>>,
}

/// The apply fieldset.
#[function_component(AhpApply)]
pub fn ahp_apply(p: &AhpApplyProps) -> Html {
    let profile = use_state(String::new);
    let target = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_scenarios();
    let plan = &ws.plan;
    let list = entries(&app.doc);
    let chosen_profile = chosen_profile(plan, &profile);
    let chosen_target = chosen_target(&list, target.as_deref());
    let on_profile = {
        let profile = profile.clone();
        Callback::from(move |e: Event| {
            profile.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            target.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let on_apply = p.weights.as_ref().map(|w| {
        let (app, ws, applied, target) =
            (app.clone(), ws.clone(), p.applied.clone(), target.clone());
        let w = (**w).clone();
        let pid = chosen_profile.clone();
        let list = list.clone();
        Callback::from(move |_| {
            let t = app.lang.sim_scenarios();
            let pname = ws
                .plan
                .profile(&pid)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let sname = match chosen_target.and_then(|i| list.get(i)) {
                Some(e) => {
                    app.dispatch(Action::Edit(Edit::SetScenarioWeights {
                        scenario: e.id.clone(),
                        profile: pid.clone(),
                        weights: Some(w.clone()),
                    }));
                    e.name.clone()
                }
                None => {
                    let id = next_id(&app.doc, Kind::Scenario);
                    let name = t.ahp_scenario_name.to_string();
                    app.dispatch(Action::Edit(Edit::AddScenario {
                        id: id.clone(),
                        name: name.clone(),
                        weights: [(pid.clone(), w.clone())].into_iter().collect(),
                    }));
                    target.set(Some(id));
                    name
                }
            };
            applied.set(Some(fill(
                t.applied,
                &[("profile", &pname), ("scenario", &sname)],
            )));
        })
    });
    html! {
        <fieldset class="ahp-apply">
            <legend>{ t.apply_heading }</legend>
            <label>
                <span>{ t.apply_profile }</span>
                <select onchange={on_profile} data-testid="ahp-profile">
                    { options(plan.profiles.iter().map(|p| (p.id.as_str(), p.name.as_str())), &chosen_profile) }
                </select>
            </label>
            <label>
                <span>{ t.apply_scenario }</span>
                <select onchange={on_target} data-testid="ahp-target">
                    { for list.iter().map(|e| html! {
                        <option value={e.id.clone()} selected={chosen_target == Some(e.index)}>{ &e.name }</option>
                    }) }
                    <option value="" selected={chosen_target.is_none()}>{ t.apply_new }</option>
                </select>
            </label>
            <button class="primary" onclick={on_apply.clone().unwrap_or_default()}
                disabled={on_apply.is_none()} data-testid="ahp-apply">{ t.apply }</button>
            if let Some(msg) = &*p.applied {
                <p class="banner ok" role="status" data-testid="ahp-applied">{ msg }</p>
            }
        </fieldset>
    }
}
