//! An appeal's preview (S4.5): every unit of the cohort before and after the correction —
//! score, rank, grade — with the rows that change highlighted and counted.

use crate::hooks::use_workspace;
use crate::screens::simulate::support::unit_name;
use crate::widgets::scroll_region::ScrollRegion;
use scorecard_engine::number::two_places;
use scorecard_engine::simulate::appeals::AppealPreview;
use scorecard_engine::simulate::compare::Standing;
use scorecard_engine::simulate::sandbox::change;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`AppealDiff`].
#[derive(Properties, PartialEq)]
pub struct AppealDiffProps {
    /// The preview.
    pub preview: Rc<AppealPreview>,
    /// Heading.
    pub title: AttrValue,
    /// Close the preview.
    pub on_close: Callback<()>,
}

/// The before/after table.
#[function_component(AppealDiff)]
pub fn appeal_diff(p: &AppealDiffProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.sim_appeals();
    let c = app.lang.common();
    let changed = p.preview.changed().count();
    let score = |s: Option<&Standing>| {
        s.map(|s| two_places(s.score))
            .unwrap_or_else(|| t.not_scored.to_string())
    };
    let rank = |s: Option<&Standing>| {
        s.map(|s| s.rank.to_string())
            .unwrap_or_else(|| c.none.to_string())
    };
    let grade = |s: Option<&Standing>| match s {
        Some(s) => {
            let g = s.grade.as_str();
            html! { <span class={classes!("grade", g)}>{ c.grade(g) }</span> }
        }
        None => html! { c.none },
    };
    let on_close = {
        let cb = p.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="card appeal-diff" aria-labelledby="appeal-diff-h" data-testid="appeal-diff">
            <div class="card-head">
                <h3 id="appeal-diff-h">{ p.title.clone() }</h3>
                <button type="button" onclick={on_close}>{ t.close }</button>
            </div>
            <p class="summary-line" role="status" data-testid="appeal-changed">{
                if changed == 0 { t.changed_none.to_string() } else { t.changed_n.replace("{n}", &changed.to_string()) }
            }</p>
            <ScrollRegion label={t.preview_caption}>
                <table class="sim-table diff-table">
                    <caption>{ t.preview_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ app.lang.results().unit }</th>
                            <th scope="colgroup" colspan="3">{ t.before }</th>
                            <th scope="colgroup" colspan="3">{ t.after }</th>
                            <th scope="col" rowspan="2" class="num">{ t.change }</th>
                        </tr>
                        <tr>
                            <th scope="col" class="num">{ t.score }</th>
                            <th scope="col" class="num">{ t.rank }</th>
                            <th scope="col">{ t.grade }</th>
                            <th scope="col" class="num">{ t.score }</th>
                            <th scope="col" class="num">{ t.rank }</th>
                            <th scope="col">{ t.grade }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for p.preview.units.iter().map(|d| {
                            let ch = change(d.before.as_ref(), d.after.as_ref());
                            let delta = ch.score.filter(|x| !x.is_zero()).map(|x| {
                                let s = two_places(x);
                                if x.is_sign_positive() { format!("+{s}") } else { s }
                            });
                            html! {
                                <tr class={classes!(d.changed().then_some("changed"))} data-unit={d.unit.clone()}>
                                    <th scope="row">{ unit_name(&ws, &d.unit) }</th>
                                    <td class="num">{ score(d.before.as_ref()) }</td>
                                    <td class="num">{ rank(d.before.as_ref()) }</td>
                                    <td>{ grade(d.before.as_ref()) }</td>
                                    <td class="num strong" data-field="after-score">{ score(d.after.as_ref()) }</td>
                                    <td class={classes!("num", ch.rank.is_some_and(|r| r != 0).then_some("moved"))}>{ rank(d.after.as_ref()) }</td>
                                    <td class={classes!(ch.grade.then_some("moved"))}>{ grade(d.after.as_ref()) }</td>
                                    <td class="num delta">{ delta.unwrap_or_default() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}
