//! Texts of the people screen: linked individual scores (S2.5, S1.6).

/// Texts of the people screen.
pub struct PeopleTexts {
    /// Table caption.
    pub caption: &'static str,
    /// The formula: `{lambda}`.
    pub formula: &'static str,
    /// Column: name.
    pub name: &'static str,
    /// Column: own unit.
    pub own_unit: &'static str,
    /// Column: post.
    pub post: &'static str,
    /// Column: status.
    pub status: &'static str,
    /// Column: months in post.
    pub months: &'static str,
    /// Column: the unit linked.
    pub linked_unit: &'static str,
    /// Column: personal score.
    pub personal: &'static str,
    /// Column: the linked unit's score.
    pub unit_score: &'static str,
    /// Column: (1 − λ) × personal.
    pub personal_part: &'static str,
    /// Column: λ × S.
    pub unit_part: &'static str,
    /// Column: linked score.
    pub score: &'static str,
    /// Column: graded.
    pub graded: &'static str,
    /// Graded.
    pub yes: &'static str,
    /// Not graded (new hire).
    pub not_graded: &'static str,
    /// Seconded: the host unit (prefix).
    pub host: &'static str,
    /// No personal score.
    pub no_personal: &'static str,
    /// The unit is not scored in this set.
    pub unit_not_scored: &'static str,
    /// No people in the workspace.
    pub nobody: &'static str,
    /// Four places note.
    pub exact_note: &'static str,
}

/// 简体中文.
pub const ZH: PeopleTexts = PeopleTexts {
    caption: "人员挂钩得分",
    formula: "挂钩得分 = (1 − λ) × 个人得分 + λ × 单位得分,λ = {lambda};借调人员挂钩借入单位;新入职未满 {months} 个月的人员计分但不定等次。",
    name: "姓名",
    own_unit: "所在单位",
    post: "岗位类别",
    status: "状态",
    months: "在岗月数",
    linked_unit: "挂钩单位",
    personal: "个人得分",
    unit_score: "单位得分 S",
    personal_part: "(1−λ)×个人",
    unit_part: "λ×单位",
    score: "挂钩得分",
    graded: "定等次",
    yes: "是",
    not_graded: "新入职,不定等次",
    host: "借调至",
    no_personal: "无个人得分",
    unit_not_scored: "挂钩单位本期未参评",
    nobody: "工作区中没有人员。",
    exact_note: "中间数值精确计算,显示四位小数;挂钩得分四舍五入保留两位。",
};

/// English.
pub const EN: PeopleTexts = PeopleTexts {
    caption: "Linked individual scores",
    formula: "Linked score = (1 − λ) × personal + λ × unit score, λ = {lambda}; seconded staff are linked to their host unit; new hires under {months} months are scored but not graded.",
    name: "Name",
    own_unit: "Unit",
    post: "Post",
    status: "Status",
    months: "Months",
    linked_unit: "Linked unit",
    personal: "Personal",
    unit_score: "Unit score S",
    personal_part: "(1−λ) × personal",
    unit_part: "λ × unit",
    score: "Linked score",
    graded: "Graded",
    yes: "yes",
    not_graded: "new hire: not graded",
    host: "seconded to",
    no_personal: "no personal score",
    unit_not_scored: "linked unit not scored this period",
    nobody: "No people in the workspace.",
    exact_note: "Parts are exact, shown to 4 places; the linked score is rounded to 2 places, half away from zero.",
};
