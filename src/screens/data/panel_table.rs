//! One panel indicator's table of the expert-panel editor: a row per expert (its number and
//! name), a column per criterion, and the button adding an expert.

use crate::hooks::{on_edit, use_app};
use crate::screens::data::panel_expert::PanelExpert;
use crate::screens::data::record_at::RecordAt;
use crate::screens::data::rows::list;
use crate::widgets::table::{empty_row, head_row};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PanelTable`].
#[derive(Properties, PartialEq)]
pub struct PanelTableProps {
    /// The record.
    pub at: RecordAt,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name.
    pub name: String,
    /// Whether it is the plan's only panel indicator (its caption is then hidden).
    pub single: bool,
    /// The plan's criteria, in order.
    pub criteria: Vec<String>,
}

/// The table.
#[function_component(PanelTable)]
pub fn panel_table(p: &PanelTableProps) -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.data();
    let list_field = JsonPath::root().key("panel").key(&p.indicator);
    let experts =
        p.at.value(&app.doc)
            .and_then(|r| r.get("panel"))
            .map(|x| list(x, &p.indicator))
            .unwrap_or_default();
    let add = on_edit(&app, p.at.push(list_field, Value::Object(Vec::new())), None);
    let criteria = &p.criteria;
    let heads: Vec<String> = [t.expert, t.expert_name]
        .into_iter()
        .map(str::to_string)
        .chain(criteria.iter().map(|k| t.criterion(k)))
        .collect();
    html! {
        <div class="panel-block">
            <table class="form-table experts" data-testid={format!("panel-{}", p.indicator)}>
                <caption class={classes!(p.single.then_some("visually-hidden"))}>{ &p.name }</caption>
                { head_row(&heads, app.lang.common().remove) }
                <tbody>
                    if experts.is_empty() {
                        { empty_row(criteria.len() + 3, t.no_experts) }
                    }
                    { for experts.iter().enumerate().map(|(k, expert)| html! {
                        <PanelExpert at={p.at.clone()} indicator={p.indicator.clone()} index={k}
                            expert={expert.clone()} criteria={criteria.clone()} />
                    }) }
                </tbody>
            </table>
            <button type="button" onclick={add} data-testid={format!("add-expert-{}", p.indicator)}>{ "+ " }{ t.add_expert }</button>
        </div>
    }
}
