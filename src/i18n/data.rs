//! Texts of the data screen: the entry grid, a unit's record editor, units and people.

/// Data screen texts.
pub struct DataTexts {
    /// Screen heading.
    pub heading: &'static str,
    /// Sub-view: the entry grid.
    pub view_entry: &'static str,
    /// Sub-view: units.
    pub view_units: &'static str,
    /// Sub-view: people.
    pub view_people: &'static str,
    /// Label of the sub-view switcher.
    pub views_label: &'static str,
    /// A link to the spreadsheet card of the files screen (templates and import).
    pub to_sheets: &'static str,
    /// Asked when the header shows the annual composite.
    pub pick_period: &'static str,
    /// Intro above the grid.
    pub grid_help: &'static str,
    /// Caption of the grid (`{period}`).
    pub grid_caption: &'static str,
    /// Column: unit.
    pub unit: &'static str,
    /// Column: live score.
    pub score: &'static str,
    /// Column: grade.
    pub grade: &'static str,
    /// Column: details.
    pub details: &'static str,
    /// Button: open a unit's record editor (`{unit}`), for screen readers.
    pub details_aria: &'static str,
    /// The unit has no record for the period.
    pub not_assessed: &'static str,
    /// Hint on a unit without a record.
    pub not_assessed_help: &'static str,
    /// Method names: linear, bands, minmax, zscore, direct.
    pub methods: [&'static str; 5],
    /// Hint of a linear indicator (`{worst}`, `{best}`).
    pub linear_hint: &'static str,
    /// Higher is better.
    pub higher_better: &'static str,
    /// Lower is better.
    pub lower_better: &'static str,
    /// Hint of a direct score.
    pub direct_hint: &'static str,
    /// Toggle: enter reported and audited figures.
    pub toggle_audit: &'static str,
    /// Toggle (screen readers): its visible word first, then `{indicator}`.
    pub toggle_audit_aria: &'static str,
    /// Toggle: planned progress.
    pub toggle_planned: &'static str,
    /// Toggle (screen readers): its visible word first, then `{indicator}`.
    pub toggle_planned_aria: &'static str,
    /// Input label: reported figure.
    pub reported: &'static str,
    /// Input label: audited figure.
    pub audited: &'static str,
    /// Input label: planned progress.
    pub planned: &'static str,
    /// Prefix of the indicator score shown in a cell.
    pub indicator_score: &'static str,
    /// Input label of a cell: `{unit}`, `{indicator}`.
    pub cell_aria: &'static str,
    /// Record editor heading: `{unit}`, `{period}`.
    pub record_heading: &'static str,
    /// Close the record editor.
    pub close_record: &'static str,
    /// 360° section heading.
    pub ratings: &'static str,
    /// 360° help: `{lo}`, `{hi}`.
    pub ratings_help: &'static str,
    /// Rater groups: superior, peer, subordinate, self.
    pub groups: [&'static str; 4],
    /// Self ratings are not scored.
    pub self_note: &'static str,
    /// Number of ratings in a group (`{n}`).
    pub ratings_count: &'static str,
    /// Expert panel heading.
    pub panel: &'static str,
    /// Panel help: `{trim}`, `{trim_min}`.
    pub panel_help: &'static str,
    /// Column: expert.
    pub expert: &'static str,
    /// Column: the expert's name (kept for the receipt, not scored).
    pub expert_name: &'static str,
    /// Criteria: feasibility, promotion, benefit.
    pub criteria: [&'static str; 3],
    /// Add an expert.
    pub add_expert: &'static str,
    /// Remove expert `{n}`.
    pub remove_expert: &'static str,
    /// No experts yet.
    pub no_experts: &'static str,
    /// Events heading.
    pub events: &'static str,
    /// Events help.
    pub events_help: &'static str,
    /// Column: level.
    pub event_level: &'static str,
    /// Column: note.
    pub event_note: &'static str,
    /// Add an event.
    pub add_event: &'static str,
    /// Remove event `{n}`.
    pub remove_event: &'static str,
    /// No events.
    pub no_events: &'static str,
    /// Coefficients and bonus heading.
    pub coefficients: &'static str,
    /// Coordination coefficient.
    pub coordination: &'static str,
    /// Risk-control coefficient.
    pub risk: &'static str,
    /// Range hint: `{lo}`, `{hi}`.
    pub range_hint: &'static str,
    /// Closed improvement items.
    pub closed_items: &'static str,
    /// Bonus hint: `{per}`, `{cap}`.
    pub closed_hint: &'static str,
    /// No cap on the bonus.
    pub no_cap: &'static str,
    /// Remove the record.
    pub remove_record: &'static str,
    /// Confirm removing the record: `{unit}`, `{period}`.
    pub remove_record_confirm: &'static str,
    /// Confirm.
    pub confirm: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// Undo hint after a removal.
    pub undo_hint: &'static str,
    /// Units heading.
    pub units_heading: &'static str,
    /// Units help.
    pub units_help: &'static str,
    /// Column: id.
    pub id: &'static str,
    /// Column: name.
    pub name: &'static str,
    /// Column: level.
    pub level: &'static str,
    /// Column: profile.
    pub profile: &'static str,
    /// Column: periods with records.
    pub records: &'static str,
    /// Add a unit.
    pub add_unit: &'static str,
    /// Add form heading.
    pub new_unit: &'static str,
    /// Remove unit (screen readers): `{unit}`.
    pub remove_unit_aria: &'static str,
    /// Confirm removing a unit: `{unit}`.
    pub remove_unit_confirm: &'static str,
    /// What goes with it: `{records}`, `{people}`, `{history}`, `{appeals}`.
    pub remove_unit_takes: &'static str,
    /// Seconded people who become regular: `{hosted}`.
    pub remove_unit_hosted: &'static str,
    /// The id is empty.
    pub id_empty: &'static str,
    /// The id is taken.
    pub id_taken: &'static str,
    /// No units yet.
    pub no_units: &'static str,
    /// People heading.
    pub people_heading: &'static str,
    /// People help.
    pub people_help: &'static str,
    /// Column: a person's name.
    pub person_name: &'static str,
    /// Column: post.
    pub post: &'static str,
    /// Column: status.
    pub status: &'static str,
    /// Column: host unit (seconded).
    pub host_unit: &'static str,
    /// Column: months in post.
    pub months: &'static str,
    /// Column: personal score.
    pub personal: &'static str,
    /// Column: linked score.
    pub linked: &'static str,
    /// Not graded (new hire).
    pub not_graded: &'static str,
    /// Add a person.
    pub add_person: &'static str,
    /// Remove person (screen readers): `{person}`.
    pub remove_person_aria: &'static str,
    /// No people yet.
    pub no_people: &'static str,
    /// Choose…
    pub choose: &'static str,
    /// Field label pattern for table inputs: `{row}`, `{column}`.
    pub field_aria: &'static str,
    /// Separator of a list of names.
    pub list_sep: &'static str,
    /// Errors in a record not shown at a field.
    pub record_errors: &'static str,
}

/// 简体中文.
pub const ZH: DataTexts = DataTexts {
    heading: "数据录入",
    view_entry: "考核数据",
    view_units: "单位",
    view_people: "人员",
    views_label: "数据类别",
    to_sheets: "用电子表格填报…",
    pick_period: "“年度”结果由各考核期汇总而成,没有单独的数据。请选择要录入的考核期:",
    grid_help: "直接在表格中录入,得分即时重算。留空表示缺失数据;数值按原样保存,不做舍入。按 Enter 移到下一行。",
    grid_caption: "{period}:各单位指标数据",
    unit: "单位",
    score: "本期得分",
    grade: "等级",
    details: "评价/扣分",
    details_aria: "评价/扣分:编辑{unit}的360度评价、专家评审、扣分事件与系数",
    not_assessed: "本期未参评",
    not_assessed_help: "该单位本期尚无记录;录入任一数据即参评。",
    methods: ["线性", "分档", "极差标准化", "Z分数", "直接评分"],
    linear_hint: "{worst} → {best}",
    higher_better: "越高越好",
    lower_better: "越低越好",
    direct_hint: "0–100 分",
    toggle_audit: "上报/审计",
    toggle_audit_aria: "上报/审计:{indicator}(分别录入上报值与审计值)",
    toggle_planned: "计划",
    toggle_planned_aria: "计划:{indicator}(录入计划进度)",
    reported: "上报",
    audited: "审计",
    planned: "计划",
    indicator_score: "得分 ",
    cell_aria: "{unit} · {indicator}",
    record_heading: "{unit} · {period}",
    close_record: "收起",
    ratings: "360度评价",
    ratings_help: "每组可填多个分数,用逗号、顿号或空格分隔;评分范围 {lo}–{hi}。",
    groups: ["上级", "同级", "下级", "自评"],
    self_note: "自评不计入得分,仅用于对照",
    ratings_count: "{n} 个",
    panel: "专家评审",
    panel_help: "每位专家一行;专家不少于 {trim_min} 人时,去掉最高、最低各 {trim} 个总分后取平均。",
    expert: "专家",
    expert_name: "姓名或编号",
    criteria: ["技术可行性", "推广价值", "经济效益"],
    add_expert: "添加专家",
    remove_expert: "删除专家 {n}",
    no_experts: "尚无专家评分。",
    events: "负面清单事件",
    events_help: "每个事件按等级扣减基准分的相应比例。",
    event_level: "等级",
    event_note: "说明",
    add_event: "添加事件",
    remove_event: "删除事件 {n}",
    no_events: "本期无扣分事件。",
    coefficients: "系数与附加分",
    coordination: "部门协作系数",
    risk: "风险管控系数",
    range_hint: "允许 {lo}–{hi},留空按 1 计",
    closed_items: "已销号整改项",
    closed_hint: "每项加 {per} 分,最多 {cap} 分",
    no_cap: "不封顶",
    remove_record: "移出本期",
    remove_record_confirm: "删除{unit}在{period}的全部数据?该单位本期将不参评。",
    confirm: "确认删除",
    cancel: "取消",
    undo_hint: "删除后可用页首的“撤销”恢复。",
    units_heading: "单位",
    units_help: "名称、层级和权重方案可直接修改;编号在添加时确定。",
    id: "编号",
    name: "名称",
    level: "层级",
    profile: "权重方案",
    records: "有数据的考核期",
    add_unit: "添加单位",
    new_unit: "新单位",
    remove_unit_aria: "删除单位{unit}",
    remove_unit_confirm: "删除单位“{unit}”?",
    remove_unit_takes: "将一并删除:{records} 条考核记录、{people} 名人员、{history} 条历史得分、{appeals} 条申诉。",
    remove_unit_hosted: "借调到该单位的 {hosted} 名人员将改为在原单位在岗。",
    id_empty: "编号不能为空",
    id_taken: "该编号已被使用",
    no_units: "还没有单位,请先添加。",
    people_heading: "人员",
    people_help: "个人得分与所在单位(借调人员为借入单位)得分挂钩计算。",
    person_name: "姓名",
    post: "岗位",
    status: "状态",
    host_unit: "借入单位",
    months: "在岗月数",
    personal: "个人得分",
    linked: "挂钩得分",
    not_graded: "不评级",
    add_person: "添加人员",
    remove_person_aria: "删除人员{person}",
    no_people: "还没有人员。",
    choose: "请选择…",
    field_aria: "{row} · {column}",
    list_sep: "、",
    record_errors: "本期记录中还有以下问题:",
};

/// English.
pub const EN: DataTexts = DataTexts {
    heading: "Data entry",
    view_entry: "Assessment data",
    view_units: "Units",
    view_people: "People",
    views_label: "Kind of data",
    to_sheets: "Fill in by spreadsheet…",
    pick_period: "The annual result is composed from the periods and has no data of its own. Choose the period to enter:",
    grid_help: "Type straight into the grid; scores recompute as you type. Leave a cell empty for missing data; figures are kept exactly as typed. Enter moves down a row.",
    grid_caption: "{period}: indicator data by unit",
    unit: "Unit",
    score: "Score",
    grade: "Grade",
    details: "Details",
    details_aria: "Details: edit the 360° ratings, expert panel, events and coefficients of {unit}",
    not_assessed: "Not assessed",
    not_assessed_help: "No record for this period yet; entering any figure adds the unit to it.",
    methods: ["Linear", "Bands", "Min-max", "Z-score", "Direct score"],
    linear_hint: "{worst} → {best}",
    higher_better: "higher is better",
    lower_better: "lower is better",
    direct_hint: "0–100 points",
    toggle_audit: "Audit",
    toggle_audit_aria: "Audit: {indicator} (enter reported and audited figures)",
    toggle_planned: "Plan",
    toggle_planned_aria: "Plan: {indicator} (enter planned progress)",
    reported: "Reported",
    audited: "Audited",
    planned: "Planned",
    indicator_score: "Score ",
    cell_aria: "{unit} · {indicator}",
    record_heading: "{unit} · {period}",
    close_record: "Close",
    ratings: "360° ratings",
    ratings_help: "Several ratings per group, separated by commas or spaces; scale {lo}–{hi}.",
    groups: ["Superiors", "Peers", "Subordinates", "Self"],
    self_note: "Self ratings are never scored; shown for comparison",
    ratings_count: "{n}",
    panel: "Expert panel",
    panel_help: "One row per expert; with at least {trim_min} experts the {trim} highest and {trim} lowest totals are dropped before the mean.",
    expert: "Expert",
    expert_name: "Name or code",
    criteria: ["Feasibility", "Promotion value", "Economic benefit"],
    add_expert: "Add expert",
    remove_expert: "Remove expert {n}",
    no_experts: "No expert scores yet.",
    events: "Negative-list events",
    events_help: "Each event deducts its level's share of the baseline score.",
    event_level: "Level",
    event_note: "Note",
    add_event: "Add event",
    remove_event: "Remove event {n}",
    no_events: "No events this period.",
    coefficients: "Coefficients and bonus",
    coordination: "Coordination coefficient",
    risk: "Risk-control coefficient",
    range_hint: "allowed {lo}–{hi}; empty counts as 1",
    closed_items: "Improvement items closed",
    closed_hint: "{per} point(s) each, at most {cap}",
    no_cap: "no cap",
    remove_record: "Remove from period",
    remove_record_confirm: "Delete all data of {unit} for {period}? The unit will not be assessed in it.",
    confirm: "Delete",
    cancel: "Cancel",
    undo_hint: "Undo in the header brings it back.",
    units_heading: "Units",
    units_help: "Name, level and weight profile can be changed here; the id is set when a unit is added.",
    id: "Id",
    name: "Name",
    level: "Level",
    profile: "Weight profile",
    records: "Periods with data",
    add_unit: "Add unit",
    new_unit: "New unit",
    remove_unit_aria: "Remove unit {unit}",
    remove_unit_confirm: "Remove the unit \"{unit}\"?",
    remove_unit_takes: "This also deletes {records} record(s), {people} person(s), {history} history score(s) and {appeals} appeal(s).",
    remove_unit_hosted: "{hosted} person(s) seconded to it become regular staff of their own unit.",
    id_empty: "The id must not be empty",
    id_taken: "This id is already used",
    no_units: "No units yet: add one first.",
    people_heading: "People",
    people_help: "A person's linked score combines the personal score with the unit's (the host unit's for seconded staff).",
    person_name: "Name",
    post: "Post",
    status: "Status",
    host_unit: "Host unit",
    months: "Months in post",
    personal: "Personal score",
    linked: "Linked score",
    not_graded: "not graded",
    add_person: "Add person",
    remove_person_aria: "Remove person {person}",
    no_people: "No people yet.",
    choose: "Choose…",
    field_aria: "{row} · {column}",
    list_sep: ", ",
    record_errors: "Other problems in this record:",
};

impl DataTexts {
    /// The name of a method word (value methods only; others are shown as they are).
    pub fn method(&self, word: &str) -> &'static str {
        ["linear", "bands", "minmax", "zscore", "direct"]
            .iter()
            .position(|w| *w == word)
            .and_then(|i| self.methods.get(i))
            .copied()
            .unwrap_or("")
    }

    /// The name of a rater group (unknown groups are shown by their id).
    pub fn group(&self, word: &str) -> String {
        ["superior", "peer", "subordinate", "self"]
            .iter()
            .position(|w| *w == word)
            .and_then(|i| self.groups.get(i))
            .map(|s| s.to_string())
            .unwrap_or_else(|| word.to_string())
    }

    /// The name of a panel criterion (unknown criteria are shown by their id).
    pub fn criterion(&self, word: &str) -> String {
        ["feasibility", "promotion", "benefit"]
            .iter()
            .position(|w| *w == word)
            .and_then(|i| self.criteria.get(i))
            .map(|s| s.to_string())
            .unwrap_or_else(|| word.to_string())
    }
}
