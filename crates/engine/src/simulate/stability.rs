//! Rank stability (§9, SMAA-style): how firm is each unit's rank and grade if the profile
//! weights were a little different? Each profile's weights are sampled uniformly from
//! `bands ∩ [w − δ, w + δ]` with `Σ = 1` (default δ = 0.05, 10 000 samples, fixed seed),
//! every unit is rescored and the set ranked and graded; the report gives, per unit, the
//! probability of each grade and the distribution of its rank, and flags a unit
//! *contested* when no grade reaches 80%.
//!
//! Built for a browser: [`Stability::new`] does the exact work once (dimension scores,
//! deductions, coefficients, the tie-break keys — none of which depend on the weights),
//! then [`Stability::run_chunk`] draws samples a chunk at a time, so a page can show
//! progress and cancel; [`Stability::report`] can be read at any point. The same seed
//! gives the same answer, whatever the chunk sizes.
//!
//! Sampling is in `f64` (§0 allows it here): `F = max(0, (B − P)·k_c·k_r + bonus)` with
//! `B = Σ W_d·D_d / Σ_{present} W_d`. At the plan's own weights this agrees with the exact
//! path to 1e-9 ([`StabilityReport::plan_agreement`]). Published scores are taken in whole
//! cents, half away from zero, with a nudge of 1e-6 cent so that an exact midpoint that
//! `f64` lands a hair below still rounds up as the exact path does.
//!
//! The sampler: per profile, the coordinates with a box of zero width are fixed; of the
//! others, all but the widest are drawn uniformly in their boxes and the widest takes the
//! rest, and the draw is accepted when that lands in its box (and, with `core_largest`,
//! the core stays the largest). The map from the drawn coordinates to the slice
//! `Σ = 1` is affine, so accepted draws are exactly uniform on the polytope.
//! The generator is xoshiro256** seeded by splitmix64, implemented here (no `rand`, so the
//! crate builds for wasm32 and every platform gives the same numbers).

use super::rank_tally::RankTally;
use super::{SettingsProblem, SimError};
use crate::exact::Exact;
use crate::json::{list, obj, Value};
use crate::model::{Grading, Plan, Workspace};
use crate::score::cache::PeriodCache;
use crate::score::grade::{self, Grade};
use crate::score::period::{self, UnitPeriod, WeightTable};
use crate::score::{find_scenario, score_cached, Cycle, PeriodChoice, Query, UnitResult};
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The default number of samples (§9).
pub const DEFAULT_SAMPLES: u32 = 10_000;

/// The default seed.
pub const DEFAULT_SEED: u64 = 20_260_101;

/// The default δ (§9): 5 points either way.
pub const DEFAULT_DELTA: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// The most samples one run may ask for.
pub const MAX_SAMPLES: u32 = 10_000_000;

/// Contested: no grade more likely than this.
pub const CONTESTED_BELOW: f64 = 0.80;

/// Draws tried for one sample of one profile before giving up (a polytope so thin that
/// rejection cannot find it).
const MAX_ATTEMPTS: u32 = 1_000_000;

/// Slack when checking a sampled coordinate against its box.
const EPS: f64 = 1e-12;

/// The nudge, in cents, before rounding a sampled score (see the module docs).
const NUDGE_CENTS: f64 = 1e-6;

/// Settings of a stability run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// Number of samples (1 … [`MAX_SAMPLES`]).
    pub samples: u32,
    /// Seed of the generator.
    pub seed: u64,
    /// Half-width of each weight's box around its value, in `[0, 1]`.
    pub delta: Decimal,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            samples: DEFAULT_SAMPLES,
            seed: DEFAULT_SEED,
            delta: DEFAULT_DELTA,
        }
    }
}

/// How far a run has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Samples drawn.
    pub done: u32,
    /// Samples asked for.
    pub total: u32,
}

impl Progress {
    /// Whether every sample has been drawn.
    pub fn finished(&self) -> bool {
        self.done >= self.total
    }
}

/// The deterministic generator: xoshiro256** (Blackman & Vigna), seeded by splitmix64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    /// A generator from a seed (any value, zero included).
    pub fn new(seed: u64) -> Self {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            s: [next(), next(), next(), next()],
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = self.s;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s1 << 17;
        let mut s = [s0, s1, s2 ^ s0, s3 ^ s1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        self.s = s;
        result
    }

    /// Uniform in `[0, 1)`, 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// One profile's sampling box.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileBox {
    /// Profile id.
    pub profile: String,
    /// Per dimension, in plan order: (id, weight in force, box low, box high).
    pub dimensions: Vec<(String, Decimal, Decimal, Decimal)>,
    /// Whether samples must keep the core the largest (the plan asks it and the weights
    /// in force do).
    pub core_largest: bool,
}

/// One unit's exact figures in one period that the weights do not change.
#[derive(Debug, Clone)]
struct Part {
    profile: usize,
    /// `D_d` per plan dimension (None: absent).
    dims: Vec<Option<f64>>,
    deduction: f64,
    coordination: f64,
    risk: f64,
    bonus: f64,
    /// The period's weight in the annual composite (1 for a single period).
    weight: f64,
    /// The exact `F` at the weights in force, for the agreement check.
    exact_final: f64,
}

#[derive(Debug, Clone)]
struct Row {
    unit: String,
    parts: Vec<Part>,
    veto: bool,
    /// Core dimension score in cents (tie-break), if any.
    core: Option<i64>,
    /// Deduction in cents (tie-break).
    deduction: i64,
    plan_score: Decimal,
    plan_rank: u32,
    plan_grade: Grade,
}

