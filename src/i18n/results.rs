//! Texts of the results screen: ranking table, summary, filters, print.

/// Results texts.
pub struct ResultsTexts {
    /// Column: rank.
    pub rank: &'static str,
    /// Column: unit.
    pub unit: &'static str,
    /// Column: level.
    pub level: &'static str,
    /// Column: profile.
    pub profile: &'static str,
    /// Column: score.
    pub score: &'static str,
    /// Column: grade.
    pub grade: &'static str,
    /// Column: deduction.
    pub deduction: &'static str,
    /// Column: bonus.
    pub bonus: &'static str,
    /// Column: warning.
    pub warning: &'static str,
    /// Short warning names in the table (yellow, orange, red).
    pub warning_short: [&'static str; 3],
    /// Column: flags.
    pub flags: &'static str,
    /// Column: honours.
    pub honours: &'static str,
    /// Column: change against the previous assessment.
    pub change: &'static str,
    /// Summary: quota.
    pub quota: &'static str,
    /// Summary: units scored.
    pub units_scored: &'static str,
    /// Banner: not official.
    pub not_official: &'static str,
    /// Banner: the profiles that break the bands (followed by their names).
    pub violating_profiles: &'static str,
    /// Note: quota tie.
    pub quota_tie: &'static str,
    /// Empty state: no units scored.
    pub nothing_scored: &'static str,
    /// The workspace could not be scored.
    pub cannot_score: &'static str,
    /// Caption of the ranking table.
    pub table_caption: &'static str,
    /// Hint: click a row.
    pub open_receipt_hint: &'static str,
    /// Units scored out of the workspace's: `{n}` of `{total}`.
    pub of_units: &'static str,
    /// How the quota came about: `{n}`, `{share}`, `{raw}`, `{rounding}`, `{q}`.
    pub quota_rule: &'static str,
    /// Quota rounding: floor.
    pub rounding_floor: &'static str,
    /// Quota rounding: ceil.
    pub rounding_ceil: &'static str,
    /// Quota rounding: round.
    pub rounding_round: &'static str,
    /// Note: the quota was lifted to one.
    pub lifted_to_one: &'static str,
    /// Who filled the quota (followed by names).
    pub filled_by: &'static str,
    /// Nobody.
    pub nobody: &'static str,
    /// Candidates left out by the quota (followed by names).
    pub left_out: &'static str,
    /// Candidates blocked by a veto (followed by names).
    pub vetoed: &'static str,
    /// Candidates at the Excellent line: `{n}`, `{min}`.
    pub candidates: &'static str,
    /// Heading: grade distribution.
    pub grade_distribution: &'static str,
    /// Heading: warnings.
    pub warnings_heading: &'static str,
    /// Heading: flags.
    pub flags_heading: &'static str,
    /// Heading: honours.
    pub honours_heading: &'static str,
    /// An honour nobody received.
    pub not_awarded: &'static str,
    /// Heading of the filters.
    pub filters: &'static str,
    /// Filter choice: everything.
    pub all: &'static str,
    /// Filter choice: any.
    pub no_warning: &'static str,
    /// Filter: a unit's name or id.
    pub find_unit: &'static str,
    /// The search box's placeholder.
    pub find_unit_hint: &'static str,
    /// Button: clear the filters.
    pub clear_filters: &'static str,
    /// Rows shown: `{shown}` of `{total}`.
    pub showing: &'static str,
    /// No row passes the filter.
    pub no_match: &'static str,
    /// Printed instead of a ranking whose rows were not all on the page yet.
    pub print_incomplete: &'static str,
    /// Accessible name of a sort button (followed by the column).
    pub sort_by: &'static str,
    /// Button: print for public posting.
    pub print: &'static str,
    /// Printed title after the plan name.
    pub print_title: &'static str,
    /// Printed footer: `{engine}`, `{sha}`.
    pub print_footer: &'static str,
    /// Printed when a filter is on.
    pub filtered_note: &'static str,
    /// Label before the period's name.
    pub period_label: &'static str,
    /// Label before the scenario's name.
    pub scenario_label: &'static str,
    /// No previous assessment to compare.
    pub no_change: &'static str,
}

/// 简体中文.
pub const ZH: ResultsTexts = ResultsTexts {
    rank: "排名",
    unit: "单位",
    level: "层级",
    profile: "权重方案",
    score: "得分",
    grade: "等级",
    deduction: "扣分",
    bonus: "附加分",
    warning: "预警",
    warning_short: ["黄", "橙", "红"],
    flags: "标记",
    honours: "荣誉",
    change: "较上次",
    quota: "优秀名额",
    units_scored: "参评单位",
    not_official:
        "本结果非正式:有单位所用权重超出方案规定的权重区间(或核心维度权重不是最大),仅供测算参考。",
    violating_profiles: "越界的权重方案:",
    quota_tie: "末位优秀并列,并列单位均评为优秀。",
    nothing_scored: "本考核期尚无单位数据。",
    cannot_score: "无法计算:",
    table_caption: "考核结果排名",
    open_receipt_hint: "点击单位名称查看计算明细",
    of_units: "共 {total} 个单位,{n} 个参评",
    quota_rule: "{n} × {share} = {raw},{rounding} → {q}",
    rounding_floor: "向下取整",
    rounding_ceil: "向上取整",
    rounding_round: "四舍五入",
    lifted_to_one: "(至少 1 名)",
    filled_by: "优秀单位:",
    nobody: "无",
    left_out: "达优秀线但名额已满:",
    vetoed: "因否决事项不得评优:",
    candidates: "{n} 个单位达到优秀线 {min} 分",
    grade_distribution: "等级分布",
    warnings_heading: "预警",
    flags_heading: "标记",
    honours_heading: "荣誉",
    not_awarded: "未授予",
    filters: "筛选",
    all: "全部",
    no_warning: "全部",
    find_unit: "查找单位",
    find_unit_hint: "名称或编号",
    clear_filters: "清除筛选",
    showing: "显示 {shown} / {total} 个单位",
    no_match: "没有符合筛选条件的单位。",
    print_incomplete: "排名表尚未完整载入，未予打印。请使用页面上的“打印公示”按钮重新打印。",
    sort_by: "排序:",
    print: "打印公示",
    print_title: "考核结果公示",
    print_footer: "由目标考核计分器(引擎 {engine})精确计算;输入摘要 SHA-256 {sha}",
    filtered_note: "(已筛选,仅列出部分单位)",
    period_label: "考核期:",
    scenario_label: "情景:",
    no_change: "—",
};

/// English.
pub const EN: ResultsTexts = ResultsTexts {
    rank: "Rank",
    unit: "Unit",
    level: "Level",
    profile: "Profile",
    score: "Score",
    grade: "Grade",
    deduction: "Deduction",
    bonus: "Bonus",
    warning: "Warning",
    warning_short: ["Yellow", "Orange", "Red"],
    flags: "Flags",
    honours: "Honours",
    change: "Change",
    quota: "Excellent places",
    units_scored: "Units scored",
    not_official: "These results are not official: some unit's weights are outside the plan's bands (or the core dimension is not the largest). For estimation only.",
    violating_profiles: "Profiles outside the bands: ",
    quota_tie: "Tied for the last Excellent place: every tied unit is Excellent.",
    nothing_scored: "No unit has data for this period yet.",
    cannot_score: "Cannot score: ",
    table_caption: "Ranking",
    open_receipt_hint: "Click a unit's name to see how its score was calculated",
    of_units: "{n} of {total} units scored",
    quota_rule: "{n} × {share} = {raw}, {rounding} → {q}",
    rounding_floor: "rounded down",
    rounding_ceil: "rounded up",
    rounding_round: "rounded to nearest",
    lifted_to_one: "(at least 1)",
    filled_by: "Excellent: ",
    nobody: "none",
    left_out: "At the line but the quota was full: ",
    vetoed: "Blocked by a veto: ",
    candidates: "{n} units at the Excellent line ({min})",
    grade_distribution: "Grades",
    warnings_heading: "Warnings",
    flags_heading: "Flags",
    honours_heading: "Honours",
    not_awarded: "not awarded",
    filters: "Filter",
    all: "All",
    no_warning: "All",
    find_unit: "Find a unit",
    find_unit_hint: "Name or id",
    clear_filters: "Clear filters",
    showing: "Showing {shown} of {total} units",
    no_match: "No unit matches the filter.",
    print_incomplete: "The ranking was not yet complete on the page and was not printed. Print again with the page's \"Print for posting\" button.",
    sort_by: "Sort by ",
    print: "Print for posting",
    print_title: "Assessment results (public notice)",
    print_footer: "Computed exactly by the scorecard (engine {engine}); input SHA-256 {sha}",
    filtered_note: "(filtered: only some units are listed)",
    period_label: "Period: ",
    scenario_label: "Scenario: ",
    no_change: "—",
};
