//! The appeal's requested value: a level (or "strike off") for an event, else the value
//! as typed.

use crate::hooks::use_workspace;
use crate::screens::simulate::appeals::draft::STRIKE;
use crate::widgets::options::options;
use scorecard_engine::json::Value;
use scorecard_engine::simulate::sandbox::RecordInput;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The level of an event input now (empty for anything else).
pub fn current_level(input: Option<&RecordInput>) -> String {
    input
        .and_then(|i| i.value.get("level"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Props of [`RequestedControl`].
#[derive(Properties, PartialEq)]
pub struct RequestedControlProps {
    /// The input is an event.
    pub is_event: bool,
    /// The event's level now (shown until another is picked).
    pub current_level: AttrValue,
    /// What was asked for so far.
    pub requested: AttrValue,
    /// Called with what is asked for.
    pub on_change: Callback<String>,
}

/// The control.
#[function_component(RequestedControl)]
pub fn requested_control(p: &RequestedControlProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_appeals();
    if p.is_event {
        let pick = if p.requested.is_empty() {
            p.current_level.clone()
        } else {
            p.requested.clone()
        };
        let onchange = p
            .on_change
            .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
        html! {
            <select id="appeal-requested" data-testid="appeal-requested" {onchange}>
                { options(ws.plan.deductions.levels.iter().map(|l| (l.id.as_str(), l.name.as_str())), &pick) }
                <option value={STRIKE} selected={pick.as_str() == STRIKE}>{ t.strike_off }</option>
            </select>
        }
    } else {
        let oninput = p
            .on_change
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id="appeal-requested" type="text" class="num-input" data-testid="appeal-requested"
                value={p.requested.clone()} {oninput} />
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::simulate::sandbox::InputKind;

    #[test]
    fn the_current_level_is_the_events() {
        let ev = RecordInput {
            path: "events[0]".into(),
            kind: InputKind::Event { index: 0 },
            value: Value::Object(vec![("level".into(), Value::str("major"))]),
        };
        assert_eq!(current_level(Some(&ev)), "major");
        assert_eq!(current_level(None), "");
    }
}
