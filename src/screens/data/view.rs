//! The data screen: per period, the grid of units × indicators and a unit's record editor;
//! the units and the people. Every edit goes into the workspace document and the results
//! recompute at once; the engine's errors show at the fields they concern.

use crate::hooks::{on_action, use_workspace};
use crate::screens::data::entry::DataEntry;
use crate::screens::data::field::selected;
use crate::screens::data::people::DataPeople;
use crate::screens::data::units::DataUnits;
use crate::state::Action;
use crate::widgets::tab_keys::{on_tab_keys, tab_index};
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// The parts of the data screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Entry,
    Units,
    People,
}

/// The views in tab order, with their words.
const VIEWS: [(View, &str); 3] = [
    (View::Entry, "entry"),
    (View::Units, "units"),
    (View::People, "people"),
];

/// The id of a view's tab.
fn tab_id(i: usize) -> String {
    VIEWS
        .get(i)
        .map(|(_, w)| format!("data-tab-{w}"))
        .unwrap_or_default()
}

/// The data screen.
#[function_component(DataView)]
pub fn data_view() -> Html {
    let view = use_state(|| View::Entry);
    let open_unit = use_state(|| None::<String>);
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let c = app.lang.common();
    let current = VIEWS.iter().position(|(v, _)| *v == *view).unwrap_or(0);
    let tab = |v: View, label: &'static str, word: &'static str| {
        let view = view.clone();
        let active = *view == v;
        let i = VIEWS.iter().position(|(x, _)| *x == v).unwrap_or(0);
        html! {
            <button type="button" role="tab" class={classes!("subtab", active.then_some("active"))}
                id={tab_id(i)} aria-selected={active.to_string()} tabindex={tab_index(active)}
                aria-controls={active.then_some("data-panel")} data-testid={format!("data-view-{word}")}
                onclick={Callback::from(move |_| view.set(v))}>{ label }</button>
        }
    };
    let on_keys = {
        let view = view.clone();
        on_tab_keys(current, VIEWS.len(), tab_id, move |i| {
            if let Some((v, _)) = VIEWS.get(i) {
                view.set(*v);
            }
        })
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

    // Templates and spreadsheet import live on the files screen; the link is where a user
    // about to type a year of figures looks.
    let to_sheets = on_action(&app, |_: MouseEvent| {
        Some(Action::SetScreen(crate::state::Screen::Files))
    });
    let on_open = {
        let open_unit = open_unit.clone();
        Callback::from(move |id: Option<String>| open_unit.set(id))
    };
    html! {
        <section class="data-screen" aria-labelledby="data-h">
            <div class="data-top">
                <h2 id="data-h">{ t.heading }</h2>
                <div class="subtabs" role="tablist" aria-label={t.views_label} onkeydown={on_keys}>
                    { tab(View::Entry, t.view_entry, "entry") }
                    { tab(View::Units, t.view_units, "units") }
                    { tab(View::People, t.view_people, "people") }
                </div>
                if *view == View::Entry {
                    { period_select }
                }
                <button class="link to-sheets" onclick={to_sheets} data-testid="data-to-sheets">{ t.to_sheets }</button>
            </div>
            <div role="tabpanel" id="data-panel" aria-labelledby={tab_id(current)}>
                { match *view {
                    View::Entry => html! { <DataEntry open_unit={(*open_unit).clone()} {on_open} /> },
                    View::Units => html! { <DataUnits /> },
                    View::People => html! { <DataPeople /> },
                } }
            </div>
        </section>
    }
}
