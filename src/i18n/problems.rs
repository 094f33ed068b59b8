//! The engine's refusals that are not file errors — a simulation that cannot run
//! ([`SimError`]), a workspace that cannot be scored as asked ([`ScoreError`]), an edit the
//! engine refused ([`EditError`]) — in the user's language, chosen by matching the kind.
//!
//! Every kind has a template in both languages with named placeholders (`{unit}`); the
//! arguments are labels, not ids or paths: a unit's, indicator's or profile's name from the
//! workspace, an input as `质量达标率 · 审计值`, a place in a record as `一支队 · 第一季度 ·
//! …`. A test checks that both languages use exactly the placeholders the kind fills.

use super::errors::kind_text;
use super::Lang;
use scorecard_engine::edit::{EditError, Kind};
use scorecard_engine::error::Quotient;
use scorecard_engine::json::Value;
use scorecard_engine::model::Workspace;
use scorecard_engine::path::{JsonPath, Segment};
use scorecard_engine::simulate::sandbox::input_kind;
use scorecard_engine::simulate::{
    InputProblem, PairwiseProblem, SettingsProblem, SimError, Unsupported, WeightsProblem,
};
use scorecard_engine::{Errors, ScoreError};

/// A message of one kind: its template in both languages and the arguments it fills.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// 简体中文 template.
    pub zh: &'static str,
    /// English template.
    pub en: &'static str,
    /// Placeholder name → text (already in the language asked for).
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message with no arguments yet.
    pub(crate) fn new(zh: &'static str, en: &'static str) -> Self {
        Message {
            zh,
            en,
            args: Vec::new(),
        }
    }

    /// The message with one more argument filled.
    pub(crate) fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The message in `lang`, its placeholders filled.
    pub fn text(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        };
        self.args.iter().fold(template.to_string(), |t, (k, v)| {
            t.replace(&format!("{{{k}}}"), v)
        })
    }
}

/// Names for the ids a message mentions: from the workspace when there is one, else the ids.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    ws: Option<&'a Workspace>,
    doc: Option<&'a Value>,
    lang: Lang,
}

impl<'a> Names<'a> {
    /// Names from `ws` (`None`: show ids). Paths are read against `ws`'s records: right for
    /// errors about `ws` itself or a workspace derived from it (a sandbox, a correction).
    pub fn new(lang: Lang, ws: Option<&'a Workspace>) -> Self {
        Names {
            ws,
            doc: None,
            lang,
        }
    }

    /// The same, reading paths against the document the errors are about (the open
    /// document, which may have records the last valid workspace has not).
    pub fn with_doc(mut self, doc: &'a Value) -> Self {
        self.doc = Some(doc);
        self
    }

    fn unit(&self, id: &str) -> String {
        self.item(Kind::Unit, id)
    }

    /// The language the names are for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A unit's name (its id when the workspace has no such unit).
    pub fn unit_name(&self, id: &str) -> String {
        self.unit(id)
    }

    /// A period's name (its id when the plan has no such period).
    pub fn period_name(&self, id: &str) -> String {
        self.period(id)
    }

    /// An indicator's name (its id when the plan has no such indicator).
    pub fn indicator_name(&self, id: &str) -> String {
        self.indicator(id)
    }

    fn period(&self, id: &str) -> String {
        self.item(Kind::Period, id)
    }

    fn indicator(&self, id: &str) -> String {
        self.item(Kind::Indicator, id)
    }

    fn dimension(&self, id: &str) -> String {
        self.item(Kind::Dimension, id)
    }

    /// A weight profile's name (its id when the plan has no such profile).
    pub fn profile_name(&self, id: &str) -> String {
        self.item(Kind::Profile, id)
    }

    fn scenario(&self, id: &str) -> String {
        self.item(Kind::Scenario, id)
    }

