//! Languages and the app's texts. Chinese (简体) is the default; English is complete.
//!
//! Texts are typed tables (one struct per area of the screen, one `ZH` and one `EN` value of
//! it), so a label missing in either language is a compile error, not a blank on screen.
//! Engine errors are translated from their kinds in [`errors`].

pub mod common;
pub mod data;
pub mod errors;
pub mod files;
pub mod people;
pub mod plan;
pub mod problems;
pub mod receipt;
pub mod results;
pub mod saved;
pub mod sheets;
pub mod sim_appeals;
pub mod sim_inputs;
pub mod sim_scenarios;
pub mod sim_self;
pub mod sim_stability;
pub mod simulate;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The code stored and used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The `lang` of a piece of workspace data (a name, a plan title) shown in this UI: the
    /// Chinese code when the UI is English and the text has Chinese characters in it, so a
    /// screen reader reads it with a Chinese voice; none otherwise (it inherits the page's).
    pub fn data_lang(self, text: &str) -> Option<&'static str> {
        let han = |c: char| matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}');
        (self == Lang::En && text.chars().any(han)).then_some("zh-CN")
    }

    /// The language of a stored code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh-CN" | "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The results screen's texts.
    pub fn results(self) -> &'static results::ResultsTexts {
        match self {
            Lang::Zh => &results::ZH,
            Lang::En => &results::EN,
        }
    }

    /// A calculation receipt's texts.
    pub fn receipt(self) -> &'static receipt::ReceiptTexts {
        match self {
            Lang::Zh => &receipt::ZH,
            Lang::En => &receipt::EN,
        }
    }

    /// The people screen's texts.
    pub fn people(self) -> &'static people::PeopleTexts {
        match self {
            Lang::Zh => &people::ZH,
            Lang::En => &people::EN,
        }
    }

    /// The data screen's texts.
    pub fn data(self) -> &'static data::DataTexts {
        match self {
            Lang::Zh => &data::ZH,
            Lang::En => &data::EN,
        }
    }

    /// The files screen's texts.
    pub fn files(self) -> &'static files::FilesTexts {
        match self {
            Lang::Zh => &files::ZH,
            Lang::En => &files::EN,
        }
    }

    /// The plan screen's texts.
    pub fn plan(self) -> &'static plan::PlanTexts {
        match self {
            Lang::Zh => &plan::ZH,
            Lang::En => &plan::EN,
        }
    }

    /// The simulation screen's shared texts.
    pub fn simulate(self) -> &'static simulate::SimulateTexts {
        match self {
            Lang::Zh => &simulate::ZH,
            Lang::En => &simulate::EN,
        }
    }

    /// The scenario-planning sub-view's texts.
    pub fn sim_scenarios(self) -> &'static sim_scenarios::ScenarioTexts {
        match self {
            Lang::Zh => &sim_scenarios::ZH,
            Lang::En => &sim_scenarios::EN,
        }
    }

    /// The self-assessment sub-view's texts.
    pub fn sim_self(self) -> &'static sim_self::SelfTexts {
        match self {
            Lang::Zh => &sim_self::ZH,
            Lang::En => &sim_self::EN,
        }
    }

    /// The appeals sub-view's texts.
    pub fn sim_appeals(self) -> &'static sim_appeals::AppealsTexts {
        match self {
            Lang::Zh => &sim_appeals::ZH,
            Lang::En => &sim_appeals::EN,
        }
    }

    /// The rank-stability sub-view's texts.
    pub fn sim_stability(self) -> &'static sim_stability::StabilityTexts {
        match self {
            Lang::Zh => &sim_stability::ZH,
            Lang::En => &sim_stability::EN,
        }
    }

    /// Names of a record's inputs and simulation refusals (sandbox and appeals).
    pub fn sim_inputs(self) -> &'static sim_inputs::InputTexts {
        match self {
            Lang::Zh => &sim_inputs::ZH,
            Lang::En => &sim_inputs::EN,
        }
    }

    /// The shared texts in this language.
    pub fn common(self) -> &'static common::Common {
        match self {
            Lang::Zh => &common::ZH,
            Lang::En => &common::EN,
        }
    }

    /// The texts about the copy saved in this browser.
    pub fn saved(self) -> &'static saved::SavedTexts {
        match self {
            Lang::Zh => &saved::ZH,
            Lang::En => &saved::EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn chinese_data_in_the_english_ui_is_marked_chinese() {
        assert_eq!(Lang::En.data_lang("一支队"), Some("zh-CN"));
        assert_eq!(Lang::En.data_lang("Unit 3 (三)"), Some("zh-CN"));
        assert_eq!(Lang::En.data_lang("First brigade"), None);
        assert_eq!(Lang::Zh.data_lang("一支队"), None);
    }
}
