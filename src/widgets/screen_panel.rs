//! The tabpanel the screen tabs ([`crate::widgets::nav`]) control: the open screen, labelled
//! by its tab, with a heading level of its own starting under the page's `<h1>`.

use crate::hooks::use_app;
use crate::widgets::nav::tab_id;
use yew::prelude::*;

/// Props of [`ScreenPanel`].
#[derive(Properties, PartialEq)]
pub struct ScreenPanelProps {
    /// The open screen.
    pub children: Html,
}

/// The panel.
#[function_component(ScreenPanel)]
pub fn screen_panel(p: &ScreenPanelProps) -> Html {
    let Some(app) = use_app() else {
        return p.children.clone();
    };
    html! {
        <div role="tabpanel" id="screen-panel" aria-labelledby={tab_id(app.screen)}
            data-screen={app.screen.word()}>
            { p.children.clone() }
        </div>
    }
}