    /// The name of an item of `kind` with this id (the id when there is no such item, or
    /// no workspace to look in).
    fn item(&self, kind: Kind, id: &str) -> String {
        let name = self.ws.and_then(|w| match kind {
            Kind::Unit => w.unit(id).map(|u| &u.name),
            Kind::Dimension => w.plan.dimension(id).map(|d| &d.name),
            Kind::Indicator => w.plan.indicator(id).map(|i| &i.name),
            Kind::Profile => w.plan.profile(id).map(|p| &p.name),
            Kind::Period => w.plan.period(id).map(|p| &p.name),
            Kind::Scenario => w.scenario(id).map(|s| &s.name),
            Kind::Level => w.plan.level(id).map(|l| &l.name),
            _ => None,
        });
        name.map_or_else(|| id.to_string(), String::clone)
    }

    /// An input of a record, by its path inside the record (`values.quality.audited` →
    /// `质量达标率 · 审计值`); the path itself only when it names no input.
    pub fn input(&self, path: &JsonPath) -> String {
        let texts = self.lang.sim_inputs();
        match (self.ws, input_kind(path)) {
            (Some(ws), Some(kind)) => texts.label(ws, &kind),
            _ => path.to_string(),
        }
    }

    /// A place in the workspace in words: inside a record, the unit, the period and the
    /// input (`一支队 · 第一季度 · 质量达标率 · 审计值`); elsewhere the path.
    pub fn place(&self, path: &JsonPath) -> String {
        let segs = path.segments();
        let record = match (segs.first(), segs.get(1)) {
            (Some(Segment::Key(k)), Some(Segment::Index(i))) if k == "records" => {
                self.record_at(*i)
            }
            _ => None,
        };
        let Some((unit, period)) = record else {
            return path.to_string();
        };
        let head = format!("{} · {}", self.unit(&unit), self.period(&period));
        let rest = JsonPath::from_segments(segs.get(2..).unwrap_or_default().to_vec());
        if rest.segments().is_empty() {
            head
        } else {
            format!("{head} · {}", self.input(&rest))
        }
    }

    /// The unit and period of `records[i]`: from the document when there is one (a record
    /// it does not have, or without both ids, names nothing), else from the workspace.
    fn record_at(&self, i: usize) -> Option<(String, String)> {
        match self.doc {
            Some(doc) => {
                let r = match doc.get("records") {
                    Some(Value::Array(items)) => items.get(i)?,
                    _ => return None,
                };
                let id = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
                Some((id("unit")?, id("period")?))
            }
            None => {
                let r = self.ws?.records.get(i)?;
                Some((r.unit.clone(), r.period.clone()))
            }
        }
    }

    fn errors(&self, errors: &Errors) -> String {
        let sep = match self.lang {
            Lang::Zh => ";",
            Lang::En => "; ",
        };
        errors
            .0
            .iter()
            .map(|e| format!("{}: {}", self.place(&e.path), kind_text(self.lang, &e.kind)))
            .collect::<Vec<_>>()
            .join(sep)
    }

    fn kind(&self, kind: Kind) -> &'static str {
        let zh = self.lang == Lang::Zh;
        let (z, e) = match kind {
            Kind::Unit => ("单位", "unit"),
            Kind::Person => ("人员", "person"),
            Kind::Record => ("数据记录", "record"),
            Kind::Dimension => ("维度", "dimension"),
            Kind::Indicator => ("指标", "indicator"),
            Kind::Profile => ("权重方案", "weight profile"),
            Kind::Period => ("考核期", "period"),
            Kind::Level => ("扣分等级", "deduction level"),
            Kind::Scenario => ("情景", "scenario"),
            Kind::Appeal => ("申诉", "appeal"),
            Kind::SurveyGroup => ("评价群体", "rater group"),
            Kind::PanelCriterion => ("评审维度", "panel criterion"),
            Kind::Item => ("条目", "item"),
        };
        if zh {
            z
        } else {
            e
        }
    }
}

