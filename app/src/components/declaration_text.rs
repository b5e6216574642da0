use leptos::prelude::*;

use crate::domain::Declaration;
use crate::i18n::{t, use_i18n};

/// A declaration's full wording in the page's language (the English wording is the policy's,
/// see `Declaration::text`).
#[component]
pub fn DeclarationText(declaration: Declaration) -> impl IntoView {
    let i18n = use_i18n();
    match declaration {
        Declaration::ConceptAndAssessment => t!(i18n, declaration_concept_and_assessment).into_any(),
        Declaration::NoCompetitors => t!(i18n, declaration_no_competitors).into_any(),
        Declaration::QuarterlyChecks => t!(i18n, declaration_quarterly_checks).into_any(),
        Declaration::TerminationTerms => t!(i18n, declaration_termination_terms).into_any(),
        Declaration::ServiceFee => t!(i18n, declaration_service_fee).into_any(),
        Declaration::TrialUpgrade => t!(i18n, declaration_trial_upgrade).into_any(),
        Declaration::LecturersCertified => t!(i18n, declaration_lecturers_certified).into_any(),
    }
}
