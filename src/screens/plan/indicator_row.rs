//! One indicator's row in its dimension's table: id (renaming follows references), name,
//! weight, scoring method and the remove button.

use crate::hooks::use_app;
use crate::plan_edit;
use crate::screens::plan::doc::{confirm, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::method::PlanMethod;
use crate::state::Action;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`IndicatorRow`].
#[derive(Properties, PartialEq)]
pub struct IndicatorRowProps {
    /// Index of the dimension.
    pub dim: usize,
    /// Index of the indicator in it.
    pub index: usize,
    /// The indicator as the document has it.
    pub indicator: Value,
    /// Whether it may be removed (not the dimension's last).
    pub removable: bool,
    /// Id of the dimension's weight total (the weight input points at it).
    pub sum_id: String,
}

/// The row.
#[function_component(IndicatorRow)]
pub fn indicator_row(p: &IndicatorRowProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let (i, k) = (p.dim, p.index);
    let ipath = format!("plan.dimensions[{i}].indicators[{k}]");
    let iname = text_of(&p.indicator, "name");
    let rename = {
        let app = app.clone();
        Callback::from(move |new: String| {
            app.dispatch(Action::Replace {
                doc: plan_edit::rename_indicator(&app.doc, i, k, &new),
            })
        })
    };
    let remove = {
        let app = app.clone();
        let at = ipath.clone();
        let ask = t.confirm_remove_indicator.replace("{name}", &iname);
        Callback::from(move |_| {
            if confirm(&ask) {
                if let Some(path) = JsonPath::parse(&at) {
                    app.dispatch(Action::Remove { path });
                }
            }
        })
    };
    html! {
        <tr>
            <td><PlanField path={format!("{ipath}.id")} label={format!("{} · {}", iname, t.ind_id)}
                hide_label=true on_commit={rename} narrow=true /></td>
            <td><PlanField path={format!("{ipath}.name")} label={format!("{} · {}", iname, t.ind_name)} hide_label=true /></td>
            <td><PlanField path={format!("{ipath}.weight")} label={format!("{} · {}", iname, t.weight)}
                hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true describedby={p.sum_id.clone()} /></td>
            <td><PlanMethod indicator={ipath.clone()} name={iname.clone()} /></td>
            <td><button class="icon" onclick={remove} disabled={!p.removable}
                aria-label={format!("{} {}", t.remove_indicator, iname)} title={t.remove_indicator}>{ "×" }</button></td>
        </tr>
    }
}
