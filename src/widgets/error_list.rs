//! A list of engine errors, each with its JSON path, in the user's language; for errors in
//! the open document, also the place in words (unit · period · input) before the path.

use crate::hooks::use_app;
use crate::i18n::problems::Names;
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
    /// The errors are about the open document: name each place in words too, read against
    /// it (a record's unit, period and input).
    #[prop_or_default]
    pub in_open_doc: bool,
}

/// The errors as a list: path in code type, message beside it.
#[function_component(ErrorList)]
pub fn error_list(p: &ErrorListProps) -> Html {
    let app = use_app().filter(|_| p.in_open_doc);
    let names = app
        .as_ref()
        .map(|a| Names::new(p.lang, a.workspace.as_deref()).with_doc(&a.doc));
    let t = p.lang.common();
    let more = p.errors.len().saturating_sub(SHOWN);
    html! {
        <ul class="error-list" data-testid={p.testid.clone()} role="list">
            { for p.errors.iter().take(SHOWN).map(|e| {
                let path = e.path.to_string();
                let place = names.map(|n| n.place(&e.path)).filter(|w| *w != path);
                html! {
                    <li>
                        if let Some(w) = place {
                            <span class="place">{ w }</span>
                        }
                        <code class="path">{ path }</code>
                        <span class="msg">{ kind_text(p.lang, &e.kind) }</span>
                    </li>
                }
            }) }
            if more > 0 {
                <li class="more">{ t.more_errors.replace("{n}", &more.to_string()) }</li>
            }
        </ul>
    }
}
