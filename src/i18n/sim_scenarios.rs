//! Texts of the scenario-planning sub-view (§8, §9): scenarios, the weight editor, AHP and
//! the comparison. Placeholders in braces (`{dim}`) are filled by the component.

/// Scenario-planning texts.
pub struct ScenarioTexts {
    /// Section: scenarios and weights.
    pub sec_weights: &'static str,
    /// Section: AHP.
    pub sec_ahp: &'static str,
    /// Section: comparison.
    pub sec_compare: &'static str,
    /// Aria label of the section switcher.
    pub sections: &'static str,

    /// Heading of the scenario list.
    pub list_heading: &'static str,
    /// Button: new scenario.
    pub new_scenario: &'static str,
    /// Name of a new scenario (`{n}`: its number).
    pub new_name: &'static str,
    /// Button: copy the scenario.
    pub copy: &'static str,
    /// Appended to a copy's name.
    pub copy_suffix: &'static str,
    /// Button: delete the scenario.
    pub delete: &'static str,
    /// Note after a delete.
    pub deleted: &'static str,
    /// No scenario yet.
    pub no_scenarios: &'static str,
    /// Label: scenario name.
    pub name: &'static str,
    /// Label: scenario id.
    pub id: &'static str,
    /// Badge: the scenario shown everywhere.
    pub viewing: &'static str,
    /// Button: show the results under this scenario.
    pub view_results: &'static str,
    /// Button: back to the plan.
    pub view_plan: &'static str,
    /// Status: the header shows this scenario.
    pub viewing_note: &'static str,
    /// Banner: weights out of the rules make results unofficial.
    pub not_official: &'static str,
    /// Problems in the scenario's JSON.
    pub scenario_errors: &'static str,

    /// Heading of the weight editor.
    pub weights_heading: &'static str,
    /// Help of the weight editor.
    pub weights_help: &'static str,
    /// A profile that follows the plan.
    pub follows_plan: &'static str,
    /// A profile the scenario overrides.
    pub overridden: &'static str,
    /// Column: dimension.
    pub col_dimension: &'static str,
    /// Column: band.
    pub col_band: &'static str,
    /// Column: weight.
    pub col_weight: &'static str,
    /// Column: the plan's weight.
    pub col_plan: &'static str,
    /// Aria label of a slider (`{dim}`, `{profile}`).
    pub slider_label: &'static str,
    /// Aria label of a % input (`{dim}`, `{profile}`).
    pub input_label: &'static str,
    /// Total row.
    pub total: &'static str,
    /// Button: special-period preset.
    pub special_period: &'static str,
    /// Tooltip of the preset.
    pub special_period_help: &'static str,
    /// Button: back to the plan's weights.
    pub reset_profile: &'static str,
    /// A weight that is not a percentage (followed by the reason).
    pub bad_percent: &'static str,
    /// A percentage outside 0–100.
    pub percent_range: &'static str,
    /// Violation: below the band (`{dim}`, `{w}`, `{low}`).
    pub below_band: &'static str,
    /// Violation: above the band (`{dim}`, `{w}`, `{high}`).
    pub above_band: &'static str,
    /// Violation: heavier than the core (`{dim}`, `{w}`, `{core}`, `{cw}`).
    pub core_not_largest: &'static str,
    /// Violation: sum not 100% (`{sum}`).
    pub sum_not_one: &'static str,
    /// Every rule kept.
    pub rules_kept: &'static str,
    /// Short marker: below band.
    pub mark_low: &'static str,
    /// Short marker: above band.
    pub mark_high: &'static str,
    /// Short marker: above the core.
    pub mark_core: &'static str,
    /// Preset could not be applied (followed by the reason).
    pub preset_failed: &'static str,

