//! Texts shared by the self-assessment sandbox and the appeals form: the names of a
//! record's inputs (an indicator's value, a rating, an expert's score, an event …) and the
//! simulation engine's refusals, in the user's language.

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
    /// An expert's name (the `expert` key beside the criteria).
    pub expert_name: &'static str,
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
    /// Error: no record.
    pub err_no_record: &'static str,
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
    expert_name: "姓名或编号",
    event_n: "事件{n}",
    coordination: "部门协作系数",
    risk: "风险管控系数",
    closed_items: "已销号改进项(个)",
    absent: "(缺失)",
    section_events: "负面清单事件",
    section_other: "系数与附加分",
    err_no_record: "该单位在这个考核期没有数据记录",
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
    expert_name: "name or code",
    event_n: "event {n}",
    coordination: "Coordination coefficient",
    risk: "Risk-control coefficient",
    closed_items: "Improvement items closed",
    absent: "(missing)",
    section_events: "Negative-list events",
    section_other: "Coefficients and bonus",
    err_no_record: "The unit has no record in this period",
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
            scorecard_engine::parse::EXPERT_NAME_KEY => self.expert_name,
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

    /// A simulation refusal in the language, by its kind ([`super::problems`]); ids are
    /// shown as names when `ws` is given.
    pub fn sim_error(&self, lang: Lang, e: &SimError) -> String {
        self.sim_error_in(lang, None, e)
    }

    /// A simulation refusal in the language, with the workspace's names for its ids and
    /// labels for its places.
    pub fn sim_error_in(&self, lang: Lang, ws: Option<&Workspace>, e: &SimError) -> String {
        super::problems::sim_message(super::problems::Names::new(lang, ws), e).text(lang)
    }
}
