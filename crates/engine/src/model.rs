//! The workspace model: the plan, the units, the data, exactly as the workspace file holds
//! them (`file-format.md`), after validation and with every default filled in.
//!
//! Values are built only by [`crate::parse`] (which checks every rule of the format) or by
//! code that keeps the same rules; the scorer relies on them (weights sum to 1, references
//! resolve, ranges hold).

use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A fieldless enum written in files as one word of a fixed list.
pub trait FileWord: Copy + 'static {
    /// Every value, in the order of [`FileWord::WORDS`].
    const ALL: &'static [Self];
    /// The words used in files, in the order the format lists them.
    const WORDS: &'static [&'static str];

    /// The value a file word stands for.
    fn from_word(word: &str) -> Option<Self> {
        Self::WORDS
            .iter()
            .zip(Self::ALL)
            .find(|(w, _)| **w == word)
            .map(|(_, v)| *v)
    }
}

/// Gives a fieldless enum its file words: [`FileWord`] and an inherent `as_str`.
macro_rules! file_words {
    ($t:ident { $($v:ident => $w:literal),+ $(,)? }) => {
        impl FileWord for $t {
            const ALL: &'static [Self] = &[$($t::$v),+];
            const WORDS: &'static [&'static str] = &[$($w),+];
        }

        impl $t {
            /// The word used in files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($t::$v => $w),+
                }
            }
        }
    };
}

/// A whole workspace: everything needed to recompute.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    /// The assessment plan (the method's settings).
    pub plan: Plan,
    /// The assessed units.
    pub units: Vec<Unit>,
    /// One record per unit and period.
    pub records: Vec<Record>,
    /// Published scores of earlier cycles, oldest first.
    pub history: Vec<HistoryEntry>,
    /// Weight scenarios (S3.2.2).
    pub scenarios: Vec<Scenario>,
    /// People linked to units (S2.5).
    pub people: Vec<Person>,
    /// Individual linkage settings.
    pub linkage: Linkage,
    /// Appeals against inputs (S4.5), with their outcome.
    pub appeals: Vec<Appeal>,
}

impl Workspace {
    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The record of `unit` for `period`.
    pub fn record(&self, unit: &str, period: &str) -> Option<&Record> {
        self.records
            .iter()
            .find(|r| r.unit == unit && r.period == period)
    }

    /// The scenario with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The appeal with this id.
    pub fn appeal(&self, id: &str) -> Option<&Appeal> {
        self.appeals.iter().find(|a| a.id == id)
    }
}

impl Plan {
    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The indicator with this id (ids are unique across the plan).
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.dimensions.iter().find_map(|d| d.indicator(id))
    }

    /// The weight profile with this id.
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// The period with this id.
    pub fn period(&self, id: &str) -> Option<&Period> {
        self.periods.iter().find(|p| p.id == id)
    }

    /// The deduction level with this id.
    pub fn level(&self, id: &str) -> Option<&DeductionLevel> {
        self.deductions.levels.iter().find(|l| l.id == id)
    }
}

impl Dimension {
    /// Its indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// The assessment plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Display name.
    pub name: String,
    /// The baseline score that deductions are a share of (S3.3).
    pub baseline: Decimal,
    /// The dimensions, the first one the core (§4).
    pub dimensions: Vec<Dimension>,
    /// Weight profiles (S3.2.4).
    pub profiles: Vec<Profile>,
    /// 360° survey settings (§2).
    pub survey: Survey,
    /// Expert panel settings (§3).
    pub panel: Panel,
    /// Negative-list deductions (§5).
    pub deductions: Deductions,
    /// Allowed ranges of the coefficients (§5).
    pub coefficients: CoefficientRanges,
    /// Improvement bonus (§5).
    pub bonus: Bonus,
    /// Grading lines and quota (§6).
    pub grading: Grading,
    /// Warning thresholds (§6).
    pub warnings: Warnings,
    /// Relative tolerance between reported and audited values (§1.2).
    pub audit_tolerance: Decimal,
    /// Missing-data policy (§1.3).
    pub missing: MissingPolicy,
    /// Cohort for min-max and z-score (§1.1).
    pub cohort: CohortPolicy,
    /// Optional clamp of the period score (§5).
    pub max_score: Option<Decimal>,
    /// Whether the core dimension must carry the largest weight (§4).
    pub core_largest: bool,
    /// The cycle's periods, in order (§7).
    pub periods: Vec<Period>,
}

