//! The engine's errors in the user's language. English is the engine's own wording; Chinese
//! is written here per error kind (a new kind fails to compile until it is translated).

use super::Lang;
use scorecard_engine::error::{shown, Error, ErrorKind, Expected, InputKind, RefKind};
use scorecard_engine::json::SyntaxErrorKind;

fn expected_zh(e: Expected) -> &'static str {
    match e {
        Expected::Object => "对象 {…}",
        Expected::Array => "数组 […]",
        Expected::String => "字符串",
        Expected::Boolean => "true 或 false",
        Expected::Decimal => "十进制数(数字或如 \"0.45\" 的字符串)",
        Expected::DecimalOrNull => "十进制数或 null",
        Expected::WholeNumber => "不小于 0 的整数",
        Expected::ValueOrAudited => "数值或 {\"reported\": 上报值, \"audited\": 审计值}",
        Expected::Range => "二元数组 [下限, 上限]",
        Expected::Thresholds => "三元数组 [黄, 橙, 红]",
    }
}

fn type_zh(t: &str) -> &'static str {
    match t {
        "null" => "null",
        "boolean" => "布尔值",
        "number" => "数字",
        "string" => "字符串",
        "array" => "数组",
        "object" => "对象",
        _ => "其他",
    }
}

fn ref_zh(k: RefKind) -> &'static str {
    match k {
        RefKind::Unit => "单位",
        RefKind::Period => "考核期",
        RefKind::Profile => "权重方案",
        RefKind::Dimension => "维度",
        RefKind::Indicator => "指标",
        RefKind::RaterGroup => "评价群体",
        RefKind::Criterion => "评审维度",
        RefKind::DeductionLevel => "扣分等级",
        RefKind::Scenario => "情景",
        RefKind::Person => "人员",
        RefKind::GradingField => "评级设置",
    }
}

fn input_zh(k: InputKind) -> &'static str {
    match k {
        InputKind::Values => "values(数值)",
        InputKind::Ratings => "ratings(360度评价)",
        InputKind::Panel => "panel(专家评审)",
    }
}

fn syntax_zh(d: &SyntaxErrorKind) -> String {
    match d {
        SyntaxErrorKind::UnexpectedEnd => "文本意外结束".into(),
        SyntaxErrorKind::UnexpectedChar(c) => format!("此处不应出现字符 {c:?}"),
        SyntaxErrorKind::TrailingContent => "文档结束后还有多余内容".into(),
        SyntaxErrorKind::ControlCharacter => "字符串中含有控制字符(须转义)".into(),
        SyntaxErrorKind::BadEscape => "无效的转义序列".into(),
        SyntaxErrorKind::LoneSurrogate => "\\u 转义只有半个代理对".into(),
        SyntaxErrorKind::BadNumber => "数字格式错误".into(),
        SyntaxErrorKind::BadLiteral => "应为值(true、false、null、数字、字符串、数组或对象)".into(),
        SyntaxErrorKind::DuplicateKey(k) => format!("键 {k:?} 出现了两次"),
        SyntaxErrorKind::TooDeep => format!("嵌套超过 {} 层", scorecard_engine::json::MAX_DEPTH),
    }
}

fn range_zh(
    min: &Option<rust_decimal::Decimal>,
    max: &Option<rust_decimal::Decimal>,
    min_inclusive: bool,
) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) if min_inclusive => format!("在 {lo} 至 {hi} 之间"),
        (Some(lo), Some(hi)) => format!("大于 {lo} 且不超过 {hi}"),
        (Some(lo), None) if min_inclusive => format!("不小于 {lo}"),
        (Some(lo), None) => format!("大于 {lo}"),
        (None, Some(hi)) => format!("不超过 {hi}"),
        (None, None) => "数值".into(),
    }
}

