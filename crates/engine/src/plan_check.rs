//! Live checks of a plan while it is being edited: the sum of every weight list and, per
//! weight profile, the band check of each dimension (§4, S3.2).
//!
//! The plan editor shows these beside the inputs as the user types, when the document may
//! not be a valid workspace yet (a sum of 95% is exactly what the user must see and fix).
//! So the checks read the JSON document leniently: a value that is not a decimal is
//! "unknown" and left out of the sum (its own field shows the parse error), a dimension
//! without `band` takes the scheme's band ([`crate::defaults::band_for`], READING 14). The
//! band rule itself is the scorer's ([`crate::score::period::within_bands`]): the same
//! comparisons, on the same numbers, so the warning shown is the flag that will be set.

use crate::json::Value;
use crate::number::parse_decimal;
use rust_decimal::Decimal;

/// The sum of a list of weights that must come to exactly 1 (100%).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeightSum {
    /// The exact sum of the weights that could be read.
    pub sum: Decimal,
    /// How many weights could not be read (not decimals); they are not in `sum`.
    pub unreadable: usize,
}

/// How a weight sum stands against 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumStatus {
    /// Exactly 1 (100%).
    Exact,
    /// Below 1 by this much (a fraction: `0.05` is 5 percentage points).
    Short(Decimal),
    /// Above 1 by this much.
    Over(Decimal),
}

impl WeightSum {
    /// Where the sum stands: exact, short by `1 − sum`, or over by `sum − 1`.
    pub fn status(&self) -> SumStatus {
        if self.sum == Decimal::ONE {
            SumStatus::Exact
        } else if self.sum < Decimal::ONE {
            SumStatus::Short(Decimal::ONE - self.sum)
        } else {
            SumStatus::Over(self.sum - Decimal::ONE)
        }
    }

    /// Whether every weight was read and they sum to exactly 1.
    pub fn is_one(&self) -> bool {
        self.unreadable == 0 && self.status() == SumStatus::Exact
    }
}

/// Sums weights exactly; `None` entries (unreadable) are counted, not added.
pub fn weight_sum(weights: &[Option<Decimal>]) -> WeightSum {
    WeightSum {
        sum: weights.iter().flatten().copied().sum(),
        unreadable: weights.iter().filter(|w| w.is_none()).count(),
    }
}

/// A decimal read from a document value (a JSON number or a string), if it is one.
pub fn decimal_of(v: Option<&Value>) -> Option<Decimal> {
    match v? {
        Value::Number(t) | Value::String(t) => parse_decimal(t).ok(),
        _ => None,
    }
}

/// One dimension as the band check sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionBand {
    /// Its id.
    pub id: String,
    /// Its band `[low, high]`, `None` when the document's band cannot be read.
    pub band: Option<(Decimal, Decimal)>,
}

/// The check of one dimension's weight in one profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellCheck {
    /// The dimension id.
    pub dimension: String,
    /// The weight, when it can be read.
    pub weight: Option<Decimal>,
    /// The band it is checked against, when known.
    pub band: Option<(Decimal, Decimal)>,
    /// Below the band's low end.
    pub below_band: bool,
    /// Above the band's high end.
    pub above_band: bool,
    /// With `core_largest`: a dimension other than the core weighing more than the core.
    pub above_core: bool,
}

impl CellCheck {
    /// Whether this weight breaks a rule (outside its band, or above the core).
    pub fn violates(&self) -> bool {
        self.below_band || self.above_band || self.above_core
    }
}

/// The check of one weight profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileCheck {
    /// Its sum.
    pub sum: WeightSum,
    /// One check per dimension of the plan, in plan order (the first is the core).
    pub cells: Vec<CellCheck>,
}

impl ProfileCheck {
    /// Whether every weight is in its band and (with `core_largest`) none is above the
    /// core: what the scorer's `band_violation` flag asks (unreadable weights aside).
    pub fn within_bands(&self) -> bool {
        !self.cells.iter().any(CellCheck::violates)
    }

    /// Whether some dimension weighs more than the core (with `core_largest`).
    pub fn core_not_largest(&self) -> bool {
        self.cells.iter().any(|c| c.above_core)
    }
}