/// A dimension of the scheme (S3.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    /// Id, unique among dimensions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Allowed weight band `[low, high]` (S3.2).
    pub band: (Decimal, Decimal),
    /// Its indicators; weights sum to 1.
    pub indicators: Vec<Indicator>,
}

/// An indicator (S2.2).
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Id, unique across the whole plan.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight within its dimension.
    pub weight: Decimal,
    /// How it is scored.
    pub method: Method,
}

/// Which direction is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// Higher values are better.
    Higher,
    /// Lower values are better.
    Lower,
}

file_words!(Better { Higher => "higher", Lower => "lower" });

/// One step of a `bands` method.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The least value that earns this band.
    pub min: Decimal,
    /// Its score.
    pub score: Decimal,
}

/// An indicator's scoring method (§1).
#[derive(Debug, Clone, PartialEq)]
pub enum Method {
    /// Linear between `worst` (0) and `best` (100).
    Linear {
        /// value scoring 0
        worst: Decimal,
        /// value scoring 100
        best: Decimal,
    },
    /// Stepped bands, as given (scored in order of `min` descending).
    Bands(Vec<Band>),
    /// Min-max over the cohort.
    MinMax(Better),
    /// Z-score over the cohort.
    ZScore(Better),
    /// A score entered directly.
    Direct,
    /// 360° survey (§2).
    Survey,
    /// Expert panel (§3).
    Panel,
}

impl Method {
    /// The `kind` word used in files.
    pub fn kind(&self) -> &'static str {
        match self {
            Method::Linear { .. } => "linear",
            Method::Bands(_) => "bands",
            Method::MinMax(_) => "minmax",
            Method::ZScore(_) => "zscore",
            Method::Direct => "direct",
            Method::Survey => "survey",
            Method::Panel => "panel",
        }
    }

    /// Which part of a record carries this indicator's input.
    pub fn input(&self) -> crate::error::InputKind {
        match self {
            Method::Survey => crate::error::InputKind::Ratings,
            Method::Panel => crate::error::InputKind::Panel,
            _ => crate::error::InputKind::Values,
        }
    }
}

/// A weight profile (S3.2.4).
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight per dimension id; covers every dimension; sums to 1.
    pub weights: BTreeMap<String, Decimal>,
}

/// Survey settings (§2).
#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    /// Rating scale `[lo, hi]`, mapped to 0–100.
    pub scale: (Decimal, Decimal),
    /// Rater groups and their weights, in order.
    pub groups: Vec<(String, Decimal)>,
}

/// Expert panel settings (§3).
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Criteria and weights, in order; weights sum to 1.
    pub criteria: Vec<(String, Decimal)>,
    /// How many highest and lowest totals to drop.
    pub trim: u32,
    /// The least number of experts for trimming.
    pub trim_min: u32,
}

impl Survey {
    /// The rater groups' ids in order, then `self` (which records may also carry): the
    /// order in which a record's ratings are written and listed.
    pub fn rating_groups(&self) -> Vec<&str> {
        let weighted = self.groups.iter().map(|(g, _)| g.as_str());
        weighted.chain(std::iter::once("self")).collect()
    }
}

impl Panel {
    /// The criteria ids, in order.
    pub fn criterion_ids(&self) -> Vec<&str> {
        self.criteria.iter().map(|(c, _)| c.as_str()).collect()
    }
}

/// A deduction level of the negative list.
#[derive(Debug, Clone, PartialEq)]
pub struct DeductionLevel {
    /// Id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Share of the baseline deducted per event.
    pub pct: Decimal,
    /// Whether an event opens a special review (專項復核).
    pub special_review: bool,
    /// Whether an event blocks the Excellent grade.
    pub veto: bool,
}

/// Negative-list settings (§5).
#[derive(Debug, Clone, PartialEq)]
pub struct Deductions {
    /// Levels, in order.
    pub levels: Vec<DeductionLevel>,
    /// Cap on the total deduction, as a share of the baseline.
    pub cap: Option<Decimal>,
}

/// Allowed coefficient ranges (§5).
#[derive(Debug, Clone, PartialEq)]
pub struct CoefficientRanges {
    /// Coordination coefficient range.
    pub coordination: (Decimal, Decimal),
    /// Risk-control coefficient range.
    pub risk: (Decimal, Decimal),
}