/// One error kind in Chinese.
pub fn kind_zh(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::TooLarge { bytes, limit } => format!(
            "文件过大:至少 {bytes} 字节,上限为 {limit} 字节({} MiB)",
            limit / (1024 * 1024)
        ),
        ErrorKind::Syntax {
            line,
            column,
            detail,
        } => format!(
            "JSON 语法错误(第 {line} 行第 {column} 列):{}",
            syntax_zh(detail)
        ),
        ErrorKind::WrongType { expected, found } => {
            format!("应为{},实际为{}", expected_zh(*expected), type_zh(found))
        }
        ErrorKind::MissingField(f) => format!("缺少必填字段 {f:?}"),
        ErrorKind::UnknownField => "未知字段(请检查拼写)".into(),
        ErrorKind::NotADecimal(t) => format!("应为十进制数,实际为 {t:?}"),
        ErrorKind::DecimalTooLarge(t) => {
            format!("数字 {} 超出范围:最多 28 位有效数字、28 位小数", shown(t))
        }
        ErrorKind::NotAWholeNumber(t) => format!("应为不小于 0 的整数,实际为 {}", shown(t)),
        ErrorKind::OutOfRange {
            found,
            min,
            max,
            min_inclusive,
        } => format!("{found} 超出范围:应{}", range_zh(min, max, *min_inclusive)),
        ErrorKind::NotOneOf { found, allowed } => {
            format!("应为 {} 之一,实际为 {found:?}", allowed.join("、"))
        }
        ErrorKind::EmptyId => "编号不能为空".into(),
        ErrorKind::BadId(id) => format!("编号 {id:?} 含控制字符或首尾空白"),
        ErrorKind::TooLong { len, max } => format!("文本长 {len} 字,超过上限 {max} 字"),
        ErrorKind::TooMany { len, max } => format!("共 {len} 项,超过上限 {max} 项"),
        ErrorKind::Empty => "至少需要一项".into(),
        ErrorKind::DuplicateId(id) => format!("编号 {id:?} 重复"),
        ErrorKind::ReservedId(id) => format!("编号 {id:?} 为保留字"),
        ErrorKind::UnknownReference { kind, id } => format!("不存在的{} {id:?}", ref_zh(*kind)),
        ErrorKind::SumNotOne(sum) => format!("权重之和须恰好为 1(100%),现为 {sum}"),
        ErrorKind::ZeroSum => "权重不能全为 0".into(),
        ErrorKind::MissingWeight(d) => format!("缺少维度 {d:?} 的权重"),
        ErrorKind::WrongFormat { expected, found } => {
            format!("文件格式应为 {expected:?},实际为 {found:?}")
        }
        ErrorKind::UnsupportedVersion(v) => format!("不支持的版本 {}(本程序读取第 1 版)", shown(v)),
        ErrorKind::LinearEqualEnds => "线性计分的最优值与最差值不能相同".into(),
        ErrorKind::RangeReversed { low, high } => format!("区间颠倒:下限 {low} 大于上限 {high}"),
        ErrorKind::ThresholdsNotAscending => "预警阈值须按黄、橙、红依次不减".into(),
        ErrorKind::GradingLinesOutOfOrder => {
            "评级分数线须满足 优秀 ≥ 良好 ≥ 合格(基准线) ≥ 严重不合格 ≥ 0".into()
        }
        ErrorKind::DuplicateBandMin(m) => format!("两个分档的下限同为 {m}"),
        ErrorKind::DuplicateRecord { unit, period } => {
            format!("单位 {unit:?} 在考核期 {period:?} 有第二条记录")
        }
        ErrorKind::WrongInput {
            indicator,
            method,
            takes,
        } => format!(
            "指标 {indicator:?} 的计分方法为 {method},其数据应填在 {}",
            input_zh(*takes)
        ),
        ErrorKind::MissingCriterion(c) => format!("该专家缺少评审维度 {c:?} 的分数"),
        ErrorKind::TrimTooLarge { trim, trim_min } => {
            format!("去极值起始人数 trim_min({trim_min})须大于 2 × trim({trim})")
        }
        ErrorKind::HostUnitRequired => "借调人员须填写借入单位 host_unit".into(),
        ErrorKind::HostUnitNotSeconded => "只有借调人员(status 为 seconded)才填写 host_unit".into(),
        ErrorKind::SelfGroupWeighted => "“self”(自评)不能设权重:自评从不计入得分".into(),
        ErrorKind::HistoryClashesWithPlan(p) => format!("历史期 {p:?} 与本方案的考核期重名"),
    }
}

/// An error kind in the language.
pub fn kind_text(lang: Lang, kind: &ErrorKind) -> String {
    match lang {
        Lang::Zh => kind_zh(kind),
        Lang::En => kind.to_string(),
    }
}

/// A whole error (`path: message`) in the language. The path stays as it is: it names the
/// place in the file, the same in every language.
pub fn error_text(lang: Lang, e: &Error) -> String {
    format!("{}: {}", e.path, kind_text(lang, &e.kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_engine::path::JsonPath;

    #[test]
    fn chinese_messages_name_the_path_and_the_problem() {
        let e = Error::new(
            JsonPath::parse("records[3].values.quality").unwrap(),
            ErrorKind::NotADecimal("abc".into()),
        );
        assert_eq!(
            error_text(Lang::Zh, &e),
            "records[3].values.quality: 应为十进制数,实际为 \"abc\""
        );
        assert_eq!(
            error_text(Lang::En, &e),
            "records[3].values.quality: expected a decimal number, found \"abc\""
        );
    }

    #[test]
    fn a_file_over_the_size_limit_is_named_in_both_languages() {
        let e = Error::new(
            JsonPath::root(),
            ErrorKind::TooLarge {
                bytes: 70_000_000,
                limit: 64 * 1024 * 1024,
            },
        );
        assert_eq!(
            error_text(Lang::Zh, &e),
            "(root): 文件过大:至少 70000000 字节,上限为 67108864 字节(64 MiB)"
        );
        assert_eq!(
            error_text(Lang::En, &e),
            "(root): the file is too large: at least 70000000 bytes, the limit is 67108864 bytes (64 MiB)"
        );
    }
}
