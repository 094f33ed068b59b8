//! The app's custom hooks: how a component reaches the shared state.

use crate::state::AppState;
use yew::prelude::*;

/// The state handle every component reaches through [`use_app`].
pub type AppContext = UseReducerHandle<AppState>;

/// The app's state handle, inside [`crate::App`] (`None` only for a component rendered alone).
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}
