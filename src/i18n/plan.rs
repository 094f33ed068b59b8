//! Texts of the plan screen (方案).

/// Plan texts.
pub struct PlanTexts {
    /// Plan settings
    pub heading: &'static str,
    /// A change takes effect when you leave the field or press Enter, and is saved automatically; the header's Undo takes it back. Weights are entered as percentages (45 means 45%) and stored as fractions (0.45).
    pub intro: &'static str,
    /// Contents
    pub toc: &'static str,
    /// The plan is valid; results use these settings.
    pub status_valid: &'static str,
    /// The workspace has {n} errors (shown beside their fields); results still use the last valid settings.
    pub status_errors: &'static str,
    /// Current results are official.
    pub results_official: &'static str,
    /// Current results are NOT official: some unit's weight profile is outside a dimension band, or the core is not the largest.
    pub results_not_official: &'static str,
    /// Name and baseline
    pub sec_basics: &'static str,
    /// Dimensions and indicators
    pub sec_dimensions: &'static str,
    /// Weight profiles
    pub sec_profiles: &'static str,
    /// 360° survey
    pub sec_survey: &'static str,
    /// Expert panel
    pub sec_panel: &'static str,
    /// Negative-list deductions
    pub sec_deductions: &'static str,
    /// Coefficient ranges
    pub sec_coefficients: &'static str,
    /// Improvement bonus
    pub sec_bonus: &'static str,
    /// Grades and Excellent quota
    pub sec_grading: &'static str,
    /// Warning thresholds
    pub sec_warnings: &'static str,
    /// Data and scoring rules
    pub sec_rules: &'static str,
    /// Periods
    pub sec_periods: &'static str,
    /// New plan and reset
    pub sec_new: &'static str,
    /// Plan name
    pub plan_name: &'static str,
    /// Baseline score
    pub baseline: &'static str,
    /// Deductions are a share of the baseline (a major error deducts 20% of it).
    pub baseline_help: &'static str,
    /// Dimension id
    pub dim_id: &'static str,
    /// Dimension name
    pub dim_name: &'static str,
    /// Weight band
    pub band: &'static str,
    /// Low
    pub band_low: &'static str,
    /// High
    pub band_high: &'static str,
    /// No band set; the scheme's default applies:
    pub band_default: &'static str,
    /// Core dimension
    pub core_badge: &'static str,
    /// The first dimension is the core: Excellent tie-breaks compare its score first, and with "core must weigh the most" no profile may give another dimension more weight. Reordering the dimensions changes the core.
    pub core_help: &'static str,
    /// Move up
    pub move_up: &'static str,
    /// Move down
    pub move_down: &'static str,
    /// Add dimension
    pub add_dimension: &'static str,
    /// Remove dimension
    pub remove_dimension: &'static str,
    /// Remove dimension "{name}" and all its indicators? Its weight goes from every profile; data for these indicators will show errors. You can undo.
    pub confirm_remove_dimension: &'static str,
    /// New dimension
    pub new_dimension: &'static str,
    /// New indicator
    pub new_indicator: &'static str,
    /// Indicators
    pub indicators: &'static str,
    /// Indicator id
    pub ind_id: &'static str,
    /// Indicator name
    pub ind_name: &'static str,
    /// Weight
    pub weight: &'static str,
    /// Scoring method
    pub method: &'static str,
    /// Parameters
    pub params: &'static str,
    /// Add indicator
    pub add_indicator: &'static str,
    /// Remove indicator
    pub remove_indicator: &'static str,
    /// Remove indicator "{name}"? Data for it will show errors. You can undo.
    pub confirm_remove_indicator: &'static str,
    /// Indicator weights total
    pub indicator_sum: &'static str,
    /// Linear
    pub method_linear: &'static str,
    /// Bands
    pub method_bands: &'static str,
    /// Min-max
    pub method_minmax: &'static str,
    /// Z-score
    pub method_zscore: &'static str,
    /// Direct score
    pub method_direct: &'static str,
    /// 360° survey
    pub method_survey: &'static str,
    /// Expert panel
    pub method_panel: &'static str,
    /// Worst (scores 0)
    pub worst: &'static str,
    /// Best (scores 100)
    pub best: &'static str,
    /// Best below worst means lower is better (e.g. response minutes).
    pub linear_help: &'static str,
    /// At least
    pub band_min: &'static str,
    /// Score
    pub band_score: &'static str,
    /// Add band
    pub add_band: &'static str,
    /// Remove band
    pub remove_band: &'static str,
    /// The first band, highest minimum first, that the value reaches; below every band scores 0.
    pub bands_help: &'static str,
    /// Direction
    pub better: &'static str,
    /// Higher is better
    pub higher: &'static str,
    /// Lower is better
    pub lower: &'static str,
    /// Scaled among the units of the cohort.
    pub cohort_note: &'static str,
    /// No parameters: a 0–100 score is entered in the data.
    pub no_params_direct: &'static str,
    /// No parameters: scored by the 360° survey settings.
    pub no_params_survey: &'static str,
    /// No parameters: scored by the expert panel settings.
    pub no_params_panel: &'static str,
    /// Profile id
    pub profile_id: &'static str,
    /// Profile name
    pub profile_name: &'static str,
    /// Total
    pub total: &'static str,
    /// {x}% short
    pub sum_short: &'static str,
    /// {x}% over
    pub sum_over: &'static str,
    /// {n} unreadable
    pub sum_unreadable: &'static str,
    /// Add profile
    pub add_profile: &'static str,
    /// Remove profile
    pub remove_profile: &'static str,
    /// Remove profile "{name}"? Units using it will show errors until given another profile. You can undo.
    pub confirm_remove_profile: &'static str,
    /// New profile
    pub new_profile: &'static str,
    /// below the band's low end {x}%
    pub below_band: &'static str,
    /// above the band's high end {x}%
    pub above_band: &'static str,
    /// more than the core dimension
    pub above_core: &'static str,
    /// Each profile's weights must total 100%. Outside a band, or with the core not the largest, its units are flagged "band violation" and the results are not official.
    pub profiles_help: &'static str,
    /// Band
    pub band_row: &'static str,
    /// Rating scale
    pub scale: &'static str,
    /// Scale low
    pub scale_low: &'static str,
    /// Scale high
    pub scale_high: &'static str,
    /// Ratings are mapped linearly to 0–100 (e.g. a 1–5 scale).
    pub scale_help: &'static str,
    /// Rater-group weights
    pub groups: &'static str,
    /// Score = the group means weighted, over the groups that rated. Self-ratings (self) never count; they show the self-assessment gap.
    pub groups_help: &'static str,
    /// Group
    pub group: &'static str,
    /// New group id
    pub new_group: &'static str,
    /// Add group
    pub add_group: &'static str,
    /// Criteria weights
    pub criteria: &'static str,
    /// Criterion
    pub criterion: &'static str,
    /// New criterion id
    pub new_criterion: &'static str,
    /// Add criterion
    pub add_criterion: &'static str,
    /// Drop highest and lowest, each
    pub trim: &'static str,
    /// Only with at least this many experts
    pub trim_min: &'static str,
    /// The expert totals are averaged after dropping the highest and lowest; with fewer experts, all are averaged. The minimum must exceed twice the number dropped.
    pub trim_help: &'static str,
    /// Levels
    pub levels: &'static str,
    /// Level id
    pub level_id: &'static str,
    /// Level name
    pub level_name: &'static str,
    /// Deducts of baseline
    pub pct: &'static str,
    /// Opens special review
    pub special_review: &'static str,
    /// Blocks Excellent
    pub veto: &'static str,
    /// Add level
    pub add_level: &'static str,
    /// Remove level
    pub remove_level: &'static str,
    /// Remove level "{name}"? Events using it will show errors. You can undo.
    pub confirm_remove_level: &'static str,
    /// New level
    pub new_level: &'static str,
    /// Deduction cap (share of baseline)
    pub cap: &'static str,
    /// Leave empty for no cap.
    pub cap_help: &'static str,
    /// Coordination coefficient
    pub coordination: &'static str,
    /// Risk-control coefficient
    pub risk_coefficient: &'static str,
    /// Entered coefficients must lie in these ranges; none entered counts as 1.
    pub coefficients_help: &'static str,
    /// Points per closed item
    pub per_item: &'static str,
    /// Bonus cap
    pub bonus_cap: &'static str,
    /// Bonus = min(points per item × closed items, cap); leave empty for no cap.
    pub bonus_cap_help: &'static str,
    /// Excellent share
    pub excellent_share: &'static str,
    /// Quota rounding
    pub quota_rounding: &'static str,
    /// Round down
    pub floor: &'static str,
    /// Round up
    pub ceil: &'static str,
    /// Round half up
    pub round: &'static str,
    /// At least one Excellent place
    pub quota_min_one: &'static str,
    /// Excellent minimum
    pub excellent_min: &'static str,
    /// Good minimum
    pub good_min: &'static str,
    /// Pass line (baseline line)
    pub pass_line: &'static str,
    /// Severe-failure line
    pub severe_line: &'static str,
    /// Honour minimum
    pub honour_min: &'static str,
    /// Must hold: Excellent ≥ Good ≥ Pass ≥ Severe. Twice below the pass line means rectification; below the severe line, leadership review.
    pub grading_help: &'static str,
    /// Progress lag (percentage points)
    pub lag: &'static str,
    /// Score drop (points)
    pub drop: &'static str,
    /// A warning when planned minus actual, or the drop since the last assessment, reaches a threshold; the highest level wins. Thresholds must not decrease from yellow to red.
    pub warnings_help: &'static str,
    /// Audit tolerance
    pub audit_tolerance: &'static str,
    /// Flags "audit discrepancy" when reported and audited values differ by more than this share of the audited value.
    pub audit_help: &'static str,
    /// Missing data
    pub missing: &'static str,
    /// Exclude
    pub missing_exclude: &'static str,
    /// Score zero
    pub missing_zero: &'static str,
    /// A missing indicator is left out and the others in its dimension are re-weighted; the unit is flagged "incomplete".
    pub missing_exclude_help: &'static str,
    /// A missing indicator scores 0; the unit is flagged "incomplete" too.
    pub missing_zero_help: &'static str,
    /// Cohort for min-max and z-score
    pub cohort: &'static str,
    /// All units
    pub cohort_all: &'static str,
    /// Same profile
    pub cohort_profile: &'static str,
    /// Min-max and z-score compare all units with a value this period.
    pub cohort_all_help: &'static str,
    /// Only units sharing the unit's weight profile are compared.
    pub cohort_profile_help: &'static str,
    /// Maximum score
    pub max_score: &'static str,
    /// Leave empty for no maximum (the bonus can lift a score above 100).
    pub max_score_help: &'static str,
    /// Core must weigh the most
    pub core_largest: &'static str,
    /// When on, in every profile the first dimension weighs at least as much as any other (ties allowed).
    pub core_largest_help: &'static str,
    /// Period id
    pub period_id: &'static str,
    /// Period name
    pub period_name: &'static str,
    /// Annual weight
    pub period_weight: &'static str,
    /// The annual score is the weighted mean of the period scores; the weights must total 100%. Changing an id updates the data that refers to it.
    pub periods_help: &'static str,
    /// Add period
    pub add_period: &'static str,
    /// Remove period
    pub remove_period: &'static str,
    /// Remove period "{name}"? It has {n} data records, which will show errors until removed. You can undo.
    pub confirm_remove_period: &'static str,
    /// New period
    pub new_period: &'static str,
    /// New empty workspace
    pub new_plan: &'static str,
    /// Starts over on the scheme's defaults: four dimensions (task, teamwork, innovation, risk), three weight profiles, four quarters and the final review. Units and data are cleared; export a backup on the Files tab first. You can undo.
    pub new_plan_help: &'static str,
    /// Start a new empty workspace? Current units and data are cleared (you can undo).
    pub confirm_new_plan: &'static str,
    /// {year} target assessment
    pub new_plan_name: &'static str,
    /// Restore default settings
    pub reset_settings: &'static str,
    /// Puts only the survey, panel, deductions, coefficients, bonus, grading, warnings and data rules back to the scheme's defaults; the name, dimensions, indicators, profiles, periods, units and data stay.
    pub reset_settings_help: &'static str,
    /// Restore the settings to the scheme's defaults? Dimensions, profiles, periods and data stay (you can undo).
    pub confirm_reset_settings: &'static str,
    /// Id
    pub id: &'static str,
    /// Name
    pub name: &'static str,
    /// Remove
    pub remove: &'static str,
    /// Actions
    pub actions: &'static str,
    /// %
    pub percent: &'static str,
    /// pts
    pub points: &'static str,
    /// not set
    pub none_set: &'static str,
    /// default:
    pub default_value: &'static str,
    /// Errors: {n}
    pub errors_in_section: &'static str,
    /// The file leaves this out: the scheme's defaults apply.
    pub using_defaults: &'static str,
    /// Write out the defaults to edit them
    pub customise: &'static str,
    /// Superiors
    pub group_superior: &'static str,
    /// Peers
    pub group_peer: &'static str,
    /// Subordinates
    pub group_subordinate: &'static str,
    /// Technical feasibility
    pub crit_feasibility: &'static str,
    /// Promotion value
    pub crit_promotion: &'static str,
    /// Economic benefit
    pub crit_benefit: &'static str,
    /// pp
    pub pp: &'static str,
    /// :
    pub colon: &'static str,
}