/// Improvement bonus (§5).
#[derive(Debug, Clone, PartialEq)]
pub struct Bonus {
    /// Points per closed item.
    pub per_item: Decimal,
    /// Most points, if capped.
    pub cap: Option<Decimal>,
}

/// How the Excellent quota is rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaRounding {
    /// Down.
    Floor,
    /// Up.
    Ceil,
    /// To nearest, half away from zero.
    Round,
}

file_words!(QuotaRounding { Floor => "floor", Ceil => "ceil", Round => "round" });

/// Grading settings (§6).
#[derive(Debug, Clone, PartialEq)]
pub struct Grading {
    /// Share of units that may be Excellent.
    pub excellent_share: Decimal,
    /// How the quota is rounded.
    pub quota_rounding: QuotaRounding,
    /// At least one Excellent place when there is a unit.
    pub quota_min_one: bool,
    /// Least score of an Excellent candidate.
    pub excellent_min: Decimal,
    /// Least score for Good.
    pub good_min: Decimal,
    /// The baseline line for Pass.
    pub pass_line: Decimal,
    /// Below it: leadership review.
    pub severe_line: Decimal,
    /// Least dimension score for an honour.
    pub honour_min: Decimal,
}

/// A scenario's partial override of the grading settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GradingOverride {
    /// Override of `excellent_share`.
    pub excellent_share: Option<Decimal>,
    /// Override of `quota_rounding`.
    pub quota_rounding: Option<QuotaRounding>,
    /// Override of `quota_min_one`.
    pub quota_min_one: Option<bool>,
    /// Override of `excellent_min`.
    pub excellent_min: Option<Decimal>,
    /// Override of `good_min`.
    pub good_min: Option<Decimal>,
    /// Override of `pass_line`.
    pub pass_line: Option<Decimal>,
    /// Override of `severe_line`.
    pub severe_line: Option<Decimal>,
    /// Override of `honour_min`.
    pub honour_min: Option<Decimal>,
}

impl GradingOverride {
    /// The plan's settings with this override applied.
    pub fn apply(&self, g: &Grading) -> Grading {
        Grading {
            excellent_share: self.excellent_share.unwrap_or(g.excellent_share),
            quota_rounding: self.quota_rounding.unwrap_or(g.quota_rounding),
            quota_min_one: self.quota_min_one.unwrap_or(g.quota_min_one),
            excellent_min: self.excellent_min.unwrap_or(g.excellent_min),
            good_min: self.good_min.unwrap_or(g.good_min),
            pass_line: self.pass_line.unwrap_or(g.pass_line),
            severe_line: self.severe_line.unwrap_or(g.severe_line),
            honour_min: self.honour_min.unwrap_or(g.honour_min),
        }
    }
}

/// Warning thresholds (§6, S4.2), each `[yellow, orange, red]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Warnings {
    /// Progress lag thresholds.
    pub lag: [Decimal; 3],
    /// Score drop thresholds.
    pub drop: [Decimal; 3],
}

/// Missing-data policy (§1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingPolicy {
    /// Leave out and rescale.
    Exclude,
    /// Score 0.
    Zero,
}

file_words!(MissingPolicy { Exclude => "exclude", Zero => "zero" });

/// Cohort policy (§1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CohortPolicy {
    /// All units with a value.
    All,
    /// Only units sharing the profile.
    Profile,
}

file_words!(CohortPolicy { All => "all", Profile => "profile" });

/// A period of the cycle.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// Id (never `annual`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight in the annual composite.
    pub weight: Decimal,
}

/// Organisational level of a unit (S1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// 總隊機關
    Hq,
    /// 直屬單位
    Direct,
    /// 支隊/大隊
    Branch,
}

file_words!(Level { Hq => "hq", Direct => "direct", Branch => "branch" });

/// An assessed unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Level.
    pub level: Level,
    /// Weight profile id.
    pub profile: String,
}

/// A value, optionally with the reported figure beside the audited one (§1.2).
#[derive(Debug, Clone, PartialEq)]
pub enum InputValue {
    /// One value.
    Plain(Decimal),
    /// Reported by the unit, corrected by audit; the audited one is scored.
    Audited {
        /// as reported
        reported: Decimal,
        /// as audited
        audited: Decimal,
    },
}

impl InputValue {
    /// `v` as the value scored in place of `old`: audited beside `old`'s reported figure
    /// when it had one, plain otherwise.
    pub fn replacing(old: Option<&InputValue>, v: Decimal) -> InputValue {
        match old {
            Some(InputValue::Audited { reported, .. }) => InputValue::Audited {
                reported: *reported,
                audited: v,
            },
            _ => InputValue::Plain(v),
        }
    }

