//! Rows in view: a long table renders only the rows near what the user can see, with a spacer
//! row above and below that keeps the scroll bar's size and place, so 10 000 units scroll as
//! smoothly as 20 and a period switch lays out a screenful of rows, not every row.
//!
//! The hook measures the table body against its scroll box and the window (whichever clips it
//! more: the box scrolls on tall screens, the page on short ones), from the rows' average
//! height, and keeps a window of whole blocks around the rows in view so that a scroll of a few
//! rows renders nothing new. A table of [`ALL_BELOW`] rows or fewer is rendered whole, and so
//! is any table while `whole` is asked for (printing).

use gloo::events::{EventListener, EventListenerOptions};
use std::ops::Range;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Tables with at most this many rows are rendered whole.
pub const ALL_BELOW: usize = 80;
/// Rows are rendered in blocks of this many.
pub const BLOCK: usize = 16;
/// Rows rendered beyond the view, at least, above and below it.
pub const OVERSCAN: usize = 24;
/// The rows' height guessed before any is measured, in CSS pixels.
const FIRST_GUESS: f64 = 32.0;

/// The rows to render of `total`, when rows `first..last` are in view: whole blocks, with at
/// least [`OVERSCAN`] rows on either side; all of them for a short table.
pub fn window_for(total: usize, first: usize, last: usize) -> Range<usize> {
    if total <= ALL_BELOW {
        return 0..total;
    }
    let last = last.max(first).min(total);
    let start = first.min(total).saturating_sub(OVERSCAN) / BLOCK * BLOCK;
    let end = (last + OVERSCAN).div_ceil(BLOCK) * BLOCK;
    start..end.min(total)
}

/// The rows in view, `first..last`, of a body whose top is at `body_top` and whose rows are
/// `row_height` high, seen through `view_top..view_bottom` (all in the viewport's pixels).
pub fn rows_in_view(
    body_top: f64,
    row_height: f64,
    view_top: f64,
    view_bottom: f64,
) -> (usize, usize) {
    let h = if row_height.is_finite() && row_height >= 1.0 {
        row_height
    } else {
        FIRST_GUESS
    };
    let row_at = |y: f64| ((y - body_top) / h).max(0.0);
    // `as` saturates: a huge or NaN offset is row 0 or the last row, never a wrap.
    let first = row_at(view_top).floor() as usize;
    let last = row_at(view_bottom.max(view_top)).ceil() as usize;
    (first, last)
}

/// What the table shows: the rows to render and the heights of the spacers around them.
#[derive(Clone, Debug, PartialEq)]
pub struct RowWindow {
    /// The rows to render.
    pub rows: Range<usize>,
    /// The spacer above them, in CSS pixels.
    pub above: f64,
    /// The spacer below them, in CSS pixels.
    pub below: f64,
}

impl RowWindow {
    fn new(total: usize, rows: Range<usize>, row_height: f64) -> Self {
        let above = rows.start as f64 * row_height;
        let below = total.saturating_sub(rows.end) as f64 * row_height;
        RowWindow { rows, above, below }
    }

    /// Whether every row is rendered.
    pub fn is_whole(&self, total: usize) -> bool {
        self.rows == (0..total)
    }
}

/// Measures the body behind `body` (a `<tbody>` whose data rows carry `data-unit`) and
/// returns the window to render; renders again when a scroll or a resize (or a new `total`)
/// moves it to other blocks. The rows' height is measured at those moments, not after every
/// render, so a measurement cannot make the window it measured change again.
#[hook]
pub fn use_row_window(body: NodeRef, total: usize, whole: bool) -> RowWindow {
    let height = use_mut_ref(|| FIRST_GUESS);
    let range = use_state_eq(|| window_for(total, 0, 0));
    // Scrolling anywhere (the box or the page) and resizing move the view.
    {
        let (body, height, range) = (body.clone(), height.clone(), range.clone());
        use_effect_with(total, move |&total| {
            let update = move || {
                if let Some(r) = measure(&body, &mut height.borrow_mut(), total) {
                    range.set(r);
                }
            };
            update();
            let update = std::rc::Rc::new(update);
            let listen = |target: &web_sys::EventTarget, kind: &'static str| {
                let update = update.clone();
                let options = EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(target, kind, options, move |_| update())
            };
            let listeners = web_sys::window().map(|w| {
                let doc: web_sys::EventTarget =
                    w.document().map_or_else(|| w.clone().into(), Into::into);
                [listen(&doc, "scroll"), listen(&w, "resize")]
            });
            move || drop(listeners)
        });
    }
    let rows = if whole || total <= ALL_BELOW {
        0..total
    } else {
        // Until the effect has measured a new total's place, what was in view, inside it.
        range.start.min(total)..range.end.min(total)
    };
    let h = *height.borrow();
    RowWindow::new(total, rows, h)
}

