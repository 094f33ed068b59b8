//! The bands of a `bands` scoring method: a list of (least value, score) rows, added and
//! removed (at least one stays).

use crate::hooks::use_app;
use crate::screens::plan::field::{FieldKind, PlanField};
use crate::state::Action;
use crate::widgets::path_errors::PathErrors;
use scorecard_engine::json::Value;
use scorecard_engine::path::JsonPath;
use yew::prelude::*;

/// Props of [`MethodBands`].
#[derive(Properties, PartialEq)]
pub struct MethodBandsProps {
    /// JSON path of the method (`….method`).
    pub method: AttrValue,
    /// How many bands it has.
    pub count: usize,
}

/// The band a new row starts as.
pub fn new_band() -> Value {
    Value::Object(vec![
        ("min".into(), Value::str("0")),
        ("score".into(), Value::str("0")),
    ])
}

/// The bands editor.
#[function_component(MethodBands)]
pub fn method_bands(p: &MethodBandsProps) -> Html {
    let Some(app) = use_app() else {
        return html! {};
    };
    let t = app.lang.plan();
    let bpath = format!("{}.bands", p.method);
    let n = p.count;
    let add = {
        let app = app.clone();
        let bpath = bpath.clone();
        Callback::from(move |_| {
            if let Some(path) = JsonPath::parse(&bpath) {
                app.dispatch(Action::Push {
                    path,
                    value: new_band(),
                });
            }
        })
    };
    html! {
        <div class="params">
            <ol class="bands-list">
                { for (0..n).map(|b| {
                    let remove = {
                        let app = app.clone();
                        let at = format!("{bpath}[{b}]");
                        Callback::from(move |_| {
                            if let Some(path) = JsonPath::parse(&at) {
                                app.dispatch(Action::Remove { path });
                            }
                        })
                    };
                    html! {
                        <li class="row">
                            <PlanField path={format!("{bpath}[{b}].min")} kind={FieldKind::Decimal}
                                label={format!("{} {}", t.band_min, b + 1)} narrow=true />
                            <PlanField path={format!("{bpath}[{b}].score")} kind={FieldKind::Decimal}
                                label={format!("{} {}", t.band_score, b + 1)} suffix={t.points} narrow=true />
                            <button class="icon" onclick={remove} disabled={n <= 1}
                                aria-label={format!("{} {}", t.remove_band, b + 1)} title={t.remove_band}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ol>
            <PathErrors path={bpath.clone()} exact=true />
            <button class="small" onclick={add}>{ "+ " }{ t.add_band }</button>
            <p class="help">{ t.bands_help }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_bands_start_at_zero() {
        let b = new_band();
        assert_eq!(b.get("min").and_then(Value::as_str), Some("0"));
        assert_eq!(b.get("score").and_then(Value::as_str), Some("0"));
    }
}
