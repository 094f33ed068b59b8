//! Spreadsheets in the user's language: the texts of the spreadsheet card and preview, every
//! [`Problem`] of a refused file (chosen by matching the kind, with named placeholders in
//! both languages), the place of a problem as a spreadsheet user reads it
//! (`工作表「数据」第 7 行 D 列(任务进度):“九十” 不是数字`), and the part of a record a
//! change touches as labels (`质量达标率 · 审计值`), never as a path.

use super::errors::kind_text;
use super::problems::{Message, Names};
use super::Lang;
use scorecard_engine::path::{JsonPath, Segment};
use scorecard_sheets::{Change, Place, Problem, SheetError};

/// Texts of the spreadsheet card, the preview and the problem list.
pub struct SheetTexts {
    /// Card heading.
    pub heading: &'static str,
    /// Help under the heading.
    pub help: &'static str,
    /// The period chooser's label.
    pub period: &'static str,
    /// The period chooser's "every period" choice.
    pub every_period: &'static str,
    /// Download a template.
    pub template: &'static str,
    /// Import a spreadsheet.
    pub import: &'static str,
    /// Export the workspace's data as a workbook.
    pub export_data: &'static str,
    /// Export the results as a workbook.
    pub results_xlsx: &'static str,
    /// Export the results as CSV.
    pub results_csv: &'static str,
    /// Preview heading (followed by the file name).
    pub preview_heading: &'static str,
    /// Counts: `{added}`, `{changed}`, `{cleared}`.
    pub preview_counts: &'static str,
    /// Nothing would change.
    pub no_changes: &'static str,
    /// The document changed after the file was read; the preview was recomputed.
    pub refreshed: &'static str,
    /// Apply button.
    pub apply: &'static str,
    /// Cancel button.
    pub cancel: &'static str,
    /// Column headings of the preview: unit, period, field, old, new.
    pub columns: [&'static str; 5],
    /// An absent value in the preview.
    pub absent: &'static str,
    /// Changes not listed as rows: `{n}`.
    pub more_changes: &'static str,
    /// Refused heading (followed by the file name).
    pub refused: &'static str,
    /// The workspace is unchanged; `{count}` problems.
    pub refused_detail: &'static str,
    /// Dismiss the problems.
    pub dismiss: &'static str,
    /// Writing a workbook failed.
    pub write_failed: &'static str,
    /// 360° ratings of an indicator.
    pub ratings: &'static str,
    /// Panel scores of an indicator.
    pub panel: &'static str,
    /// The negative list.
    pub events: &'static str,
    /// The period column of a change to the units or people (no period).
    pub roster: &'static str,
    /// A unit added with nothing else.
    pub unit_added: &'static str,
    /// A person's field: `{person}`, `{field}`.
    pub person_field: &'static str,
    /// Roster fields: name, level, profile, unit, post, status, host unit, months, personal.
    pub roster_fields: [&'static str; 9],
}

/// 简体中文.
pub const ZH: SheetTexts = SheetTexts {
    heading: "电子表格(Excel / WPS)",
    help:
        "下载填报模板,各单位填好后导入:先预览每一处改动,确认后才写入,并可撤销。也可导出数据与结果。",
    period: "考核期",
    every_period: "全年(所有考核期)",
    template: "下载填报模板",
    import: "导入电子表格…",
    export_data: "导出数据(Excel)",
    results_xlsx: "导出结果(Excel)",
    results_csv: "导出结果(CSV)",
    preview_heading: "导入预览:",
    preview_counts: "新增 {added} 项 · 修改 {changed} 项 · 清除 {cleared} 项",
    no_changes: "文件中的数据与当前工作区完全一致,没有需要改动的内容。",
    refreshed: "读取文件后工作区已有变化,以下预览已按当前工作区重新计算。",
    apply: "确认导入",
    cancel: "取消",
    columns: ["单位", "考核期", "数据项", "原值", "新值"],
    absent: "(空)",
    more_changes: "另有 {n} 处改动未逐行列出(确认后同样导入)。",
    refused: "无法导入:",
    refused_detail: "共 {count} 处问题,当前工作区未作任何改动。",
    dismiss: "关闭",
    write_failed: "无法生成工作簿:",
    ratings: "360度评价",
    panel: "专家评审",
    events: "负面清单",
    roster: "单位与人员名册",
    unit_added: "新增单位",
    person_field: "人员 {person} · {field}",
    roster_fields: [
        "名称",
        "单位类别",
        "权重方案",
        "所在单位",
        "岗位类别",
        "人员状态",
        "借入单位",
        "任职月数",
        "个人得分",
    ],
};

/// English.
pub const EN: SheetTexts = SheetTexts {
    heading: "Spreadsheets (Excel / WPS)",
    help: "Download a template, have each unit fill it in, and import it: every change is previewed first, written only when you confirm, and can be undone. Data and results can be exported too.",
    period: "Period",
    every_period: "Whole year (every period)",
    template: "Download a template",
    import: "Import a spreadsheet…",
    export_data: "Export the data (Excel)",
    results_xlsx: "Export the results (Excel)",
    results_csv: "Export the results (CSV)",
    preview_heading: "Import preview: ",
    preview_counts: "{added} added · {changed} changed · {cleared} cleared",
    no_changes: "The file holds exactly the open workspace's data: nothing would change.",
    refreshed: "The workspace changed after the file was read; this preview was recomputed against it.",
    apply: "Apply the import",
    cancel: "Cancel",
    columns: ["Unit", "Period", "Item", "Was", "Becomes"],
    absent: "(empty)",
    more_changes: "{n} more changes are not listed row by row (they are imported too).",
    refused: "Cannot import: ",
    refused_detail: "{count} problems; the open workspace has not been changed.",
    dismiss: "Dismiss",
    write_failed: "Could not write the workbook: ",
    ratings: "360° ratings",
    panel: "panel scores",
    events: "negative list",
    roster: "units and people",
    unit_added: "unit added",
    person_field: "person {person} · {field}",
    roster_fields: [
        "name", "level", "weight profile", "unit", "post", "status", "host unit", "months in post",
        "personal score",
    ],
};

impl Lang {
    /// The spreadsheet texts.
    pub fn sheets(self) -> &'static SheetTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// The language of the workbooks written for this UI language.
pub fn book_lang(lang: Lang) -> scorecard_sheets::Lang {
    match lang {
        Lang::Zh => scorecard_sheets::Lang::Zh,
        Lang::En => scorecard_sheets::Lang::En,
    }
}

/// The label of a roster field (its key when unknown).
fn roster_field<'a>(t: &'a SheetTexts, key: &'a str) -> &'a str {
    let i = match key {
        "name" => 0,
        "level" => 1,
        "profile" => 2,
        "unit" => 3,
        "post" => 4,
        "status" => 5,
        "host_unit" => 6,
        "months_in_post" => 7,
        "personal" => 8,
        _ => return key,
    };
    t.roster_fields.get(i).copied().unwrap_or(key)
}

/// A value of a change as the preview shows it: the words of levels, posts and statuses
/// in the UI language, weight profiles and units by name, everything else as written;
/// `None` (absent) as the absent word.
pub fn change_value(n: Names, ch: &Change, v: Option<&str>) -> String {
    let lang = n.lang();
    let Some(v) = v else {
        return lang.sheets().absent.to_string();
    };
    let c = lang.common();
    let words: (&[&str; 3], [&str; 3]) = match ch.field.as_str() {
        "unit.level" => (&c.levels, ["hq", "direct", "branch"]),
        "person.post" => (&c.posts, ["technical", "management", "service"]),
        "person.status" => (&c.statuses, ["regular", "new", "seconded"]),
        "unit.profile" => return n.profile_name(v),
        "person.unit" | "person.host_unit" => return n.unit_name(v),
        _ => return v.to_string(),
    };
    let (labels, keys) = words;
    keys.iter()
        .zip(labels.iter())
        .find(|(k, _)| **k == v)
        .map_or_else(|| v.to_string(), |(_, label)| (*label).to_string())
}

/// A problem of a spreadsheet, in words (placeholders named alike in both languages).
pub fn problem_message(n: Names, p: &Problem) -> Message {
    use Problem::*;
    let m = Message::new;
    match p {
        EmptyFile => m("文件是空的", "the file is empty"),
        FileTooLarge(limit) => m(
            "文件超过 {limit} MiB,超出本工具可读取的上限",
            "the file is larger than {limit} MiB, the most this tool reads",
        )
        .arg("limit", limit / (1024 * 1024)),
        NotAWorkbook(why) => m(
            "不是工作簿(xlsx、xls、ods)或 CSV 文件:{reason}",
            "not a workbook (xlsx, xls, ods) or CSV file: {reason}",
        )
        .arg("reason", why),
        ReaderUnavailable(why) => m(
            "无法载入电子表格读写模块:{reason}(离线时请先在联网状态下打开过一次电子表格功能,或导入 CSV 文件)",
            "the spreadsheet reader could not be loaded: {reason} (offline, it works once it has been used online; CSV files need no module)",
        )
        .arg("reason", why),
        NotUtf8(at) => m(
            "CSV 文件不是 UTF-8 编码(第 {offset} 字节无效):请另存为“CSV UTF-8”",
            "the CSV file is not UTF-8 (invalid byte at offset {offset}): save it as \"CSV UTF-8\"",
        )
        .arg("offset", at),
        BadCsv(why) => m("无法读取 CSV 文件:{reason}", "the CSV file cannot be read: {reason}")
            .arg("reason", why),
        NoDataSheet => m(
            "没有哪个工作表的表头行含 [unit]:表头单元格应写作“名称 [键]”",
            "no sheet has a header row with [unit]: header cells read \"label [key]\"",
        ),
        UnknownSheet => m(
            "表头的键不属于任何已知的工作表(数据、360度评价、专家评审、负面清单、单位、人员)",
            "the header keys match no known sheet (values, ratings, panel, events, units, people)",
        ),
        NotOneOf(words) => m("不是可填的值之一:{words}", "not one of: {words}")
            .arg("words", words),
        UnknownProfile => m("不是本方案的权重方案", "not a weight profile of the plan"),
        DuplicateId(row) => m("与第 {row} 行的 id 相同", "the same id as row {row}").arg("row", row),
        MissingColumn(key) => m("缺少键为 [{key}] 的列", "no column with the key [{key}]")
            .arg("key", key),
        UnknownColumn(key) => m(
            "此工作表没有键 [{key}]",
            "unknown key [{key}] for this sheet",
        )
        .arg("key", key),
        DuplicateColumn(col) => m("与 {column} 列的键相同", "the same key as column {column}")
            .arg("column", col),
        PairColumns(key) => m(
            "[{key}] 要么单独一列,要么同时有 [{key}.reported] 和 [{key}.audited] 两列",
            "[{key}] needs either one column or both [{key}.reported] and [{key}.audited]",
        )
        .arg("key", key),
        WrongInput(method) => m(
            "该指标的计分方法是 {method},其数据应填在另一个工作表",
            "this indicator's method is {method}: its input goes on another sheet",
        )
        .arg("method", method),
        MergedCells(range) => m("合并单元格 {range}:请取消合并", "merged cells {range}: unmerge them")
            .arg("range", range),
        Required => m("此单元格不能为空", "this cell must not be empty"),
        NotANumber => m("不是数字", "not a number"),
        NotWhole => m("不是大于等于 0 的整数", "not a whole number ≥ 0"),
        TooLarge => m(
            "位数过多,无法精确保存(最多 28 位小数)",
            "too many digits to hold exactly (at most 28 decimal places)",
        ),
        Date => m("是日期或时间,不是数字", "a date or time, not a number"),
        Boolean => m("是 TRUE/FALSE,不是数字", "TRUE/FALSE, not a number"),
        CellError(e) => m("是错误值({error})", "an error cell ({error})").arg("error", e),
        FormulaWithoutValue(f) => m(
            "公式 ={formula} 没有保存计算结果:请重新计算并保存文件,或直接填写数字",
            "the formula ={formula} has no saved value: recalculate and save the file, or type the figure",
        )
        .arg("formula", f),
        UnknownUnit => m("不是本工作区的单位", "not a unit of the workspace"),
        UnknownPeriod => m("不是本方案的考核期", "not a period of the plan"),
        OtherPeriod(p) => m("本次只导入考核期“{period}”", "only period \"{period}\" is being imported")
            .arg("period", n.period_name(p)),
        UnknownIndicator => m(
            "不是本方案中使用此工作表的指标",
            "not an indicator of the plan for this sheet",
        ),
        UnknownGroup => m(
            "不是本方案的评价群体(也不是自评)",
            "not a rating group of the plan (nor self)",
        ),
        UnknownLevel => m("不是本方案的扣分等级", "not a deduction level of the plan"),
        DuplicateRow(row) => m(
            "与第 {row} 行的单位和考核期相同",
            "the same unit and period as row {row}",
        )
        .arg("row", row),
        HalfPair => m(
            "填了上报值就要填审计值(只填审计值即为单一数值)",
            "a reported figure needs its audited figure (the audited figure alone is a plain value)",
        ),
        MissingCriterion => m("每个评审维度都需要评分", "every criterion needs a score"),
        Invalid(e) => m("{reason}", "{reason}").arg("reason", kind_text(n.lang(), &e.kind)),
        WorkspaceInvalid(e) => m(
            "当前工作区有误,请先修正:{place}:{reason}",
            "the open workspace has errors; fix them first: {place}: {reason}",
        )
        .arg("place", n.place(&e.path))
        .arg("reason", kind_text(n.lang(), &e.kind)),
        NoSuchPeriod(p) => m("“{period}”不是本方案的考核期", "\"{period}\" is not a period of the plan")
            .arg("period", p),
        Write(why) => m("无法写出工作簿:{reason}", "the workbook cannot be written: {reason}")
            .arg("reason", why),
    }
}

/// Where a problem is, as a spreadsheet user reads it: `工作表「数据」第 7 行 D 列(任务进度)`
/// / `sheet "数据" row 7 column D (任务进度)`. The column is named by its label, or its key
/// when the header has no label.
pub fn place_text(lang: Lang, p: &Place) -> String {
    let name = p
        .label
        .as_deref()
        .filter(|l| !l.is_empty())
        .or(p.key.as_deref());
    let mut out = match lang {
        Lang::Zh => format!("工作表「{}」", p.sheet),
        Lang::En => format!("sheet \"{}\"", p.sheet),
    };
    if let Some(r) = p.row {
        out += &match lang {
            Lang::Zh => format!("第 {r} 行"),
            Lang::En => format!(" row {r}"),
        };
    }
    if let Some(c) = &p.column {
        out += &match lang {
            Lang::Zh => format!(" {c} 列"),
            Lang::En => format!(" column {c}"),
        };
    }
    if let Some(name) = name {
        out += &match lang {
            Lang::Zh => format!("({name})"),
            Lang::En => format!(" ({name})"),
        };
    }
    out
}

/// One problem of a spreadsheet as one line: its place, the cell's text and the problem
/// (`工作表「数据」第 7 行 D 列(任务进度):“九十” 不是数字`); a problem of the whole file
/// is the problem alone.
pub fn sheet_error_text(n: Names, e: &SheetError) -> String {
    let lang = n.lang();
    let problem = problem_message(n, &e.problem).text(lang);
    let Some(place) = &e.place else {
        return problem;
    };
    let at = place_text(lang, place);
    match (lang, place.text.as_deref().filter(|t| !t.is_empty())) {
        (Lang::Zh, Some(t)) => format!("{at}:“{t}” {problem}"),
        (Lang::Zh, None) => format!("{at}:{problem}"),
        (Lang::En, Some(t)) => format!("{at}: \"{t}\": {problem}"),
        (Lang::En, None) => format!("{at}: {problem}"),
    }
}

/// The part of a record a change touches, in labels: `质量达标率 · 审计值`,
/// `团队建设 · 360度评价`, `负面清单`.
pub fn change_field(n: Names, ch: &Change) -> String {
    let t = n.lang().sheets();
    let field = ch.field.as_str();
    if let Some(f) = field.strip_prefix("unit.") {
        return match f {
            "id" => t.unit_added.to_string(),
            _ => roster_field(t, f).to_string(),
        };
    }
    if let (Some(f), Some(person)) = (field.strip_prefix("person."), &ch.person) {
        return t
            .person_field
            .replace("{person}", person)
            .replace("{field}", roster_field(t, f));
    }
    let Some(path) = JsonPath::parse(field) else {
        return field.to_string();
    };
    let segs = path.segments();
    match (segs.first(), segs.get(1), segs.len()) {
        (Some(Segment::Key(k)), Some(Segment::Key(ind)), 2) if k == "ratings" => {
            format!("{} · {}", n.indicator_name(ind), t.ratings)
        }
        (Some(Segment::Key(k)), Some(Segment::Key(ind)), 2) if k == "panel" => {
            format!("{} · {}", n.indicator_name(ind), t.panel)
        }
        (Some(Segment::Key(k)), None, 1) if k == "events" => t.events.to_string(),
        _ => n.input(&path),
    }
}

#[cfg(test)]
mod tests;
