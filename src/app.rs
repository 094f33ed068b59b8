//! The root component: owns the state, restores and autosaves it, and lays out the page.

use crate::browser::{js_api, storage};
use crate::components::{
    banners::Banners, data_view::DataView, files_view::FilesView, header::Header, nav::Nav,
    people_view::PeopleView, plan_view::PlanView, results_view::ResultsView,
    simulate_view::SimulateView,
};
use crate::demo;
use crate::state::{Action, AppState, Screen, Source};
use yew::prelude::*;

/// The state handle every component reaches through [`use_app`].
pub type AppContext = UseReducerHandle<AppState>;

/// The app's state handle, inside [`App`] (`None` only for a component rendered alone).
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// The state a page load starts with: the saved workspace and choices, else the demo.
pub fn initial_state() -> AppState {
    let ui = storage::load_ui();
    let (doc, source) = match storage::load_doc() {
        Some(doc) => (doc, Source::Restored),
        None => (demo::demo_doc(), Source::Demo),
    };
    AppState::new(doc, source, ui.lang.unwrap_or_default()).with_choices(
        ui.period,
        ui.scenario,
        ui.screen,
    )
}

/// The app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    use_effect_with((), |_| js_api::install());

    // Autosave whatever a reload must restore; report failures, never hide them.
    {
        let handle = state.clone();
        use_effect_with(
            (
                state.doc.clone(),
                state.lang,
                state.period.clone(),
                state.scenario.clone(),
                state.screen,
            ),
            move |_| {
                let result = storage::save_state(&handle).err();
                if result != handle.storage_error {
                    handle.dispatch(Action::StorageError(result));
                }
            },
        );
    }
    use_effect_with(state.lang, |lang| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang.code());
        }
    });

    let t = state.lang.common();
    let footer = html! {
        <footer class="app-footer">
            <span data-testid="engine-version">{ t.engine }{ " " }{ scorecard_engine::version() }</span>
            { " · " }{ t.local_only }
        </footer>
    };
    let screen = match state.screen {
        Screen::Results => html! { <ResultsView /> },
        Screen::People => html! { <PeopleView /> },
        Screen::Data => html! { <DataView /> },
        Screen::Plan => html! { <PlanView /> },
        Screen::Simulate => html! { <SimulateView /> },
        Screen::Files => html! { <FilesView /> },
    };
    html! {
        <ContextProvider<AppContext> context={state}>
            <div class="app">
                <Header />
                <Nav />
                <Banners />
                <main class="screen" id="main">{ screen }</main>
                { footer }
            </div>
        </ContextProvider<AppContext>>
    }
}
