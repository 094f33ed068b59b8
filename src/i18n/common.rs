//! Texts shared by every screen: the header, the tabs, and the names of grades, flags,
//! warnings, honours, levels and the like.

/// Shared texts.
pub struct Common {
    /// App title.
    pub app_title: &'static str,
    /// The tab bar between screens (screen readers).
    pub screens_label: &'static str,
    /// Tab: results.
    pub tab_results: &'static str,
    /// Tab: people.
    pub tab_people: &'static str,
    /// Tab: data.
    pub tab_data: &'static str,
    /// Tab: plan.
    pub tab_plan: &'static str,
    /// Tab: simulation.
    pub tab_simulate: &'static str,
    /// Tab: files.
    pub tab_files: &'static str,
    /// Label of the period selector.
    pub period: &'static str,
    /// The annual composite.
    pub annual: &'static str,
    /// Label of the scenario selector.
    pub scenario: &'static str,
    /// The plan itself, as a scenario choice.
    pub the_plan: &'static str,
    /// Label of the language selector.
    pub language: &'static str,
    /// Undo.
    pub undo: &'static str,
    /// Redo.
    pub redo: &'static str,
    /// Close.
    pub close: &'static str,
    /// Add.
    pub add: &'static str,
    /// Remove.
    pub remove: &'static str,
    /// Banner when the open workspace has errors.
    pub doc_invalid: &'static str,
    /// Banner when saving to the browser failed.
    pub storage_failed: &'static str,
    /// Banner: an edit the engine refused (followed by why).
    pub edit_refused: &'static str,
    /// Grade names: excellent, good, pass, fail.
    pub grades: [&'static str; 4],
    /// Flag names, in the engine's flag order.
    pub flags: [&'static str; 6],
    /// Flag explanations, same order.
    pub flag_help: [&'static str; 6],
    /// Warning names: yellow, orange, red.
    pub warnings: [&'static str; 3],
    /// Honour names: innovation award, collaboration award.
    pub honours: [&'static str; 2],
    /// Level names: hq, direct, branch.
    pub levels: [&'static str; 3],
    /// Post names: technical, management, service.
    pub posts: [&'static str; 3],
    /// Status names: regular, new, seconded.
    pub statuses: [&'static str; 3],
    /// "none" / "—" placeholder words.
    pub none: &'static str,
    /// Source: demo.
    pub source_demo: &'static str,
    /// Source: empty.
    pub source_empty: &'static str,
    /// Source: restored.
    pub source_restored: &'static str,
    /// Source: file (followed by its name).
    pub source_file: &'static str,
    /// Error list heading.
    pub errors_heading: &'static str,
    /// "and N more" after a long error list.
    pub more_errors: &'static str,
    /// Loading message.
    pub loading: &'static str,
    /// Footer: engine version (followed by it).
    pub engine: &'static str,
    /// Footer: privacy note.
    pub local_only: &'static str,
}

/// 简体中文.
pub const ZH: Common = Common {
    app_title: "目标考核计分器",
    screens_label: "界面",
    tab_results: "结果",
    tab_people: "人员",
    tab_data: "数据",
    tab_plan: "方案",
    tab_simulate: "模拟",
    tab_files: "文件",
    period: "考核期",
    annual: "年度",
    scenario: "情景",
    the_plan: "方案本身",
    language: "语言",
    undo: "撤销",
    redo: "重做",
    close: "关闭",
    add: "添加",
    remove: "删除",
    doc_invalid: "当前工作区有错误,结果显示的是最后一次有效数据的计算。请按下列提示修改:",
    edit_refused: "这项修改没有生效:",
    storage_failed: "无法保存到浏览器本地存储,刷新页面将丢失修改。请导出工作区文件备份。原因:",
    grades: ["优秀", "良好", "合格", "不合格"],
    flags: [
        "数据不全",
        "权重越界",
        "审计差异",
        "专项复核",
        "整改督导",
        "班子复议",
    ],
    flag_help: [
        "有指标缺少数据(按缺失数据规则处理)",
        "所用权重方案超出维度权重区间或核心维度不是最大,结果非正式",
        "上报值与审计值差异超过容差,存在虚报/漏报风险",
        "发生重大失误,启动专项复核",
        "连续两次低于基准线,须提交整改方案并接受专项督导",
        "得分低于严重不合格线,对领导班子进行重新考量",
    ],
    warnings: ["黄色预警", "橙色预警", "红色预警"],
    honours: ["卓越创新奖", "协作先锋团队"],
    levels: ["总队机关", "直属单位", "支队/大队"],
    posts: ["专业技术岗", "管理岗", "工勤岗"],
    statuses: ["在岗", "新入职", "借调"],
    none: "—",
    source_demo: "演示数据",
    source_empty: "空白工作区",
    source_restored: "已从本机恢复",
    source_file: "文件:",
    errors_heading: "发现以下问题:",
    more_errors: "另有 {n} 项",
    loading: "正在加载…",
    engine: "计算引擎",
    local_only: "全部计算在本机浏览器内完成,数据不会上传。",
};

/// English.
pub const EN: Common = Common {
    app_title: "Target-assessment scorecard",
    screens_label: "Screens",
    tab_results: "Results",
    tab_people: "People",
    tab_data: "Data",
    tab_plan: "Plan",
    tab_simulate: "Simulate",
    tab_files: "Files",
    period: "Period",
    annual: "Annual",
    scenario: "Scenario",
    the_plan: "The plan",
    language: "Language",
    undo: "Undo",
    redo: "Redo",
    close: "Close",
    add: "Add",
    remove: "Remove",
    doc_invalid: "The workspace has errors; results show the last valid data. Fix the following:",
    edit_refused: "This change was not made: ",
    storage_failed: "Could not save to the browser's storage: a reload would lose your changes. Export the workspace as a backup. Reason:",
    grades: ["Excellent", "Good", "Pass", "Fail"],
    flags: [
        "Incomplete",
        "Band violation",
        "Audit discrepancy",
        "Special review",
        "Rectification",
        "Leadership review",
    ],
    flag_help: [
        "Some indicator has no data (handled by the missing-data policy)",
        "The weight profile is outside the dimension bands or the core is not the largest: results are not official",
        "Reported and audited values differ beyond tolerance: risk of over- or under-reporting",
        "A major error opened a special review",
        "Below the baseline line twice in a row: a rectification plan and special supervision",
        "Below the severe line: the leadership is reconsidered",
    ],
    warnings: ["Yellow warning", "Orange warning", "Red warning"],
    honours: ["Excellence in Innovation", "Collaboration Pioneer Team"],
    levels: ["HQ office", "Directly affiliated", "Branch"],
    posts: ["Technical", "Management", "Service"],
    statuses: ["Regular", "New hire", "Seconded"],
    none: "—",
    source_demo: "Demo data",
    source_empty: "Empty workspace",
    source_restored: "Restored from this browser",
    source_file: "File: ",
    errors_heading: "Problems found:",
    more_errors: "and {n} more",
    loading: "Loading…",
    engine: "Engine",
    local_only: "Everything is computed in this browser; no data leaves it.",
};

impl Common {
    /// The name of a grade word (`excellent` …).
    pub fn grade(&self, word: &str) -> &'static str {
        self.named(&["excellent", "good", "pass", "fail"], &self.grades, word)
    }

    /// The name of a flag word.
    pub fn flag(&self, word: &str) -> &'static str {
        self.named(&scorecard_engine::score::Flags::ALL, &self.flags, word)
    }

    /// The explanation of a flag word.
    pub fn flag_explained(&self, word: &str) -> &'static str {
        self.named(&scorecard_engine::score::Flags::ALL, &self.flag_help, word)
    }

    /// The name of a warning word.
    pub fn warning(&self, word: &str) -> &'static str {
        self.named(&["yellow", "orange", "red"], &self.warnings, word)
    }

    /// The name of an honour word.
    pub fn honour(&self, word: &str) -> &'static str {
        self.named(
            &["innovation_award", "collaboration_award"],
            &self.honours,
            word,
        )
    }

    /// The name of a level word.
    pub fn level(&self, word: &str) -> &'static str {
        self.named(&["hq", "direct", "branch"], &self.levels, word)
    }

    /// The name of a post word.
    pub fn post(&self, word: &str) -> &'static str {
        self.named(&["technical", "management", "service"], &self.posts, word)
    }

    /// The name of a status word.
    pub fn status(&self, word: &str) -> &'static str {
        self.named(&["regular", "new", "seconded"], &self.statuses, word)
    }

    /// The name at `word`'s place in `words`, or [`Common::none`] for a word not there.
    fn named(&self, words: &[&str], names: &[&'static str], word: &str) -> &'static str {
        words
            .iter()
            .position(|w| *w == word)
            .and_then(|i| names.get(i))
            .copied()
            .unwrap_or(self.none)
    }
}
