//! Texts of the results screen.

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
    flags: "标记",
    honours: "荣誉",
    change: "较上期",
    quota: "优秀名额",
    units_scored: "参评单位",
    not_official:
        "本结果非正式:有单位所用权重超出方案规定的权重区间(或核心维度权重不是最大),仅供测算参考。",
    quota_tie: "末位优秀并列,并列单位均评为优秀。",
    nothing_scored: "本考核期尚无单位数据。",
    cannot_score: "无法计算:",
    table_caption: "考核结果排名",
    open_receipt_hint: "点击单位查看计算明细",
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
    flags: "Flags",
    honours: "Honours",
    change: "Change",
    quota: "Excellent places",
    units_scored: "Units scored",
    not_official: "These results are not official: some unit's weights are outside the plan's bands (or the core dimension is not the largest). For estimation only.",
    quota_tie: "Tied for the last Excellent place: every tied unit is Excellent.",
    nothing_scored: "No unit has data for this period yet.",
    cannot_score: "Cannot score: ",
    table_caption: "Ranking",
    open_receipt_hint: "Click a unit to see how its score was calculated",
};