/// A scoring refusal.
pub fn score_message(n: Names, e: &ScoreError) -> Message {
    match e {
        ScoreError::UnknownPeriod(p) => {
            Message::new("没有考核期「{period}」", "No period \"{period}\"").arg("period", p)
        }
        ScoreError::UnknownScenario(s) => {
            Message::new("没有情景「{scenario}」", "No scenario \"{scenario}\"")
                .arg("scenario", n.scenario(s))
        }
        ScoreError::Overflow(figure) => Message::new(
            "有一个数值过大,无法公布:{figure}(请检查方案设置)",
            "A figure is too large to publish: {figure} (check the plan's settings)",
        )
        .arg("figure", figure),
        ScoreError::DivisionByZero(Quotient::SurveyRating) => Message::new(
            "360度评价的评分量表两端相同,无法换算评分(请检查方案的评分量表)",
            "The 360° rating scale has equal ends, so ratings cannot be placed on it (check the plan's scale)",
        ),
    }
}

/// A simulation refusal.
pub fn sim_message(n: Names, e: &SimError) -> Message {
    let m = Message::new;
    match e {
        SimError::Score(s) => score_message(n, s),
        SimError::UnknownProfile(p) => {
            m("没有权重方案「{profile}」", "No weight profile \"{profile}\"").arg("profile", p)
        }
        SimError::UnknownDimension(d) => {
            m("没有维度「{dimension}」", "No dimension \"{dimension}\"").arg("dimension", d)
        }
        SimError::UnknownUnit(u) => m("没有单位「{unit}」", "No unit \"{unit}\"").arg("unit", u),
        SimError::UnknownIndicator(i) => {
            m("没有指标「{indicator}」", "No indicator \"{indicator}\"").arg("indicator", i)
        }
        SimError::NoRecord { unit, period } => m(
            "{unit}在{period}没有数据记录",
            "{unit} has no record in {period}",
        )
        .arg("unit", n.unit(unit))
        .arg("period", n.period(period)),
        SimError::NotScored(u) => m(
            "{unit}在此结果中未参评",
            "{unit} is not scored in this set",
        )
        .arg("unit", n.unit(u)),
        SimError::Unsupported(u) => unsupported(n, u),
        SimError::Weights(w) => weights(n, w),
        SimError::Pairwise(p) => pairwise(p),
        SimError::Settings(s) => settings(n, s),
        SimError::UnknownAppeal(a) => m("没有这条申诉({appeal})", "No appeal {appeal}").arg("appeal", a),
        SimError::AlreadyDecided(a) => m(
            "申诉 {appeal} 已处理过",
            "Appeal {appeal} has already been decided",
        )
        .arg("appeal", a),
        SimError::BadInput { input, problem } => {
            let place = JsonPath::parse(input).map_or_else(|| input.clone(), |p| n.input(&p));
            m("申诉项「{input}」无效:{problem}", "The appeal's input \"{input}\" is not valid: {problem}")
                .arg("input", place)
                .arg("problem", input_problem(problem).text(n.lang))
        }
        SimError::Stale(a) => m(
            "申诉 {appeal} 所指数据在登记后已被修改,不能直接支持;请驳回后按现有数据重新登记",
            "The data of appeal {appeal} changed after it was recorded, so it cannot be upheld as it stands; reject it and record a new appeal against the current data",
        )
        .arg("appeal", a),
        SimError::Invalid(errors) => m("更正后的数据不合规:{errors}", "The corrected data is not valid: {errors}")
            .arg("errors", n.errors(errors)),
    }
}

fn unsupported(n: Names, u: &Unsupported) -> Message {
    match u {
        Unsupported::Annual => Message::new(
            "目标求解只适用于单个考核期,不适用于年度综合",
            "Goal seek works on one period, not on the annual composite",
        ),
        Unsupported::NotAValueIndicator { indicator, .. } => Message::new(
            "「{indicator}」由多项打分计算(360度评价或专家评审),不是单一数值;目标求解只适用于数值型指标",
            "\"{indicator}\" is scored from many scores (360° ratings or an expert panel), not one value; goal seek needs a value indicator",
        )
        .arg("indicator", n.indicator(indicator)),
    }
}

