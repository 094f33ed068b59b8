//! The defaults of `scoring-method.md`: what a new plan, and any setting a file leaves out,
//! starts with. Each cites the clause its number comes from.

use crate::model::*;
use rust_decimal::prelude::FromStr;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A decimal literal (all literals here are valid; a bad one would show as zero in tests).
fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

/// Baseline 100 (§5, S3.3).
pub fn baseline() -> Decimal {
    Decimal::ONE_HUNDRED
}

/// The scheme's dimension bands by id (S3.2.1, S3.2.3); other dimensions `[0, 1]`.
pub fn band_for(dimension_id: &str) -> (Decimal, Decimal) {
    match dimension_id {
        "task" => (d("0.40"), d("0.50")),
        "team" | "innovation" => (d("0.20"), d("0.25")),
        "risk" => (d("0"), d("0.20")),
        _ => (Decimal::ZERO, Decimal::ONE),
    }
}

/// Survey scale `[0, 100]`, groups superior 0.5, peer 0.3, subordinate 0.2 (§2).
pub fn survey() -> Survey {
    Survey {
        scale: (Decimal::ZERO, Decimal::ONE_HUNDRED),
        groups: vec![
            ("superior".into(), d("0.5")),
            ("peer".into(), d("0.3")),
            ("subordinate".into(), d("0.2")),
        ],
    }
}

/// Panel criteria feasibility 0.4, promotion 0.3, benefit 0.3; trim 1 from 5 experts (§3).
pub fn panel() -> Panel {
    Panel {
        criteria: vec![
            ("feasibility".into(), d("0.4")),
            ("promotion".into(), d("0.3")),
            ("benefit".into(), d("0.3")),
        ],
        trim: 1,
        trim_min: 5,
    }
}

/// Levels general 2%, serious 5%, major 20% with special review and veto; no cap (§5, S3.3).
pub fn deductions() -> Deductions {
    Deductions {
        levels: vec![
            DeductionLevel {
                id: "general".into(),
                name: "一般".into(),
                pct: d("0.02"),
                special_review: false,
                veto: false,
            },
            DeductionLevel {
                id: "serious".into(),
                name: "较大".into(),
                pct: d("0.05"),
                special_review: false,
                veto: false,
            },
            DeductionLevel {
                id: "major".into(),
                name: "重大".into(),
                pct: d("0.20"),
                special_review: true,
                veto: true,
            },
        ],
        cap: None,
    }
}

/// Coefficient ranges `[0.90, 1.10]` (§5, S5.1.2).
pub fn coefficients() -> CoefficientRanges {
    CoefficientRanges {
        coordination: (d("0.90"), d("1.10")),
        risk: (d("0.90"), d("1.10")),
    }
}

/// One point per closed item, at most 3 (§5, S5.3).
pub fn bonus() -> Bonus {
    Bonus {
        per_item: Decimal::ONE,
        cap: Some(d("3")),
    }
}

/// Top 10% (floor, at least one) from 90; good 80; pass 60; severe 50; honours 85 (§6).
pub fn grading() -> Grading {
    Grading {
        excellent_share: d("0.10"),
        quota_rounding: QuotaRounding::Floor,
        quota_min_one: true,
        excellent_min: d("90"),
        good_min: d("80"),
        pass_line: d("60"),
        severe_line: d("50"),
        honour_min: d("85"),
    }
}

/// Lag 5/10/20 points of progress, drop 5/10/15 score points (§6, S4.2).
pub fn warnings() -> Warnings {
    Warnings {
        lag: [d("0.05"), d("0.10"), d("0.20")],
        drop: [d("5"), d("10"), d("15")],
    }
}

/// Audit tolerance 5% (§1.2).
pub fn audit_tolerance() -> Decimal {
    d("0.05")
}

/// λ = 0.30, new hires graded from 6 months (§9).
pub fn linkage() -> Linkage {
    Linkage {
        lambda: d("0.30"),
        min_months: 6,
    }
}

