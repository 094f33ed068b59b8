//! The summary's warning and flag counts, each a shortcut that filters the table by it
//! (pressed again, it clears the filter).

use crate::hooks::use_app;
use crate::screens::results::filters::{FilterEdit, FilterProps};
use crate::screens::results::selection::toggled_filter;
use scorecard_engine::report::{self, UnitFilter};
use yew::prelude::*;

/// The two count cards.
#[function_component(SummaryCounts)]
pub fn summary_counts(p: &FilterProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let Some(rs) = app.results() else {
        return html! {};
    };
    let t = app.lang.results();
    let c = app.lang.common();
    let filter_by = |f: &UnitFilter| {
        let on = p.on_filter.clone();
        let next = toggled_filter(&p.filter, f);
        Callback::from(move |_| on.emit(FilterEdit::Set(next.clone())))
    };
    html! {
        <>
            <div class="stat">
                <span>{ t.warnings_heading }</span>
                <ul class="counts">
                    { for report::warning_counts(rs).iter().map(|(w, n)| {
                        let f = UnitFilter { warning: Some(*w), ..Default::default() };
                        let pressed = p.filter == f;
                        html! {
                            <li>
                                <button type="button" class={classes!("count-button", "light", w.as_str())}
                                    aria-pressed={pressed.to_string()} disabled={*n == 0}
                                    data-testid={format!("count-{}", w.as_str())}
                                    onclick={filter_by(&f)}>
                                    { c.warning(w.as_str()) }<b>{ n }</b>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <div class="stat">
                <span>{ t.flags_heading }</span>
                <ul class="counts">
                    { for report::flag_counts(rs).iter().map(|(w, n)| {
                        let f = UnitFilter { flag: Some(w.to_string()), ..Default::default() };
                        let pressed = p.filter == f;
                        html! {
                            <li>
                                <button type="button" class={classes!("count-button", "chip", *w, (*n == 0).then_some("zero"))}
                                    aria-pressed={pressed.to_string()} disabled={*n == 0}
                                    title={c.flag_explained(w)}
                                    data-testid={format!("count-{w}")}
                                    onclick={filter_by(&f)}>
                                    { c.flag(w) }<b>{ n }</b>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </>
    }
}