/// One profile's sampler: each box as `(low, high)` in `f64`, the coordinate that takes
/// the rest (`None`: every box has zero width), and whether the core must stay largest.
type Sampler = (Vec<(f64, f64)>, Option<usize>, bool);

pub use super::rank_tally::RankCounts;

#[derive(Debug, Clone, Default)]
struct Tally {
    grades: [u32; 4],
    ranks: RankTally,
    cents_sum: f64,
    cents_min: i64,
    cents_max: i64,
}

/// A stability run in progress.
#[derive(Debug, Clone)]
pub struct Stability {
    query: Query,
    params: Params,
    rng: Rng,
    boxes: Vec<ProfileBox>,
    /// Per profile (same order as `boxes`).
    sampler: Vec<Sampler>,
    used: Vec<bool>,
    max_score: Option<f64>,
    grading_cents: (i64, i64, i64),
    quota: u32,
    rows: Vec<Row>,
    tallies: Vec<Tally>,
    done: u32,
    draws: u64,
    failure: Option<SimError>,
    plan_agreement: f64,
}

/// One unit's stability.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitStability {
    /// Unit id.
    pub unit: String,
    /// Exact published score at the weights in force.
    pub score: Decimal,
    /// Exact rank there.
    pub rank: u32,
    /// Exact grade there.
    pub grade: Grade,
    /// Probability of each grade, in the order of [`Grade::ALL`] (best first).
    pub grades: [f64; 4],
    /// Samples in which the unit had each grade, same order (for exact percentages, see
    /// [`super::shares::grade_percentages`]).
    pub grade_counts: [u32; 4],
    /// Rank → samples in which the unit ranked there (ranks never reached are absent).
    pub rank_counts: RankCounts,
    /// Mean rank.
    pub mean_rank: f64,
    /// Best rank seen.
    pub min_rank: u32,
    /// Worst rank seen.
    pub max_rank: u32,
    /// Lowest sampled published score.
    pub score_min: Decimal,
    /// Mean sampled published score (`f64`).
    pub score_mean: f64,
    /// Highest sampled published score.
    pub score_max: Decimal,
    /// No grade has probability above 80%.
    pub contested: bool,
}

impl UnitStability {
    /// The probability of a grade.
    pub fn grade_probability(&self, g: Grade) -> f64 {
        Grade::ALL
            .iter()
            .position(|x| *x == g)
            .and_then(|i| self.grades.get(i))
            .copied()
            .unwrap_or(0.0)
    }
}

/// The figures of a run (complete or not).
#[derive(Debug, Clone, PartialEq)]
pub struct StabilityReport {
    /// What was scored.
    pub query: Query,
    /// The settings.
    pub params: Params,
    /// Samples drawn so far.
    pub samples: u32,
    /// Share of draws accepted by the sampler.
    pub acceptance: f64,
    /// Largest `|F_f64 − F_exact|` over every unit (and period) at the weights in force.
    pub plan_agreement: f64,
    /// The sampling boxes of the profiles in use.
    pub profiles: Vec<ProfileBox>,
    /// Per unit, in the exact set's order (rank, then id).
    pub units: Vec<UnitStability>,
}

fn cents_line(line: Decimal) -> i64 {
    let c = line.saturating_mul(Decimal::ONE_HUNDRED).ceil();
    i64::try_from(c.mantissa() / 10i128.pow(c.scale())).unwrap_or(i64::MAX)
}

fn cents_of(d: Decimal) -> i64 {
    let c = d.saturating_mul(Decimal::ONE_HUNDRED).round();
    i64::try_from(c.mantissa() / 10i128.pow(c.scale())).unwrap_or(i64::MAX)
}

fn part_of(u: &UnitPeriod, profile: usize, weight: f64) -> Part {
    Part {
        profile,
        dims: u
            .dimensions
            .iter()
            .map(|d| d.score.as_ref().map(Exact::to_f64))
            .collect(),
        deduction: u.deduction.to_f64(),
        coordination: Exact::from(u.coordination).to_f64(),
        risk: Exact::from(u.risk).to_f64(),
        bonus: u.bonus.to_f64(),
        weight,
        exact_final: u.final_score.to_f64(),
    }
}

/// Refuses `samples` outside 1 … [`MAX_SAMPLES`] and `delta` outside `[0, 1]`.
fn check_params(params: &Params) -> Result<(), SimError> {
    if params.samples == 0 || params.samples > MAX_SAMPLES {
        return Err(SimError::Settings(SettingsProblem::Samples {
            max: MAX_SAMPLES,
            got: params.samples,
        }));
    }
    if params.delta < Decimal::ZERO || params.delta > Decimal::ONE {
        return Err(SimError::Settings(SettingsProblem::Delta {
            got: params.delta,
        }));
    }
    Ok(())
}

/// The sampling box and sampler of every profile, in plan order.
fn profile_boxes(
    plan: &Plan,
    table: &WeightTable,
    core_id: Option<&str>,
    delta: Decimal,
) -> (Vec<ProfileBox>, Vec<Sampler>) {
    plan.profiles
        .iter()
        .map(|p| {
            let w = table.get(&p.id).cloned().unwrap_or_default();
            profile_box(plan, &p.id, &w, core_id, delta)
        })
        .unzip()
}