    /// Heading of the grading override.
    pub grading_heading: &'static str,
    /// Help of the grading override.
    pub grading_help: &'static str,
    /// Labels of the grading fields, in `scorecard_engine::edit::GradingField::ALL` order.
    pub grading_fields: [&'static str; 8],
    /// "Plan: {v}" placeholder.
    pub plan_value: &'static str,
    /// Option: as the plan.
    pub as_plan: &'static str,
    /// Quota roundings: floor, ceil, round.
    pub roundings: [&'static str; 3],
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,

    /// AHP heading.
    pub ahp_heading: &'static str,
    /// AHP help.
    pub ahp_help: &'static str,
    /// Column: the pair.
    pub col_pair: &'static str,
    /// Column: the judgment.
    pub col_judgment: &'static str,
    /// A pair (`{a}`, `{b}`).
    pub pair: &'static str,
    /// Saaty strengths 1 … 9.
    pub strengths: [&'static str; 9],
    /// An option naming the more important dimension (`{dim}`, `{strength}`, `{value}`).
    pub judgment_option: &'static str,
    /// Button: reset every judgment to "equal".
    pub reset_matrix: &'static str,
    /// Heading: the matrix.
    pub matrix_heading: &'static str,
    /// Heading: the weights.
    pub ahp_weights_heading: &'static str,
    /// Column: eigenvector weight.
    pub col_eigen: &'static str,
    /// Column: projected whole-percent weight.
    pub col_projected: &'static str,
    /// Label: largest eigenvalue.
    pub lambda_max: &'static str,
    /// Label: consistency index.
    pub ci: &'static str,
    /// Label: random index.
    pub ri: &'static str,
    /// Label: consistency ratio.
    pub cr: &'static str,
    /// Verdict: consistent.
    pub consistent: &'static str,
    /// Verdict: inconsistent.
    pub inconsistent: &'static str,
    /// The most inconsistent judgment (`{pair}`, `{given}`, `{implied}`, `{suggested}`).
    pub worst: &'static str,
    /// Button: take the suggestion.
    pub take_suggestion: &'static str,
    /// Note on the projection.
    pub projected_note: &'static str,
    /// Heading: apply.
    pub apply_heading: &'static str,
    /// Label: profile to apply to.
    pub apply_profile: &'static str,
    /// Label: scenario to apply to.
    pub apply_scenario: &'static str,
    /// Option: a new scenario.
    pub apply_new: &'static str,
    /// Button: apply.
    pub apply: &'static str,
    /// Name of a scenario made by AHP.
    pub ahp_scenario_name: &'static str,
    /// Status after applying (`{profile}`, `{scenario}`).
    pub applied: &'static str,
    /// The matrix was refused (followed by the reason).
    pub ahp_failed: &'static str,

    /// Comparison heading.
    pub compare_heading: &'static str,
    /// Comparison help (`{period}`).
    pub compare_help: &'static str,
    /// Nothing to compare.
    pub nothing_to_compare: &'static str,
    /// Comparison failed (followed by the reason).
    pub compare_failed: &'static str,
    /// Checkbox: only units whose grade changes.
    pub only_changes: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: score.
    pub col_score: &'static str,
    /// Column: rank.
    pub col_rank: &'static str,
    /// Column: grade.
    pub col_grade: &'static str,
    /// Column: score change.
    pub col_dscore: &'static str,
    /// Column: rank change.
    pub col_drank: &'static str,
    /// Column group: the plan.
    pub plan_group: &'static str,
    /// Tag: an unofficial set.
    pub unofficial_tag: &'static str,
    /// Table caption.
    pub table_caption: &'static str,
    /// Lines: excellent, good, pass.
    pub lines: [&'static str; 3],
    /// Crossing a line upwards (`{line}`).
    pub line_up: &'static str,
    /// Falling below a line (`{line}`).
    pub line_down: &'static str,
    /// Gaining an Excellent place by the quota.
    pub quota_up: &'static str,
    /// Losing an Excellent place by the quota.
    pub quota_down: &'static str,
    /// Not scored in the scenario.
    pub not_scored: &'static str,
    /// Summary per scenario: units whose grade changes (`{n}`).
    pub summary_changes: &'static str,
    /// Summary: quota per set (`{n}`).
    pub summary_quota: &'static str,
    /// No grade changes.
    pub no_changes: &'static str,
    /// Chart heading.
    pub chart_heading: &'static str,
    /// Label: the scenario charted.
    pub chart_scenario: &'static str,
    /// Chart summary for screen readers (`{scenario}`, `{up}`, `{down}`, `{same}`).
    pub chart_label: &'static str,
    /// Legend: up, down, same.
    pub legend: [&'static str; 3],
    /// Rank axis heading on the left.
    pub chart_left: &'static str,
}

/// 简体中文.
pub const ZH: ScenarioTexts = ScenarioTexts {
    sec_weights: "情景与权重",
    sec_ahp: "AHP 两两比较",
    sec_compare: "情景对比",
    sections: "情景规划分区",

    list_heading: "情景",
    new_scenario: "新建情景",
    new_name: "新情景 {n}",
    copy: "复制",
    copy_suffix: "(副本)",
    delete: "删除",
    deleted: "已删除情景“{name}”。如属误删，可点击页首的“撤销”。",
    no_scenarios: "还没有情景。情景在不改动方案的前提下，改用另一套维度权重(以及可选的评级设置)重新计算同一批数据，用于测算特殊时期调整等方案的影响。",
    name: "情景名称",
    id: "标识",
    viewing: "正在查看",
    view_results: "在结果页查看此情景",
    view_plan: "回到方案本身",
    viewing_note: "页首已选中此情景：结果、人员等页面均按此情景计算。",
    not_official: "此情景有权重超出区间或核心维度不是最大：使用这些权重方案的单位将标记“权重越界”，按此情景计算的结果不作为正式结果。",
    scenario_errors: "此情景有以下问题，修改前按最后一次有效数据计算:",

    weights_heading: "维度权重",
    weights_help: "拖动滑块或输入百分比(按整数百分比调整)。改动一个维度后，其余维度由计算引擎在各自区间内就近重新分配，合计始终为 100%；越界的情况会立即标出。",
    follows_plan: "沿用方案",
    overridden: "已调整",
    col_dimension: "维度",
    col_band: "区间",
    col_weight: "权重",
    col_plan: "方案",
    slider_label: "{profile}：{dim} 权重",
    input_label: "{profile}：{dim} 权重(百分比)",
    total: "合计",
    special_period: "特殊时期预设",
    special_period_help: "风险管控权重上调 5 个百分点，全部取自核心维度(S3.2.2)",
    reset_profile: "恢复方案权重",
    bad_percent: "不是有效的百分比:",
    percent_range: "百分比须在 0 到 100 之间",
    below_band: "{dim} {w} 低于区间下限 {low}",
    above_band: "{dim} {w} 高于区间上限 {high}",
    core_not_largest: "{dim} {w} 大于核心维度“{core}”{cw}(核心任务优先)",
    sum_not_one: "合计为 {sum}，应为 100%",
    rules_kept: "各维度均在区间内，核心维度权重最大。",
    mark_low: "低于下限",
    mark_high: "高于上限",
    mark_core: "大于核心",
    preset_failed: "无法应用特殊时期预设:",

    grading_heading: "评级设置(可选)",
    grading_help: "留空即沿用方案的设置；填写的项目只在此情景下生效。",
    grading_fields: [
        "优秀比例(%)",
        "优秀名额取整",
        "至少一个优秀名额",
        "优秀分数线",
        "良好分数线",
        "合格线(基准线)",
        "严重不合格线",
        "荣誉最低分",
    ],
    plan_value: "方案:{v}",
    as_plan: "沿用方案",
    roundings: ["向下取整", "向上取整", "四舍五入"],
    yes: "是",
    no: "否",

    ahp_heading: "AHP 层次分析法求权重",
    ahp_help: "对每一对维度，判断左边维度相对右边维度的重要程度(Saaty 1–9 标度)。引擎用判断矩阵的主特征向量求权重，并计算一致性比率 CR；CR < 0.10 视为判断一致。求得的权重再投影到各维度的权重区间内，按最大余数法取整为整数百分比，合计 100%。",
    col_pair: "比较",
    col_judgment: "判断",
    pair: "{a} 相对 {b}",
    strengths: [
        "同等重要",
        "介于同等与稍微重要之间",
        "稍微重要",
        "介于稍微与明显重要之间",
        "明显重要",
        "介于明显与强烈重要之间",
        "强烈重要",
        "介于强烈与极端重要之间",
        "极端重要",
    ],
    judgment_option: "{dim} {strength}({value})",
    reset_matrix: "全部重置为同等重要",
    matrix_heading: "判断矩阵",
    ahp_weights_heading: "求得的权重",
    col_eigen: "特征向量",
    col_projected: "投影取整后",
    lambda_max: "最大特征值 λmax",
    ci: "一致性指标 CI",
    ri: "随机一致性指标 RI",
    cr: "一致性比率 CR",
    consistent: "判断一致(CR < 0.10)，可以采用。",
    inconsistent: "判断不一致(CR ≥ 0.10)：有些判断相互矛盾，求得的权重仅供参考。请先修改下面指出的判断。",
    worst: "最不一致的判断：{pair}，当前为“{given}”，而按求得的权重约为 {implied} 倍；建议改为“{suggested}”。",
    take_suggestion: "采用建议",
    projected_note: "特征向量权重不一定落在权重区间内；“投影取整后”是区间内与之最接近的权重(欧氏距离)，取整为整数百分比。",
    apply_heading: "应用到情景",
    apply_profile: "权重方案",
    apply_scenario: "情景",
    apply_new: "(新建情景)",
    apply: "应用",
    ahp_scenario_name: "AHP 权重",
    applied: "已把投影取整后的权重应用到情景“{scenario}”的权重方案“{profile}”。",
    ahp_failed: "无法计算:",

    compare_heading: "方案与情景对比",
    compare_help: "同一批数据({period})分别按方案本身和每个情景计算。Δ 为情景减方案；Δ名次为正表示名次上升。标出跨越等级线或因优秀名额变化而改变等级的单位。",
    nothing_to_compare: "还没有情景可对比。请先在“情景与权重”中新建情景。",
    compare_failed: "无法对比:",
    only_changes: "只显示等级有变化的单位",
    col_unit: "单位",
    col_score: "得分",
    col_rank: "名次",
    col_grade: "等级",
    col_dscore: "Δ得分",
    col_drank: "Δ名次",
    plan_group: "方案本身",
    unofficial_tag: "非正式",
    table_caption: "各单位在方案本身与各情景下的得分、名次和等级",
    lines: ["优秀线", "良好线", "合格线"],
    line_up: "↑ 达到{line}",
    line_down: "↓ 跌破{line}",
    quota_up: "↑ 进入优秀名额",
    quota_down: "↓ 超出优秀名额",
    not_scored: "未计分",
    summary_changes: "{n} 个单位等级变化",
    summary_quota: "优秀名额 {n}",
    no_changes: "没有单位的等级发生变化。",
    chart_heading: "名次变化",
    chart_scenario: "对比情景",
    chart_label: "名次变化斜率图：左为方案本身，右为“{scenario}”。名次上升 {up} 个单位，下降 {down} 个，不变 {same} 个。详细数据见上方表格。",
    legend: ["名次上升", "名次下降", "不变"],
    chart_left: "方案本身",
};

/// English.
pub const EN: ScenarioTexts = ScenarioTexts {
    sec_weights: "Scenarios & weights",
    sec_ahp: "AHP pairwise",
    sec_compare: "Comparison",
    sections: "Scenario planning sections",

    list_heading: "Scenarios",
    new_scenario: "New scenario",
    new_name: "New scenario {n}",
    copy: "Copy",
    copy_suffix: " (copy)",
    delete: "Delete",
    deleted: "Scenario \"{name}\" deleted. Use Undo at the top if that was a mistake.",
    no_scenarios: "No scenario yet. A scenario scores the same data with other dimension weights (and, optionally, other grading settings) without changing the plan: use it to see what a special-period adjustment would do.",
    name: "Scenario name",
    id: "Id",
    viewing: "Shown",
    view_results: "View results under this scenario",
    view_plan: "Back to the plan",
    viewing_note: "This scenario is selected at the top: results, people and the other screens are computed under it.",
    not_official: "Some weights of this scenario are outside their bands or the core is not the largest: units on those profiles get \"Band violation\" and results under this scenario are not official.",
    scenario_errors: "This scenario has problems; until they are fixed, the last valid data is used:",

    weights_heading: "Dimension weights",
    weights_help: "Drag a slider or type a percentage (whole percent). When one dimension moves, the engine moves the others to the nearest weights inside their bands, so the total stays 100%; any rule broken is marked at once.",
    follows_plan: "as the plan",
    overridden: "changed",
    col_dimension: "Dimension",
    col_band: "Band",
    col_weight: "Weight",
    col_plan: "Plan",
    slider_label: "{profile}: {dim} weight",
    input_label: "{profile}: {dim} weight (percent)",
    total: "Total",
    special_period: "Special-period preset",
    special_period_help: "Risk control up 5 points, all taken from the core dimension (S3.2.2)",
    reset_profile: "Back to the plan's weights",
    bad_percent: "Not a percentage:",
    percent_range: "A percentage must be between 0 and 100",
    below_band: "{dim} {w} is below its band's low end {low}",
    above_band: "{dim} {w} is above its band's high end {high}",
    core_not_largest: "{dim} {w} weighs more than the core \"{core}\" {cw} (core task first)",
    sum_not_one: "The total is {sum}; it must be 100%",
    rules_kept: "Every weight is inside its band and the core is the largest.",
    mark_low: "below band",
    mark_high: "above band",
    mark_core: "above core",
    preset_failed: "The special-period preset cannot be applied:",

    grading_heading: "Grading settings (optional)",
    grading_help: "Leave a field empty to keep the plan's setting; what you fill in applies under this scenario only.",
    grading_fields: [
        "Excellent share (%)",
        "Quota rounding",
        "At least one Excellent place",
        "Excellent line",
        "Good line",
        "Pass line (baseline)",
        "Severe-failure line",
        "Honour minimum",
    ],
    plan_value: "plan: {v}",
    as_plan: "As the plan",
    roundings: ["Round down", "Round up", "Round half up"],
    yes: "Yes",
    no: "No",

    ahp_heading: "AHP: weights from pairwise comparison",
    ahp_help: "For each pair of dimensions, judge how much more important the left one is than the right one (Saaty's 1–9 scale). The engine takes the principal eigenvector of the matrix as the weights and computes the consistency ratio CR; CR < 0.10 is accepted. The weights are then projected into the dimension bands and rounded to whole percent by largest remainder, summing to 100%.",
    col_pair: "Pair",
    col_judgment: "Judgment",
    pair: "{a} vs {b}",
    strengths: [
        "Equally important",
        "equally to moderately more important",
        "moderately more important",
        "moderately to strongly more important",
        "strongly more important",
        "strongly to very strongly more important",
        "very strongly more important",
        "very strongly to extremely more important",
        "extremely more important",
    ],
    judgment_option: "{dim} {strength} ({value})",
    reset_matrix: "Reset all to equal",
    matrix_heading: "Pairwise matrix",
    ahp_weights_heading: "Weights",
    col_eigen: "Eigenvector",
    col_projected: "Projected, whole %",
    lambda_max: "Largest eigenvalue λmax",
    ci: "Consistency index CI",
    ri: "Random index RI",
    cr: "Consistency ratio CR",
    consistent: "Consistent (CR < 0.10): the judgments can be used.",
    inconsistent: "Inconsistent (CR ≥ 0.10): some judgments contradict each other, so the weights are only indicative. Revise the judgment named below first.",
    worst: "Most inconsistent judgment: {pair} is \"{given}\", but the weights imply about {implied} times; consider \"{suggested}\".",
    take_suggestion: "Take the suggestion",
    projected_note: "Eigenvector weights need not lie inside the bands; \"Projected\" is the nearest set of weights inside them (Euclidean), rounded to whole percent.",
    apply_heading: "Apply to a scenario",
    apply_profile: "Profile",
    apply_scenario: "Scenario",
    apply_new: "(new scenario)",
    apply: "Apply",
    ahp_scenario_name: "AHP weights",
    applied: "The projected weights were applied to profile \"{profile}\" of scenario \"{scenario}\".",
    ahp_failed: "Cannot compute:",

    compare_heading: "The plan against the scenarios",
    compare_help: "The same data ({period}) scored under the plan and under every scenario. Δ is scenario minus plan; a positive Δ rank means moving up. Units that cross a grade line, or gain or lose Excellent by the quota, are marked.",
    nothing_to_compare: "No scenario to compare yet. Create one under \"Scenarios & weights\".",
    compare_failed: "Cannot compare:",
    only_changes: "Only units whose grade changes",
    col_unit: "Unit",
    col_score: "Score",
    col_rank: "Rank",
    col_grade: "Grade",
    col_dscore: "Δ score",
    col_drank: "Δ rank",
    plan_group: "The plan",
    unofficial_tag: "not official",
    table_caption: "Score, rank and grade of every unit under the plan and each scenario",
    lines: ["Excellent line", "Good line", "Pass line"],
    line_up: "↑ reaches the {line}",
    line_down: "↓ falls below the {line}",
    quota_up: "↑ into the Excellent quota",
    quota_down: "↓ out of the Excellent quota",
    not_scored: "not scored",
    summary_changes: "{n} units change grade",
    summary_quota: "Excellent quota {n}",
    no_changes: "No unit changes grade.",
    chart_heading: "Rank changes",
    chart_scenario: "Scenario",
    chart_label: "Slope chart of ranks: the plan on the left, \"{scenario}\" on the right. {up} units move up, {down} move down, {same} keep their rank. The table above has the data.",
    legend: ["rank up", "rank down", "unchanged"],
    chart_left: "The plan",
};

/// Fills the `{name}` placeholders of a text: `fill("{a} vs {b}", &[("a", "x"), ("b", "y")])`.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(text.to_string(), |s, (k, v)| {
        s.replace(&format!("{{{k}}}"), v)
    })
}
