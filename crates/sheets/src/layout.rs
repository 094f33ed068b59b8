//! The workbook layout (a public interface): header cells read `label [key]`, and a sheet
//! is recognised by the keys of its header row, never by its name.
//!
//! | sheet | keys |
//! |---|---|
//! | values (数据) | `unit`, `period`, `<indicator>` or `<indicator>.reported` + `<indicator>.audited`, `planned.<indicator>`, `coefficients.coordination`, `coefficients.risk`, `closed_items` |
//! | ratings (360度评价) | `unit`, `period`, `indicator`, `group`, `rating` |
//! | panel (专家评审) | `unit`, `period`, `indicator`, `expert`, one per criterion id |
//! | events (负面清单) | `unit`, `period`, `level`, `note` |
//! | units (单位) | `id`, `name`, `level`, `profile` |
//! | people (人员) | `id`, `name`, `unit`, `post`, `status`, `host_unit`, `months_in_post`, `personal` |
//!
//! A header without `[key]` is a notes column and ignored; rows above the header row are
//! ignored too (titles), and so is a sheet without any keyed header.

use crate::read::Grid;

/// The language of labels and sheet names in written workbooks (keys never change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The Chinese or the English text.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The kinds of sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// One row per unit and period.
    Values,
    /// One row per rating.
    Ratings,
    /// One row per expert.
    Panel,
    /// One row per event.
    Events,
    /// One row per unit of the workspace (the roster).
    Units,
    /// One row per person.
    People,
}

impl SheetKind {
    /// The sheet's name in a written workbook.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            SheetKind::Values => lang.pick("数据", "values"),
            SheetKind::Ratings => lang.pick("360度评价", "ratings"),
            SheetKind::Panel => lang.pick("专家评审", "panel"),
            SheetKind::Events => lang.pick("负面清单", "events"),
            SheetKind::Units => lang.pick("单位", "units"),
            SheetKind::People => lang.pick("人员", "people"),
        }
    }

    /// The kind's English word (for messages).
    pub fn word(self) -> &'static str {
        self.name(Lang::En)
    }
}

/// One keyed header cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// 0-based column.
    pub col: u32,
    /// The key inside the brackets, trimmed.
    pub key: String,
    /// The text before the brackets, trimmed.
    pub label: String,
}

/// `"任务进度 [progress]"` → `("任务进度", "progress")`; full-width brackets `［］` count too.
/// `None` when the text does not end in a bracketed, non-empty key.
pub fn split_header(text: &str) -> Option<(String, String)> {
    let t = text.trim();
    let (body, close) = if let Some(b) = t.strip_suffix(']') {
        (b, '[')
    } else {
        (t.strip_suffix('］')?, '［')
    };
    let open = body.rfind(close)?;
    let key = body.get(open + close.len_utf8()..)?.trim();
    let label = body.get(..open)?.trim();
    (!key.is_empty()).then(|| (label.to_string(), key.to_string()))
}

/// How many rows from the top are searched for the header row.
const HEADER_SEARCH: usize = 20;

/// The header row of a sheet: the first of its first 20 rows with a keyed cell; its
/// 0-based index and its keyed cells.
pub fn find_header(grid: &Grid) -> Option<(usize, Vec<Header>)> {
    grid.rows
        .iter()
        .take(HEADER_SEARCH)
        .enumerate()
        .find_map(|(i, row)| {
            let headers: Vec<Header> = row
                .iter()
                .enumerate()
                .filter_map(|(c, cell)| match cell {
                    crate::read::Cell::Text(t) => split_header(t).map(|(label, key)| Header {
                        col: u32::try_from(c).unwrap_or(u32::MAX),
                        key,
                        label,
                    }),
                    _ => None,
                })
                .collect();
            (!headers.is_empty()).then_some((i, headers))
        })
}

/// The kind of a sheet from its header keys, or `None` when they fit none: `[id]` makes a
/// roster sheet (people with `post`, `status` or `unit`, else units); then `rating` →
/// ratings, `expert` → panel, `level` → events, else values.
pub fn kind_of(headers: &[Header]) -> Option<SheetKind> {
    let has = |k: &str| headers.iter().any(|h| h.key == k);
    if has("post") || has("status") || (has("id") && has("unit")) {
        Some(SheetKind::People)
    } else if has("id") {
        Some(SheetKind::Units)
    } else if !has("unit") {
        None
    } else if has("rating") {
        Some(SheetKind::Ratings)
    } else if has("expert") {
        Some(SheetKind::Panel)
    } else if has("level") {
        Some(SheetKind::Events)
    } else if has("indicator") || has("group") || has("note") {
        None
    } else {
        Some(SheetKind::Values)
    }
}

/// Header text for a written sheet: `label [key]`.
pub fn header_text(label: &str, key: &str) -> String {
    if label.is_empty() {
        format!("[{key}]")
    } else {
        format!("{label} [{key}]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(key: &str) -> Header {
        Header {
            col: 0,
            key: key.into(),
            label: String::new(),
        }
    }

    #[test]
    fn header_cells() {
        assert_eq!(
            split_header(" 任务进度 [progress] "),
            Some(("任务进度".into(), "progress".into()))
        );
        assert_eq!(split_header("[unit]"), Some((String::new(), "unit".into())));
        assert_eq!(
            split_header("单位［unit］"),
            Some(("单位".into(), "unit".into()))
        );
        assert_eq!(
            split_header("质量 [x] [quality.audited]"),
            Some(("质量 [x]".into(), "quality.audited".into()))
        );
        assert_eq!(split_header("备注"), None);
        assert_eq!(split_header("空 []"), None);
        assert_eq!(header_text("任务进度", "progress"), "任务进度 [progress]");
    }

    #[test]
    fn sheets_are_told_by_their_keys() {
        let kinds = |keys: &[&str]| kind_of(&keys.iter().map(|k| h(k)).collect::<Vec<_>>());
        assert_eq!(
            kinds(&["unit", "period", "progress"]),
            Some(SheetKind::Values)
        );
        assert_eq!(
            kinds(&["unit", "period", "indicator", "group", "rating"]),
            Some(SheetKind::Ratings)
        );
        assert_eq!(
            kinds(&["unit", "indicator", "expert", "benefit"]),
            Some(SheetKind::Panel)
        );
        assert_eq!(
            kinds(&["unit", "period", "level", "note"]),
            Some(SheetKind::Events)
        );
        assert_eq!(
            kinds(&["id", "name", "level", "profile"]),
            Some(SheetKind::Units)
        );
        assert_eq!(
            kinds(&["id", "unit", "post", "status"]),
            Some(SheetKind::People)
        );
        assert_eq!(kinds(&["id", "unit"]), Some(SheetKind::People));
        assert_eq!(kinds(&["id", "name"]), Some(SheetKind::Units));
        assert_eq!(kinds(&["progress"]), None);
        assert_eq!(kinds(&["unit", "indicator"]), None);
    }
}
