//! The appeals recorded so far: per appeal the input, original and requested values, the
//! reason and status, and for a pending one "preview", "uphold" and "reject". Deciding
//! hands the focus to the decided appeal's new status (its buttons are gone).

use crate::hooks::{use_focus, use_workspace};
use crate::i18n::problems::Names;
use crate::i18n::Lang;
use crate::screens::simulate::support::{period_name, unit_name, value_text};
use scorecard_engine::model::{AppealStatus, Workspace};
use scorecard_engine::path::JsonPath;
use scorecard_engine::simulate::appeals::Decision;
use scorecard_engine::simulate::sandbox::{record_inputs, record_value};
use yew::prelude::*;

/// A decision asked for: appeal id and the decision.
pub type Decided = (String, Decision);

/// The label of the input an appeal names (or the input holding it, for a part of an
/// event); empty when the record has none such.
pub fn input_label(lang: Lang, ws: &Workspace, unit: &str, period: &str, path: &str) -> String {
    let inputs = record_value(ws, unit, period)
        .map(|r| record_inputs(ws, &r))
        .unwrap_or_default();
    inputs
        .iter()
        .find(|i| i.path == path)
        .or_else(|| {
            inputs
                .iter()
                .find(|i| path.starts_with(&format!("{}.", i.path)))
        })
        .map(|i| lang.sim_inputs().label(ws, &i.kind))
        .unwrap_or_default()
}

/// The label of exactly what an appeal names (an input, or a part of an event), by its
/// path inside the record; the path when it names no input.
pub fn part_label(lang: Lang, ws: &Workspace, path: &str) -> String {
    JsonPath::parse(path).map_or_else(
        || path.to_string(),
        |p| Names::new(lang, Some(ws)).input(&p),
    )
}

/// Props of [`AppealHistory`].
#[derive(Properties, PartialEq)]
pub struct AppealHistoryProps {
    /// Show the preview of an appeal (its id).
    pub on_show: Callback<String>,
    /// Decide an appeal.
    pub on_decide: Callback<Decided>,
    /// Whether deciding is allowed (the workspace is valid).
    pub doc_ok: bool,
}

/// The history table, or "none yet".
#[function_component(AppealHistory)]
pub fn appeal_history(p: &AppealHistoryProps) -> Html {
    // The appeal decided last: its status takes the focus from the button that went away.
    let decided = use_state(|| None::<String>);
    let found = use_workspace();
    let settled = (*decided).clone().filter(|id| {
        found.as_ref().is_some_and(|(_, ws)| {
            ws.appeals
                .iter()
                .any(|a| &a.id == id && a.status != AppealStatus::Pending)
        })
    });
    let status_ref = use_focus(settled, false);
    let Some((app, ws)) = found else {
        return html! {};
    };
    let (t, lang) = (app.lang.sim_appeals(), app.lang);
    let decide = |a: &scorecard_engine::model::Appeal, d: Decision| {
        let (cb, id, decided) = (p.on_decide.clone(), a.id.clone(), decided.clone());
        Callback::from(move |_| {
            decided.set(Some(id.clone()));
            cb.emit((id.clone(), d))
        })
    };
    if ws.appeals.is_empty() {
        html! { <p class="empty" data-testid="appeals-empty">{ t.none_yet }</p> }
    } else {
        html! {
            <div class="table-wrap">
                <table class="sim-table appeals-table" data-testid="appeals-table">
                    <caption>{ t.history_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.col_id }</th>
                        <th scope="col">{ t.col_unit }</th>
                        <th scope="col">{ t.col_period }</th>
                        <th scope="col">{ t.col_input }</th>
                        <th scope="col" class="num">{ t.col_original }</th>
                        <th scope="col" class="num">{ t.col_requested }</th>
                        <th scope="col">{ t.col_reason }</th>
                        <th scope="col">{ t.col_status }</th>
                        <th scope="col">{ t.col_actions }</th>
                    </tr></thead>
                    <tbody>
                        { for ws.appeals.iter().map(|a| {
                            let status = a.status.as_str();
                            let pending = status == "pending";
                            let on_show = {
                                let (cb, id) = (p.on_show.clone(), a.id.clone());
                                Callback::from(move |_| cb.emit(id.clone()))
                            };
                            let label = input_label(lang, &ws, &a.unit, &a.period, &a.input);
                            let part = part_label(lang, &ws, &a.input);
                            let is_decided = decided.as_deref() == Some(a.id.as_str()) && !pending;
                            let status_ref = if is_decided { status_ref.clone() } else { NodeRef::default() };
                            html! {
                                <tr data-appeal={a.id.clone()} data-status={status}>
                                    <th scope="row">{ &a.id }</th>
                                    <td>{ unit_name(&ws, &a.unit) }</td>
                                    <td>{ period_name(&ws, &a.period) }</td>
                                    <td>
                                        if !label.is_empty() && label != part { <span>{ label }</span><br/> }
                                        <code class="path" data-path={a.input.clone()} title={a.input.clone()}>{ part }</code>
                                    </td>
                                    <td class="num">{ value_text(lang, &ws, &a.original) }</td>
                                    <td class="num">{
                                        if a.requested == scorecard_engine::json::Value::Null { t.strike_off.to_string() } else { value_text(lang, &ws, &a.requested) }
                                    }</td>
                                    <td class="reason">{ &a.reason }</td>
                                    <td><span class={classes!("chip", "status", status)} ref={status_ref}
                                        tabindex={is_decided.then_some("-1")}>{ t.status(status) }</span></td>
                                    <td class="row-actions">
                                        if pending {
                                            <button type="button" onclick={on_show}
                                                data-testid={format!("appeal-show-{}", a.id)}>{ t.show_preview }</button>
                                            <button type="button" class="primary" disabled={!p.doc_ok}
                                                onclick={decide(a, Decision::Uphold)}
                                                data-testid={format!("appeal-uphold-{}", a.id)}>{ t.uphold }</button>
                                            <button type="button" class="danger-outline" disabled={!p.doc_ok}
                                                onclick={decide(a, Decision::Reject)}
                                                data-testid={format!("appeal-reject-{}", a.id)}>{ t.reject }</button>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn inputs_are_labelled_by_the_record() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let rec = record_value(&ws, "zd1", "2026Q1").unwrap();
        let first = record_inputs(&ws, &rec).into_iter().next().unwrap();
        let label = input_label(Lang::En, &ws, "zd1", "2026Q1", &first.path);
        assert_eq!(label, Lang::En.sim_inputs().label(&ws, &first.kind));
        let part = format!("{}.note", first.path);
        assert_eq!(input_label(Lang::En, &ws, "zd1", "2026Q1", &part), label);
        assert_eq!(input_label(Lang::En, &ws, "kjc", "2026Q1", &first.path), "");
        assert_eq!(part_label(Lang::En, &ws, &first.path), label);
        assert_eq!(part_label(Lang::En, &ws, "nowhere"), "nowhere");
    }
}
