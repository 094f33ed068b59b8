//! Texts shared by the simulation screen (each sub-view has its own file).

/// Simulation texts.
pub struct SimulateTexts {
    /// Sub-view: scenario planning.
    pub scenarios: &'static str,
    /// Sub-view: self-assessment.
    pub self_assess: &'static str,
    /// Sub-view: appeals.
    pub appeals: &'static str,
    /// Sub-view: rank stability.
    pub stability: &'static str,
}

/// 简体中文.
pub const ZH: SimulateTexts = SimulateTexts {
    scenarios: "情景规划",
    self_assess: "自评模拟",
    appeals: "申诉",
    stability: "排名稳定性",
};

/// English.
pub const EN: SimulateTexts = SimulateTexts {
    scenarios: "Scenario planning",
    self_assess: "Self-assessment",
    appeals: "Appeals",
    stability: "Rank stability",
};