fn weights(n: Names, w: &WeightsProblem) -> Message {
    let m = Message::new;
    match w {
        WeightsProblem::TooManyPlaces { max, asked } => m(
            "权重最多保留 {max} 位小数(要求 {asked} 位)",
            "Weights carry at most {max} decimal places (asked for {asked})",
        )
        .arg("max", max)
        .arg("asked", asked),
        WeightsProblem::NoDimension => m("方案没有维度", "The plan has no dimension"),
        WeightsProblem::OneDimension => m(
            "方案只有一个维度,无法在维度间调整权重",
            "The plan has one dimension: there is nothing to move weight between",
        ),
        WeightsProblem::PointsOutOfRange => m("调整幅度超出范围", "The points moved are out of range"),
        WeightsProblem::LeavesUnitInterval {
            points,
            from,
            from_weight,
            to,
            to_weight,
        } => m(
            "从{from}({from_weight})移 {points} 到{to}({to_weight})会使权重超出 0–1",
            "Moving {points} from {from} ({from_weight}) to {to} ({to_weight}) takes a weight outside 0–1",
        )
        .arg("points", points)
        .arg("from", n.dimension(from))
        .arg("from_weight", from_weight)
        .arg("to", n.dimension(to))
        .arg("to_weight", to_weight),
        WeightsProblem::TooLarge => m("权重过大", "A weight is too large"),
    }
}

fn pairwise(p: &PairwiseProblem) -> Message {
    let m = Message::new;
    // Rows and columns count from 1 for people.
    match p {
        PairwiseProblem::Shape { n } => m(
            "判断矩阵应为 {n} × {n}(每个维度一行一列)",
            "The comparison matrix must be {n} × {n} (one row and column per dimension)",
        )
        .arg("n", n),
        PairwiseProblem::NotPositive { row, col } => m(
            "第 {row} 行第 {col} 列应为正数",
            "Row {row}, column {col} must be a positive number",
        )
        .arg("row", row + 1)
        .arg("col", col + 1),
        PairwiseProblem::Diagonal { row, value } => m(
            "对角线应为 1(第 {row} 行为 {value})",
            "The diagonal must be 1 (row {row} has {value})",
        )
        .arg("row", row + 1)
        .arg("value", value),
        PairwiseProblem::OffScale { row, col, value } => m(
            "第 {row} 行第 {col} 列的 {value} 超出 1/9 … 9 标度",
            "Row {row}, column {col}: {value} is outside the scale 1/9 … 9",
        )
        .arg("row", row + 1)
        .arg("col", col + 1)
        .arg("value", value),
        PairwiseProblem::NotReciprocal { row, col } => m(
            "第 {row} 行第 {col} 列与第 {col} 行第 {row} 列应互为倒数",
            "Row {row}, column {col} and row {col}, column {row} must be reciprocal",
        )
        .arg("row", row + 1)
        .arg("col", col + 1),
    }
}

fn settings(n: Names, s: &SettingsProblem) -> Message {
    match s {
        SettingsProblem::Samples { max, got } => Message::new(
            "抽样次数应为 1 … {max}(现为 {got})",
            "Samples must be 1 … {max} (got {got})",
        )
        .arg("max", max)
        .arg("got", got),
        SettingsProblem::Delta { got } => Message::new(
            "扰动幅度 δ 应在 0 – 1 之间(现为 {got})",
            "The spread δ must be within 0 – 1 (got {got})",
        )
        .arg("got", got),
        SettingsProblem::NoWeightsInBox { profile, attempts } => Message::new(
            "权重方案「{profile}」在 {attempts} 次抽样内找不到合规的权重组合",
            "Weight profile \"{profile}\": no valid weights found in {attempts} draws",
        )
        .arg("profile", n.profile_name(profile))
        .arg("attempts", attempts),
    }
}