/// 简体中文.
pub const ZH: PlanTexts = PlanTexts {
    heading: "方案设置",
    intro: "修改在离开输入框或按回车时生效并自动保存,可用页头的撤销按钮恢复。权重按百分比输入(45 表示 45%),文件中保存为小数(0.45)。",
    toc: "目录",
    status_valid: "方案有效,结果按当前设置计算。",
    status_errors: "工作区有 {n} 处错误(已在对应字段旁标出),结果暂按最后一次有效的设置计算。",
    results_official: "当前结果为正式结果。",
    results_not_official: "当前结果非正式:有单位所用的权重方案超出维度权重区间,或核心维度不是最大。",
    sec_basics: "名称与基准分",
    sec_dimensions: "维度与指标",
    sec_profiles: "权重方案",
    sec_survey: "360度评价",
    sec_panel: "专家评审",
    sec_deductions: "负面清单扣分",
    sec_coefficients: "系数范围",
    sec_bonus: "改进附加分",
    sec_grading: "评级与优秀名额",
    sec_warnings: "预警阈值",
    sec_rules: "数据与计分规则",
    sec_periods: "考核期",
    sec_new: "新建与重置",
    plan_name: "方案名称",
    baseline: "基准分",
    baseline_help: "扣分按基准分的百分比计算(重大失误扣基准分的 20%)。",
    dim_id: "维度代码",
    dim_name: "维度名称",
    band: "权重区间",
    band_low: "下限",
    band_high: "上限",
    band_default: "未设置区间,按方案默认:",
    core_badge: "核心维度",
    core_help: "第一个维度是核心维度:评优并列时先比较它的得分;开启“核心维度权重须最大”时,任何方案中它的权重都不得小于其他维度。调整维度顺序会改变核心维度。",
    move_up: "上移",
    move_down: "下移",
    add_dimension: "添加维度",
    remove_dimension: "删除维度",
    confirm_remove_dimension: "删除维度“{name}”及其全部指标?各权重方案中该维度的权重一并删除;数据中这些指标的数值将报错。可以撤销。",
    new_dimension: "新维度",
    new_indicator: "新指标",
    indicators: "指标",
    ind_id: "指标代码",
    ind_name: "指标名称",
    weight: "权重",
    method: "计分方法",
    params: "参数",
    add_indicator: "添加指标",
    remove_indicator: "删除指标",
    confirm_remove_indicator: "删除指标“{name}”?数据中该指标的数值将报错。可以撤销。",
    indicator_sum: "指标权重合计",
    method_linear: "线性",
    method_bands: "分档",
    method_minmax: "极差标准化",
    method_zscore: "Z 分数",
    method_direct: "直接评分",
    method_survey: "360度评价",
    method_panel: "专家评审",
    worst: "最差值(0 分)",
    best: "最优值(100 分)",
    linear_help: "最优值小于最差值表示越低越好(如响应分钟数)。",
    band_min: "不低于",
    band_score: "得分",
    add_band: "添加档",
    remove_band: "删除此档",
    bands_help: "按下限从高到低取第一个满足的档;低于所有档得 0 分。",
    better: "方向",
    higher: "越高越好",
    lower: "越低越好",
    cohort_note: "在比较范围内的单位间换算。",
    no_params_direct: "无参数:数据中直接录入 0–100 分。",
    no_params_survey: "无参数:按“360度评价”设置计分。",
    no_params_panel: "无参数:按“专家评审”设置计分。",
    profile_id: "方案代码",
    profile_name: "方案名称",
    total: "合计",
    sum_short: "差 {x}%",
    sum_over: "超 {x}%",
    sum_unreadable: "{n} 项无法读取",
    add_profile: "添加权重方案",
    remove_profile: "删除权重方案",
    confirm_remove_profile: "删除权重方案“{name}”?使用它的单位将报错,须改用其他方案。可以撤销。",
    new_profile: "新方案",
    below_band: "低于区间下限 {x}%",
    above_band: "高于区间上限 {x}%",
    above_core: "超过核心维度的权重",
    profiles_help: "每个方案的维度权重合计须为 100%。超出维度权重区间或核心维度不是最大时,使用该方案的单位标记“权重越界”,结果为非正式。",
    band_row: "区间",
    scale: "评分量表",
    scale_low: "量表下限",
    scale_high: "量表上限",
    scale_help: "评分按量表线性换算为 0–100 分(如 1–5 分制)。",
    groups: "评价群体权重",
    groups_help: "得分 = 各群体平均分按权重加权,只计有评分的群体。自评(self)不计入得分,只用于对比自评差距。",
    group: "群体",
    new_group: "新群体代码",
    add_group: "添加群体",
    criteria: "评审维度权重",
    criterion: "评审维度",
    new_criterion: "新评审维度代码",
    add_criterion: "添加评审维度",
    trim: "去掉最高、最低各",
    trim_min: "专家不少于此人数时才去掉",
    trim_help: "专家总分去掉最高、最低后取平均;人数不足时取全部平均。人数须大于去掉数的两倍。",
    levels: "扣分等级",
    level_id: "等级代码",
    level_name: "等级名称",
    pct: "扣基准分",
    special_review: "启动专项复核",
    veto: "否决优秀",
    add_level: "添加等级",
    remove_level: "删除等级",
    confirm_remove_level: "删除扣分等级“{name}”?使用它的事件将报错。可以撤销。",
    new_level: "新等级",
    cap: "扣分上限(占基准分)",
    cap_help: "留空表示不设上限。",
    coordination: "部门协作系数",
    risk_coefficient: "风险管控系数",
    coefficients_help: "录入的系数须在此范围内;未录入按 1 计。",
    per_item: "每项已完成整改加分",
    bonus_cap: "附加分上限",
    bonus_cap_help: "附加分 = min(每项加分 × 已完成整改项数, 上限);留空表示不设上限。",
    excellent_share: "优秀名额比例",
    quota_rounding: "名额取整",
    floor: "向下取整",
    ceil: "向上取整",
    round: "四舍五入",
    quota_min_one: "至少 1 个优秀名额",
    excellent_min: "优秀最低分",
    good_min: "良好最低分",
    pass_line: "合格线(基准线)",
    severe_line: "严重不合格线",
    honour_min: "荣誉最低维度分",
    grading_help: "须满足:优秀最低分 ≥ 良好最低分 ≥ 合格线 ≥ 严重不合格线。连续两次低于合格线须整改;低于严重不合格线对班子复议。",
    lag: "进度滞后(百分点)",
    drop: "得分下降(分)",
    warnings_help: "计划进度减实际值达到阈值,或比上次考核下降达到阈值时预警;取最高级别。阈值须由黄到红不减。",
    audit_tolerance: "审计容差",
    audit_help: "上报值与审计值之差超过审计值的此比例时,标记“审计差异”。",
    missing: "缺失数据",
    missing_exclude: "剔除",
    missing_zero: "按 0 分",
    missing_exclude_help: "缺少的指标不计入,同维度其他指标按比例放大权重;单位标记“数据不全”。",
    missing_zero_help: "缺少的指标按 0 分计;单位同样标记“数据不全”。",
    cohort: "标准化比较范围",
    cohort_all: "全部单位",
    cohort_profile: "同一权重方案",
    cohort_all_help: "极差标准化和 Z 分数在本期所有有数据的单位之间比较。",
    cohort_profile_help: "只在使用同一权重方案的单位之间比较。",
    max_score: "得分上限",
    max_score_help: "留空表示不设上限(附加分可使得分超过 100)。",
    core_largest: "核心维度权重须最大",
    core_largest_help: "开启时,任何权重方案中第一个维度的权重都不得小于其他维度(可相等)。",
    period_id: "考核期代码",
    period_name: "考核期名称",
    period_weight: "年度权重",
    periods_help: "年度得分是各期得分按权重的加权平均;权重合计须为 100%。代码被数据引用,修改代码会同步修改数据。",
    add_period: "添加考核期",
    remove_period: "删除考核期",
    confirm_remove_period: "删除考核期“{name}”?该期有 {n} 条数据记录,将报错直至删除。可以撤销。",
    new_period: "新考核期",
    new_plan: "新建空白工作区",
    new_plan_help: "按考核方案的默认设置新建:四个维度(任务完成率、团队协作、创新与改进、风险管控)、三个权重方案、四个季度和终期评审。单位和数据全部清空,请先在“文件”页导出备份;可以撤销。",
    confirm_new_plan: "新建空白工作区?当前的单位和数据将被清空(可以撤销)。",
    new_plan_name: "{year}年度目标考核",
    reset_settings: "恢复默认设置",
    reset_settings_help: "只把 360度评价、专家评审、扣分、系数、附加分、评级、预警和数据规则恢复为方案默认值;名称、维度、指标、权重方案、考核期、单位和数据保持不变。",
    confirm_reset_settings: "将各项设置恢复为方案默认值?维度、权重方案、考核期和数据保持不变(可以撤销)。",
    id: "代码",
    name: "名称",
    remove: "删除",
    actions: "操作",
    percent: "%",
    points: "分",
    none_set: "未设置",
    default_value: "默认:",
    errors_in_section: "{n} 处错误",
    using_defaults: "文件未设置此项,按方案默认值执行。",
    customise: "按默认值展开以修改",
    group_superior: "上级",
    group_peer: "同级",
    group_subordinate: "下级",
    crit_feasibility: "技术可行性",
    crit_promotion: "推广价值",
    crit_benefit: "经济效益",
    pp: "个百分点",
    colon: ":",
};

