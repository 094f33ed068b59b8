//! A unit's expert-panel scores for one period (S3.3 专家评审制): per panel indicator, one
//! row per expert and one column per criterion of the plan; experts added and removed.

use crate::hooks::use_workspace;
use crate::screens::data::columns::indicators_where;
use crate::screens::data::panel_table::PanelTable;
use crate::screens::data::record_at::RecordPartProps;
use scorecard_engine::model::Method;
use yew::prelude::*;

/// The expert-panel editor.
#[function_component(DataPanel)]
pub fn data_panel(p: &RecordPartProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let panels = indicators_where(&ws.plan.dimensions, |m| matches!(m, Method::Panel));
    if panels.is_empty() {
        return html! {};
    }
    let single = panels.len() == 1;
    let criteria: Vec<String> = ws
        .plan
        .panel
        .criteria
        .iter()
        .map(|(k, _)| k.clone())
        .collect();
    let help = t
        .panel_help
        .replace("{trim}", &ws.plan.panel.trim.to_string())
        .replace("{trim_min}", &ws.plan.panel.trim_min.to_string());
    html! {
        <section class="record-part" aria-labelledby="panel-h">
            <h4 id="panel-h">{ t.panel }</h4>
            <p class="help">{ help }</p>
            { for panels.iter().map(|ind| html! {
                <PanelTable at={p.at.clone()} indicator={ind.id.clone()} name={ind.name.clone()} {single}
                    criteria={criteria.clone()} />
            }) }
        </section>
    }
}
