//! One panel indicator's table of the expert-panel editor: a row per expert, a column per
//! criterion, and the button adding an expert.

use crate::hooks::use_app;
use crate::screens::data::panel_expert::PanelExpert;
use crate::screens::data::rows::list;
use crate::state::Action;
use scorecard_engine::edit::{self, Edit};
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`PanelTable`].
#[derive(Properties, PartialEq)]
pub struct PanelTableProps {
    /// Unit id.
    pub unit: AttrValue,
    /// Period id.
    pub period: AttrValue,
    /// Index of the record, when there is one.
    pub record: Option<usize>,
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
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.data();
    let c = app.lang.common();
    let list_field = JsonPath::root().key("panel").key(&p.indicator);
    let experts = p
        .record
        .and_then(|i| app.doc.at(&edit::record_path(i).key("panel")))
        .map(|x| list(x, &p.indicator))
        .unwrap_or_default();
    let add = {
        let app = app.clone();
        let (unit, period) = (p.unit.to_string(), p.period.to_string());
        let field = list_field.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Edit(Edit::PushRecordItem {
                unit: unit.clone(),
                period: period.clone(),
                field: field.clone(),
                value: Value::Object(Vec::new()),
            }))
        })
    };
    let criteria = &p.criteria;
    html! {
        <div class="panel-block">
            <table class="form-table experts" data-testid={format!("panel-{}", p.indicator)}>
                <caption class={classes!(p.single.then_some("visually-hidden"))}>{ &p.name }</caption>
                <thead><tr>
                    <th scope="col">{ t.expert }</th>
                    { for criteria.iter().map(|k| html! { <th scope="col">{ t.criterion(k) }</th> }) }
                    <th scope="col"><span class="visually-hidden">{ c.remove }</span></th>
                </tr></thead>
                <tbody>
                    if experts.is_empty() {
                        <tr><td colspan={(criteria.len() + 2).to_string()} class="muted">{ t.no_experts }</td></tr>
                    }
                    { for experts.iter().enumerate().map(|(k, expert)| html! {
                        <PanelExpert unit={p.unit.clone()} period={p.period.clone()} record={p.record}
                            indicator={p.indicator.clone()} index={k} expert={expert.clone()}
                            criteria={criteria.clone()} />
                    }) }
                </tbody>
            </table>
            <button type="button" onclick={add} data-testid={format!("add-expert-{}", p.indicator)}>{ "+ " }{ t.add_expert }</button>
        </div>
    }
}
