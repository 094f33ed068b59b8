//! The inputs of the data grid's cells and their spreadsheet-like keyboard moves: every
//! input carries `data-nav="col-row"`, and Enter moves down a row (Shift+Enter up).

use crate::browser::focus::focus_selector;
use yew::prelude::*;

/// The `data-nav` value of the input at (`row`, `col`).
pub fn nav_id(row: usize, col: usize) -> String {
    format!("{col}-{row}")
}

/// The grid column of part `sub` (0 reported, 1 value or audited, 2 planned) of the cell in
/// indicator column `col`.
pub fn nav_col(col: usize, sub: usize) -> usize {
    col * 3 + sub
}

/// The row Enter moves to from `row`: down, or up with Shift (none above the first).
pub fn enter_target(row: usize, shift: bool) -> Option<usize> {
    if shift {
        row.checked_sub(1)
    } else {
        Some(row + 1)
    }
}

/// Moves the focus to the input at (`row`, `col`) of the grid, when there is one.
fn focus_cell(row: usize, col: usize) {
    focus_selector(&format!("[data-nav=\"{}\"]", nav_id(row, col)));
}

/// Enter moves down a row, Shift+Enter up, like a spreadsheet.
fn on_enter(row: usize, col: usize) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            if let Some(to) = enter_target(row, e.shift_key()) {
                focus_cell(to, col);
            }
        }
    })
}

/// One input of a grid cell.
pub struct NavInput {
    /// `class` (only the plain value input has one).
    pub class: Option<&'static str>,
    /// The text shown.
    pub value: String,
    /// Typing.
    pub oninput: Callback<InputEvent>,
    /// Accessible label.
    pub label: String,
    /// Whether the value has errors.
    pub invalid: bool,
    /// The errors' element id, when invalid.
    pub describedby: Option<String>,
    /// Grid row.
    pub row: usize,
    /// Grid column (see [`nav_col`]).
    pub col: usize,
    /// `data-testid`.
    pub testid: String,
}

/// The `<input>`.
pub fn nav_input(i: NavInput) -> Html {
    html! {
        <input type="text" inputmode="decimal" class={i.class}
            value={i.value} oninput={i.oninput}
            aria-label={i.label}
            aria-invalid={i.invalid.then_some("true")}
            aria-describedby={i.describedby}
            data-nav={nav_id(i.row, i.col)}
            onkeydown={on_enter(i.row, i.col)}
            data-testid={i.testid} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_moves_down_and_shift_enter_up_but_not_past_the_top() {
        assert_eq!(enter_target(0, false), Some(1));
        assert_eq!(enter_target(3, true), Some(2));
        assert_eq!(enter_target(0, true), None);
    }

    #[test]
    fn each_indicator_takes_three_navigation_columns() {
        assert_eq!(nav_col(0, 1), 1);
        assert_eq!(nav_col(2, 0), 6);
        assert_eq!(nav_col(2, 2), 8);
        assert_eq!(nav_id(4, 7), "7-4");
    }
}
