use crate::domain::partnership::Standing;
use crate::domain::{Declaration, EnterpriseLevel};
use crate::i18n::{Locale, td_string};

/// An Enterprise level's name in `locale`.
pub fn level_name(locale: Locale, level: EnterpriseLevel) -> &'static str {
    match level {
        EnterpriseLevel::Trial => td_string!(locale, level_trial),
        EnterpriseLevel::Third => td_string!(locale, level_third),
        EnterpriseLevel::Second => td_string!(locale, level_second),
        EnterpriseLevel::First => td_string!(locale, level_first),
    }
}

/// A partner's standing in `locale`.
pub fn standing_name(locale: Locale, standing: Standing) -> &'static str {
    match standing {
        Standing::AwaitingFee => td_string!(locale, console_standing_awaiting_fee),
        Standing::Active => td_string!(locale, console_standing_active),
        Standing::RenewalDue => td_string!(locale, console_standing_renewal_due),
        Standing::NotRenewed => td_string!(locale, console_standing_not_renewed),
        Standing::Terminated => td_string!(locale, console_standing_terminated),
    }
}

/// A declaration in a few words, for lists and for what is missing (the full wording is
/// [`super::declaration_text`]).
pub fn declaration_name(locale: Locale, declaration: Declaration) -> &'static str {
    match declaration {
        Declaration::ConceptAndAssessment => td_string!(locale, console_declaration_concept_and_assessment),
        Declaration::NoCompetitors => td_string!(locale, console_declaration_no_competitors),
        Declaration::QuarterlyChecks => td_string!(locale, console_declaration_quarterly_checks),
        Declaration::TerminationTerms => td_string!(locale, console_declaration_termination_terms),
        Declaration::ServiceFee => td_string!(locale, console_declaration_service_fee),
        Declaration::TrialUpgrade => td_string!(locale, console_declaration_trial_upgrade),
        Declaration::LecturersCertified => td_string!(locale, console_declaration_lecturers_certified),
    }
}
