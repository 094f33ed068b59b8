//! The simulation screen (§8, §9): scenario planning, self-assessment with goal seek,
//! appeals, rank stability — each in its own sub-view.

use crate::hooks::use_app;
use crate::widgets::tab_bar::{Tab, TabBar};
use crate::{
    screens::simulate::appeals::view::SimAppeals, screens::simulate::scenarios::list::SimScenarios,
    screens::simulate::self_assessment::view::SimSelf,
    screens::simulate::stability::view::SimStability,
};
use yew::prelude::*;

/// Simulation.
#[function_component(SimulateView)]
pub fn simulate_view() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.simulate();
    let tabs = vec![
        Tab::new("scenarios", t.scenarios, html! { <SimScenarios /> }),
        Tab::new("self", t.self_assess, html! { <SimSelf /> }),
        Tab::new("appeals", t.appeals, html! { <SimAppeals /> }),
        Tab::new("stability", t.stability, html! { <SimStability /> }),
    ];
    html! {
        <section class="simulate" aria-labelledby="simulate-h">
            <h2 id="simulate-h" class="visually-hidden">{ app.lang.common().tab_simulate }</h2>
            <TabBar class="subtabs" tab_class="subtab" testid="sim"
                label={app.lang.common().tab_simulate} {tabs} />
        </section>
    }
}