    /// The value that is scored.
    pub fn scored(&self) -> Decimal {
        match self {
            InputValue::Plain(v) => *v,
            InputValue::Audited { audited, .. } => *audited,
        }
    }
}

/// A negative-list event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Deduction level id.
    pub level: String,
    /// What happened.
    pub note: String,
}

/// One unit's data for one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Unit id.
    pub unit: String,
    /// Period id.
    pub period: String,
    /// Values per value-method indicator.
    pub values: BTreeMap<String, InputValue>,
    /// Planned values per indicator (for the lag warning).
    pub planned: BTreeMap<String, Decimal>,
    /// Ratings per survey indicator, per group.
    pub ratings: BTreeMap<String, BTreeMap<String, Vec<Decimal>>>,
    /// Expert scores per panel indicator: one map of criterion scores per expert.
    pub panel: BTreeMap<String, Vec<BTreeMap<String, Decimal>>>,
    /// The experts' names (`expert`, kept for the receipt, not scored), for each panel
    /// indicator where any expert has one: one per expert of `panel`, in its order, empty
    /// for an expert without a name.
    pub expert_names: BTreeMap<String, Vec<String>>,
    /// Negative-list events.
    pub events: Vec<Event>,
    /// Coordination coefficient, if entered.
    pub coordination: Option<Decimal>,
    /// Risk-control coefficient, if entered.
    pub risk: Option<Decimal>,
    /// Improvement items closed.
    pub closed_items: u32,
}

impl Record {
    /// An empty record for a unit and period.
    pub fn new(unit: &str, period: &str) -> Self {
        Record {
            unit: unit.to_string(),
            period: period.to_string(),
            values: BTreeMap::new(),
            planned: BTreeMap::new(),
            ratings: BTreeMap::new(),
            panel: BTreeMap::new(),
            expert_names: BTreeMap::new(),
            events: Vec::new(),
            coordination: None,
            risk: None,
            closed_items: 0,
        }
    }
}

/// Published scores of one earlier period.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// Its id (not a period of this plan).
    pub period: String,
    /// Score per unit id.
    pub scores: BTreeMap<String, Decimal>,
}

/// A weight scenario (§8).
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Replacement weights per profile id.
    pub weights: BTreeMap<String, BTreeMap<String, Decimal>>,
    /// Partial grading override.
    pub grading: GradingOverride,
}

/// A post category (S1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Post {
    /// 專業技術崗
    Technical,
    /// 管理崗
    Management,
    /// 工勤崗
    Service,
}

file_words!(Post { Technical => "technical", Management => "management", Service => "service" });

/// Employment status (S1.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In post.
    Regular,
    /// New hire (新入職).
    New,
    /// Seconded (借調).
    Seconded,
}

file_words!(Status { Regular => "regular", New => "new", Seconded => "seconded" });

/// A person (§9 individual linkage).
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Own unit.
    pub unit: String,
    /// Post category.
    pub post: Post,
    /// Status.
    pub status: Status,
    /// Host unit, for seconded staff.
    pub host_unit: Option<String>,
    /// Months in post.
    pub months_in_post: u32,
    /// Personal score, if assessed.
    pub personal: Option<Decimal>,
}

/// Individual linkage settings (§9).
#[derive(Debug, Clone, PartialEq)]
pub struct Linkage {
    /// Share of the unit score in a person's linked score.
    pub lambda: Decimal,
    /// New hires below this are not graded.
    pub min_months: u32,
}

/// What became of an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppealStatus {
    /// Not decided yet.
    Pending,
    /// Upheld: the requested value has been applied to the data.
    Upheld,
    /// Rejected: the data keeps the original.
    Rejected,
}

file_words!(AppealStatus { Pending => "pending", Upheld => "upheld", Rejected => "rejected" });

/// An appeal against one input (S4.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Appeal {
    /// Id.
    pub id: String,
    /// The unit appealing.
    pub unit: String,
    /// The period.
    pub period: String,
    /// Path of the input within the record, e.g. `values.quality.audited`.
    pub input: String,
    /// The value before the appeal.
    pub original: crate::json::Value,
    /// The value asked for.
    pub requested: crate::json::Value,
    /// Why.
    pub reason: String,
    /// Outcome.
    pub status: AppealStatus,
}
