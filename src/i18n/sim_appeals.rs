//! Texts of the appeals sub-view (申诉, S4.5).

/// Appeals texts.
pub struct AppealsTexts {
    /// What the view does.
    pub intro: &'static str,
    /// Form heading.
    pub form: &'static str,
    /// Label: unit.
    pub unit: &'static str,
    /// Label: period.
    pub period: &'static str,
    /// Label: the input appealed.
    pub input: &'static str,
    /// Label: where the input is (unit, period, input in words).
    pub path: &'static str,
    /// Label: the original value.
    pub original: &'static str,
    /// Label: the value asked for.
    pub requested: &'static str,
    /// Option: strike the event off.
    pub strike_off: &'static str,
    /// Label: reason.
    pub reason: &'static str,
    /// Placeholder of the reason.
    pub reason_hint: &'static str,
    /// Preview the draft.
    pub preview: &'static str,
    /// Record the appeal.
    pub record: &'static str,
    /// Missing requested value.
    pub need_value: &'static str,
    /// Missing reason.
    pub need_reason: &'static str,
    /// Recorded ({id}).
    pub recorded: &'static str,
    /// No record for that unit and period.
    pub no_record: &'static str,
    /// The workspace has errors.
    pub doc_invalid: &'static str,
    /// History heading.
    pub history: &'static str,
    /// History caption.
    pub history_caption: &'static str,
    /// No appeal yet.
    pub none_yet: &'static str,
    /// Column: id.
    pub col_id: &'static str,
    /// Column: unit (who appealed).
    pub col_unit: &'static str,
    /// Column: period.
    pub col_period: &'static str,
    /// Column: input.
    pub col_input: &'static str,
    /// Column: original.
    pub col_original: &'static str,
    /// Column: requested.
    pub col_requested: &'static str,
    /// Column: reason.
    pub col_reason: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: actions.
    pub col_actions: &'static str,
    /// Status names: pending, upheld, rejected.
    pub statuses: [&'static str; 3],
    /// Note: ids are in the order recorded; the format has no date.
    pub order_note: &'static str,
    /// Show the preview of an appeal.
    pub show_preview: &'static str,
    /// Uphold.
    pub uphold: &'static str,
    /// Reject.
    pub reject: &'static str,
    /// Upheld ({id}).
    pub upheld_done: &'static str,
    /// Rejected ({id}).
    pub rejected_done: &'static str,
    /// Preview heading ({id}).
    pub preview_heading: &'static str,
    /// Preview heading of a draft.
    pub preview_draft: &'static str,
    /// Preview caption.
    pub preview_caption: &'static str,
    /// "{n} units change".
    pub changed_n: &'static str,
    /// No unit changes.
    pub changed_none: &'static str,
    /// Column group: before.
    pub before: &'static str,
    /// Column group: after.
    pub after: &'static str,
    /// Column: score.
    pub score: &'static str,
    /// Column: rank.
    pub rank: &'static str,
    /// Column: grade.
    pub grade: &'static str,
    /// Column: change.
    pub change: &'static str,
    /// Not scored.
    pub not_scored: &'static str,
    /// Close the preview.
    pub close: &'static str,
}

/// 简体中文.
pub const ZH: AppealsTexts = AppealsTexts {
    intro: "结果公示后,单位可对某一项输入提出申诉。登记申诉后可预览更正后全体单位的得分、排名和等级变化(极差法、标准分法和优秀名额会牵动其他单位),再由纪检部门复核决定支持或驳回。支持的申诉将更正数据,所有申诉及结果都保存在工作区中。",
    form: "登记申诉",
    unit: "申诉单位",
    period: "考核期",
    input: "申诉项",
    path: "位置",
    original: "原值",
    requested: "申请更正为",
    strike_off: "撤销该事件",
    reason: "申诉理由",
    reason_hint: "如:审计口径有误,附复核材料",
    preview: "预览更正结果",
    record: "登记申诉",
    need_value: "请填写申请更正的值",
    need_reason: "请填写申诉理由",
    recorded: "已登记申诉 {id},状态为待处理。",
    no_record: "该单位在这个考核期没有数据记录,无可申诉的输入。",
    doc_invalid: "工作区当前有错误,请先在数据页修正后再登记或处理申诉。",
    history: "申诉记录",
    history_caption: "全部申诉(按登记顺序编号)",
    none_yet: "尚无申诉。",
    col_id: "编号",
    col_unit: "申诉单位",
    col_period: "考核期",
    col_input: "申诉项",
    col_original: "原值",
    col_requested: "申请值",
    col_reason: "理由",
    col_status: "状态",
    col_actions: "操作",
    statuses: ["待处理", "已支持", "已驳回"],
    order_note: "编号按登记先后排列;文件格式目前没有登记日期字段。",
    show_preview: "预览",
    uphold: "支持并更正",
    reject: "驳回",
    upheld_done: "申诉 {id} 已支持,数据已更正(可撤销)。",
    rejected_done: "申诉 {id} 已驳回,数据保持不变(可撤销)。",
    preview_heading: "更正预览:申诉 {id}",
    preview_draft: "更正预览:未登记的申诉",
    preview_caption: "全体单位更正前后对比(变化的行已突出显示)",
    changed_n: "{n} 个单位的得分、排名或等级发生变化。",
    changed_none: "更正不改变任何单位的得分、排名或等级。",
    before: "更正前",
    after: "更正后",
    score: "得分",
    rank: "排名",
    grade: "等级",
    change: "得分变化",
    not_scored: "未参评",
    close: "关闭预览",
};

/// English.
pub const EN: AppealsTexts = AppealsTexts {
    intro: "After publication a unit may appeal one of its inputs. Record the appeal, preview the corrected results of the whole cohort (min-max, z-score and the Excellent quota couple units together), then uphold or reject it after review by the discipline-inspection office. An upheld appeal corrects the data; every appeal and its outcome stays in the workspace.",
    form: "Record an appeal",
    unit: "Unit appealing",
    period: "Period",
    input: "Input appealed",
    path: "Where",
    original: "Original",
    requested: "Requested value",
    strike_off: "Strike the event off",
    reason: "Reason",
    reason_hint: "e.g. the audit used the wrong scope; review papers attached",
    preview: "Preview the correction",
    record: "Record appeal",
    need_value: "Enter the requested value",
    need_reason: "Enter the reason",
    recorded: "Appeal {id} recorded, pending.",
    no_record: "This unit has no record in this period: nothing to appeal.",
    doc_invalid: "The workspace has errors: fix them on the Data screen before recording or deciding appeals.",
    history: "Appeals",
    history_caption: "Every appeal (numbered in the order recorded)",
    none_yet: "No appeal yet.",
    col_id: "No.",
    col_unit: "Unit",
    col_period: "Period",
    col_input: "Input",
    col_original: "Original",
    col_requested: "Requested",
    col_reason: "Reason",
    col_status: "Status",
    col_actions: "Actions",
    statuses: ["Pending", "Upheld", "Rejected"],
    order_note: "Numbers follow the order recorded; the file format has no date field for appeals yet.",
    show_preview: "Preview",
    uphold: "Uphold and correct",
    reject: "Reject",
    upheld_done: "Appeal {id} upheld: the data is corrected (Undo restores it).",
    rejected_done: "Appeal {id} rejected: the data is unchanged (Undo restores it).",
    preview_heading: "Preview of appeal {id}",
    preview_draft: "Preview of the unrecorded appeal",
    preview_caption: "Every unit before and after the correction (changed rows highlighted)",
    changed_n: "{n} units change score, rank or grade.",
    changed_none: "The correction changes no unit's score, rank or grade.",
    before: "Before",
    after: "After",
    score: "Score",
    rank: "Rank",
    grade: "Grade",
    change: "Score change",
    not_scored: "not scored",
    close: "Close preview",
};

impl AppealsTexts {
    /// The name of a status word.
    pub fn status(&self, word: &str) -> &'static str {
        match word {
            "upheld" => self.statuses[1],
            "rejected" => self.statuses[2],
            _ => self.statuses[0],
        }
    }
}
