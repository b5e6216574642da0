use crate::domain::Declaration;
use crate::i18n::{Locale, td_string};

/// A declaration's full wording in `locale` (the English wording is the policy's own, see
/// `Declaration::text`; a test keeps the two equal).
pub fn declaration_text(locale: Locale, declaration: Declaration) -> &'static str {
    match declaration {
        Declaration::ConceptAndAssessment => td_string!(locale, declaration_concept_and_assessment),
        Declaration::NoCompetitors => td_string!(locale, declaration_no_competitors),
        Declaration::QuarterlyChecks => td_string!(locale, declaration_quarterly_checks),
        Declaration::TerminationTerms => td_string!(locale, declaration_termination_terms),
        Declaration::ServiceFee => td_string!(locale, declaration_service_fee),
        Declaration::TrialUpgrade => td_string!(locale, declaration_trial_upgrade),
        Declaration::LecturersCertified => td_string!(locale, declaration_lecturers_certified),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The applicant ticks the English text shown; the server records the policy's wording
    /// version for it, so the two must be the same words.
    #[test]
    fn english_wording_is_the_policys_own() {
        for declaration in Declaration::ALL {
            assert_eq!(declaration_text(Locale::en, declaration), declaration.text(), "{declaration:?}");
        }
    }
}
