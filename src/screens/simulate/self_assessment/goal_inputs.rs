//! Goal seek's choices and words, as plain functions (not components): the indicators to
//! pick from and the one in force, the target the form asks for, and an unreachable
//! answer in words.

use crate::i18n::sim_self::SelfTexts;
use rust_decimal::Decimal;
use scorecard_engine::model::Workspace;
use scorecard_engine::number::{parse_decimal, two_places};
use scorecard_engine::simulate::goal_seek::{Target, Unreachable};

/// The number of targets in the form; the last is "a score", typed in.
pub const TARGETS: usize = 5;

/// Every indicator of the plan, dimension by dimension: (id, name).
pub fn indicator_choices(ws: &Workspace) -> Vec<(String, String)> {
    ws.plan
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .map(|i| (i.id.clone(), i.name.clone()))
        .collect()
}

/// The indicator in force: the one picked when it is among `choices`, else the first.
pub fn chosen_indicator(choices: &[(String, String)], picked: &str) -> String {
    if choices.iter().any(|(id, _)| id == picked) {
        picked.to_string()
    } else {
        choices
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    }
}

/// The target of the form's choice `index`; for the last, the typed score (`None` when it
/// does not read as a decimal).
pub fn target_of(index: usize, score_text: &str) -> Option<Target> {
    Some(match index {
        0 => Target::Pass,
        1 => Target::Good,
        2 => Target::ExcellentCandidate,
        3 => Target::QuotaLine,
        _ => Target::Score(parse_decimal(score_text.trim()).ok()?),
    })
}

/// Why the target cannot be reached, in words (`line`: the target's score line).
pub fn unreachable_text(t: &SelfTexts, u: &Unreachable, line: Decimal) -> String {
    match u {
        Unreachable::Cap {
            best_value,
            best_score,
        } => t
            .cap
            .replace("{best}", &best_value.normalize().to_string())
            .replace("{score}", &two_places(*best_score))
            .replace("{line}", &two_places(line)),
        Unreachable::Veto => t.veto.to_string(),
        Unreachable::Quota { quota: 0 } => t.quota_zero.to_string(),
        Unreachable::Quota { quota } => t.quota.replace("{quota}", &quota.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use scorecard_engine::{parse_workspace, EXAMPLE_WORKSPACE};

    #[test]
    fn indicators_fall_back_to_the_first() {
        let ws = parse_workspace(EXAMPLE_WORKSPACE).unwrap();
        let list = indicator_choices(&ws);
        let count: usize = ws.plan.dimensions.iter().map(|d| d.indicators.len()).sum();
        assert_eq!(list.len(), count);
        let (first, last) = (&list[0].0, &list[list.len() - 1].0);
        assert_eq!(&chosen_indicator(&list, last), last);
        assert_eq!(&chosen_indicator(&list, ""), first);
        assert_eq!(&chosen_indicator(&list, "ghost"), first);
        assert_eq!(chosen_indicator(&[], "x"), "");
    }

    #[test]
    fn targets_follow_the_form() {
        assert_eq!(target_of(0, ""), Some(Target::Pass));
        assert_eq!(target_of(3, "x"), Some(Target::QuotaLine));
        assert_eq!(
            target_of(4, " 90.5 "),
            Some(Target::Score(Decimal::new(905, 1)))
        );
        assert_eq!(target_of(4, "ninety"), None);
    }

    #[test]
    fn unreachable_answers_in_words() {
        let t = Lang::En.sim_self();
        let cap = Unreachable::Cap {
            best_value: Decimal::new(1000, 1),
            best_score: Decimal::new(8512, 2),
        };
        let text = unreachable_text(t, &cap, Decimal::new(90, 0));
        assert!(text.contains("100") && text.contains("85.12") && text.contains("90.00"));
        assert_eq!(
            unreachable_text(t, &Unreachable::Quota { quota: 0 }, Decimal::ZERO),
            t.quota_zero
        );
        assert!(unreachable_text(t, &Unreachable::Quota { quota: 3 }, Decimal::ZERO).contains('3'));
    }
}
