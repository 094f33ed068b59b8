//! Texts shared by the self-assessment sandbox and the appeals form: the names of a
//! record's inputs (an indicator's value, a rating, an expert's score, an event …) and the
//! simulation engine's refusals, in the user's language.

use super::errors::kind_text;
use super::Lang;
use scorecard_engine::model::Workspace;
use scorecard_engine::simulate::sandbox::InputKind;
use scorecard_engine::simulate::SimError;

/// Input texts.
pub struct InputTexts {
    /// Suffix: the plain value of an indicator.
    pub value: &'static str,
    /// Suffix: the reported figure.
    pub reported: &'static str,
    /// Suffix: the audited figure.
    pub audited: &'static str,
    /// Suffix: the planned progress value.
    pub planned: &'static str,
    /// Rater group names: superior, peer, subordinate, self.
    pub groups: [&'static str; 4],
    /// "rating {n}" ({n} from 1).
    pub rating_n: &'static str,
    /// "expert {n}" ({n} from 1).
    pub expert_n: &'static str,
    /// Criterion names: feasibility, promotion, benefit.
    pub criteria: [&'static str; 3],
    /// "event {n}" ({n} from 1).
    pub event_n: &'static str,
    /// Coordination coefficient.
    pub coordination: &'static str,
    /// Risk-control coefficient.
    pub risk: &'static str,
    /// Improvement items closed.
    pub closed_items: &'static str,
    /// Shown for an absent value.
    pub absent: &'static str,
    /// Section: negative-list events.
    pub section_events: &'static str,
    /// Section: coefficients and bonus.
    pub section_other: &'static str,
    /// Error: unknown unit.
    pub err_unit: &'static str,
    /// Error: unknown indicator.
    pub err_indicator: &'static str,
    /// Error: no record.
    pub err_no_record: &'static str,
    /// Error: unit not scored.
    pub err_not_scored: &'static str,
    /// Error: goal seek on something other than one value of one period.
    pub err_unsupported: &'static str,
    /// Error: settings out of range.
    pub err_settings: &'static str,
    /// Error: unknown appeal.
    pub err_appeal: &'static str,
    /// Error: already decided.
    pub err_decided: &'static str,
    /// Error: bad input path.
    pub err_bad_input: &'static str,
    /// Error: stale appeal.
    pub err_stale: &'static str,
    /// Error: the corrected workspace is invalid (followed by the errors).
    pub err_invalid: &'static str,
    /// Error: anything else (followed by the engine's words).
    pub err_other: &'static str,
}

/// 简体中文.
pub const ZH: InputTexts = InputTexts {
    value: "数值",
    reported: "上报值",
    audited: "审计值",
    planned: "计划进度",
    groups: ["上级", "同级", "下级", "自评"],
    rating_n: "第{n}份",
    expert_n: "专家{n}",
    criteria: ["技术可行性", "推广价值", "经济效益"],
    event_n: "事件{n}",
    coordination: "部门协作系数",
    risk: "风险管控系数",
    closed_items: "已销号改进项(个)",
    absent: "(缺失)",
    section_events: "负面清单事件",
    section_other: "系数与附加分",
    err_unit: "没有这个单位",
    err_indicator: "没有这个指标",
    err_no_record: "该单位在这个考核期没有数据记录",
    err_not_scored: "该单位在此结果中未参评",
    err_unsupported: "目标求解只适用于单个考核期的数值型指标(线性、分档、极差、标准分、直接打分);360度评价和专家评审由多项打分计算,不是单一数值",
    err_settings: "参数超出范围",
    err_appeal: "没有这条申诉",
    err_decided: "该申诉已处理过",
    err_bad_input: "申诉项的路径无效",
    err_stale: "该项数据在登记申诉后已被修改,不能直接支持;请驳回后按现有数据重新登记",
    err_invalid: "更正后的数据不合规:",
    err_other: "无法计算:",
};

/// English.
pub const EN: InputTexts = InputTexts {
    value: "value",
    reported: "reported",
    audited: "audited",
    planned: "planned progress",
    groups: ["superior", "peer", "subordinate", "self"],
    rating_n: "rating {n}",
    expert_n: "expert {n}",
    criteria: ["feasibility", "promotion value", "economic benefit"],
    event_n: "event {n}",
    coordination: "Coordination coefficient",
    risk: "Risk-control coefficient",
    closed_items: "Improvement items closed",
    absent: "(missing)",
    section_events: "Negative-list events",
    section_other: "Coefficients and bonus",
    err_unit: "No such unit",
    err_indicator: "No such indicator",
    err_no_record: "The unit has no record in this period",
    err_not_scored: "The unit is not scored in this set",
    err_unsupported: "Goal seek works on one value indicator of one period (linear, bands, min-max, z-score, direct); 360° ratings and expert panels are scored from many scores, not one value",
    err_settings: "Settings out of range",
    err_appeal: "No such appeal",
    err_decided: "This appeal has already been decided",
    err_bad_input: "The appeal's input path is not valid",
    err_stale: "The data at this input changed after the appeal was recorded, so it cannot be upheld as it stands; reject it and record a new appeal against the current data",
    err_invalid: "The corrected data is not valid: ",
    err_other: "Cannot compute: ",
};

fn indicator_name(ws: &Workspace, id: &str) -> String {
    ws.plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == id)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn nth(template: &str, i: usize) -> String {
    template.replace("{n}", &(i + 1).to_string())
}

impl InputTexts {
    /// The name of a rater group (its id when the plan has a group the scheme does not).
    pub fn group<'a>(&self, g: &'a str) -> &'a str {
        match g {
            "superior" => self.groups[0],
            "peer" => self.groups[1],
            "subordinate" => self.groups[2],
            "self" => self.groups[3],
            other => other,
        }
    }