/// Checks one profile's weights (by dimension id; absent or unreadable: `None`) against the
/// dimensions' bands and, with `core_largest`, the rule that the core (the first dimension)
/// weighs the most (ties allowed).
pub fn check_profile(
    dimensions: &[DimensionBand],
    weight_of: impl Fn(&str) -> Option<Decimal>,
    core_largest: bool,
) -> ProfileCheck {
    let weights: Vec<Option<Decimal>> = dimensions.iter().map(|d| weight_of(&d.id)).collect();
    let core = if core_largest {
        weights.first().copied().flatten()
    } else {
        None
    };
    let cells = dimensions
        .iter()
        .zip(&weights)
        .enumerate()
        .map(|(i, (d, w))| {
            let w = *w;
            let (below_band, above_band) = match (w, d.band) {
                (Some(x), Some((lo, hi))) => (x < lo, x > hi),
                _ => (false, false),
            };
            let above_core = match (w, core) {
                (Some(x), Some(c)) => i > 0 && x > c,
                _ => false,
            };
            CellCheck {
                dimension: d.id.clone(),
                weight: w,
                band: d.band,
                below_band,
                above_band,
                above_core,
            }
        })
        .collect();
    ProfileCheck {
        sum: weight_sum(&weights),
        cells,
    }
}

/// Everything the plan editor checks live, read from the `plan` object of a workspace
/// document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanCheck {
    /// The dimensions in order, with their bands (the first is the core).
    pub dimensions: Vec<DimensionBand>,
    /// Per dimension (same order), the sum of its indicator weights.
    pub indicator_sums: Vec<WeightSum>,
    /// Per profile (document order), its sum and band check.
    pub profiles: Vec<ProfileCheck>,
    /// The sum of the panel criteria weights (the defaults' when absent).
    pub panel_sum: WeightSum,
    /// The sum of the period weights.
    pub period_sum: WeightSum,
}

