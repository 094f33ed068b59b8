//! One indicator's row in its dimension's table: id (renaming follows references), name,
//! weight, scoring method and the remove button.

use crate::hooks::{on_edit, on_rename, use_app};
use crate::screens::plan::doc::{plan_path, text_of};
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::screens::plan::method::PlanMethod;
use crate::widgets::table::IconButton;
use scorecard_engine::edit::Edit;
use scorecard_engine::json::Value;
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
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.plan();
    let (i, k) = (p.dim, p.index);
    let ipath = plan_path()
        .key("dimensions")
        .index(i)
        .key("indicators")
        .index(k);
    let iname = text_of(&p.indicator, "name");
    let id = text_of(&p.indicator, "id");
    let rename = on_rename(&app, &id, |id, new| Edit::RenameIndicator { id, new });
    let ask = t.confirm_remove_indicator.replace("{name}", &iname);
    let remove = on_edit(&app, Edit::RemoveIndicator { id: id.clone() }, Some(ask));
    let remove_button = IconButton::acting_on("×", t.remove_indicator, &iname);
    html! {
        <tr>
            <td><PlanField path={ipath.key("id")} label={format!("{} · {}", iname, t.ind_id)}
                hide_label=true on_commit={rename} narrow=true /></td>
            <td><PlanField path={ipath.key("name")} label={format!("{} · {}", iname, t.ind_name)} hide_label=true /></td>
            <td><PlanField path={ipath.key("weight")} label={format!("{} · {}", iname, t.weight)}
                hide_label=true kind={FieldKind::Percent} suffix="%" narrow=true describedby={p.sum_id.clone()} /></td>
            <td><PlanMethod path={ipath.clone()} indicator={id.clone()} name={iname.clone()} /></td>
            <td>{ remove_button.disabled(!p.removable).view(remove) }</td>
        </tr>
    }
}