/// The window for the body's place now, updating the measured row height on the way.
fn measure(body: &NodeRef, height: &mut f64, total: usize) -> Option<Range<usize>> {
    let body = body.cast::<web_sys::Element>()?;
    let rows = body.query_selector_all(":scope > tr[data-unit]").ok()?;
    let first = rows
        .item(0)
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    let last = rows
        .item(rows.length().saturating_sub(1))
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    if let (Some(a), Some(b)) = (first, last) {
        let span = b.get_bounding_client_rect().bottom() - a.get_bounding_client_rect().top();
        let h = span / f64::from(rows.length().max(1));
        if h.is_finite() && h >= 1.0 {
            *height = h;
        }
    }
    let window = web_sys::window()?;
    let view_bottom = window.inner_height().ok()?.as_f64()?;
    let (mut top, mut bottom) = (0.0_f64, view_bottom);
    if let Some(scroller) = body.closest(".table-wrap").ok().flatten() {
        let r = scroller.get_bounding_client_rect();
        top = top.max(r.top());
        bottom = bottom.min(r.bottom());
    }
    let (first, last) = rows_in_view(body.get_bounding_client_rect().top(), *height, top, bottom);
    Some(window_for(total, first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tables_are_whole() {
        assert_eq!(window_for(ALL_BELOW, 50, 60), 0..ALL_BELOW);
        assert_eq!(window_for(0, 0, 0), 0..0);
    }

    #[test]
    fn a_long_table_renders_whole_blocks_around_the_view() {
        let w = window_for(10_000, 100, 125);
        assert!(
            w.start <= 100 - OVERSCAN && w.end >= 125 + OVERSCAN,
            "{w:?}"
        );
        assert_eq!((w.start % BLOCK, w.end % BLOCK), (0, 0));
        assert!(w.len() <= 25 + 2 * (OVERSCAN + BLOCK), "{w:?}");
        // A scroll of a row or two inside the block renders the same rows.
        assert_eq!(window_for(10_000, 101, 126), w);
    }

    #[test]
    fn the_window_stays_inside_the_table() {
        assert_eq!(window_for(200, 0, 20).start, 0);
        assert_eq!(window_for(200, 190, 230).end, 200);
        assert_eq!(window_for(200, 500, 530), 176..200);
        assert_eq!(window_for(200, 30, 10), window_for(200, 30, 30));
    }

    #[test]
    fn rows_in_view_follow_the_body_under_the_view() {
        // The body starts 100 px above the view's top: rows 3.x to 12.x are in view.
        assert_eq!(rows_in_view(-100.0, 32.0, 0.0, 300.0), (3, 13));
        // The body starts below the view's top: its first row is the first in view.
        assert_eq!(rows_in_view(200.0, 32.0, 0.0, 700.0), (0, 16));
        // No height measured yet, or nonsense: the first guess.
        assert_eq!(rows_in_view(0.0, f64::NAN, 0.0, 320.0), (0, 10));
        assert_eq!(rows_in_view(0.0, 0.0, 0.0, 320.0), (0, 10));
    }

    #[test]
    fn spacers_stand_for_the_rows_not_rendered() {
        let w = RowWindow::new(1000, 96..160, 30.0);
        assert_eq!((w.above, w.below), (96.0 * 30.0, 840.0 * 30.0));
        assert!(!w.is_whole(1000));
        assert!(RowWindow::new(10, 0..10, 30.0).is_whole(10));
    }
}
