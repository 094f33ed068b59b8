//! The data screen: per period, the grid of units × indicators and a unit's record editor;
//! the units and the people. Every edit goes into the workspace document and the results
//! recompute at once; the engine's errors show at the fields they concern.

use crate::hooks::{on_action, use_workspace};
use crate::screens::data::entry::DataEntry;
use crate::screens::data::field::selected;
use crate::screens::data::people::DataPeople;
use crate::screens::data::units::DataUnits;
use crate::state::Action;
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// The parts of the data screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Entry,
    Units,
    People,
}

/// The data screen.
#[function_component(DataView)]
pub fn data_view() -> Html {
    let view = use_state(|| View::Entry);
    let open_unit = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let tab = |v: View, label: &'static str, word: &'static str| {
        let view = view.clone();
        let active = *view == v;
        html! {
            <button type="button" role="tab" class={classes!("subtab", active.then_some("active"))}
                aria-selected={active.to_string()} data-testid={format!("data-view-{word}")}
                onclick={Callback::from(move |_| view.set(v))}>{ label }</button>
        }
    };
    let on_period = on_action(&app, |e: Event| {
        Some(Action::SetPeriod(PeriodChoice::from_word(&selected(&e))))
    });
    let period_word = app.period.as_word().to_string();
    let period_select = html! {
        <label class="period-pick">
            <span>{ c.period }</span>
            <select onchange={on_period} data-testid="data-period">
                { for ws.plan.periods.iter().map(|p| html! {
                    <option value={p.id.clone()} selected={p.id == period_word}>{ &p.name }</option>
                }) }
                <option value="annual" selected={period_word == "annual"}>{ c.annual }</option>
            </select>
        </label>
    };

    let on_open = {
        let open_unit = open_unit.clone();
        Callback::from(move |id: Option<String>| open_unit.set(id))
    };
    html! {
        <section class="data-screen" aria-labelledby="data-h">
            <div class="data-top">
                <h2 id="data-h">{ t.heading }</h2>
                <div class="subtabs" role="tablist" aria-label={t.views_label}>
                    { tab(View::Entry, t.view_entry, "entry") }
                    { tab(View::Units, t.view_units, "units") }
                    { tab(View::People, t.view_people, "people") }
                </div>
                if *view == View::Entry {
                    { period_select }
                }
            </div>
            { match *view {
                View::Entry => html! { <DataEntry open_unit={(*open_unit).clone()} {on_open} /> },
                View::Units => html! { <DataUnits /> },
                View::People => html! { <DataPeople /> },
            } }
        </section>
    }
}
