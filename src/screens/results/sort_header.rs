//! A sortable column header of the ranking table: a button that sorts by the column (a
//! second click reverses), with `aria-sort` and an arrow showing the sort in force.

use crate::hooks::use_app;
use crate::screens::results::sort::{sort_marks, Sort, SortKey};
use yew::prelude::*;

/// Props of [`SortHeader`].
#[derive(Properties, PartialEq)]
pub struct SortHeaderProps {
    /// The column's key.
    pub sort_key: SortKey,
    /// Its title.
    pub label: String,
    /// Its class (`num` or none).
    pub class: &'static str,
    /// The sort in force.
    pub sort: Sort,
    /// A header was activated.
    pub on_sort: Callback<SortKey>,
}

/// The header cell.
#[function_component(SortHeader)]
pub fn sort_header(p: &SortHeaderProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.results();
    let (aria, arrow) = sort_marks(&p.sort, &p.sort_key);
    let onclick = {
        let on_sort = p.on_sort.clone();
        let key = p.sort_key.clone();
        Callback::from(move |_| on_sort.emit(key.clone()))
    };
    let label = &p.label;
    html! {
        <th scope="col" class={p.class} aria-sort={aria} data-sort={p.sort_key.word()}>
            <button type="button" class="sort" {onclick} title={format!("{}{label}", t.sort_by)}>
                { label.to_string() }<span class="arrow" aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}
