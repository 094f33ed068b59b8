//! A unit's rank histogram while a stability run draws samples: one count added per unit
//! per sample, so this is the run's innermost bookkeeping.
//!
//! A unit moves among a few neighbouring ranks, so the counts are kept as a band of
//! consecutive ranks (an add is an index, no search and no allocation once the band has
//! grown to the unit's spread). A unit whose ranks spread wider than [`BAND_MAX`] switches
//! to a map of the ranks it reached, so memory stays linear in units however the ranks
//! move (never units × units). Either way [`RankTally::counts`] is the same histogram: the
//! ranks reached, each with its count.

use std::collections::BTreeMap;

/// Rank → samples in which the unit ranked there (ranks never reached are absent).
pub type RankCounts = BTreeMap<u32, u32>;

/// The widest band of ranks kept as counts side by side (1 KiB a unit at the most).
pub const BAND_MAX: usize = 256;

/// A rank histogram being filled.
#[derive(Debug, Clone, PartialEq)]
pub enum RankTally {
    /// Counts of ranks `lo`, `lo + 1`, … (zero for a rank inside the band not reached).
    Band {
        /// The band's first rank.
        lo: u32,
        /// One count per rank from `lo`.
        counts: Vec<u32>,
    },
    /// The ranks reached, for a unit whose ranks spread wider than [`BAND_MAX`].
    Map(RankCounts),
}

impl Default for RankTally {
    fn default() -> Self {
        RankTally::Band {
            lo: 0,
            counts: Vec::new(),
        }
    }
}

impl RankTally {
    /// Counts one sample in which the unit ranked `rank`.
    pub fn add(&mut self, rank: u32) {
        let RankTally::Band { lo, counts } = self else {
            if let RankTally::Map(m) = self {
                *m.entry(rank).or_insert(0) += 1;
            }
            return;
        };
        if counts.is_empty() {
            *lo = rank;
        }
        if rank >= *lo {
            let i = (rank - *lo) as usize;
            if i < BAND_MAX {
                if counts.len() <= i {
                    counts.resize(i + 1, 0);
                }
                if let Some(c) = counts.get_mut(i) {
                    *c += 1;
                }
                return;
            }
        } else {
            let grow = (*lo - rank) as usize;
            if counts.len() + grow <= BAND_MAX {
                counts.splice(0..0, std::iter::repeat_n(0, grow));
                *lo = rank;
                if let Some(c) = counts.first_mut() {
                    *c += 1;
                }
                return;
            }
        }
        let mut map = self.counts();
        *map.entry(rank).or_insert(0) += 1;
        *self = RankTally::Map(map);
    }

    /// The histogram: each rank reached, with its count.
    pub fn counts(&self) -> RankCounts {
        match self {
            RankTally::Band { lo, counts } => (*lo..)
                .zip(counts)
                .filter(|(_, c)| **c > 0)
                .map(|(r, c)| (r, *c))
                .collect(),
            RankTally::Map(m) => m.clone(),
        }
    }

    /// How many counts it holds (its memory, in counts).
    pub fn held(&self) -> usize {
        match self {
            RankTally::Band { counts, .. } => counts.len(),
            RankTally::Map(m) => m.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulate::stability::Rng;

    /// Adds `ranks` to a tally and to a plain map; the two histograms must be equal.
    fn same_as_a_map(ranks: &[u32]) -> RankTally {
        let mut t = RankTally::default();
        let mut m = RankCounts::new();
        for &r in ranks {
            t.add(r);
            *m.entry(r).or_insert(0) += 1;
            assert_eq!(t.counts(), m, "after adding {r}");
        }
        t
    }

    #[test]
    fn a_narrow_spread_is_a_band_however_the_ranks_arrive() {
        let t = same_as_a_map(&[7, 9, 7, 5, 12, 5, 6]);
        assert_eq!(
            t,
            RankTally::Band {
                lo: 5,
                counts: vec![2, 1, 2, 0, 1, 0, 0, 1]
            }
        );
        assert_eq!(t.held(), 8);
    }

    #[test]
    fn a_spread_wider_than_the_band_becomes_a_map_of_the_ranks_reached() {
        // Above the band, then below it: each switches to a map with the same counts.
        let up = same_as_a_map(&[10, 11, 10 + BAND_MAX as u32, 11]);
        assert!(matches!(up, RankTally::Map(_)));
        assert_eq!(up.held(), 3);
        let down = same_as_a_map(&[1000, 1001, 1000 - BAND_MAX as u32, 999]);
        assert!(matches!(down, RankTally::Map(_)));
        // Exactly the band's width stays a band.
        let edge = same_as_a_map(&[300, 300 + BAND_MAX as u32 - 1, 300]);
        assert!(matches!(edge, RankTally::Band { .. }));
    }

    #[test]
    fn random_ranks_give_the_histogram_a_map_gives() {
        let mut rng = Rng::new(11);
        for spread in [1u64, 3, 40, 255, 256, 257, 5000] {
            let ranks: Vec<u32> = (0..400)
                .map(|_| 1 + (rng.next_u64() % spread) as u32)
                .collect();
            let t = same_as_a_map(&ranks);
            assert!(
                t.held() <= BAND_MAX.max(400),
                "spread {spread}: {}",
                t.held()
            );
        }
    }
}
