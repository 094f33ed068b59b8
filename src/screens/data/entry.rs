//! The data screen's entry view: for the annual choice, a period to pick; for a period, the
//! grid and the record editor of the unit whose details are open.

use crate::hooks::{on_action, use_workspace};
use crate::screens::data::grid::DataGrid;
use crate::screens::data::record::DataRecord;
use crate::screens::data::rows::doc_units;
use crate::state::Action;
use scorecard_engine::score::PeriodChoice;
use yew::prelude::*;

/// Props of [`DataEntry`].
#[derive(Properties, PartialEq)]
pub struct DataEntryProps {
    /// The unit whose record editor is open.
    pub open_unit: Option<String>,
    /// Opens a unit's record editor (`Some`) or closes it (`None`).
    pub on_open: Callback<Option<String>>,
}

/// The unit open after its details button is pressed: it closes when it was open, else it
/// opens.
pub fn toggled_open(current: Option<&str>, pressed: String) -> Option<String> {
    if current == Some(pressed.as_str()) {
        None
    } else {
        Some(pressed)
    }
}

/// The entry view.
#[function_component(DataEntry)]
pub fn data_entry(p: &DataEntryProps) -> Html {
    let Some((app, ws)) = use_workspace() else { return html! {} };
    let t = app.lang.data();
    let period = match &app.period {
        PeriodChoice::Annual => {
            let set_period = |id: String| {
                on_action(&app, move |_: MouseEvent| {
                    Some(Action::SetPeriod(PeriodChoice::Period(id.clone())))
                })
            };
            return html! {
                <div class="pick-period card" data-testid="pick-period">
                    <p>{ t.pick_period }</p>
                    <div class="period-buttons">
                        { for ws.plan.periods.iter().map(|p| html! {
                            <button type="button" onclick={set_period(p.id.clone())}>{ &p.name }</button>
                        }) }
                    </div>
                </div>
            };
        }
        PeriodChoice::Period(period) => period.clone(),
    };
    let period_name = ws
        .plan
        .period(&period)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| period.clone());
    let units = doc_units(&app.doc);
    let open = p
        .open_unit
        .as_ref()
        .and_then(|id| units.iter().find(|u| &u.id == id).cloned());
    let on_select = {
        let (cb, current) = (p.on_open.clone(), p.open_unit.clone());
        Callback::from(move |id: String| cb.emit(toggled_open(current.as_deref(), id)))
    };
    let on_close = {
        let cb = p.on_open.clone();
        Callback::from(move |()| cb.emit(None))
    };
    html! {
        <>
            <p class="help">{ t.grid_help }</p>
            if units.is_empty() {
                <p class="empty">{ t.no_units }</p>
            } else {
                <DataGrid period={period.clone()} selected={open.as_ref().map(|u| AttrValue::from(u.id.clone()))} {on_select} />
            }
            if let Some(u) = open {
                <DataRecord unit={u.id.clone()} unit_name={u.name.clone()}
                    period={period.clone()} period_name={period_name} {on_close} />
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_toggle_the_open_unit() {
        assert_eq!(toggled_open(None, "u1".into()), Some("u1".into()));
        assert_eq!(toggled_open(Some("u1"), "u1".into()), None);
        assert_eq!(toggled_open(Some("u1"), "u2".into()), Some("u2".into()));
    }
}
