//! A unit's expert-panel scores for one period (S3.3 专家评审制): per panel indicator, one
//! row per expert and one column per criterion of the plan; experts added and removed.

use crate::hooks::use_workspace;
use crate::screens::data::panel_table::PanelTable;
use scorecard_engine::edit;
use scorecard_engine::model::Method;
use yew::prelude::*;

/// Props of [`DataPanel`].
#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
}

/// The expert-panel editor.
#[function_component(DataPanel)]
pub fn data_panel(p: &DataPanelProps) -> Html {
    let Some((app, ws)) = use_workspace() else {
        return html! {};
    };
    let t = app.lang.data();
    let panels: Vec<_> = ws
        .plan
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter())
        .filter(|i| matches!(i.method, Method::Panel))
        .cloned()
        .collect();
    if panels.is_empty() {
        return html! {};
    }
    let rec = edit::record_index(&app.doc, &p.unit, &p.period);
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
                <PanelTable unit={p.unit.clone()} period={p.period.clone()} record={rec}
                    indicator={ind.id.clone()} name={ind.name.clone()} {single}
                    criteria={criteria.clone()} />
            }) }
        </section>
    }
}
