//! Texts of the files screen.

/// Files texts.
pub struct FilesTexts {
    /// Heading.
    pub heading: &'static str,
    /// Import a workspace.
    pub import_workspace: &'static str,
    /// Help under import.
    pub import_help: &'static str,
    /// Export the workspace.
    pub export_workspace: &'static str,
    /// Export the results of the current view.
    pub export_results: &'static str,
    /// Open a results file to verify it.
    pub open_results: &'static str,
    /// Help under open results.
    pub open_results_help: &'static str,
    /// Load the demo.
    pub load_demo: &'static str,
    /// Start empty.
    pub start_empty: &'static str,
    /// Import failed (followed by the file name).
    pub import_failed: &'static str,
    /// Import failed, workspace unchanged.
    pub import_unchanged: &'static str,
    /// Verified.
    pub verified: &'static str,
    /// Mismatch.
    pub mismatch: &'static str,
    /// Not a results file.
    pub not_results: &'static str,
    /// Could not read the file.
    pub read_failed: &'static str,
    /// Confirm replacing the workspace.
    pub confirm_replace: &'static str,
    /// Name of a new empty plan.
    pub new_plan_name: &'static str,
    /// A file-choosing button.
    pub choose_file: &'static str,
    /// Section heading: share.
    pub share_heading: &'static str,
    /// Section heading: start over.
    pub start_heading: &'static str,
    /// What a verified file covered: period, scenario, units, engine.
    pub verified_detail: &'static str,
}

/// 简体中文.
pub const ZH: FilesTexts = FilesTexts {
    heading: "文件",
    import_workspace: "导入工作区",
    import_help: "选择工作区 JSON 文件。文件有误时会逐条列出错误位置,当前工作区保持不变。",
    export_workspace: "导出工作区",
    export_results: "导出当前结果",
    open_results: "打开结果文件并核验",
    open_results_help: "他人分享的结果文件会按其中的工作区重新计算,逐项核对每个数字。",
    load_demo: "载入演示数据",
    start_empty: "新建空白方案",
    import_failed: "导入失败:",
    import_unchanged: "当前工作区未作任何改动。",
    verified: "核验通过:每个数字都与重新计算的结果一致。",
    mismatch: "核验不通过:以下数字与重新计算的结果不一致。",
    not_results: "不是有效的结果文件:",
    read_failed: "无法读取文件:",
    confirm_replace: "这将替换当前工作区(可撤销)。继续吗?",
    new_plan_name: "新考核方案",
    choose_file: "选择文件…",
    share_heading: "导出与分享",
    start_heading: "重新开始",
    verified_detail: "考核期 {period} · {scenario} · {units} 个单位 · 计算引擎 {engine}",
};

/// English.
pub const EN: FilesTexts = FilesTexts {
    heading: "Files",
    import_workspace: "Import a workspace",
    import_help: "Choose a workspace JSON file. If it has errors, each is listed with its place, and the open workspace stays as it is.",
    export_workspace: "Export the workspace",
    export_results: "Export these results",
    open_results: "Open a results file and verify it",
    open_results_help: "A shared results file is recomputed from the workspace inside it, and every figure is checked.",
    load_demo: "Load the demo",
    start_empty: "Start an empty plan",
    import_failed: "Import failed: ",
    import_unchanged: "The open workspace has not been changed.",
    verified: "Verified: every figure matches the recomputation.",
    mismatch: "Not verified: these figures differ from the recomputation.",
    not_results: "Not a valid results file: ",
    read_failed: "Could not read the file: ",
    confirm_replace: "This replaces the open workspace (you can undo). Continue?",
    new_plan_name: "New assessment plan",
    choose_file: "Choose a file…",
    share_heading: "Export and share",
    start_heading: "Start over",
    verified_detail: "period {period} · {scenario} · {units} units · engine {engine}",
};
