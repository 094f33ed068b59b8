//! Texts of a unit's calculation receipt: every step from input to grade.

/// Texts of a unit's calculation receipt.
pub struct ReceiptTexts {
    /// Dialog title (followed by the unit's name).
    pub title: &'static str,
    /// Close button.
    pub close: &'static str,
    /// How to close.
    pub close_hint: &'static str,
    /// The unit is not scored in the set shown.
    pub not_in_set: &'static str,
    /// What the ≈ sign and four places mean.
    pub exact_note: &'static str,
    /// Section: indicator scores.
    pub indicators: &'static str,
    /// Column: indicator.
    pub col_indicator: &'static str,
    /// Column: raw input.
    pub col_input: &'static str,
    /// Column: scoring method.
    pub col_method: &'static str,
    /// Column: indicator score.
    pub col_score: &'static str,
    /// Column: plan weight.
    pub col_weight: &'static str,
    /// Column: weight after rescaling.
    pub col_effective: &'static str,
    /// Column: contribution.
    pub col_contribution: &'static str,
    /// Label: reported value.
    pub reported: &'static str,
    /// Label: audited value (the one scored).
    pub audited: &'static str,
    /// Note: reported and audited differ beyond tolerance.
    pub audit_gap: &'static str,
    /// A missing indicator under the zero policy.
    pub missing_zero: &'static str,
    /// A missing indicator under the exclude policy.
    pub missing_excluded: &'static str,
    /// Method: linear (`{worst}`, `{best}`).
    pub m_linear: &'static str,
    /// Method: bands (followed by the bands).
    pub m_bands: &'static str,
    /// Method: min-max, higher better.
    pub m_minmax_higher: &'static str,
    /// Method: min-max, lower better.
    pub m_minmax_lower: &'static str,
    /// Method: z-score, higher better.
    pub m_zscore_higher: &'static str,
    /// Method: z-score, lower better.
    pub m_zscore_lower: &'static str,
    /// Method: direct score.
    pub m_direct: &'static str,
    /// Method: 360° survey.
    pub m_survey: &'static str,
    /// Method: expert panel.
    pub m_panel: &'static str,
    /// Cohort statistics: `{n}`, `{min}`, `{max}`, `{mean}`, `{sd}`.
    pub cohort: &'static str,
    /// Rater group: superior.
    pub group_superior: &'static str,
    /// Rater group: peer.
    pub group_peer: &'static str,
    /// Rater group: subordinate.
    pub group_subordinate: &'static str,
    /// Rater group: self (not scored).
    pub group_self: &'static str,
    /// Self-assessment gap (followed by the figure).
    pub self_gap: &'static str,
    /// Expert totals (followed by the list).
    pub experts: &'static str,
    /// Trimming note: `{n}`.
    pub trimmed: &'static str,
    /// No trimming.
    pub plain_mean: &'static str,
    /// Row: the dimension score as the sum of contributions (followed by the name).
    pub dimension_sum: &'static str,
    /// A dimension with no indicator present.
    pub dimension_missing: &'static str,
    /// Section: dimensions and weighted score.
    pub dimensions: &'static str,
    /// Column: dimension.
    pub col_dimension: &'static str,
    /// Column: dimension score.
    pub col_dim_score: &'static str,
    /// Column: cohort mean of the dimension.
    pub col_cohort_mean: &'static str,
    /// Row: the weighted score.
    pub weighted_sum: &'static str,
    /// Note: dimension weights rescaled (followed by the present weight).
    pub rescaled: &'static str,
    /// Section: negative list.
    pub deductions: &'static str,
    /// Column: deduction level.
    pub col_level: &'static str,
    /// Column: what happened.
    pub col_note: &'static str,
    /// Column: share of the baseline.
    pub col_pct: &'static str,
    /// Column: points deducted.
    pub col_amount: &'static str,
    /// No events.
    pub no_events: &'static str,
    /// Row: deduction P.
    pub deduction_total: &'static str,
    /// Note: the deduction was capped (followed by the cap).
    pub deduction_capped: &'static str,
    /// Note: an event's level vetoes Excellent.
    pub veto: &'static str,
    /// Section: from B to the published score.
    pub final_steps: &'static str,
    /// Step: B − P.
    pub step_less: &'static str,
    /// Step: × coefficients (`{kc}`, `{kr}`).
    pub step_coeff: &'static str,
    /// Step: + bonus (`{per}`, `{n}`).
    pub step_bonus: &'static str,
    /// Bonus cap (followed by the cap).
    pub bonus_cap: &'static str,
    /// Step: F.
    pub step_f: &'static str,
    /// Note: the score was floored at 0.
    pub floored: &'static str,
    /// Note: the score was clamped (followed by the maximum).
    pub clamped: &'static str,
    /// How S is published: `{f}`, `{s}`.
    pub rounding: &'static str,
    /// Section: rank and grade.
    pub grade_section: &'static str,
    /// Rank: `{rank}`, `{n}`.
    pub rank_of: &'static str,
    /// Grade reason: in quota (`{s}`, `{min}`, `{q}`).
    pub reason_in_quota: &'static str,
    /// Grade reason: tied with the last place.
    pub reason_quota_tie: &'static str,
    /// Grade reason: quota full (`{min}`, `{q}`).
    pub reason_quota_full: &'static str,
    /// Grade reason: vetoed.
    pub reason_vetoed: &'static str,
    /// Grade reason: by the lines.
    pub reason_lines: &'static str,
    /// The grading lines: `{e}`, `{g}`, `{p}`, `{sev}`.
    pub lines: &'static str,
    /// Section: warnings.
    pub warnings: &'static str,
    /// A lag warning: `{ind}`, `{planned}`, `{actual}`, `{lag}`.
    pub lag: &'static str,
    /// A drop warning: `{prev}`, `{drop}`.
    pub drop: &'static str,
    /// Previous assessment: `{prev}`, `{delta}`.
    pub previous: &'static str,
    /// No previous assessment.
    pub no_previous: &'static str,
    /// Nothing in a section.
    pub none: &'static str,
    /// Chart: dimensions against the mean.
    pub radar: &'static str,
    /// Legend: this unit.
    pub radar_unit: &'static str,
    /// Legend: the cohort mean.
    pub radar_mean: &'static str,
    /// Chart: trend.
    pub trend: &'static str,
    /// Legend: history.
    pub trend_history: &'static str,
    /// Legend: this cycle.
    pub trend_cycle: &'static str,
    /// Not scored.
    pub not_scored: &'static str,
    /// Section: annual parts.
    pub annual_parts: &'static str,
    /// Column: period.
    pub col_period: &'static str,
    /// Column: period weight.
    pub col_period_weight: &'static str,
    /// Column: period score.
    pub col_period_score: &'static str,
    /// Column: weighted part.
    pub col_part: &'static str,
    /// The annual formula: `{num}`, `{den}`, `{x}`.
    pub annual_formula: &'static str,
    /// Section: annual dimension means.
    pub annual_dims: &'static str,
    /// Annual deduction.
    pub annual_deduction: &'static str,
    /// Row: totals of the annual parts.
    pub annual_total: &'static str,
    /// Note: periods missing.
    pub annual_missing: &'static str,
}

