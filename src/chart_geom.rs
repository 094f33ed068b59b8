//! Geometry of the hand-written SVG charts: where bars, polygon corners and line points go.
//!
//! This is screen geometry only (`f64` pixels from figures the engine already published or
//! counted); no figure shown to a user is computed here. It lives outside the components so
//! they only lay out, and so it is tested natively.

use rust_decimal::Decimal;
use scorecard_engine::exact::Exact;

/// A figure as a plotting coordinate (never used for anything shown as a number).
pub fn plot(d: Decimal) -> f64 {
    Exact::from(d).to_f64()
}

/// A rectangle in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// The horizontal centre.
    pub fn centre_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

/// Three gridline values of a range: bottom, middle, top.
pub fn ticks(lo: f64, hi: f64) -> [f64; 3] {
    [lo, (lo + hi) / 2.0, hi]
}

/// Vertical bars for counts, side by side in a `width × height` plot area whose top-left is
/// `(x0, y0)`; the tallest bar fills the height; a zero count has height 0.
pub fn bars(counts: &[usize], x0: f64, y0: f64, width: f64, height: f64) -> Vec<Rect> {
    let n = counts.len().max(1) as f64;
    let slot = width / n;
    let bar = slot * 0.6;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    counts
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let h = height * c as f64 / max;
            Rect {
                x: x0 + slot * i as f64 + (slot - bar) / 2.0,
                y: y0 + height - h,
                w: bar,
                h,
            }
        })
        .collect()
}

/// The point of axis `i` of `n` (axis 0 points up, clockwise) at `value` on a scale where
/// `max` reaches radius `r` around `(cx, cy)`; values are clamped to `[0, max]`.
pub fn radar_point(
    i: usize,
    n: usize,
    value: f64,
    max: f64,
    cx: f64,
    cy: f64,
    r: f64,
) -> (f64, f64) {
    let n = n.max(1) as f64;
    let angle = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
    let v = if max > 0.0 {
        value.clamp(0.0, max) / max
    } else {
        0.0
    };
    (cx + r * v * angle.cos(), cy + r * v * angle.sin())
}

/// An SVG `points` attribute for a radar polygon of `values` (one per axis).
pub fn radar_polygon(values: &[f64], max: f64, cx: f64, cy: f64, r: f64) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = radar_point(i, values.len(), *v, max, cx, cy, r);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The vertical range of a line chart: from the lowest value rounded down to a multiple of
/// 10 (not below 0) to the highest rounded up (at least 10 above the bottom). No value: 0–100.
pub fn value_range(values: &[f64]) -> (f64, f64) {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.is_empty() {
        return (0.0, 100.0);
    }
    let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let lo = ((lo / 10.0).floor() * 10.0).max(0.0);
    let hi = ((hi / 10.0).ceil() * 10.0).max(lo + 10.0);
    (lo, hi)
}

/// The x of point `i` of `n`, evenly spread over `[x0, x0 + width]` (a single point is
/// centred).
pub fn spread_x(i: usize, n: usize, x0: f64, width: f64) -> f64 {
    if n <= 1 {
        x0 + width / 2.0
    } else {
        x0 + width * i as f64 / (n - 1) as f64
    }
}

/// The y of `value` on `[lo, hi]` mapped to `[y0 + height, y0]` (higher is up).
pub fn scale_y(value: f64, lo: f64, hi: f64, y0: f64, height: f64) -> f64 {
    let span = if hi > lo { hi - lo } else { 1.0 };
    y0 + height - height * (value - lo) / span
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn bars_scale_to_the_tallest() {
        // slots of 25 in a width of 100, bars 15 wide centred; counts 2, 1, 0, 4 on height 80
        let b = bars(&[2, 1, 0, 4], 0.0, 10.0, 100.0, 80.0);
        assert_eq!(b.len(), 4);
        assert!(close(b[0].x, 5.0) && close(b[0].w, 15.0));
        assert!(close(b[0].h, 40.0) && close(b[0].y, 50.0));
        assert!(close(b[2].h, 0.0) && close(b[2].y, 90.0));
        assert!(close(b[3].h, 80.0) && close(b[3].y, 10.0));
        assert!(close(b[0].centre_x(), 12.5));
        // all zero: no division by zero
        assert!(bars(&[0, 0], 0.0, 0.0, 10.0, 10.0)
            .iter()
            .all(|r| r.h == 0.0));
    }

    #[test]
    fn radar_axes_go_clockwise_from_the_top() {
        let (x, y) = radar_point(0, 4, 100.0, 100.0, 50.0, 50.0, 40.0);
        assert!(close(x, 50.0) && close(y, 10.0));
        let (x, y) = radar_point(1, 4, 50.0, 100.0, 50.0, 50.0, 40.0);
        assert!(close(x, 70.0) && close(y, 50.0));
        // clamped above the maximum
        let (x, _) = radar_point(1, 4, 130.0, 100.0, 50.0, 50.0, 40.0);
        assert!(close(x, 90.0));
        assert_eq!(
            radar_polygon(&[100.0, 100.0, 100.0, 100.0], 100.0, 50.0, 50.0, 40.0),
            "50.0,10.0 90.0,50.0 50.0,90.0 10.0,50.0"
        );
    }

    #[test]
    fn line_ranges_and_positions() {
        assert_eq!(value_range(&[58.4, 90.46]), (50.0, 100.0));
        assert_eq!(value_range(&[101.5]), (100.0, 110.0));
        assert_eq!(value_range(&[]), (0.0, 100.0));
        assert_eq!(ticks(50.0, 100.0), [50.0, 75.0, 100.0]);
        assert!(close(spread_x(0, 1, 10.0, 100.0), 60.0));
        assert!(close(spread_x(2, 3, 10.0, 100.0), 110.0));
        assert!(close(scale_y(75.0, 50.0, 100.0, 0.0, 100.0), 50.0));
        assert!(close(plot("90.46".parse().unwrap()), 90.46));
    }
}
