//! A slope chart of ranks, hand-written SVG: one line per unit from its rank under the plan
//! (left) to its rank under a scenario (right), coloured and dashed by direction. Units are
//! stacked in rank order on each side, so tied ranks never overlap. It is an image for
//! screen readers (`role="img"` with a summary); the comparison table is its data.

use yew::prelude::*;

/// One unit's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlopeLine {
    /// Unit id.
    pub id: String,
    /// Unit name.
    pub label: String,
    /// Rank on the left (the plan).
    pub from: u32,
    /// Rank on the right (the scenario).
    pub to: u32,
}

/// The direction of a line: up (a better rank), down, or level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// A better (smaller) rank on the right.
    Up,
    /// A worse rank on the right.
    Down,
    /// The same rank.
    Same,
}

impl Move {
    /// Of a line.
    pub fn of(l: &SlopeLine) -> Move {
        match l.to.cmp(&l.from) {
            std::cmp::Ordering::Less => Move::Up,
            std::cmp::Ordering::Greater => Move::Down,
            std::cmp::Ordering::Equal => Move::Same,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Move::Up => "up",
            Move::Down => "down",
            Move::Same => "same",
        }
    }
}

/// Each line's slot on the left and on the right: its place when the lines are ordered by
/// that side's rank (ties by id), from 0.
pub fn slots(lines: &[SlopeLine]) -> Vec<(usize, usize)> {
    let order = |key: fn(&SlopeLine) -> u32| {
        let mut idx: Vec<usize> = (0..lines.len()).collect();
        idx.sort_by(|&a, &b| {
            let (la, lb) = (lines.get(a), lines.get(b));
            la.map(key)
                .cmp(&lb.map(key))
                .then_with(|| la.map(|l| &l.id).cmp(&lb.map(|l| &l.id)))
        });
        let mut slot = vec![0; lines.len()];
        for (place, i) in idx.into_iter().enumerate() {
            if let Some(s) = slot.get_mut(i) {
                *s = place;
            }
        }
        slot
    };
    let left = order(|l| l.from);
    let right = order(|l| l.to);
    left.into_iter().zip(right).collect()
}

/// Props of [`SlopeChart`].
#[derive(Properties, PartialEq)]
pub struct SlopeChartProps {
    /// The lines.
    pub lines: Vec<SlopeLine>,
    /// Heading of the left column.
    pub left: AttrValue,
    /// Heading of the right column.
    pub right: AttrValue,
    /// What the chart shows, for screen readers.
    pub summary: AttrValue,
}

const ROW: usize = 22;
const TOP: usize = 40;
const WIDTH: usize = 720;
const LEFT_DOT: usize = 262;
const RIGHT_DOT: usize = 458;

fn y(slot: usize) -> usize {
    TOP + slot * ROW + ROW / 2
}

/// The chart.
#[function_component(SlopeChart)]
pub fn slope_chart(p: &SlopeChartProps) -> Html {
    let placed = slots(&p.lines);
    let height = TOP + p.lines.len() * ROW + 8;
    let line = |(l, (a, b)): (&SlopeLine, &(usize, usize))| {
        let m = Move::of(l);
        let (ya, yb) = (y(*a), y(*b));
        html! {
            <g class={classes!("slope", m.class())} data-unit={l.id.clone()}>
                <title>{ format!("{}: {} → {}", l.label, l.from, l.to) }</title>
                <line x1={LEFT_DOT.to_string()} y1={ya.to_string()} x2={RIGHT_DOT.to_string()} y2={yb.to_string()} />
                <circle cx={LEFT_DOT.to_string()} cy={ya.to_string()} r="3.5" />
                <circle cx={RIGHT_DOT.to_string()} cy={yb.to_string()} r="3.5" />
                <text x={(LEFT_DOT - 34).to_string()} y={(ya + 4).to_string()} text-anchor="end" class="label">{ &l.label }</text>
                <text x={(LEFT_DOT - 10).to_string()} y={(ya + 4).to_string()} text-anchor="end" class="rank">{ l.from }</text>
                <text x={(RIGHT_DOT + 10).to_string()} y={(yb + 4).to_string()} class="rank">{ l.to }</text>
                <text x={(RIGHT_DOT + 34).to_string()} y={(yb + 4).to_string()} class="label">{ &l.label }</text>
            </g>
        }
    };
    html! {
        <svg class="slope-chart" role="img" aria-label={p.summary.clone()} data-testid="slope-chart"
            viewBox={format!("0 0 {WIDTH} {height}")} width={WIDTH.to_string()} height={height.to_string()}
            preserveAspectRatio="xMinYMin meet">
            <text x={LEFT_DOT.to_string()} y="20" text-anchor="middle" class="head">{ p.left.clone() }</text>
            <text x={RIGHT_DOT.to_string()} y="20" text-anchor="middle" class="head">{ p.right.clone() }</text>
            { for p.lines.iter().zip(placed.iter()).filter(|(l, _)| Move::of(l) == Move::Same).map(line) }
            { for p.lines.iter().zip(placed.iter()).filter(|(l, _)| Move::of(l) != Move::Same).map(line) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(id: &str, from: u32, to: u32) -> SlopeLine {
        SlopeLine {
            id: id.into(),
            label: id.into(),
            from,
            to,
        }
    }

    #[test]
    fn ties_get_their_own_slots() {
        // Left ranks 1, 2, 2 → slots 0, 1 (b before c by id), 2; right ranks 3, 1, 1 → a is
        // last (2), b and c share rank 1 → b 0, c 1.
        let lines = [l("a", 1, 3), l("c", 2, 1), l("b", 2, 1)];
        assert_eq!(slots(&lines), vec![(0, 2), (2, 1), (1, 0)]);
        assert_eq!(Move::of(&lines[0]), Move::Down);
        assert_eq!(Move::of(&lines[1]), Move::Up);
        assert_eq!(Move::of(&l("x", 4, 4)), Move::Same);
        assert!(slots(&[]).is_empty());
    }
}