/// 简体中文.
pub const ZH: ReceiptTexts = ReceiptTexts {
    title: "计算明细:",
    close: "关闭",
    close_hint: "按 Esc 关闭",
    not_in_set: "该单位在当前考核期未参评(没有数据记录)。",
    exact_note: "中间数值按精确分数计算,显示保留四位小数;带“≈”的是无限小数的四位近似。只有公布得分四舍五入到两位。",
    indicators: "指标得分",
    col_indicator: "指标",
    col_input: "原始数据",
    col_method: "计分方法",
    col_score: "指标得分",
    col_weight: "权重",
    col_effective: "实际权重",
    col_contribution: "贡献",
    reported: "上报",
    audited: "审计(计分)",
    audit_gap: "差异超过容差",
    missing_zero: "缺数据,按 0 分计",
    missing_excluded: "缺数据,不计入,其余指标权重按比例重新分配",
    m_linear: "线性:{worst} 得 0 分,{best} 得 100 分",
    m_bands: "分档计分:",
    m_minmax_higher: "极差标准化(越高越好)",
    m_minmax_lower: "极差标准化(越低越好)",
    m_zscore_higher: "Z 分数 50+10z(越高越好)",
    m_zscore_lower: "Z 分数 50−10z(越低越好)",
    m_direct: "直接评分",
    m_survey: "360 度评价",
    m_panel: "专家评审",
    cohort: "参照群体 {n} 个单位:最小 {min},最大 {max},均值 {mean},标准差 {sd}",
    group_superior: "上级",
    group_peer: "同级",
    group_subordinate: "下级",
    group_self: "自评(不计分)",
    self_gap: "自评差",
    experts: "专家总分:",
    trimmed: "去掉最高、最低各 {n} 个后取平均",
    plain_mean: "取平均",
    dimension_sum: "维度得分 = Σ 贡献:",
    dimension_missing: "本维度无数据,不计入加权得分",
    dimensions: "维度与加权得分",
    col_dimension: "维度",
    col_dim_score: "维度得分",
    col_cohort_mean: "全体平均",
    weighted_sum: "加权得分 B = Σ 贡献",
    rescaled: "有维度缺数据,现有维度权重之和为",
    deductions: "负面清单扣分",
    col_level: "等级",
    col_note: "事项",
    col_pct: "扣基准分比例",
    col_amount: "扣分",
    no_events: "无扣分事项",
    deduction_total: "扣分 P = 基准分 × Σ 比例",
    deduction_capped: "扣分封顶为",
    veto: "含否决事项:本期不得评为优秀",
    final_steps: "计算得分",
    step_less: "B − P",
    step_coeff: "× 协作系数 {kc} × 风控系数 {kr}",
    step_bonus: "+ 附加分(每项 {per} × 已整改 {n} 项",
    bonus_cap: ",封顶",
    step_f: "期得分 F",
    floored: "低于 0,按 0 计",
    clamped: "超过上限,按上限计:",
    rounding: "公布得分 S:{f} 四舍五入保留两位小数 → {s}",
    grade_section: "排名与等级",
    rank_of: "第 {rank} 名(共 {n} 个参评单位,按公布得分排名,同分同名次)",
    reason_in_quota: "得分 {s} ≥ 优秀线 {min},无否决事项,在优秀名额 {q} 个之内 → 优秀",
    reason_quota_tie: "与末位优秀单位得分、核心维度得分、扣分均相同,并列评为优秀",
    reason_quota_full: "达到优秀线 {min},但 {q} 个优秀名额已由排序在前的单位占满(依次比较得分、核心维度得分、扣分),按分数线评定",
    reason_vetoed: "达到优秀线,但有否决事项,不得评为优秀,按分数线评定",
    reason_lines: "按分数线评定",
    lines: "分数线:优秀候选 ≥ {e};良好 ≥ {g};合格(基准线)≥ {p};低于 {sev} 为严重不合格",
    warnings: "预警、标记与荣誉",
    lag: "{ind}:计划 {planned},实际 {actual},滞后 {lag}",
    drop: "较上次考核 {prev} 下降 {drop} 分",
    previous: "上次考核得分 {prev},变化 {delta}",
    no_previous: "无上次考核得分",
    none: "无",
    radar: "维度得分与全体平均",
    radar_unit: "本单位",
    radar_mean: "全体平均",
    trend: "得分走势(含历史)",
    trend_history: "历史",
    trend_cycle: "本周期",
    not_scored: "未参评",
    annual_parts: "各考核期得分",
    col_period: "考核期",
    col_period_weight: "权重",
    col_period_score: "公布得分",
    col_part: "权重 × 得分",
    annual_formula: "年度得分 A = Σ 权重×得分 ÷ 参评期权重之和 = {num} ÷ {den} = {x}",
    annual_dims: "年度维度得分(各期公布维度得分的加权平均)",
    annual_deduction: "全年扣分合计",
    annual_total: "合计",
    annual_missing: "有考核期未参评,按已参评期的权重折算,并标记“数据不全”",
};

