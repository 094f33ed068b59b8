//! A unit's 360° ratings for one period (S3.3 多维度反馈): per survey indicator, one list of
//! ratings per rater group, typed as `90, 86 88`.

use crate::hooks::{on_action, use_workspace};
use crate::screens::data::columns::indicators_where;
use crate::screens::data::field::{changed_text, FieldCheck};
use crate::screens::data::record_at::RecordPartProps;
use crate::state::Action;
use scorecard_engine::edit;
use scorecard_engine::json::Value;
use scorecard_engine::model::Method;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// The 360° ratings editor.
#[function_component(DataRatings)]
pub fn data_ratings(p: &RecordPartProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let surveys = indicators_where(&ws.plan.dimensions, |m| matches!(m, Method::Survey));
    if surveys.is_empty() {
        return html! {};
    }
    let at = &p.at;
    let record = at.value(&app.doc);
    let groups = ws.plan.survey.rating_groups();
    let (lo, hi) = ws.plan.survey.scale;
    // With one survey indicator the section heading says it all; the caption stays for
    // screen readers.
    let single = surveys.len() == 1;
    let row = |ind_id: &str, g: &str| {
        let field = JsonPath::root().key("ratings").key(ind_id).key(g);
        let check = FieldCheck::at(&app, at.path(&field).as_ref());
        let value = record.and_then(|r| r.at(&field));
        let count = match value {
            Some(Value::Array(xs)) => xs.len(),
            _ => 0,
        };
        let onchange = {
            let at = at.clone();
            on_action(&app, move |e: Event| {
                let list = edit::typed_list(&changed_text(&e));
                Some(Action::Typed(at.set(field.clone(), list)))
            })
        };
        let input_id = format!("ratings-{ind_id}-{g}");
        html! {
            <tr>
                <th scope="row">
                    <label for={input_id.clone()}>{ t.group(g) }</label>
                </th>
                <td>
                    <input id={input_id.clone()} type="text" class="list"
                        value={edit::list_text(value)} {onchange}
                        aria-invalid={check.aria_invalid()}
                        aria-describedby={check.described()}
                        data-testid={input_id} />
                    if g == "self" {
                        <div class="help inline">{ t.self_note }</div>
                    }
                    { check.view(app.lang) }
                </td>
                <td class="num muted count">{ t.ratings_count.replace("{n}", &count.to_string()) }</td>
            </tr>
        }
    };
    html! {
        <section class="record-part" aria-labelledby="ratings-h">
            <h4 id="ratings-h">{ t.ratings }</h4>
            <p class="help">{ t.ratings_help.replace("{lo}", &lo.to_string()).replace("{hi}", &hi.to_string()) }</p>
            { for surveys.iter().map(|ind| html! {
                <table class="form-table">
                    <caption class={classes!(single.then_some("visually-hidden"))}>{ &ind.name }</caption>
                    <tbody>
                        { for groups.iter().map(|g| row(&ind.id, g)) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}
