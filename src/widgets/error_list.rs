//! A list of engine errors, each with its JSON path, in the user's language.

use crate::i18n::{errors::kind_text, Lang};
use scorecard_engine::Error;
use yew::prelude::*;

/// Most errors listed before "and N more".
const SHOWN: usize = 50;

/// Props of [`ErrorList`].
#[derive(Properties, PartialEq)]
pub struct ErrorListProps {
    /// The errors.
    pub errors: Vec<Error>,
    /// Language.
    pub lang: Lang,
    /// `data-testid` of the list.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// The errors as a list: path in code type, message beside it.
#[function_component(ErrorList)]
pub fn error_list(p: &ErrorListProps) -> Html {
    let t = p.lang.common();
    let more = p.errors.len().saturating_sub(SHOWN);
    html! {
        <ul class="error-list" data-testid={p.testid.clone()} role="list">
            { for p.errors.iter().take(SHOWN).map(|e| html! {
                <li>
                    <code class="path">{ e.path.to_string() }</code>
                    <span class="msg">{ kind_text(p.lang, &e.kind) }</span>
                </li>
            }) }
            if more > 0 {
                <li class="more">{ t.more_errors.replace("{n}", &more.to_string()) }</li>
            }
        </ul>
    }
}