/// One profile's box (weights in force `w`) and its sampler.
fn profile_box(
    plan: &Plan,
    profile: &str,
    w: &BTreeMap<String, Decimal>,
    core_id: Option<&str>,
    delta: Decimal,
) -> (ProfileBox, Sampler) {
    let core_w = core_id.and_then(|c| w.get(c)).copied();
    let core_ok = plan.core_largest
        && core_w.is_some_and(|c| {
            plan.dimensions
                .iter()
                .all(|d| w.get(&d.id).copied().unwrap_or_default() <= c)
        });
    let dims: Vec<(String, Decimal, Decimal, Decimal)> = plan
        .dimensions
        .iter()
        .map(|d| {
            let x = w.get(&d.id).copied().unwrap_or_default();
            let (lo, hi) = if x >= d.band.0 && x <= d.band.1 {
                (d.band.0, d.band.1)
            } else {
                // READING: a weight outside its band is sampled around itself
                // within [0, 1]; the band is already broken.
                (Decimal::ZERO, Decimal::ONE)
            };
            let a = lo.max(x.saturating_sub(delta));
            let b = hi.min(x.saturating_add(delta));
            (d.id.clone(), x, a, b)
        })
        .collect();
    let ranges: Vec<(f64, f64)> = dims
        .iter()
        .map(|(_, _, a, b)| (Exact::from(*a).to_f64(), Exact::from(*b).to_f64()))
        .collect();
    let last = widest_free(&dims);
    (
        ProfileBox {
            profile: profile.to_string(),
            dimensions: dims,
            core_largest: core_ok,
        },
        (ranges, last, core_ok),
    )
}

/// The widest free box, which is sampled last (most acceptance; ties: first), or `None`
/// when every box has zero width.
fn widest_free(dims: &[(String, Decimal, Decimal, Decimal)]) -> Option<usize> {
    let mut last: Option<usize> = None;
    for (i, (_, _, a, b)) in dims.iter().enumerate() {
        if b > a {
            let wider = match last.and_then(|l| dims.get(l)) {
                Some((_, _, la, lb)) => b - a > lb - la,
                None => true,
            };
            if wider {
                last = Some(i);
            }
        }
    }
    last
}

/// One unit's row: its parts (one per period scored) and its exact figures.
fn row_of(
    plan: &Plan,
    cycle: &Cycle,
    choice: &PeriodChoice,
    core: Option<&str>,
    u: &UnitResult,
) -> Row {
    let profile_index = |id: &str| plan.profiles.iter().position(|p| p.id == id);
    let mut parts = Vec::new();
    match choice {
        PeriodChoice::Period(pid) => {
            if let Some(up) = cycle
                .periods
                .iter()
                .find(|(p, _)| p == pid)
                .and_then(|(_, us)| us.iter().find(|x| x.unit == u.unit))
            {
                if let Some(pi) = profile_index(&up.profile) {
                    parts.push(part_of(up, pi, 1.0));
                }
            }
        }
        PeriodChoice::Annual => {
            for (pid, us) in &cycle.periods {
                let w = plan
                    .period(pid)
                    .map(|p| Exact::from(p.weight).to_f64())
                    .unwrap_or(0.0);
                if let Some(up) = us.iter().find(|x| x.unit == u.unit) {
                    if let Some(pi) = profile_index(&up.profile) {
                        parts.push(part_of(up, pi, w));
                    }
                }
            }
        }
    }
    let core_score = core
        .and_then(|c| u.dimensions.iter().find(|(d, _)| d == c))
        .map(|(_, s)| cents_of(*s));
    Row {
        unit: u.unit.clone(),
        parts,
        veto: u.veto,
        core: core_score,
        deduction: cents_of(u.deduction),
        plan_score: u.score,
        plan_rank: u.rank,
        plan_grade: u.grade,
    }
}

/// Which profiles (by index) some row's part uses.
fn profiles_used(rows: &[Row], profiles: usize) -> Vec<bool> {
    let mut used = vec![false; profiles];
    for r in rows {
        for p in &r.parts {
            if let Some(slot) = used.get_mut(p.profile) {
                *slot = true;
            }
        }
    }
    used
}

impl Stability {
    /// Prepares a run: scores the query exactly (the reference ranks and grades), and
    /// fixes every figure the weights do not change. Errors: unknown period or scenario,
    /// `samples` outside 1 … [`MAX_SAMPLES`], `delta` outside `[0, 1]`.
    pub fn new(ws: &Workspace, query: &Query, params: Params) -> Result<Stability, SimError> {
        Self::new_cached(ws, query, params, &mut PeriodCache::new())
    }

