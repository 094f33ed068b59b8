//! Texts of the rank-stability sub-view (排名稳定性, §9).

/// Rank-stability texts.
pub struct StabilityTexts {
    /// What the view does.
    pub intro: &'static str,
    /// Which set is analysed ({period}, {scenario}).
    pub for_set: &'static str,
    /// Label: samples.
    pub samples: &'static str,
    /// Label: seed.
    pub seed: &'static str,
    /// Label: δ in percentage points.
    pub delta: &'static str,
    /// Help under the settings.
    pub settings_help: &'static str,
    /// A setting is not a whole number / number.
    pub bad_setting: &'static str,
    /// Run.
    pub run: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// Progress label.
    pub progress: &'static str,
    /// "{done} / {total} samples".
    pub progress_text: &'static str,
    /// Running.
    pub running: &'static str,
    /// Cancelled after {done} samples.
    pub cancelled: &'static str,
    /// Finished: {n} samples in {ms} ms.
    pub finished: &'static str,
    /// The sampler gave up.
    pub failed: &'static str,
    /// Results out of date (the data or the set changed since the run).
    pub stale: &'static str,
    /// Nothing run yet.
    pub not_run: &'static str,
    /// Results heading.
    pub results: &'static str,
    /// Results caption.
    pub results_caption: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: score at the weights in force.
    pub col_score: &'static str,
    /// Column: rank at the weights in force.
    pub col_rank: &'static str,
    /// Column: grade at the weights in force.
    pub col_grade: &'static str,
    /// Column prefix: probability of a grade ("P(").
    pub col_p: &'static str,
    /// Column: rank range.
    pub col_range: &'static str,
    /// Column: sampled score range.
    pub col_score_range: &'static str,
    /// Column: stability.
    pub col_stable: &'static str,
    /// Chip: contested.
    pub contested: &'static str,
    /// Chip explanation.
    pub contested_help: &'static str,
    /// The rule, as a sentence.
    pub contested_rule: &'static str,
    /// Chip: stable.
    pub stable: &'static str,
    /// "{n} units contested".
    pub contested_n: &'static str,
    /// Heatmap heading.
    pub heatmap: &'static str,
    /// Heatmap help.
    pub heatmap_help: &'static str,
    /// Heatmap axis: rank.
    pub rank_axis: &'static str,
    /// Cell title: "{unit}, rank {rank}: {p}%".
    pub cell: &'static str,
    /// Legend: low / high.
    pub legend: [&'static str; 2],
    /// Check against the exact path ({x}).
    pub agreement: &'static str,
    /// Sampling boxes heading.
    pub boxes: &'static str,
    /// Acceptance ({p}).
    pub acceptance: &'static str,
}

/// 简体中文.
pub const ZH: StabilityTexts = StabilityTexts {
    intro: "检验排名和等级对权重的敏感程度:在每个权重方案的区间与现行权重 ±δ 的交集内均匀抽样权重(合计 100%),重新计算、排名、定级,统计每个单位获得各等级的概率和名次分布。相同种子得到相同结果。",
    for_set: "分析对象:{period},{scenario}",
    samples: "抽样次数",
    seed: "随机种子",
    delta: "扰动幅度 δ(百分点)",
    settings_help: "默认抽样 10000 次,δ = 5 个百分点;计算在页面中分段进行,可随时取消。",
    bad_setting: "请输入有效的数字",
    run: "开始计算",
    cancel: "取消",
    progress: "计算进度",
    progress_text: "{done} / {total} 次抽样",
    running: "计算中…",
    cancelled: "已取消:以下是已完成的 {done} 次抽样的结果。",
    finished: "完成:{n} 次抽样,用时 {ms} 毫秒。",
    failed: "抽样失败:",
    stale: "数据或考核期/情景已改变,以下结果已过时,请重新计算。",
    not_run: "设置参数后点击“开始计算”。",
    results: "各单位等级概率",
    results_caption: "等级概率(每行合计 100%)与名次范围",
    col_unit: "单位",
    col_score: "现行得分",
    col_rank: "现行排名",
    col_grade: "现行等级",
    col_p: "概率·",
    col_range: "名次范围",
    col_score_range: "抽样得分范围",
    col_stable: "稳定性",
    contested: "等级有争议",
    contested_help: "没有任何等级的概率超过 80%",
    contested_rule: "“等级有争议”:没有任何等级的概率超过 80%。",
    stable: "稳定",
    contested_n: "{n} 个单位等级有争议",
    heatmap: "名次分布热图",
    heatmap_help: "每行一个单位,每列一个名次;颜色越深,该单位获得该名次的概率越高。格中数字为百分比（取整）;将鼠标悬停在格子上可查看精确到 0.1% 的概率。空白处为从未取得的名次。",
    rank_axis: "名次",
    cell: "{unit} 第{rank}名:{p}%",
    legend: ["概率低", "概率高"],
    agreement: "校验:现行权重下抽样算法与精确算法的最大偏差 {x}",
    boxes: "抽样区间",
    acceptance: "接受率 {p}%",
};

/// English.
pub const EN: StabilityTexts = StabilityTexts {
    intro: "How firm are ranks and grades if the weights were a little different? Each weight profile is sampled uniformly within its bands ∩ the weights in force ±δ (summing to 100%); every sample is rescored, ranked and graded, giving each unit's probability of each grade and its rank distribution. The same seed gives the same answer.",
    for_set: "Analysing: {period}, {scenario}",
    samples: "Samples",
    seed: "Seed",
    delta: "δ (percentage points)",
    settings_help: "Defaults: 10 000 samples, δ = 5 points. The run is done in chunks in the page and can be cancelled at any time.",
    bad_setting: "Enter a valid number",
    run: "Run",
    cancel: "Cancel",
    progress: "Progress",
    progress_text: "{done} / {total} samples",
    running: "Running…",
    cancelled: "Cancelled: results of the {done} samples drawn.",
    finished: "Done: {n} samples in {ms} ms.",
    failed: "Sampling failed: ",
    stale: "The data, period or scenario changed: these results are out of date; run again.",
    not_run: "Set the parameters and click Run.",
    results: "Grade probabilities per unit",
    results_caption: "Grade probabilities (each row sums to 100%) and rank range",
    col_unit: "Unit",
    col_score: "Score now",
    col_rank: "Rank now",
    col_grade: "Grade now",
    col_p: "P · ",
    col_range: "Rank range",
    col_score_range: "Sampled score range",
    col_stable: "Stability",
    contested: "Contested",
    contested_help: "No grade has a probability above 80%",
    contested_rule: "\"Contested\": no grade has a probability above 80%. ",
    stable: "Stable",
    contested_n: "{n} units contested",
    heatmap: "Rank distribution",
    heatmap_help: "One row per unit, one column per rank; the darker the cell, the likelier the rank. A cell shows its percentage, rounded; hover it for the probability to 0.1%. Blank: a rank never taken.",
    rank_axis: "Rank",
    cell: "{unit}, rank {rank}: {p}%",
    legend: ["unlikely", "likely"],
    agreement: "Check: largest deviation of the sampler from the exact path at the weights in force: {x}",
    boxes: "Sampling boxes",
    acceptance: "acceptance {p}%",
};
