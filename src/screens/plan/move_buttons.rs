//! The up and down buttons of an item of the plan whose order matters (a dimension — the
//! first is the core —, a period): each moves it one place, as one undo step.

use crate::hooks::{on_edit, AppContext};
use crate::widgets::table::IconButton;
use scorecard_engine::edit::{Direction, Edit, Kind};
use yew::prelude::*;

/// The buttons of the item `id` of `kind`, shown as `name`, at place `i` of `n`.
pub fn move_buttons(
    app: &AppContext,
    kind: Kind,
    id: &str,
    name: &str,
    i: usize,
    n: usize,
) -> Html {
    let t = app.lang.plan();
    let moved = |direction: Direction| {
        let edit = Edit::Move {
            kind,
            id: id.to_string(),
            direction,
        };
        on_edit(app, edit, None)
    };
    html! {
        <>
            { IconButton::acting_on("↑", t.move_up, name).disabled(i == 0).view(moved(Direction::Up)) }
            { IconButton::acting_on("↓", t.move_down, name).disabled(i + 1 >= n).view(moved(Direction::Down)) }
        </>
    }
}
