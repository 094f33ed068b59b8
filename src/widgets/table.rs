//! The parts the editors' tables share: the head row, the row an empty body shows, and the
//! icon buttons of a row (remove, move).

use yew::prelude::*;

/// A table's head: a column header per label, then one for a column of buttons, named for
/// screen readers only (`hidden`).
pub fn head_row<S: AsRef<str>>(labels: &[S], hidden: &str) -> Html {
    html! {
        <thead><tr>
            { for labels.iter().map(|l| html! { <th scope="col">{ l.as_ref() }</th> }) }
            <th scope="col"><span class="visually-hidden">{ hidden }</span></th>
        </tr></thead>
    }
}

/// The row a table body shows when it has no rows: `text` across `span` columns.
pub fn empty_row(span: usize, text: &str) -> Html {
    html! { <tr><td colspan={span.to_string()} class="muted">{ text }</td></tr> }
}

/// An icon button of a row.
#[derive(Clone, PartialEq, Debug)]
pub struct IconButton {
    /// What it shows (`✕`, `↑` …).
    pub symbol: &'static str,
    /// Its accessible name.
    pub label: String,
    /// Its tooltip.
    pub title: String,
    /// Greyed out (the last item that must stay, the first that cannot move up).
    pub disabled: bool,
    /// `data-testid`, when tests look for it.
    pub testid: Option<String>,
}

impl IconButton {
    /// A button named and titled `label`, enabled, without a test id.
    pub fn new(symbol: &'static str, label: String) -> Self {
        IconButton {
            symbol,
            title: label.clone(),
            label,
            disabled: false,
            testid: None,
        }
    }

    /// A button titled `action`, named `action name` (the row it acts on).
    pub fn acting_on(symbol: &'static str, action: &str, name: &str) -> Self {
        IconButton {
            title: action.to_string(),
            ..Self::new(symbol, format!("{action} {name}"))
        }
    }

    /// The same, greyed out when `disabled`.
    pub fn disabled(self, disabled: bool) -> Self {
        IconButton { disabled, ..self }
    }

    /// The same, with a `data-testid`.
    pub fn testid(self, testid: String) -> Self {
        IconButton {
            testid: Some(testid),
            ..self
        }
    }

    /// The button, clicking `onclick`.
    pub fn view(self, onclick: Callback<MouseEvent>) -> Html {
        html! {
            <button type="button" class="icon" {onclick} disabled={self.disabled}
                aria-label={self.label} title={self.title} data-testid={self.testid}>{ self.symbol }</button>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icon_buttons_name_the_row_they_act_on() {
        let b = IconButton::acting_on("×", "Remove", "Quality").disabled(true);
        assert_eq!(
            (b.label.as_str(), b.title.as_str()),
            ("Remove Quality", "Remove")
        );
        assert!(b.disabled);
        let b = IconButton::new("✕", "Remove 2".into()).testid("x-2".into());
        assert_eq!(b.title, "Remove 2");
        assert_eq!(b.testid.as_deref(), Some("x-2"));
    }
}