    /// [`Stability::new`], taking the periods' exact scores from `cache` where it holds them
    /// for equal inputs (a page that has shown the results already has them all), and
    /// keeping the ones it computes. The result set and the cycle share them: each period
    /// is scored at most once.
    pub fn new_cached(
        ws: &Workspace,
        query: &Query,
        params: Params,
        cache: &mut PeriodCache,
    ) -> Result<Stability, SimError> {
        check_params(&params)?;
        let rs = score_cached(ws, query, cache)?;
        let scenario = find_scenario(ws, query)?;
        let table = period::weights_in_force(&ws.plan, scenario);
        let grading: Grading = rs.grading.clone();
        let plan = &ws.plan;

        let core_id = plan.dimensions.first().map(|d| d.id.clone());
        let (boxes, sampler) = profile_boxes(plan, &table, core_id.as_deref(), params.delta);

        // Rows: the exact set's units, with the parts the weights do not change.
        let until = match &query.period {
            PeriodChoice::Period(pid) => Some(pid.as_str()),
            PeriodChoice::Annual => None,
        };
        let cycle = Cycle::compute_with(ws, &table, until, Some(cache))?;
        let rows: Vec<Row> = rs
            .units
            .iter()
            .map(|u| row_of(plan, &cycle, &query.period, core_id.as_deref(), u))
            .collect();
        let used = profiles_used(&rows, plan.profiles.len());
        let n = rows.len();
        let mut st = Stability {
            query: query.clone(),
            params,
            rng: Rng::new(params.seed),
            boxes,
            sampler,
            used,
            max_score: plan.max_score.map(|m| Exact::from(m).to_f64()),
            grading_cents: (
                cents_line(grading.excellent_min),
                cents_line(grading.good_min),
                cents_line(grading.pass_line),
            ),
            quota: grade::quota(n, &grading),
            tallies: vec![
                Tally {
                    cents_min: i64::MAX,
                    cents_max: i64::MIN,
                    ..Tally::default()
                };
                n
            ],
            rows,
            done: 0,
            draws: 0,
            failure: None,
            plan_agreement: 0.0,
        };
        st.plan_agreement = st.agreement_at_plan();
        Ok(st)
    }

    /// The agreement of the f64 path with the exact one at the weights in force: the
    /// largest `|F_f64 − F_exact|` over every part.
    fn agreement_at_plan(&self) -> f64 {
        let plan_weights: Vec<Vec<f64>> = self
            .boxes
            .iter()
            .map(|b| {
                b.dimensions
                    .iter()
                    .map(|(_, w, _, _)| Exact::from(*w).to_f64())
                    .collect()
            })
            .collect();
        let mut worst: f64 = 0.0;
        for r in &self.rows {
            for p in &r.parts {
                let f = self.final_f64(p, &plan_weights);
                worst = worst.max((f - p.exact_final).abs());
            }
        }
        worst
    }

    /// The period score `F` of one part under some weights (per profile, plan order).
    fn final_f64(&self, p: &Part, weights: &[Vec<f64>]) -> f64 {
        let empty = Vec::new();
        let w = weights.get(p.profile).unwrap_or(&empty);
        let mut num = 0.0;
        let mut den = 0.0;
        for (d, wd) in p.dims.iter().zip(w) {
            if let Some(d) = d {
                num += wd * d;
                den += wd;
            }
        }
        let b = if den != 0.0 { num / den } else { 0.0 };
        let mut f = ((b - p.deduction) * p.coordination * p.risk + p.bonus).max(0.0);
        if let Some(m) = self.max_score {
            f = f.min(m);
        }
        f
    }

    /// Draws one profile's weights; `None` after [`MAX_ATTEMPTS`] rejected draws.
    fn draw(
        rng: &mut Rng,
        ranges: &[(f64, f64)],
        last: Option<usize>,
        core: bool,
        draws: &mut u64,
    ) -> Option<Vec<f64>> {
        let Some(last) = last else {
            // Every box has zero width: the weights in force, exactly.
            return Some(ranges.iter().map(|(a, _)| *a).collect());
        };
        let mut x: Vec<f64> = ranges.iter().map(|(a, _)| *a).collect();
        for _ in 0..MAX_ATTEMPTS {
            *draws += 1;
            let mut sum = 0.0;
            for (i, ((a, b), xi)) in ranges.iter().zip(x.iter_mut()).enumerate() {
                if i != last {
                    if b > a {
                        *xi = a + rng.next_f64() * (b - a);
                    }
                    sum += *xi;
                }
            }
            let rest = 1.0 - sum;
            let (a, b) = ranges.get(last).copied().unwrap_or((0.0, 0.0));
            if rest < a - EPS || rest > b + EPS {
                continue;
            }
            if let Some(slot) = x.get_mut(last) {
                *slot = rest.clamp(a, b);
            }
            if core {
                let c = x.first().copied().unwrap_or(0.0);
                if x.iter().any(|v| *v > c + EPS) {
                    continue;
                }
            }
            return Some(x);
        }
        None
    }

    /// Draws up to `n` more samples; returns how far the run has got. Once every sample
    /// is drawn (or the sampler has given up, see [`Stability::failure`]) it does nothing.
    pub fn run_chunk(&mut self, n: u32) -> Progress {
        let target = self.done.saturating_add(n).min(self.params.samples);
        while self.done < target && self.failure.is_none() {
            self.sample_once();
        }
        self.progress()
    }

    /// Draws every remaining sample.
    pub fn run(&mut self) -> Progress {
        self.run_chunk(self.params.samples)
    }