    /// The name of a panel criterion (its id when not one of the scheme's).
    pub fn criterion<'a>(&self, c: &'a str) -> &'a str {
        match c {
            "feasibility" => self.criteria[0],
            "promotion" => self.criteria[1],
            "benefit" => self.criteria[2],
            other => other,
        }
    }

    /// The full name of an input: `质量达标率 · 审计值`, `360度评价 · 同级 第2份` ….
    pub fn label(&self, ws: &Workspace, kind: &InputKind) -> String {
        match kind {
            InputKind::Value { indicator } => indicator_name(ws, indicator),
            InputKind::Reported { indicator } => {
                format!("{} · {}", indicator_name(ws, indicator), self.reported)
            }
            InputKind::Audited { indicator } => {
                format!("{} · {}", indicator_name(ws, indicator), self.audited)
            }
            InputKind::Planned { indicator } => {
                format!("{} · {}", indicator_name(ws, indicator), self.planned)
            }
            InputKind::Rating {
                indicator,
                group,
                index,
            } => format!(
                "{} · {} {}",
                indicator_name(ws, indicator),
                self.group(group),
                nth(self.rating_n, *index)
            ),
            InputKind::Panel {
                indicator,
                expert,
                criterion,
            } => format!(
                "{} · {} · {}",
                indicator_name(ws, indicator),
                nth(self.expert_n, *expert),
                self.criterion(criterion)
            ),
            InputKind::Event { index } => nth(self.event_n, *index),
            InputKind::Coordination => self.coordination.to_string(),
            InputKind::Risk => self.risk.to_string(),
            InputKind::ClosedItems => self.closed_items.to_string(),
        }
    }

    /// A simulation refusal in the language (file errors with their paths).
    pub fn sim_error(&self, lang: Lang, e: &SimError) -> String {
        match e {
            SimError::UnknownUnit(u) => format!("{}: {u}", self.err_unit),
            SimError::UnknownIndicator(i) => format!("{}: {i}", self.err_indicator),
            SimError::NoRecord { .. } => self.err_no_record.to_string(),
            SimError::NotScored(_) => self.err_not_scored.to_string(),
            SimError::Unsupported(_) => self.err_unsupported.to_string(),
            SimError::Settings(s) => format!("{}: {s}", self.err_settings),
            SimError::UnknownAppeal(a) => format!("{}: {a}", self.err_appeal),
            SimError::AlreadyDecided(_) => self.err_decided.to_string(),
            SimError::BadInput { input, .. } => format!("{}: {input}", self.err_bad_input),
            SimError::Stale(_) => self.err_stale.to_string(),
            SimError::Invalid(errors) => {
                let list: Vec<String> = errors
                    .0
                    .iter()
                    .map(|x| format!("{}: {}", x.path, kind_text(lang, &x.kind)))
                    .collect();
                format!("{}{}", self.err_invalid, list.join("; "))
            }
            other => format!("{}{other}", self.err_other),
        }
    }
}
