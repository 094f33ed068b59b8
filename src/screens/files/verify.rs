//! The outcome of opening a results file: verified (what it covers), mismatched (the
//! differing lines) or not a results file (its errors).

use crate::hooks::use_app;
use crate::i18n::common::Common;
use crate::i18n::files::FilesTexts;
use crate::state::VerifyOutcome;
use crate::widgets::error_list::ErrorList;
use yew::prelude::*;

/// What a verified file covers: period (or the year), scenario (or the plan), units and the
/// engine that wrote it.
pub fn verified_detail(
    t: &FilesTexts,
    c: &Common,
    period: Option<&str>,
    scenario: Option<&str>,
    units: usize,
    engine: &str,
) -> String {
    t.verified_detail
        .replace("{period}", period.unwrap_or(c.annual))
        .replace("{scenario}", scenario.unwrap_or(c.the_plan))
        .replace("{units}", &units.to_string())
        .replace("{engine}", engine)
}

/// The verification banner (nothing before a results file is opened).
#[function_component(VerifyBanner)]
pub fn verify_banner() -> Html {
    let Some(app) = use_app() else { return html! {} };
    let t = app.lang.files();
    match &app.verification {
        None => html! {},
        Some(VerifyOutcome::Verified {
            file,
            units,
            engine,
            period_name,
            scenario_name,
            ..
        }) => {
            let c = app.lang.common();
            let detail = verified_detail(
                t,
                c,
                period_name.as_deref(),
                scenario_name.as_deref(),
                *units,
                engine,
            );
            html! {
                <div class="banner ok" role="status" data-testid="verify-result" data-verified="true">
                    <p><strong>{ file }</strong>{ " " }{ t.verified }</p>
                    <p class="help">{ detail }</p>
                </div>
            }
        }
        Some(VerifyOutcome::Mismatch { file, lines }) => html! {
            <div class="banner danger" role="alert" data-testid="verify-result" data-verified="false">
                <p><strong>{ file }</strong>{ " " }{ t.mismatch }</p>
                <ul class="error-list">{ for lines.iter().map(|l| html! { <li><code>{ l }</code></li> }) }</ul>
            </div>
        },
        Some(VerifyOutcome::Invalid { file, errors }) => html! {
            <div class="banner danger" role="alert" data-testid="verify-result" data-verified="false">
                <p><strong>{ file }</strong>{ " " }{ t.not_results }</p>
                <ErrorList errors={errors.clone()} lang={app.lang} />
            </div>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn annual_plan_files_say_so() {
        let (t, c) = (Lang::En.files(), Lang::En.common());
        let d = verified_detail(t, c, None, None, 12, "9.9.9");
        assert!(d.contains(c.annual) && d.contains(c.the_plan), "{d}");
        assert!(d.contains("12") && d.contains("9.9.9"), "{d}");
        let d = verified_detail(t, c, Some("Q1"), Some("Lean"), 1, "x");
        assert!(d.contains("Q1") && d.contains("Lean"), "{d}");
    }
}
