//! Texts of the self-assessment sub-view (自评模拟): the sandbox and goal seek.

/// Self-assessment texts.
pub struct SelfTexts {
    /// What the view does.
    pub intro: &'static str,
    /// Label: unit.
    pub unit: &'static str,
    /// Label: period.
    pub period: &'static str,
    /// Note: which scenario the figures are under (followed by its name).
    pub under: &'static str,
    /// The unit has no record in the period.
    pub no_record: &'static str,
    /// No unit or period to choose.
    pub nothing: &'static str,
    /// Sandbox heading.
    pub sandbox: &'static str,
    /// Sandbox table caption.
    pub sandbox_caption: &'static str,
    /// Column: input.
    pub col_input: &'static str,
    /// Column: published value.
    pub col_published_value: &'static str,
    /// Column: sandbox value.
    pub col_sandbox_value: &'static str,
    /// Event level label.
    pub event_level: &'static str,
    /// Event note label.
    pub event_note: &'static str,
    /// Add an event.
    pub add_event: &'static str,
    /// Note of a new event.
    pub new_event_note: &'static str,
    /// Strike an event off.
    pub remove_event: &'static str,
    /// "{n} inputs changed".
    pub edits: &'static str,
    /// Nothing changed yet.
    pub no_edits: &'static str,
    /// Apply the sandbox to the workspace.
    pub apply: &'static str,
    /// Discard the sandbox edits.
    pub reset: &'static str,
    /// After apply.
    pub applied: &'static str,
    /// Apply refused: the workspace has errors.
    pub doc_invalid: &'static str,
    /// The sandbox data is invalid (heading).
    pub sandbox_invalid: &'static str,
    /// Comparison heading.
    pub compare: &'static str,
    /// Column: published.
    pub published: &'static str,
    /// Column: predicted.
    pub predicted: &'static str,
    /// Column: change.
    pub change: &'static str,
    /// Row: score.
    pub score: &'static str,
    /// Row: rank.
    pub rank: &'static str,
    /// Row: grade.
    pub grade: &'static str,
    /// Row: deduction.
    pub deduction: &'static str,
    /// Not scored.
    pub not_scored: &'static str,
    /// Other units moved by the edit (heading).
    pub others: &'static str,
    /// Explanation of why others move.
    pub others_help: &'static str,
    /// Goal seek heading.
    pub goal: &'static str,
    /// Goal seek help.
    pub goal_help: &'static str,
    /// Label: indicator.
    pub indicator: &'static str,
    /// Label: target.
    pub target: &'static str,
    /// Targets: pass, good, excellent candidacy, quota line, a score.
    pub targets: [&'static str; 5],
    /// Label: the target score.
    pub target_score: &'static str,
    /// The target score is not a number.
    pub target_score_bad: &'static str,
    /// Run goal seek.
    pub seek: &'static str,
    /// Busy.
    pub seeking: &'static str,
    /// The line aimed at ({line}).
    pub line: &'static str,
    /// The value now ({value}; {range} the range searched).
    pub current: &'static str,
    /// Reached, higher is better: {value}.
    pub reached_least: &'static str,
    /// Reached, lower is better: {value}.
    pub reached_most: &'static str,
    /// Then: {score}, {grade}.
    pub reached_then: &'static str,
    /// Solved exactly.
    pub exact: &'static str,
    /// Found by bisection to {step}.
    pub bisection: &'static str,
    /// Any value reaches it.
    pub any_value: &'static str,
    /// Unreachable: cap ({best}, {score}, {line}).
    pub cap: &'static str,
    /// Unreachable: veto.
    pub veto: &'static str,
    /// Unreachable: quota ({quota}).
    pub quota: &'static str,
    /// Unreachable: no Excellent place at all.
    pub quota_zero: &'static str,
    /// Put the found value into the sandbox.
    pub use_value: &'static str,
    /// Note: goal seek works on the sandbox.
    pub on_sandbox: &'static str,
    /// Label: how long the goal seek took ({ms}).
    pub took: &'static str,
}

/// 简体中文.
pub const ZH: SelfTexts = SelfTexts {
    intro: "选择本单位和考核期,在沙盘中修改任意输入(数值、评价、专家打分、负面清单事件、系数、已销号改进项),右侧实时显示预测的得分、排名和等级。沙盘不会改动工作区,除非点击“应用到工作区”。",
    unit: "单位",
    period: "考核期",
    under: "计算情景:",
    no_record: "该单位在这个考核期没有数据记录,无法模拟。",
    nothing: "工作区中还没有单位或考核期。",
    sandbox: "沙盘数据",
    sandbox_caption: "本单位本期的全部输入(改动只在沙盘中)",
    col_input: "输入项",
    col_published_value: "现值",
    col_sandbox_value: "沙盘值",
    event_level: "扣分等级",
    event_note: "事件说明",
    add_event: "添加事件",
    new_event_note: "模拟事件",
    remove_event: "撤销该事件",
    edits: "已修改 {n} 项",
    no_edits: "尚未修改",
    apply: "应用到工作区",
    reset: "重置沙盘",
    applied: "已应用到工作区,可用“撤销”恢复。",
    doc_invalid: "工作区当前有错误,请先在数据页修正后再应用沙盘。",
    sandbox_invalid: "沙盘数据有误,暂无法预测:",
    compare: "已公布与预测对比",
    published: "已公布",
    predicted: "预测",
    change: "变化",
    score: "得分",
    rank: "排名",
    grade: "等级",
    deduction: "扣分",
    not_scored: "未参评",
    others: "受影响的其他单位",
    others_help: "极差法、标准分法按同期全体单位计算,优秀名额也按排名分配,所以本单位的改动会牵动其他单位。",
    goal: "目标求解",
    goal_help: "其他输入保持不变,求该指标达到目标所需的最低值(越小越好的指标则为最高值)。",
    indicator: "指标",
    target: "目标",
    targets: [
        "合格线",
        "良好线",
        "优秀候选线",
        "优秀名额线(末位优秀单位得分)",
        "指定得分",
    ],
    target_score: "目标得分",
    target_score_bad: "请输入目标得分(数字)",
    seek: "求解",
    seeking: "正在求解…",
    line: "目标线:{line} 分",
    current: "现值 {value};搜索范围 {range}",
    reached_least: "该指标至少需要 {value}",
    reached_most: "该指标最多可为 {value}",
    reached_then: "届时得分 {score},等级 {grade}。",
    exact: "精确解",
    bisection: "二分搜索,精度 {step}",
    any_value: "无论该指标取何值都能达到目标。",
    cap: "无法达到:即使该指标取最佳值 {best},得分也只有 {score},低于目标线 {line}。",
    veto: "无法达到:本期有一票否决事件(如重大失误),不能评为优秀。",
    quota: "无法达到:得分可以过线,但在优秀名额({quota} 个)的排序中不占优(同分时比较核心维度得分和扣分)。",
    quota_zero: "无法达到:本期优秀名额为 0。",
    use_value: "将该值填入沙盘",
    on_sandbox: "按沙盘数据求解。",
    took: "用时 {ms} 毫秒",
};

/// English.
pub const EN: SelfTexts = SelfTexts {
    intro: "Pick a unit and a period, change any input in the sandbox (values, ratings, expert scores, negative-list events, coefficients, closed items) and see the predicted score, rank and grade beside the published ones. The sandbox never changes the workspace unless you click \"Apply to workspace\".",
    unit: "Unit",
    period: "Period",
    under: "Scenario: ",
    no_record: "This unit has no record in this period: nothing to simulate.",
    nothing: "The workspace has no unit or period yet.",
    sandbox: "Sandbox data",
    sandbox_caption: "Every input of the unit in this period (changes stay in the sandbox)",
    col_input: "Input",
    col_published_value: "Now",
    col_sandbox_value: "Sandbox",
    event_level: "Level",
    event_note: "Note",
    add_event: "Add event",
    new_event_note: "simulated event",
    remove_event: "Strike off",
    edits: "{n} inputs changed",
    no_edits: "No change yet",
    apply: "Apply to workspace",
    reset: "Reset sandbox",
    applied: "Applied to the workspace; Undo restores it.",
    doc_invalid: "The workspace has errors: fix them on the Data screen before applying the sandbox.",
    sandbox_invalid: "The sandbox data is not valid, so nothing is predicted:",
    compare: "Published and predicted",
    published: "Published",
    predicted: "Predicted",
    change: "Change",
    score: "Score",
    rank: "Rank",
    grade: "Grade",
    deduction: "Deduction",
    not_scored: "not scored",
    others: "Other units affected",
    others_help: "Min-max and z-score indicators are scored against the whole cohort, and Excellent places go by rank, so a change to one unit moves others.",
    goal: "Goal seek",
    goal_help: "With every other input fixed, the least value of the indicator that reaches the target (for a lower-is-better indicator, the greatest).",
    indicator: "Indicator",
    target: "Target",
    targets: [
        "Pass line",
        "Good line",
        "Excellent candidacy",
        "Quota line (last Excellent unit's score)",
        "A score",
    ],
    target_score: "Target score",
    target_score_bad: "Enter a target score (a number)",
    seek: "Seek",
    seeking: "Seeking…",
    line: "Line: {line}",
    current: "Now {value}; range searched {range}",
    reached_least: "The indicator needs at least {value}",
    reached_most: "The indicator may be at most {value}",
    reached_then: "Then the score is {score}, grade {grade}.",
    exact: "exact",
    bisection: "bisection, to {step}",
    any_value: "Any value of this indicator reaches the target.",
    cap: "Unreachable: even the best value {best} gives {score}, below the line {line}.",
    veto: "Unreachable: a veto event (such as a major error) this period rules out Excellent.",
    quota: "Unreachable: the score can reach the line, but the unit loses the Excellent places ({quota}) on the tie-break (core dimension score, then deduction).",
    quota_zero: "Unreachable: there is no Excellent place this period.",
    use_value: "Put this value in the sandbox",
    on_sandbox: "Seeks on the sandbox data.",
    took: "took {ms} ms",
};