/// English.
pub const EN: ReceiptTexts = ReceiptTexts {
    title: "Calculation receipt: ",
    close: "Close",
    close_hint: "Press Esc to close",
    not_in_set: "This unit is not scored in the period shown (it has no record).",
    exact_note: "Intermediate figures are exact fractions shown to 4 places; those marked ≈ do not end and are shown rounded. Only published scores are rounded, to 2 places.",
    indicators: "Indicator scores",
    col_indicator: "Indicator",
    col_input: "Input",
    col_method: "Method",
    col_score: "Score",
    col_weight: "Weight",
    col_effective: "Effective weight",
    col_contribution: "Contribution",
    reported: "reported",
    audited: "audited (scored)",
    audit_gap: "differs beyond tolerance",
    missing_zero: "missing: scored 0",
    missing_excluded: "missing: left out, the others' weights rescaled",
    m_linear: "linear: {worst} scores 0, {best} scores 100",
    m_bands: "bands: ",
    m_minmax_higher: "min-max (higher is better)",
    m_minmax_lower: "min-max (lower is better)",
    m_zscore_higher: "z-score 50+10z (higher is better)",
    m_zscore_lower: "z-score 50−10z (lower is better)",
    m_direct: "direct score",
    m_survey: "360° survey",
    m_panel: "expert panel",
    cohort: "cohort of {n}: min {min}, max {max}, mean {mean}, sd {sd}",
    group_superior: "superior",
    group_peer: "peer",
    group_subordinate: "subordinate",
    group_self: "self (not scored)",
    self_gap: "self gap",
    experts: "expert totals: ",
    trimmed: "mean after dropping the {n} highest and {n} lowest",
    plain_mean: "plain mean",
    dimension_sum: "Dimension score = Σ contributions: ",
    dimension_missing: "no data in this dimension: left out of the weighted score",
    dimensions: "Dimensions and the weighted score",
    col_dimension: "Dimension",
    col_dim_score: "Dimension score",
    col_cohort_mean: "Cohort mean",
    weighted_sum: "Weighted score B = Σ contributions",
    rescaled: "Some dimension has no data; the present weights sum to",
    deductions: "Negative list",
    col_level: "Level",
    col_note: "Event",
    col_pct: "Share of baseline",
    col_amount: "Points",
    no_events: "No events",
    deduction_total: "Deduction P = baseline × Σ shares",
    deduction_capped: "capped at",
    veto: "An event vetoes the Excellent grade this period",
    final_steps: "The period score",
    step_less: "B − P",
    step_coeff: "× coordination {kc} × risk control {kr}",
    step_bonus: "+ bonus ({per} per item × {n} items closed",
    bonus_cap: "; cap",
    step_f: "Period score F",
    floored: "below 0: counted as 0",
    clamped: "above the maximum, clamped to ",
    rounding: "Published score S: {f} rounded to 2 places, half away from zero → {s}",
    grade_section: "Rank and grade",
    rank_of: "Rank {rank} of {n} (by published score; equal scores share a rank)",
    reason_in_quota: "{s} ≥ the Excellent line {min}, no veto, within the {q} Excellent places → Excellent",
    reason_quota_tie: "Tied with the last Excellent place on score, core dimension and deduction → Excellent",
    reason_quota_full: "At the Excellent line {min}, but the {q} places went to units ahead (score, then core dimension, then deduction); graded by the lines",
    reason_vetoed: "At the Excellent line, but a veto blocks Excellent; graded by the lines",
    reason_lines: "Graded by the lines",
    lines: "Lines: Excellent candidate ≥ {e}; Good ≥ {g}; Pass (baseline line) ≥ {p}; below {sev} is severely failing",
    warnings: "Warnings, flags and honours",
    lag: "{ind}: planned {planned}, actual {actual}, lag {lag}",
    drop: "down {drop} points from the previous {prev}",
    previous: "Previous assessment {prev}, change {delta}",
    no_previous: "No previous assessment",
    none: "None",
    radar: "Dimensions against the cohort mean",
    radar_unit: "This unit",
    radar_mean: "Cohort mean",
    trend: "Score over time (with history)",
    trend_history: "History",
    trend_cycle: "This cycle",
    not_scored: "not scored",
    annual_parts: "Period scores",
    col_period: "Period",
    col_period_weight: "Weight",
    col_period_score: "Published score",
    col_part: "Weight × score",
    annual_formula: "Annual score A = Σ weight × score ÷ weights of the periods scored = {num} ÷ {den} = {x}",
    annual_dims: "Annual dimension scores (weighted means of the published period figures)",
    annual_deduction: "The cycle's total deduction",
    annual_total: "Total",
    annual_missing: "Some periods are not scored: the weights of the periods scored are used, and the unit is flagged incomplete",
};
