//! The app's custom hooks and callbacks: how a component reaches the shared state, and how
//! its buttons and inputs change it.

pub mod printing;
pub mod row_window;

use crate::state::{Action, AppState};
use scorecard_engine::edit::Edit;
use yew::prelude::*;

/// The state handle every component reaches through [`use_app`].
pub type AppContext = UseReducerHandle<AppState>;

/// The state's dispatcher alone. A component that only changes the state, and gets what it
/// shows through its props, takes this ([`use_dispatch`]) instead of [`use_app`]: the
/// dispatcher never changes, so the component is not rendered again at every change of the
/// state, only when its props change (the data grid's cells: a typed digit renders the
/// cells whose figures it changed, not every cell of every row).
pub type AppDispatch = UseReducerDispatcher<AppState>;

/// The state's dispatcher, inside [`crate::App`] (`None` only for a component rendered alone).
#[hook]
pub fn use_dispatch() -> Option<AppDispatch> {
    use_context::<AppDispatch>()
}

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

/// A ref for the element that takes the focus (and, with `scroll`, is scrolled into view)
/// each time `dep` changes, when it is on the page: a confirmation as it appears, an editor
/// as it opens.
#[hook]
pub fn use_focus<D: PartialEq + 'static>(dep: D, scroll: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(dep, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                if scroll {
                    el.scroll_into_view();
                }
            }
        });
    }
    node
}

/// Asks the user to confirm (a native dialog: keyboard and screen-reader usable).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// A callback dispatching the action `make` builds from what it receives (`None`: nothing).
pub fn on_action<T: 'static>(
    app: &AppContext,
    make: impl Fn(T) -> Option<Action> + 'static,
) -> Callback<T> {
    let app = app.clone();
    Callback::from(move |x: T| {
        if let Some(action) = make(x) {
            app.dispatch(action);
        }
    })
}

/// A button's click applying `edit` (one undo step), after `ask` is confirmed (if any).
pub fn on_edit(app: &AppContext, edit: Edit, ask: Option<String>) -> Callback<MouseEvent> {
    on_action(app, move |_: MouseEvent| {
        let refused = ask.as_deref().is_some_and(|m| !confirm(m));
        (!refused).then(|| Action::Edit(edit.clone()))
    })
}

/// The callback renaming the item `id` to the id it receives, through the edit `make` builds
/// from (old id, new id) — the renames that keep references in step.
pub fn on_rename(app: &AppContext, id: &str, make: fn(String, String) -> Edit) -> Callback<String> {
    let id = id.to_string();
    on_action(app, move |new| Some(Action::Edit(make(id.clone(), new))))
}
