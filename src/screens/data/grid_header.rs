//! The data grid's header: dimension groups over their indicators, each indicator with its
//! method hint and the switches for reported/audited pairs and planned values.

use crate::hooks::use_app;
use crate::screens::data::columns::method_hint;
use scorecard_engine::model::Indicator;
use yew::prelude::*;

/// Props of [`GridHeader`].
#[derive(Properties, PartialEq)]
pub struct GridHeaderProps {
    /// Value indicators grouped by dimension name.
    pub groups: Vec<(String, Vec<Indicator>)>,
    /// Per indicator (in group order), whether its column shows pairs.
    pub pair_on: Vec<bool>,
    /// Per indicator, whether its column shows the planned value.
    pub planned_on: Vec<bool>,
    /// Flips a pairs column: `(indicator id, on now)`.
    pub on_toggle_audit: Callback<(String, bool)>,
    /// Flips a planned column: `(indicator id, on now)`.
    pub on_toggle_planned: Callback<(String, bool)>,
}

fn flip(cb: &Callback<(String, bool)>, id: &str, on: bool) -> Callback<MouseEvent> {
    let cb = cb.clone();
    let id = id.to_string();
    Callback::from(move |_| cb.emit((id.clone(), on)))
}

/// The grid's `<thead>`.
#[function_component(GridHeader)]
pub fn grid_header(p: &GridHeaderProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let indicators = p.groups.iter().flat_map(|(_, i)| i.iter());
    html! {
        <thead>
            <tr>
                <th scope="col" rowspan="2" class="unit-col">{ t.unit }</th>
                { for p.groups.iter().map(|(name, inds)| html! {
                    <th scope="colgroup" colspan={inds.len().to_string()} class="dim">{ name }</th>
                }) }
                <th scope="col" rowspan="2" class="score-col">{ t.score }</th>
                <th scope="col" rowspan="2">{ t.details }</th>
            </tr>
            <tr>
                { for indicators.enumerate().map(|(k, ind)| {
                    let (hint, full) = method_hint(app.lang, ind);
                    let pair = p.pair_on.get(k).copied().unwrap_or(false);
                    let planned = p.planned_on.get(k).copied().unwrap_or(false);
                    html! {
                        <th scope="col" class="ind" data-indicator={ind.id.clone()}>
                            <div class="ind-name" lang={app.lang.data_lang(&ind.name)}>{ &ind.name }</div>
                            <div class="ind-hint" title={full}>{ hint }</div>
                            <div class="ind-toggles">
                                <button type="button" class="toggle" aria-pressed={pair.to_string()}
                                    aria-label={t.toggle_audit_aria.replace("{indicator}", &ind.name)}
                                    data-testid={format!("toggle-audit-{}", ind.id)}
                                    onclick={flip(&p.on_toggle_audit, &ind.id, pair)}>{ t.toggle_audit }</button>
                                <button type="button" class="toggle" aria-pressed={planned.to_string()}
                                    aria-label={t.toggle_planned_aria.replace("{indicator}", &ind.name)}
                                    data-testid={format!("toggle-planned-{}", ind.id)}
                                    onclick={flip(&p.on_toggle_planned, &ind.id, planned)}>{ t.toggle_planned }</button>
                            </div>
                        </th>
                    }
                }) }
            </tr>
        </thead>
    }
}