/// The scheme's four dimensions (S3.1), ids `task`, `team`, `innovation`, `risk`.
pub fn dimensions() -> Vec<Dimension> {
    let ind = |id: &str, name: &str, w: &str, method: Method| Indicator {
        id: id.into(),
        name: name.into(),
        weight: d(w),
        method,
    };
    let band = |min: &str, score: &str| Band {
        min: d(min),
        score: d(score),
    };
    let dim = |id: &str, name: &str, indicators: Vec<Indicator>| Dimension {
        id: id.into(),
        name: name.into(),
        band: band_for(id),
        indicators,
    };
    vec![
        dim(
            "task",
            "任务完成率",
            vec![
                ind(
                    "progress",
                    "任务进度",
                    "0.5",
                    Method::Linear {
                        worst: d("0"),
                        best: d("1"),
                    },
                ),
                ind(
                    "quality",
                    "质量达标率",
                    "0.3",
                    Method::Bands(vec![
                        band("0.98", "100"),
                        band("0.95", "85"),
                        band("0.90", "70"),
                    ]),
                ),
                ind(
                    "utilisation",
                    "资源利用率",
                    "0.2",
                    Method::MinMax(Better::Higher),
                ),
            ],
        ),
        dim(
            "team",
            "团队协作能力",
            vec![ind("team360", "360度评价", "1", Method::Survey)],
        ),
        dim(
            "innovation",
            "创新与改进成果",
            vec![ind("panel", "专家评审", "1", Method::Panel)],
        ),
        dim(
            "risk",
            "风险管控水平",
            vec![
                ind("plans", "风险预案完备性", "0.5", Method::Direct),
                ind(
                    "response",
                    "突发事件响应速度(分钟)",
                    "0.5",
                    Method::Linear {
                        worst: d("120"),
                        best: d("30"),
                    },
                ),
            ],
        ),
    ]
}

fn weights(task: &str, team: &str, innovation: &str, risk: &str) -> BTreeMap<String, Decimal> {
    [
        ("task", task),
        ("team", team),
        ("innovation", innovation),
        ("risk", risk),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), d(v)))
    .collect()
}

/// Profiles standard 45/20/20/15, technical 40/20/25/15, logistics 40/20/20/20 (§4, S3.2.4).
pub fn profiles() -> Vec<Profile> {
    vec![
        Profile {
            id: "standard".into(),
            name: "标准".into(),
            weights: weights("0.45", "0.20", "0.20", "0.15"),
        },
        Profile {
            id: "technical".into(),
            name: "技术类".into(),
            weights: weights("0.40", "0.20", "0.25", "0.15"),
        },
        Profile {
            id: "logistics".into(),
            name: "后勤保障类".into(),
            weights: weights("0.40", "0.20", "0.20", "0.20"),
        },
    ]
}

/// Periods Q1–Q4 at 10% and the final review at 60% (§7).
pub fn periods(year: i32) -> Vec<Period> {
    let p = |suffix: &str, name: &str, w: &str| Period {
        id: format!("{year}{suffix}"),
        name: name.into(),
        weight: d(w),
    };
    vec![
        p("Q1", "一季度", "0.10"),
        p("Q2", "二季度", "0.10"),
        p("Q3", "三季度", "0.10"),
        p("Q4", "四季度", "0.10"),
        p("final", "终期评审", "0.60"),
    ]
}

/// A new plan with every default of the method and the scheme's dimensions and profiles.
pub fn plan(name: &str, year: i32) -> Plan {
    Plan {
        name: name.into(),
        baseline: baseline(),
        dimensions: dimensions(),
        profiles: profiles(),
        survey: survey(),
        panel: panel(),
        deductions: deductions(),
        coefficients: coefficients(),
        bonus: bonus(),
        grading: grading(),
        warnings: warnings(),
        audit_tolerance: audit_tolerance(),
        missing: MissingPolicy::Exclude,
        cohort: CohortPolicy::All,
        max_score: None,
        core_largest: true,
        periods: periods(year),
    }
}

/// An empty workspace on the default plan.
pub fn workspace(name: &str, year: i32) -> Workspace {
    Workspace {
        plan: plan(name, year),
        units: Vec::new(),
        records: Vec::new(),
        history: Vec::new(),
        scenarios: Vec::new(),
        people: Vec::new(),
        linkage: linkage(),
        appeals: Vec::new(),
    }
}
