//! The people screen (S2.5, S1.6): each person's linked score
//! `(1 − λ) × personal + λ × unit S` with its parts, the host unit for seconded staff, and
//! "not graded" for new hires under the minimum months. Parts come from
//! [`report::person_parts`].

use crate::format::{entered, fig4, pub2, pub2_or};
use crate::hooks::use_workspace;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::model::Status;
use scorecard_engine::report;
use yew::prelude::*;

/// People.
#[function_component(PeopleView)]
pub fn people_view() -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.people();
    let c = app.lang.common();
    let Some(rs) = app.results() else {
        return html! {};
    };
    if ws.people.is_empty() {
        return html! { <section class="people"><h2 class="visually-hidden">{ c.tab_people }</h2><p class="empty">{ t.nobody }</p></section> };
    }
    let unit_name = |id: &str| {
        ws.unit(id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    html! {
        <section class="people" aria-labelledby="people-h">
            <h2 id="people-h" class="visually-hidden">{ app.lang.common().tab_people }</h2>
            <p class="formula" data-testid="people-formula">{
                t.formula.replace("{lambda}", &entered(ws.linkage.lambda)).replace("{months}", &ws.linkage.min_months.to_string())
            }</p>
            <p class="help">{ t.exact_note }</p>
            <ScrollRegion label={t.caption}>
                <table class="ranking people-table" data-testid="people-table">
                    <caption>{ t.caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.name }</th>
                        <th scope="col">{ t.own_unit }</th>
                        <th scope="col">{ t.post }</th>
                        <th scope="col">{ t.status }</th>
                        <th scope="col" class="num">{ t.months }</th>
                        <th scope="col">{ t.linked_unit }</th>
                        <th scope="col" class="num">{ t.personal }</th>
                        <th scope="col" class="num">{ t.unit_score }</th>
                        <th scope="col" class="num">{ t.personal_part }</th>
                        <th scope="col" class="num">{ t.unit_part }</th>
                        <th scope="col" class="num">{ t.score }</th>
                        <th scope="col">{ t.graded }</th>
                    </tr></thead>
                    <tbody>
                        { for ws.people.iter().map(|person| {
                            let r = rs.people.iter().find(|r| r.person == person.id);
                            let parts = r.and_then(report::person_parts);
                            let why_none = match r {
                                Some(r) if r.personal.is_none() => t.no_personal,
                                Some(r) if r.unit_score.is_none() => t.unit_not_scored,
                                _ => c.none,
                            };
                            let seconded = person.status == Status::Seconded;
                            html! {
                                <tr data-person={person.id.clone()}>
                                    <th scope="row" lang={app.lang.data_lang(&person.name)}>{ &person.name }</th>
                                    <td lang={app.lang.data_lang(&unit_name(&person.unit))}>{ unit_name(&person.unit) }</td>
                                    <td>{ c.post(person.post.as_str()) }</td>
                                    <td>{ c.status(person.status.as_str()) }</td>
                                    <td class="num">{ person.months_in_post }</td>
                                    <td data-field="linked-unit">{
                                        match r {
                                            Some(r) if seconded => html! { <><span class="chip">{ t.host }</span>{ " " }{ unit_name(&r.unit) }</> },
                                            Some(r) => html! { unit_name(&r.unit) },
                                            None => html! { c.none },
                                        }
                                    }</td>
                                    <td class="num">{ pub2_or(person.personal, c.none) }</td>
                                    <td class="num">{ pub2_or(r.and_then(|r| r.unit_score), c.none) }</td>
                                    <td class="num">{ parts.as_ref().map(|x| fig4(&x.personal_part)).unwrap_or_else(|| c.none.to_string()) }</td>
                                    <td class="num">{ parts.as_ref().map(|x| fig4(&x.unit_part)).unwrap_or_else(|| c.none.to_string()) }</td>
                                    <td class="num strong" data-field="score">{
                                        match r.and_then(|r| r.score) {
                                            Some(s) => html! { pub2(s) },
                                            None => html! { <span class="muted">{ why_none }</span> },
                                        }
                                    }</td>
                                    <td data-field="graded">{
                                        if r.is_some_and(|r| !r.graded) {
                                            html! { <span class="chip not-graded">{ t.not_graded }</span> }
                                        } else {
                                            html! { t.yes }
                                        }
                                    }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}
