//! The bands of a `bands` scoring method: a list of (least value, score) rows, added and
//! removed (at least one stays).

use crate::hooks::{on_edit, use_app};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::widgets::path_errors::PathErrors;
use crate::widgets::table::IconButton;
use scorecard_engine::edit::Edit;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`MethodBands`].
#[derive(Properties, PartialEq)]
pub struct MethodBandsProps {
    /// JSON path of the method (`….method`).
    pub method: JsonPath,
    /// The indicator's id.
    pub indicator: AttrValue,
    /// How many bands it has.
    pub count: usize,
}

/// The bands editor.
#[function_component(MethodBands)]
pub fn method_bands(p: &MethodBandsProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let bpath = p.method.key("bands");
    let n = p.count;
    let indicator = p.indicator.to_string();
    let add = on_edit(
        &app,
        Edit::AddBand {
            indicator: indicator.clone(),
        },
        None,
    );
    html! {
        <div class="params">
            <ol class="bands-list">
                { for (0..n).map(|b| {
                    let remove = on_edit(&app, Edit::RemoveBand { indicator: indicator.clone(), index: b }, None);
                    let number = (b + 1).to_string();
                    html! {
                        <li class="row">
                            <PlanField path={bpath.index(b).key("min")} kind={FieldKind::Decimal}
                                label={format!("{} {}", t.band_min, b + 1)} narrow=true />
                            <PlanField path={bpath.index(b).key("score")} kind={FieldKind::Decimal}
                                label={format!("{} {}", t.band_score, b + 1)} suffix={t.points} narrow=true />
                            { IconButton::acting_on("×", t.remove_band, &number).disabled(n <= 1).view(remove) }
                        </li>
                    }
                }) }
            </ol>
            <PathErrors path={bpath.to_string()} exact=true />
            <button class="small" onclick={add}>{ "+ " }{ t.add_band }</button>
            <p class="help">{ t.bands_help }</p>
        </div>
    }
}