fn input_problem(p: &InputProblem) -> Message {
    let m = Message::new;
    match p {
        InputProblem::NotAPath => m("不是有效的位置", "not a valid place"),
        InputProblem::WholeRecord => m(
            "指向整条记录,请选择其中一项",
            "it names the whole record; choose one input in it",
        ),
        InputProblem::UnitOrPeriod => m(
            "记录的单位和考核期不是数据项,请对具体数值申诉",
            "a record's unit and period are not inputs; appeal a value instead",
        ),
        InputProblem::RecordIsAnObject => m("记录不是列表", "a record is not a list"),
        InputProblem::NoSuchPlace => m("记录中没有这一项", "the record has no such input"),
        InputProblem::NoItem { index } => {
            m("没有第 {n} 项", "there is no item {n}").arg("n", index + 1)
        }
        InputProblem::BeyondEnd { index, len } => m(
            "第 {n} 项超出列表末尾(共 {len} 项)",
            "item {n} is beyond the end of a list of {len}",
        )
        .arg("n", index + 1)
        .arg("len", len),
        InputProblem::NotAnObject { found, .. } | InputProblem::NotAList { found, .. } => m(
            "此处的数据形式不对({found})",
            "the data here has the wrong form ({found})",
        )
        .arg("found", found),
    }
}

/// An edit refusal.
pub fn edit_message(n: Names, e: &EditError) -> Message {
    let m = Message::new;
    match e {
        EditError::NotFound { kind, id } => m("没有{kind}「{id}」", "No {kind} \"{id}\"")
            .arg("kind", n.kind(*kind))
            .arg("id", n.item(*kind, id)),
        EditError::NoRecord { unit, period } => m(
            "{unit}在{period}没有数据记录",
            "{unit} has no record in {period}",
        )
        .arg("unit", n.unit(unit))
        .arg("period", n.period(period)),
        EditError::IdTaken { kind, id } => m(
            "已有{kind}使用编号「{id}」,请换一个",
            "Another {kind} already has the id \"{id}\"; choose another",
        )
        .arg("kind", n.kind(*kind))
        .arg("id", id),
        EditError::EmptyId { kind } => {
            m("{kind}编号不能为空", "The {kind} id cannot be empty").arg("kind", n.kind(*kind))
        }
        EditError::LastItem { kind, id } => m(
            "不能删除最后一个{kind}「{id}」",
            "Cannot remove the last {kind} \"{id}\"",
        )
        .arg("kind", n.kind(*kind))
        .arg("id", n.item(*kind, id)),
        EditError::AtEnd { kind, id } => m(
            "{kind}「{id}」已在最前或最后",
            "The {kind} \"{id}\" is already first or last",
        )
        .arg("kind", n.kind(*kind))
        .arg("id", n.item(*kind, id)),
        EditError::OutOfRange { at, index } => m("{at} 没有第 {n} 项", "{at} has no item {n}")
            .arg("at", n.place(at))
            .arg("n", index + 1),
        EditError::NotAnArray { at }
        | EditError::NotAnObject { at }
        | EditError::Unreachable { at } => m(
            "无法修改 {at}:此处的数据形式不对",
            "Cannot change {at}: the data there has the wrong form",
        )
        .arg("at", n.place(at)),
        EditError::RootPath | EditError::Managed { .. } => m(
            "这项修改需要用专门的操作完成(以保持引用一致)",
            "This change must be made with its own action (to keep references consistent)",
        ),
        EditError::Invalid(errors) => m(
            "请先改正数据中的错误:{errors}",
            "Correct the errors in the data first: {errors}",
        )
        .arg("errors", n.errors(errors)),
        EditError::Sim(s) => sim_message(n, s),
    }
}

#[cfg(test)]
pub(crate) mod tests;
