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

/// The state handle and the last valid workspace (`None` before any workspace is valid, or
/// for a component rendered alone): what most views start from.
#[hook]
pub fn use_workspace() -> Option<(AppContext, std::rc::Rc<scorecard_engine::Workspace>)> {
    let app = use_app()?;
    let ws = app.workspace.clone()?;
    Some((app, ws))
}