    /// How far the run has got.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.params.samples,
        }
    }

    /// Why sampling stopped early, if it did (a polytope too thin for rejection).
    pub fn failure(&self) -> Option<&SimError> {
        self.failure.as_ref()
    }

    fn sample_once(&mut self) {
        let mut weights: Vec<Vec<f64>> = Vec::with_capacity(self.sampler.len());
        for (i, (ranges, last, core)) in self.sampler.iter().enumerate() {
            if !self.used.get(i).copied().unwrap_or(false) {
                weights.push(Vec::new());
                continue;
            }
            match Self::draw(&mut self.rng, ranges, *last, *core, &mut self.draws) {
                Some(w) => weights.push(w),
                None => {
                    let id = self
                        .boxes
                        .get(i)
                        .map(|b| b.profile.clone())
                        .unwrap_or_default();
                    self.failure = Some(SimError::Settings(SettingsProblem::NoWeightsInBox {
                        profile: id,
                        attempts: MAX_ATTEMPTS,
                    }));
                    return;
                }
            }
        }
        // Published scores in cents.
        let cents: Vec<i64> = self
            .rows
            .iter()
            .map(|r| {
                let mut num = 0.0;
                let mut den = 0.0;
                for p in &r.parts {
                    let c = round_cents(self.final_f64(p, &weights) * 100.0);
                    num += p.weight * c as f64;
                    den += p.weight;
                }
                match self.query.period {
                    PeriodChoice::Period(_) => num as i64,
                    PeriodChoice::Annual if den > 0.0 => round_cents(num / den),
                    PeriodChoice::Annual => 0,
                }
            })
            .collect();
        let (ranks, grades) = grade_cents(&cents, &self.rows, self.grading_cents, self.quota);
        for (((t, c), r), g) in self.tallies.iter_mut().zip(&cents).zip(ranks).zip(grades) {
            if let Some(slot) = t.grades.get_mut(g) {
                *slot += 1;
            }
            t.ranks.add(r);
            t.cents_sum += *c as f64;
            t.cents_min = t.cents_min.min(*c);
            t.cents_max = t.cents_max.max(*c);
        }
        self.done += 1;
    }

    /// The figures so far (all zero before the first sample).
    pub fn report(&self) -> StabilityReport {
        let n = f64::from(self.done.max(1));
        let units = self
            .rows
            .iter()
            .zip(&self.tallies)
            .map(|(r, t)| {
                let grades = t.grades.map(|c| f64::from(c) / n);
                let counts = t.ranks.counts();
                let mean_rank = counts
                    .iter()
                    .map(|(r, c)| f64::from(*r) * f64::from(*c))
                    .sum::<f64>()
                    / n;
                let dec = |c: i64| {
                    if self.done == 0 {
                        r.plan_score
                    } else {
                        Decimal::new(c, 2)
                    }
                };
                UnitStability {
                    unit: r.unit.clone(),
                    score: r.plan_score,
                    rank: r.plan_rank,
                    grade: r.plan_grade,
                    grades,
                    grade_counts: t.grades,
                    min_rank: counts.keys().next().copied().unwrap_or(r.plan_rank),
                    max_rank: counts.keys().next_back().copied().unwrap_or(r.plan_rank),
                    rank_counts: counts,
                    mean_rank,
                    score_min: dec(t.cents_min),
                    score_mean: t.cents_sum / n / 100.0,
                    score_max: dec(t.cents_max),
                    contested: self.done > 0 && grades.iter().all(|p| *p <= CONTESTED_BELOW),
                }
            })
            .collect();
        StabilityReport {
            query: self.query.clone(),
            params: self.params,
            samples: self.done,
            acceptance: if self.draws == 0 {
                1.0
            } else {
                // Draws are counted per profile; samples × profiles in use were accepted.
                let used = self.used.iter().filter(|u| **u).count().max(1) as f64;
                f64::from(self.done) * used / self.draws as f64
            },
            plan_agreement: self.plan_agreement,
            profiles: self
                .boxes
                .iter()
                .zip(&self.used)
                .filter(|(_, u)| **u)
                .map(|(b, _)| b.clone())
                .collect(),
            units,
        }
    }
}

/// Whole cents, half away from zero (scores are never negative), with the nudge.
fn round_cents(x: f64) -> i64 {
    (x + 0.5 + NUDGE_CENTS).floor() as i64
}

/// Ranks and grades (index into [`Grade::ALL`]) of a sample, by §6 on whole cents.
fn grade_cents(
    cents: &[i64],
    rows: &[Row],
    lines: (i64, i64, i64),
    quota: u32,
) -> (Vec<u32>, Vec<usize>) {
    let n = cents.len();
    let c = |i: usize| cents.get(i).copied().unwrap_or(0);
    // By score, highest first, then by position: one unstable sort of distinct integer keys
    // (the score's order-preserving bits, inverted, above the position) gives the order a
    // stable sort by score would.
    let mut keyed: Vec<u128> = (0..n)
        .map(|i| (u128::from(!((c(i) as u64) ^ (1 << 63))) << 64) | i as u128)
        .collect();
    keyed.sort_unstable();
    let order: Vec<usize> = keyed.into_iter().map(|k| k as u64 as usize).collect();
    let mut ranks = vec![0u32; n];
    let mut rank = 1u32;
    for (pos, &i) in order.iter().enumerate() {
        if pos > 0 {
            let prev = order.get(pos - 1).copied().unwrap_or(i);
            if c(prev) != c(i) {
                rank = u32::try_from(pos + 1).unwrap_or(u32::MAX);
            }
        }
        if let Some(slot) = ranks.get_mut(i) {
            *slot = rank;
        }
    }
    let (excellent, good, pass) = lines;
    let key = |i: usize| {
        let r = rows.get(i);
        (
            c(i),
            r.and_then(|r| r.core),
            r.map(|r| r.deduction).unwrap_or(i64::MAX),
        )
    };
    let cmp = |a: usize, b: usize| -> Ordering {
        let (sa, ca, da) = key(a);
        let (sb, cb, db) = key(b);
        sb.cmp(&sa).then(cb.cmp(&ca)).then(da.cmp(&db))
    };
    // The Excellent tie-break order (S5.2.1). `order` is by score already (then position), so
    // only a run of equal scores needs the other keys, sorted stably.
    let mut candidates: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| c(i) >= excellent && !rows.get(i).is_some_and(|r| r.veto))
        .collect();
    for run in candidates.chunk_by_mut(|&a, &b| c(a) == c(b)) {
        if run.len() > 1 {
            run.sort_by(|&a, &b| cmp(a, b));
        }
    }
    let take = (quota as usize).min(candidates.len());
    let mut is_excellent = vec![false; n];
    if take > 0 {
        let last = candidates.get(take - 1).copied();
        for (pos, &i) in candidates.iter().enumerate() {
            let tied = last.is_some_and(|l| cmp(l, i) == Ordering::Equal);
            if pos < take || tied {
                if let Some(slot) = is_excellent.get_mut(i) {
                    *slot = true;
                }
            }
        }
    }
    let grades = (0..n)
        .map(|i| {
            if is_excellent.get(i).copied().unwrap_or(false) {
                0
            } else if c(i) >= good {
                1
            } else if c(i) >= pass {
                2
            } else {
                3
            }
        })
        .collect();
    (ranks, grades)
}

