//! The root component: owns the state, restores and autosaves it, and lays out the page.

use crate::browser::{js_api, storage};
use crate::demo;
use crate::hooks::{AppContext, AppDispatch};
use crate::state::{Action, AppState, Screen, Source};
use crate::{
    screens::data::view::DataView, screens::files::view::FilesView,
    screens::people::view::PeopleView, screens::plan::view::PlanView,
    screens::results::view::ResultsView, screens::simulate::view::SimulateView,
    widgets::banners::Banners, widgets::header::Header, widgets::nav::Nav,
    widgets::saved_banners::SavedBanners, widgets::screen_panel::ScreenPanel,
};
use yew::prelude::*;

/// The state a page load starts with: the saved workspace and choices, else the demo.
pub fn initial_state() -> AppState {
    let ui = storage::load_ui();
    let (doc, source, unreadable) = match storage::load_saved() {
        storage::SavedDoc::Doc(doc) => (doc, Source::Restored, None),
        storage::SavedDoc::Nothing => (demo::demo_doc(), Source::Demo, None),
        storage::SavedDoc::Unreadable(u) => (demo::demo_doc(), Source::Demo, Some(u)),
    };
    AppState::new(doc, source, ui.lang.unwrap_or_default())
        .with_choices(ui.period, ui.scenario, ui.screen)
        .with_unreadable_save(unreadable)
}

/// The app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    use_effect_with((), |_| {
        js_api::install();
        crate::browser::focus::install_focus_rescue();
    });
    // A save still waiting for the next paint is written when the page is hidden or left.
    use_effect_with((), |_| {
        let listeners = crate::browser::after_paint::install_flush();
        move || drop(listeners)
    });
    // Another tab's save of the workspace: told to the reducer, which holds autosave off.
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_saved_elsewhere(move |text| {
                handle.dispatch(Action::OtherTabSaved(text))
            });
            move || drop(listener)
        });
    }

    // Autosave whatever a reload must restore; report failures, never hide them. The
    // document is written when it changes (a doc save that works clears an earlier
    // failure); the choices when they change (a failure is reported, a success leaves a
    // reported failure of the document standing).
    {
        let handle = state.clone();
        use_effect_with((state.doc.clone(), state.may_save_doc()), move |_| {
            // After the frame that shows the change is painted (see `browser::after_paint`).
            crate::browser::after_paint::after_paint(move || {
                let result = storage::save_doc(&handle).err();
                if result != handle.storage_error {
                    handle.dispatch(Action::StorageError(result));
                }
            });
        });
    }
    {
        let handle = state.clone();
        use_effect_with(
            (
                state.lang,
                state.period.clone(),
                state.scenario.clone(),
                state.screen,
            ),
            move |_| {
                if let Err(e) = storage::save_choices(&handle) {
                    if handle.storage_error.as_ref() != Some(&e) {
                        handle.dispatch(Action::StorageError(Some(e)));
                    }
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
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<AppDispatch> context={state.dispatcher()}>
            <div class="app">
                <Header />
                <Nav />
                <Banners />
                <SavedBanners />
                <main class="screen" id="main"><ScreenPanel>{ screen }</ScreenPanel></main>
                { footer }
            </div>
        </ContextProvider<AppDispatch>>
        </ContextProvider<AppContext>>
    }
}
