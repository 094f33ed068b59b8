//! One recognised sheet while it is read: its header, its data rows, the place of a cell,
//! and the (unit, period) a row is about.

use super::Ctx;
use crate::cell::id_text;
use crate::layout::Header;
use crate::problem::{column_letter, Place, Problem, SheetError};
use crate::read::{Cell, Grid};

/// A sheet and its header row.
pub(super) struct Sheet<'g> {
    pub grid: &'g Grid,
    pub header_row: usize,
    pub headers: Vec<Header>,
}

fn row_number(row: usize) -> u32 {
    u32::try_from(row).unwrap_or(u32::MAX).saturating_add(1)
}

impl Sheet<'_> {
    /// The header with this key.
    pub fn col(&self, key: &str) -> Option<&Header> {
        self.headers.iter().find(|h| h.key == key)
    }

    /// The cell of a row under a header.
    pub fn cell(&self, row: usize, h: &Header) -> &Cell {
        self.grid.cell(row, h.col as usize)
    }

    /// The place of the whole sheet.
    pub fn sheet_place(&self) -> Place {
        Place {
            sheet: self.grid.name.clone(),
            ..Place::default()
        }
    }

    /// The place of a header cell.
    pub fn header_place(&self, h: &Header) -> Place {
        self.place(self.header_row, h)
    }

    /// The place of a cell under a header, with the cell's text.
    pub fn place(&self, row: usize, h: &Header) -> Place {
        Place {
            sheet: self.grid.name.clone(),
            row: Some(row_number(row)),
            column: Some(column_letter(h.col)),
            key: Some(h.key.clone()),
            label: Some(h.label.clone()),
            text: Some(self.cell(row, h).shown()),
        }
    }

    /// The 1-based number of a 0-based row.
    pub fn row_number(&self, row: usize) -> u32 {
        row_number(row)
    }

    /// The rows below the header with something in a keyed column.
    pub fn data_rows(&self) -> Vec<usize> {
        (self.header_row + 1..self.grid.rows.len())
            .filter(|&r| self.headers.iter().any(|h| !self.cell(r, h).is_empty()))
            .collect()
    }

    /// Problems every sheet can have: a key in two columns, merged cells from the header
    /// row down, a required column missing.
    pub fn check(&self, ctx: &mut Ctx, required: &[&str]) -> bool {
        let before = ctx.errors.len();
        for (i, h) in self.headers.iter().enumerate() {
            if let Some(first) = self.headers.iter().take(i).find(|o| o.key == h.key) {
                ctx.errors.push(SheetError::at(
                    self.header_place(h),
                    Problem::DuplicateColumn(column_letter(first.col)),
                ));
            }
        }
        for &(r0, c0, r1, c1) in &self.grid.merged {
            if r1 as usize >= self.header_row {
                let range = format!(
                    "{}{}:{}{}",
                    column_letter(c0),
                    r0.saturating_add(1),
                    column_letter(c1),
                    r1.saturating_add(1)
                );
                let mut place = self.sheet_place();
                place.row = Some(r0.saturating_add(1));
                place.column = Some(column_letter(c0));
                ctx.errors
                    .push(SheetError::at(place, Problem::MergedCells(range)));
            }
        }
        for key in required {
            if *key == "period" && ctx.only.is_some() {
                continue;
            }
            if self.col(key).is_none() {
                ctx.errors.push(SheetError::at(
                    self.sheet_place(),
                    Problem::MissingColumn(key.to_string()),
                ));
            }
        }
        ctx.errors.len() == before
    }

    /// The text of an id cell, or the problem (pushed) — `Ok(None)` when empty.
    pub fn id(&self, ctx: &mut Ctx, row: usize, h: &Header) -> Result<Option<String>, ()> {
        id_text(self.cell(row, h)).map_err(|p| {
            ctx.errors.push(SheetError::at(self.place(row, h), p));
        })
    }

    /// The (unit id, period id) of a row, or `None` with its problems pushed.
    pub fn row_key(&self, ctx: &mut Ctx, row: usize) -> Option<(String, String)> {
        let unit_col = self.col("unit")?;
        let unit = match self.id(ctx, row, unit_col) {
            Err(()) => None,
            Ok(None) => self.fail(ctx, row, unit_col, Problem::Required),
            Ok(Some(t)) => match super::roster::find_unit(ctx, &t) {
                Some(id) => Some(id),
                None => self.fail(ctx, row, unit_col, Problem::UnknownUnit),
            },
        };
        let period = match self.col("period") {
            Some(pc) => match self.id(ctx, row, pc) {
                Err(()) => None,
                Ok(None) => match ctx.only {
                    Some(p) => Some(p.to_string()),
                    None => self.fail(ctx, row, pc, Problem::Required),
                },
                Ok(Some(t)) => {
                    let periods = ctx.ws.plan.periods.iter().map(|p| (&p.id, &p.name));
                    match (find_id(periods, &t), ctx.only) {
                        (None, _) => self.fail(ctx, row, pc, Problem::UnknownPeriod),
                        (Some(p), Some(o)) if p != o => {
                            self.fail(ctx, row, pc, Problem::OtherPeriod(o.to_string()))
                        }
                        (Some(p), _) => Some(p),
                    }
                }
            },
            None => ctx.only.map(String::from),
        };
        Some((unit?, period?))
    }

    /// Pushes a problem at a cell and gives `None`.
    pub fn fail<T>(&self, ctx: &mut Ctx, row: usize, h: &Header, p: Problem) -> Option<T> {
        ctx.errors.push(SheetError::at(self.place(row, h), p));
        None
    }
}

/// The id matching `text`: an id equal to it, else the id of the one item whose name is it.
pub(super) fn find_id<'a>(
    items: impl Iterator<Item = (&'a String, &'a String)> + Clone,
    text: &str,
) -> Option<String> {
    if let Some((id, _)) = items.clone().find(|(id, _)| id.as_str() == text) {
        return Some(id.clone());
    }
    let mut named = items.filter(|(_, name)| name.as_str() == text);
    match (named.next(), named.next()) {
        (Some((id, _)), None) => Some(id.clone()),
        _ => None,
    }
}