fn array(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

fn read_band(d: &Value, id: &str) -> Option<(Decimal, Decimal)> {
    match d.get("band") {
        None => Some(crate::defaults::band_for(id)),
        Some(Value::Array(items)) if items.len() == 2 => {
            Some((decimal_of(items.first())?, decimal_of(items.get(1))?))
        }
        Some(_) => None,
    }
}

/// Reads and checks a `plan` object leniently (see the module doc).
pub fn check_plan(plan: &Value) -> PlanCheck {
    let dims = array(plan.get("dimensions"));
    let dimensions: Vec<DimensionBand> = dims
        .iter()
        .map(|d| {
            let id = d.get("id").and_then(Value::as_str).unwrap_or_default();
            DimensionBand {
                id: id.to_string(),
                band: read_band(d, id),
            }
        })
        .collect();
    let indicator_sums = dims
        .iter()
        .map(|d| {
            let w: Vec<Option<Decimal>> = array(d.get("indicators"))
                .iter()
                .map(|i| decimal_of(i.get("weight")))
                .collect();
            weight_sum(&w)
        })
        .collect();
    let core_largest = !matches!(plan.get("core_largest"), Some(Value::Bool(false)));
    let profiles = array(plan.get("profiles"))
        .iter()
        .map(|p| {
            let weights = p.get("weights");
            check_profile(
                &dimensions,
                |id| decimal_of(weights.and_then(|w| w.get(id))),
                core_largest,
            )
        })
        .collect();
    let panel_sum = match plan.get("panel").and_then(|p| p.get("criteria")) {
        Some(Value::Object(fields)) => weight_sum(
            &fields
                .iter()
                .map(|(_, v)| decimal_of(Some(v)))
                .collect::<Vec<_>>(),
        ),
        _ => weight_sum(
            &crate::defaults::panel()
                .criteria
                .iter()
                .map(|(_, w)| Some(*w))
                .collect::<Vec<_>>(),
        ),
    };
    let period_sum = weight_sum(
        &array(plan.get("periods"))
            .iter()
            .map(|p| decimal_of(p.get("weight")))
            .collect::<Vec<_>>(),
    );
    PlanCheck {
        dimensions,
        indicator_sums,
        profiles,
        panel_sum,
        period_sum,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::path::JsonPath;
    use crate::testing::d;

    macro_rules! dec {
        ($x:literal) => {
            d(stringify!($x))
        };
    }

    fn example_plan() -> Value {
        let doc = crate::testing::example_doc();
        doc.get("plan").unwrap().clone()
    }

    fn set(plan: &mut Value, path: &str, v: &str) {
        assert!(plan.set_at(&JsonPath::parse(path).unwrap(), Value::str(v)));
    }

    #[test]
    fn sums_table() {
        // (weights, sum, status): hand-added.
        let cases: &[(&[Option<Decimal>], Decimal, SumStatus, bool)] = &[
            (
                &[
                    Some(dec!(0.45)),
                    Some(dec!(0.20)),
                    Some(dec!(0.20)),
                    Some(dec!(0.15)),
                ],
                dec!(1.00),
                SumStatus::Exact,
                true,
            ),
            // 0.40 + 0.20 + 0.20 + 0.15 = 0.95: short by 0.05 (5 points)
            (
                &[
                    Some(dec!(0.40)),
                    Some(dec!(0.20)),
                    Some(dec!(0.20)),
                    Some(dec!(0.15)),
                ],
                dec!(0.95),
                SumStatus::Short(dec!(0.05)),
                false,
            ),
            // 0.5 + 0.6 = 1.1: over by 0.1
            (
                &[Some(dec!(0.5)), Some(dec!(0.6))],
                dec!(1.1),
                SumStatus::Over(dec!(0.1)),
                false,
            ),
            // one unreadable: 0.5 + 0.5 = 1 but not "one" (the third is unknown)
            (
                &[Some(dec!(0.5)), Some(dec!(0.5)), None],
                dec!(1.0),
                SumStatus::Exact,
                false,
            ),
            // 1/3 three times in decimals: 0.999, short by 0.001, not rounded to 100%
            (
                &[Some(dec!(0.333)), Some(dec!(0.333)), Some(dec!(0.333))],
                dec!(0.999),
                SumStatus::Short(dec!(0.001)),
                false,
            ),
            (&[], dec!(0), SumStatus::Short(dec!(1)), false),
        ];
        for (weights, sum, status, one) in cases {
            let s = weight_sum(weights);
            assert_eq!(s.sum, *sum, "{weights:?}");
            assert_eq!(s.status(), *status, "{weights:?}");
            assert_eq!(s.is_one(), *one, "{weights:?}");
        }
    }

    #[test]
    fn the_example_plan_is_clean() {
        let c = check_plan(&example_plan());
        assert_eq!(c.dimensions.len(), 4);
        assert_eq!(c.dimensions[0].band, Some((dec!(0.40), dec!(0.50))));
        assert!(c.indicator_sums.iter().all(WeightSum::is_one));
        assert_eq!(c.profiles.len(), 2);
        assert!(c
            .profiles
            .iter()
            .all(|p| p.sum.is_one() && p.within_bands()));
        assert!(c.panel_sum.is_one());
        // 4 × 0.10 + 0.60 = 1
        assert!(c.period_sum.is_one());
    }

    #[test]
    fn profile_band_table() {
        // standard 45/20/20/15 with one weight changed: (dimension, new weight, sum, the
        // cells flagged as (index, below, above, above core)).
        type Case = (
            &'static str,
            &'static str,
            Decimal,
            &'static [(usize, bool, bool, bool)],
        );
        let cases: &[Case] = &[
            // task 0.52 > 0.50: above its band; sum 1.07
            ("task", "0.52", dec!(1.07), &[(0, false, true, false)]),
            // task 0.38 < 0.40: below; sum 0.93
            ("task", "0.38", dec!(0.93), &[(0, true, false, false)]),
            // risk 0.21 > 0.20: above its band; sum 1.06
            ("risk", "0.21", dec!(1.06), &[(3, false, true, false)]),
            // risk 0: the band is [0, 0.20], inside; sum 0.85
            ("risk", "0", dec!(0.85), &[]),
            // innovation 0.25 is the band's top, inside; sum 1.05
            ("innovation", "0.25", dec!(1.05), &[]),
            // team 0.46 above its band and above the core 0.45
            ("team", "0.46", dec!(1.26), &[(1, false, true, true)]),
            // task 0.40 (band low end): inside, and still the largest; sum 0.95
            ("task", "0.40", dec!(0.95), &[]),
        ];
        for (dim, w, sum, flagged) in cases {
            let mut plan = example_plan();
            set(&mut plan, &format!("profiles[0].weights.{dim}"), w);
            let c = check_plan(&plan);
            let p = &c.profiles[0];
            assert_eq!(p.sum.sum, *sum, "{dim} = {w}");
            let got: Vec<(usize, bool, bool, bool)> = p
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.violates())
                .map(|(i, c)| (i, c.below_band, c.above_band, c.above_core))
                .collect();
            assert_eq!(got, flagged.to_vec(), "{dim} = {w}");
        }
    }

    #[test]
    fn core_largest_with_wide_bands() {
        // Bands that allow it, so only the core rule bites: task 0.30, team 0.35.
        let mut plan = example_plan();
        set(&mut plan, "dimensions[0].band[0]", "0");
        set(&mut plan, "dimensions[1].band[1]", "1");
        set(&mut plan, "profiles[0].weights.task", "0.30");
        set(&mut plan, "profiles[0].weights.team", "0.35");
        let c = check_plan(&plan);
        assert!(c.profiles[0].sum.is_one()); // 0.30 + 0.35 + 0.20 + 0.15 = 1
        assert!(c.profiles[0].core_not_largest());
        assert!(c.profiles[0].cells[1].above_core);
        assert!(!c.profiles[0].cells[1].above_band);
        // Turned off, nothing is flagged.
        assert!(plan.set_at(
            &JsonPath::parse("core_largest").unwrap(),
            Value::Bool(false)
        ));
        assert!(check_plan(&plan).profiles[0].within_bands());
        // A tie with the core is allowed.
        let mut plan = example_plan();
        set(&mut plan, "dimensions[0].band[0]", "0");
        set(&mut plan, "profiles[0].weights.task", "0.25");
        set(&mut plan, "profiles[0].weights.innovation", "0.25");
        set(&mut plan, "profiles[0].weights.risk", "0.25");
        set(&mut plan, "dimensions[3].band[1]", "0.25");
        let c = check_plan(&plan);
        assert!(c.profiles[0].within_bands(), "{:?}", c.profiles[0]);
    }

    #[test]
    fn agrees_with_the_scorer() {
        // Same answer as `within_bands` of the scorer on every profile weight set tried.
        let ws = crate::testing::example();
        let plan = example_plan();
        let dims = check_plan(&plan).dimensions;
        for (task, team, inn, risk) in [
            (dec!(0.45), dec!(0.20), dec!(0.20), dec!(0.15)),
            (dec!(0.52), dec!(0.20), dec!(0.20), dec!(0.08)),
            (dec!(0.40), dec!(0.25), dec!(0.25), dec!(0.10)),
            (dec!(0.20), dec!(0.25), dec!(0.25), dec!(0.30)),
            (dec!(0.40), dec!(0.20), dec!(0.20), dec!(0.20)),
        ] {
            let weights = [
                ("task", task),
                ("team", team),
                ("innovation", inn),
                ("risk", risk),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            let scorer = crate::score::period::within_bands(&ws.plan, &weights);
            let ours = check_profile(&dims, |id| weights.get(id).copied(), true).within_bands();
            assert_eq!(scorer, ours, "{weights:?}");
        }
    }

    #[test]
    fn reads_an_invalid_document_leniently() {
        let mut plan = example_plan();
        set(&mut plan, "profiles[0].weights.team", "二十");
        assert!(plan.remove_at(&JsonPath::parse("dimensions[1].band").unwrap()));
        set(&mut plan, "dimensions[2].band[0]", "x");
        let c = check_plan(&plan);
        // team's band falls back to the scheme's [0.20, 0.25]; innovation's is unknown.
        assert_eq!(c.dimensions[1].band, Some((dec!(0.20), dec!(0.25))));
        assert_eq!(c.dimensions[2].band, None);
        let p = &c.profiles[0];
        assert_eq!(p.sum.sum, dec!(0.80)); // 0.45 + 0.20 + 0.15, team unknown
        assert_eq!(p.sum.unreadable, 1);
        assert!(!p.sum.is_one());
        assert_eq!(p.cells[1].weight, None);
        assert!(!p.cells[1].violates());
        // No plan at all: nothing to check, no panic.
        assert_eq!(check_plan(&Value::Null).profiles.len(), 0);
        // Numbers as JSON numbers read the same as strings.
        assert_eq!(
            decimal_of(Some(&Value::Number("0.45".into()))),
            Some(dec!(0.45))
        );
        assert_eq!(decimal_of(Some(&Value::Bool(true))), None);
    }
}
