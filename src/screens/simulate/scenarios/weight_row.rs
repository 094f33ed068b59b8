//! One dimension's row of the weight editor: a slider (previewed while dragging, written
//! on release) and a percentage input, the band and the plan's weight.

use crate::hooks::use_workspace;
use crate::i18n::sim_scenarios::fill;
use crate::screens::simulate::scenarios::weight_text::{band_text, moved};
use rust_decimal::Decimal;
use scorecard_engine::number::fraction_to_percent_text;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Props of [`WeightRow`].
#[derive(Properties, PartialEq)]
pub struct WeightRowProps {
    /// The dimension id.
    pub dim: AttrValue,
    /// The profile id.
    pub profile: AttrValue,
    /// The profile's name.
    pub profile_name: AttrValue,
    /// The weight shown (the preview while dragging).
    pub weight: Decimal,
    /// The weights in force (a move starts from them).
    pub current: BTreeMap<String, Decimal>,
    /// The dimension's violation marks.
    pub marks: Vec<&'static str>,
    /// The plan's weight, as text.
    pub plan_text: AttrValue,
    /// The weights previewed while dragging.
    pub preview: UseStateHandle<Option<BTreeMap<String, Decimal>>>,
    /// Why a typed weight was refused.
    pub problem: UseStateHandle<Option<String>>,
    /// Writes the profile's weights.
    pub commit: Callback<BTreeMap<String, Decimal>>,
}

/// The row.
#[function_component(WeightRow)]
pub fn weight_row(p: &WeightRowProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let Some(d) = ws.plan.dimension(&p.dim) else {
        return html! {};
    };
    let t = app.lang.sim_scenarios();
    let lang = app.lang;
    let (pid, current, w, m) = (&p.profile, &p.current, p.weight, &p.marks);
    let (preview, problem, commit) = (&p.preview, &p.problem, &p.commit);
    let text = fraction_to_percent_text(w);
    let names = [
        ("dim", d.name.as_str()),
        ("profile", p.profile_name.as_str()),
    ];
    // The profile's weights once this dimension is moved to the text given, or why not.
    let move_to = {
        let (ws, current, dim) = (ws.clone(), current.clone(), d.id.clone());
        Rc::new(move |v: &str| moved(lang, &ws, &current, &dim, v))
    };
    let on_drag = {
        let (move_to, preview) = (move_to.clone(), preview.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(w) = move_to(&v) {
                preview.set(Some(w));
            }
        })
    };
    let on_release = {
        let (move_to, preview, commit) = (move_to.clone(), preview.clone(), commit.clone());
        Callback::from(move |e: Event| {
            if let Ok(w) = move_to(&input_value(&e)) {
                commit.emit(w);
            }
            preview.set(None);
        })
    };
    let on_typed = {
        let (problem, commit) = (problem.clone(), commit.clone());
        Callback::from(move |e: Event| match move_to(&input_value(&e)) {
            Ok(w) => {
                problem.set(None);
                commit.emit(w);
            }
            Err(msg) => problem.set(Some(msg)),
        })
    };
    let plan_text = p.plan_text.clone();
    html! {
        <tr class={classes!((!m.is_empty()).then_some("bad"))} data-dim={d.id.clone()}>
            <th scope="row">
                { &d.name }
                { for m.iter().map(|x| html! { <span class="chip bad">{ *x }</span> }) }
            </th>
            <td class="slider">
                <input type="range" min="0" max="100" step="1" value={text.clone()}
                    aria-label={fill(t.slider_label, &names)}
                    data-testid={format!("ws-{pid}-{}", d.id)}
                    oninput={on_drag} onchange={on_release} />
            </td>
            <td class="pct">
                <input type="text" inputmode="decimal" size="4" value={text}
                    aria-label={fill(t.input_label, &names)}
                    data-testid={format!("w-{pid}-{}", d.id)}
                    onchange={on_typed} />
                <span aria-hidden="true">{ "%" }</span>
            </td>
            <td class="band num">{ band_text(d.band) }</td>
            <td class="plan num">{ plan_text }</td>
        </tr>
    }
}