/// English.
pub const EN: PlanTexts = PlanTexts {
    heading: "Plan settings",
    intro: "A change takes effect when you leave the field or press Enter, and is saved automatically; the header's Undo takes it back. Weights are entered as percentages (45 means 45%) and stored as fractions (0.45).",
    toc: "Contents",
    status_valid: "The plan is valid; results use these settings.",
    status_errors: "The workspace has {n} errors (shown beside their fields); results still use the last valid settings.",
    results_official: "Current results are official.",
    results_not_official: "Current results are NOT official: some unit's weight profile is outside a dimension band, or the core is not the largest.",
    sec_basics: "Name and baseline",
    sec_dimensions: "Dimensions and indicators",
    sec_profiles: "Weight profiles",
    sec_survey: "360° survey",
    sec_panel: "Expert panel",
    sec_deductions: "Negative-list deductions",
    sec_coefficients: "Coefficient ranges",
    sec_bonus: "Improvement bonus",
    sec_grading: "Grades and Excellent quota",
    sec_warnings: "Warning thresholds",
    sec_rules: "Data and scoring rules",
    sec_periods: "Periods",
    sec_new: "New plan and reset",
    plan_name: "Plan name",
    baseline: "Baseline score",
    baseline_help: "Deductions are a share of the baseline (a major error deducts 20% of it).",
    dim_id: "Dimension id",
    dim_name: "Dimension name",
    band: "Weight band",
    band_low: "Low",
    band_high: "High",
    band_default: "No band set; the scheme's default applies:",
    core_badge: "Core dimension",
    core_help: "The first dimension is the core: Excellent tie-breaks compare its score first, and with \"core must weigh the most\" no profile may give another dimension more weight. Reordering the dimensions changes the core.",
    move_up: "Move up",
    move_down: "Move down",
    add_dimension: "Add dimension",
    remove_dimension: "Remove dimension",
    confirm_remove_dimension: "Remove dimension \"{name}\" and all its indicators? Its weight goes from every profile; data for these indicators will show errors. You can undo.",
    new_dimension: "New dimension",
    new_indicator: "New indicator",
    indicators: "Indicators",
    ind_id: "Indicator id",
    ind_name: "Indicator name",
    weight: "Weight",
    method: "Scoring method",
    params: "Parameters",
    add_indicator: "Add indicator",
    remove_indicator: "Remove indicator",
    confirm_remove_indicator: "Remove indicator \"{name}\"? Data for it will show errors. You can undo.",
    indicator_sum: "Indicator weights total",
    method_linear: "Linear",
    method_bands: "Bands",
    method_minmax: "Min-max",
    method_zscore: "Z-score",
    method_direct: "Direct score",
    method_survey: "360° survey",
    method_panel: "Expert panel",
    worst: "Worst (scores 0)",
    best: "Best (scores 100)",
    linear_help: "Best below worst means lower is better (e.g. response minutes).",
    band_min: "At least",
    band_score: "Score",
    add_band: "Add band",
    remove_band: "Remove band",
    bands_help: "The first band, highest minimum first, that the value reaches; below every band scores 0.",
    better: "Direction",
    higher: "Higher is better",
    lower: "Lower is better",
    cohort_note: "Scaled among the units of the cohort.",
    no_params_direct: "No parameters: a 0–100 score is entered in the data.",
    no_params_survey: "No parameters: scored by the 360° survey settings.",
    no_params_panel: "No parameters: scored by the expert panel settings.",
    profile_id: "Profile id",
    profile_name: "Profile name",
    total: "Total",
    sum_short: "{x}% short",
    sum_over: "{x}% over",
    sum_unreadable: "{n} unreadable",
    add_profile: "Add profile",
    remove_profile: "Remove profile",
    confirm_remove_profile: "Remove profile \"{name}\"? Units using it will show errors until given another profile. You can undo.",
    new_profile: "New profile",
    below_band: "below the band's low end {x}%",
    above_band: "above the band's high end {x}%",
    above_core: "more than the core dimension",
    profiles_help: "Each profile's weights must total 100%. Outside a band, or with the core not the largest, its units are flagged \"band violation\" and the results are not official.",
    band_row: "Band",
    scale: "Rating scale",
    scale_low: "Scale low",
    scale_high: "Scale high",
    scale_help: "Ratings are mapped linearly to 0–100 (e.g. a 1–5 scale).",
    groups: "Rater-group weights",
    groups_help: "Score = the group means weighted, over the groups that rated. Self-ratings (self) never count; they show the self-assessment gap.",
    group: "Group",
    new_group: "New group id",
    add_group: "Add group",
    criteria: "Criteria weights",
    criterion: "Criterion",
    new_criterion: "New criterion id",
    add_criterion: "Add criterion",
    trim: "Drop highest and lowest, each",
    trim_min: "Only with at least this many experts",
    trim_help: "The expert totals are averaged after dropping the highest and lowest; with fewer experts, all are averaged. The minimum must exceed twice the number dropped.",
    levels: "Levels",
    level_id: "Level id",
    level_name: "Level name",
    pct: "Deducts of baseline",
    special_review: "Opens special review",
    veto: "Blocks Excellent",
    add_level: "Add level",
    remove_level: "Remove level",
    confirm_remove_level: "Remove level \"{name}\"? Events using it will show errors. You can undo.",
    new_level: "New level",
    cap: "Deduction cap (share of baseline)",
    cap_help: "Leave empty for no cap.",
    coordination: "Coordination coefficient",
    risk_coefficient: "Risk-control coefficient",
    coefficients_help: "Entered coefficients must lie in these ranges; none entered counts as 1.",
    per_item: "Points per closed item",
    bonus_cap: "Bonus cap",
    bonus_cap_help: "Bonus = min(points per item × closed items, cap); leave empty for no cap.",
    excellent_share: "Excellent share",
    quota_rounding: "Quota rounding",
    floor: "Round down",
    ceil: "Round up",
    round: "Round half up",
    quota_min_one: "At least one Excellent place",
    excellent_min: "Excellent minimum",
    good_min: "Good minimum",
    pass_line: "Pass line (baseline line)",
    severe_line: "Severe-failure line",
    honour_min: "Honour minimum",
    grading_help: "Must hold: Excellent ≥ Good ≥ Pass ≥ Severe. Twice below the pass line means rectification; below the severe line, leadership review.",
    lag: "Progress lag (percentage points)",
    drop: "Score drop (points)",
    warnings_help: "A warning when planned minus actual, or the drop since the last assessment, reaches a threshold; the highest level wins. Thresholds must not decrease from yellow to red.",
    audit_tolerance: "Audit tolerance",
    audit_help: "Flags \"audit discrepancy\" when reported and audited values differ by more than this share of the audited value.",
    missing: "Missing data",
    missing_exclude: "Exclude",
    missing_zero: "Score zero",
    missing_exclude_help: "A missing indicator is left out and the others in its dimension are re-weighted; the unit is flagged \"incomplete\".",
    missing_zero_help: "A missing indicator scores 0; the unit is flagged \"incomplete\" too.",
    cohort: "Cohort for min-max and z-score",
    cohort_all: "All units",
    cohort_profile: "Same profile",
    cohort_all_help: "Min-max and z-score compare all units with a value this period.",
    cohort_profile_help: "Only units sharing the unit's weight profile are compared.",
    max_score: "Maximum score",
    max_score_help: "Leave empty for no maximum (the bonus can lift a score above 100).",
    core_largest: "Core must weigh the most",
    core_largest_help: "When on, in every profile the first dimension weighs at least as much as any other (ties allowed).",
    period_id: "Period id",
    period_name: "Period name",
    period_weight: "Annual weight",
    periods_help: "The annual score is the weighted mean of the period scores; the weights must total 100%. Changing an id updates the data that refers to it.",
    add_period: "Add period",
    remove_period: "Remove period",
    confirm_remove_period: "Remove period \"{name}\"? It has {n} data records, which will show errors until removed. You can undo.",
    new_period: "New period",
    new_plan: "New empty workspace",
    new_plan_help: "Starts over on the scheme's defaults: four dimensions (task, teamwork, innovation, risk), three weight profiles, four quarters and the final review. Units and data are cleared; export a backup on the Files tab first. You can undo.",
    confirm_new_plan: "Start a new empty workspace? Current units and data are cleared (you can undo).",
    new_plan_name: "{year} target assessment",
    reset_settings: "Restore default settings",
    reset_settings_help: "Puts only the survey, panel, deductions, coefficients, bonus, grading, warnings and data rules back to the scheme's defaults; the name, dimensions, indicators, profiles, periods, units and data stay.",
    confirm_reset_settings: "Restore the settings to the scheme's defaults? Dimensions, profiles, periods and data stay (you can undo).",
    id: "Id",
    name: "Name",
    remove: "Remove",
    actions: "Actions",
    percent: "%",
    points: "pts",
    none_set: "not set",
    default_value: "default:",
    errors_in_section: "Errors: {n}",
    using_defaults: "The file leaves this out: the scheme's defaults apply.",
    customise: "Write out the defaults to edit them",
    group_superior: "Superiors",
    group_peer: "Peers",
    group_subordinate: "Subordinates",
    crit_feasibility: "Technical feasibility",
    crit_promotion: "Promotion value",
    crit_benefit: "Economic benefit",
    pp: "pp",
    colon: ": ",
};