fn num(x: f64) -> Value {
    let r = (x * 1e6).round() / 1e6;
    if r.is_finite() {
        Value::Number(format!("{r}"))
    } else {
        Value::Null
    }
}

fn int(x: impl Into<u64>) -> Value {
    Value::Number(x.into().to_string())
}

/// The report as JSON (`"format": "scorecard-stability"`): what `scorecard stability`
/// prints. Probabilities and means are numbers rounded to 6 places; published scores and
/// weights are strings, as in a results file.
pub fn report_value(r: &StabilityReport) -> Value {
    let s = |x: &str| Value::str(x);
    let dec = |d: Decimal| Value::String(crate::number::two_places(d));
    let profiles = list(&r.profiles, |p| {
        obj(vec![
            ("profile", s(&p.profile)),
            ("core_largest", Value::Bool(p.core_largest)),
            (
                "weights",
                Value::Object(
                    p.dimensions
                        .iter()
                        .map(|(id, w, _, _)| (id.clone(), Value::String(w.to_string())))
                        .collect(),
                ),
            ),
            (
                "boxes",
                Value::Object(
                    p.dimensions
                        .iter()
                        .map(|(id, _, a, b)| {
                            (
                                id.clone(),
                                Value::Array(vec![
                                    Value::String(a.to_string()),
                                    Value::String(b.to_string()),
                                ]),
                            )
                        })
                        .collect(),
                ),
            ),
        ])
    });
    let total = f64::from(r.samples.max(1));
    let units = list(&r.units, |u| {
        obj(vec![
            ("unit", s(&u.unit)),
            ("score", dec(u.score)),
            ("rank", int(u.rank)),
            ("grade", s(u.grade.as_str())),
            (
                "grades",
                Value::Object(
                    Grade::ALL
                        .iter()
                        .zip(u.grades)
                        .map(|(g, p)| (g.as_str().to_string(), num(p)))
                        .collect(),
                ),
            ),
            (
                "ranks",
                Value::Object(
                    u.rank_counts
                        .iter()
                        .map(|(r, c)| (r.to_string(), num(f64::from(*c) / total)))
                        .collect(),
                ),
            ),
            ("mean_rank", num(u.mean_rank)),
            ("min_rank", int(u.min_rank)),
            ("max_rank", int(u.max_rank)),
            ("score_min", dec(u.score_min)),
            ("score_mean", num(u.score_mean)),
            ("score_max", dec(u.score_max)),
            ("contested", Value::Bool(u.contested)),
        ])
    });
    obj(vec![
        ("format", s("scorecard-stability")),
        ("version", int(1u32)),
        ("engine", s(crate::version())),
        ("period", s(r.query.period.as_word())),
        (
            "scenario",
            r.query
                .scenario
                .as_deref()
                .map(Value::str)
                .unwrap_or(Value::Null),
        ),
        ("samples", int(r.samples)),
        ("seed", int(r.params.seed)),
        ("delta", Value::String(r.params.delta.to_string())),
        ("acceptance", num(r.acceptance)),
        (
            "plan_agreement",
            Value::Number(format!("{:e}", r.plan_agreement)),
        ),
        (
            "contested",
            int(u32::try_from(r.units.iter().filter(|u| u.contested).count()).unwrap_or(u32::MAX)),
        ),
        ("profiles", profiles),
        ("units", units),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_workspace;
    use crate::score::score;

    /// `n` units on two profiles over four dimensions (the scheme's bands), direct scores
    /// spread so that ranks cross as weights move.
    fn ws(n: usize, extra: &str) -> Workspace {
        let mut units = Vec::new();
        let mut records = Vec::new();
        for i in 0..n {
            let prof = if i % 3 == 0 { "technical" } else { "standard" };
            units.push(format!(
                r#"{{"id":"u{i}","name":"u{i}","level":"branch","profile":"{prof}"}}"#
            ));
            // Task high for low i, innovation high for high i, others in between.
            let t = 70 + (i * 7) % 30;
            let m = 60 + (i * 11) % 40;
            let v = 65 + (i * 13) % 35;
            let r = 80 + (i * 5) % 20;
            records.push(format!(
                r#"{{"unit":"u{i}","period":"Q1","values":{{"t":"{t}","m":"{m}","v":"{v}","r":"{r}"}}}}"#
            ));
        }
        let dim = |id: &str, ind: &str| {
            format!(
                r#"{{"id":"{id}","name":"{id}","indicators":[{{"id":"{ind}","name":"{ind}","weight":"1","method":{{"kind":"direct"}}}}]}}"#
            )
        };
        let text = format!(
            r#"{{"format":"scorecard-workspace","version":1,
            "plan":{{"name":"t","dimensions":[{},{},{},{}],
             "profiles":[{{"id":"standard","name":"s","weights":{{"task":"0.45","team":"0.20","innovation":"0.20","risk":"0.15"}}}},
                         {{"id":"technical","name":"t","weights":{{"task":"0.40","team":"0.20","innovation":"0.25","risk":"0.15"}}}}],
             "periods":[{{"id":"Q1","name":"q","weight":"1"}}]{extra}}},
            "units":[{}],"records":[{}]}}"#,
            dim("task", "t"),
            dim("team", "m"),
            dim("innovation", "v"),
            dim("risk", "r"),
            units.join(","),
            records.join(",")
        );
        parse_workspace(&text).unwrap()
    }

    fn run(w: &Workspace, params: Params) -> StabilityReport {
        let mut s = Stability::new(w, &Query::period("Q1"), params).unwrap();
        s.run();
        assert!(s.failure().is_none());
        s.report()
    }

    #[test]
    fn the_generator_is_xoshiro256_starstar() {
        // Reference: splitmix64 from seed 0 gives 0xE220A8397B1DCDAF as its first output;
        // xoshiro256** state from the first four, first output computed from s[1].
        let mut r = Rng::new(0);
        let s1 = r.s[1];
        assert_eq!(r.s[0], 0xE220_A839_7B1D_CDAF);
        let first = r.next_u64();
        assert_eq!(first, s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9));
        for _ in 0..1000 {
            let u = r.next_f64();
            assert!((0.0..1.0).contains(&u));
        }
    }

    #[test]
    fn plan_weights_agree_with_the_exact_path() {
        let w = ws(20, "");
        let s = Stability::new(&w, &Query::period("Q1"), Params::default()).unwrap();
        assert!(
            s.report().plan_agreement <= 1e-9,
            "{}",
            s.report().plan_agreement
        );
    }

    #[test]
    fn delta_zero_gives_the_plan_with_probability_one() {
        let w = ws(20, "");
        let rs = score(&w, &Query::period("Q1")).unwrap();
        let r = run(
            &w,
            Params {
                samples: 200,
                delta: Decimal::ZERO,
                ..Params::default()
            },
        );
        assert_eq!(r.units.len(), 20);
        for u in &r.units {
            let exact = rs.unit(&u.unit).unwrap();
            assert_eq!(u.rank, exact.rank);
            assert_eq!(u.grade_probability(exact.grade), 1.0, "{}", u.unit);
            assert_eq!(u.rank_counts.get(&exact.rank), Some(&200), "{}", u.unit);
            assert_eq!(u.score_min, exact.score);
            assert_eq!(u.score_max, exact.score);
            assert!(!u.contested);
        }
    }

    #[test]
    fn rank_histograms_hold_only_the_ranks_reached() {
        // 600 units, 40 samples: a dense units × units table would hold 600 counts per unit;
        // the histogram holds one entry per rank actually reached, at most one per sample.
        let units = 600;
        let samples = 40;
        let w = ws(units, "");
        let mut s = Stability::new(
            &w,
            &Query::period("Q1"),
            Params {
                samples,
                ..Params::default()
            },
        )
        .unwrap();
        s.run();
        let held: usize = s.tallies.iter().map(|t| t.ranks.held()).sum();
        let r = s.report();
        let mut moved = 0;
        for (t, u) in s.tallies.iter().zip(&r.units) {
            assert_eq!(t.ranks.counts(), u.rank_counts, "{}", u.unit);
            assert!(u.rank_counts.len() <= samples as usize, "{}", u.unit);
            assert!(u.rank_counts.values().all(|c| *c > 0), "{}", u.unit);
            assert_eq!(u.rank_counts.values().sum::<u32>(), samples, "{}", u.unit);
            let lo = u.rank_counts.keys().next().copied().unwrap();
            let hi = u.rank_counts.keys().next_back().copied().unwrap();
            assert_eq!((lo, hi), (u.min_rank, u.max_rank), "{}", u.unit);
            assert!(u.rank_counts.len() as u32 <= hi - lo + 1, "{}", u.unit);
            moved += usize::from(u.rank_counts.len() > 1);
        }
        assert!(moved > units / 2, "ranks cross as weights move: {moved}");
        assert!(held <= units * samples as usize, "{held}");
        // With the weights held fixed every unit keeps one rank: one entry each.
        let fixed = run(
            &w,
            Params {
                samples,
                delta: Decimal::ZERO,
                ..Params::default()
            },
        );
        assert!(fixed.units.iter().all(|u| u.rank_counts.len() == 1));
    }

    #[test]
    fn same_seed_same_answer_whatever_the_chunks() {
        let w = ws(12, "");
        let p = Params {
            samples: 500,
            ..Params::default()
        };
        let a = run(&w, p);
        let mut s = Stability::new(&w, &Query::period("Q1"), p).unwrap();
        let mut last = s.progress();
        while !last.finished() {
            last = s.run_chunk(37);
        }
        assert_eq!(
            last,
            Progress {
                done: 500,
                total: 500
            }
        );
        assert_eq!(s.report(), a);
        let b = run(&w, Params { seed: 7, ..p });
        assert_ne!(a.units, b.units); // another seed, other draws
                                      // Partial reports are readable and say how far they got.
        let mut s = Stability::new(&w, &Query::period("Q1"), p).unwrap();
        s.run_chunk(10);
        assert_eq!(s.report().samples, 10);
    }

    #[test]
    fn sampler_is_uniform_on_a_two_dimension_band() {
        // Two dimensions, bands a [0.3, 0.7], b [0.3, 0.7], weights 0.5/0.5, δ = 0.2: the
        // polytope is the segment a ∈ [0.3, 0.7], b = 1 − a. Uniform on it: P(a < 0.4) =
        // 0.1/0.4 = 0.25, mean 0.5, and every draw accepted (the last coordinate lands in
        // its box always: b = 1 − a ∈ [0.3, 0.7]).
        let ranges = vec![(0.3, 0.7), (0.3, 0.7)];
        let mut rng = Rng::new(1);
        let mut draws = 0;
        let n = 100_000;
        let mut below = 0;
        let mut sum = 0.0;
        for _ in 0..n {
            let x = Stability::draw(&mut rng, &ranges, Some(1), false, &mut draws).unwrap();
            assert!((x[0] + x[1] - 1.0).abs() < 1e-12);
            if x[0] < 0.4 {
                below += 1;
            }
            sum += x[0];
        }
        assert_eq!(draws, n as u64);
        let p = f64::from(below) / f64::from(n);
        // Binomial sd sqrt(0.25·0.75/1e5) ≈ 0.00137: 5 sd ≈ 0.007.
        assert!((p - 0.25).abs() < 0.007, "{p}");
        assert!((sum / f64::from(n) - 0.5).abs() < 0.002);
        // A box where the last coordinate must be rejected half of the time: a ∈ [0, 1],
        // b ∈ [0.5, 1]: accepted iff a ≤ 0.5, and then a is uniform on [0, 0.5]:
        // P(a < 0.25) = 0.5.
        let ranges = vec![(0.0, 1.0), (0.5, 1.0)];
        let mut draws = 0;
        let mut below = 0;
        for _ in 0..n {
            let x = Stability::draw(&mut rng, &ranges, Some(1), false, &mut draws).unwrap();
            assert!(x[1] >= 0.5 - 1e-12 && x[0] <= 0.5 + 1e-12);
            if x[0] < 0.25 {
                below += 1;
            }
        }
        let acc = n as f64 / draws as f64;
        assert!((acc - 0.5).abs() < 0.01, "{acc}");
        assert!((f64::from(below) / f64::from(n) - 0.5).abs() < 0.01);
    }

    #[test]
    fn boxes_are_bands_intersected_with_delta_and_samples_keep_them() {
        let w = ws(9, "");
        let s = Stability::new(&w, &Query::period("Q1"), Params::default()).unwrap();
        let std = &s.boxes[0];
        // standard 45/20/20/15, δ 0.05: task [0.40, 0.50], team [0.20, 0.25],
        // innovation [0.20, 0.25], risk [0.10, 0.20].
        let got: Vec<(String, String)> = std
            .dimensions
            .iter()
            .map(|(_, _, a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("0.40".into(), "0.50".into()),
                ("0.20".into(), "0.25".into()),
                ("0.20".into(), "0.25".into()),
                ("0.10".into(), "0.20".into())
            ]
        );
        let (ranges, last, core) = &s.sampler[0];
        let mut rng = Rng::new(3);
        let mut draws = 0;
        for _ in 0..2000 {
            let x = Stability::draw(&mut rng, ranges, *last, *core, &mut draws).unwrap();
            assert!((x.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            for (v, (a, b)) in x.iter().zip(ranges) {
                assert!(*v >= a - 1e-12 && *v <= b + 1e-12);
            }
        }
    }

    #[test]
    fn contested_units_and_json() {
        let w = ws(20, "");
        let r = run(
            &w,
            Params {
                samples: 2000,
                ..Params::default()
            },
        );
        for u in &r.units {
            let total: f64 = u.grades.iter().sum();
            assert!((total - 1.0).abs() < 1e-9);
            assert_eq!(u.rank_counts.values().sum::<u32>(), 2000);
            assert_eq!(u.contested, u.grades.iter().all(|p| *p <= 0.8));
            assert!(u.score_min <= u.score && u.score <= u.score_max);
        }
        let v = report_value(&r);
        assert_eq!(
            v.get("format").and_then(Value::as_str),
            Some("scorecard-stability")
        );
        assert!(crate::json::parse(&v.to_pretty()).is_ok());
    }

    #[test]
    fn annual_and_settings() {
        let w = ws(6, "");
        let mut s = Stability::new(
            &w,
            &Query::annual(),
            Params {
                samples: 50,
                delta: Decimal::ZERO,
                ..Params::default()
            },
        )
        .unwrap();
        s.run();
        let rs = score(&w, &Query::annual()).unwrap();
        for u in &s.report().units {
            assert_eq!(u.grade_probability(rs.unit(&u.unit).unwrap().grade), 1.0);
        }
        let bad = |p: Params| Stability::new(&w, &Query::period("Q1"), p).is_err();
        assert!(bad(Params {
            samples: 0,
            ..Params::default()
        }));
        assert!(bad(Params {
            delta: Decimal::TWO,
            ..Params::default()
        }));
        assert!(Stability::new(&w, &Query::period("nope"), Params::default()).is_err());
    }
}
