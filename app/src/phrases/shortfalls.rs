use super::declaration_name;
use crate::domain::{Certification, Requirement, Shortfall};
use crate::i18n::{Locale, td_string};

/// A shortfall in `locale`, naming the declaration where one is missing, built from its numbers (the engine's own sentence is English,
/// for API clients).
pub fn shortfall_text(locale: Locale, shortfall: &Shortfall) -> String {
    let (have, required) = (shortfall.have, shortfall.required);
    match shortfall.requirement {
        Requirement::AutomationEngineers(Certification::Service) => {
            td_string!(locale, short_automation_service, have = have, required = required).to_string()
        }
        Requirement::AutomationEngineers(Certification::Usage) => {
            td_string!(locale, short_automation_usage, have = have, required = required).to_string()
        }
        Requirement::DevelopmentEngineers => {
            td_string!(locale, short_development, have = have, required = required).to_string()
        }
        Requirement::Lecturers => {
            td_string!(locale, short_lecturers, have = have, required = required).to_string()
        }
        Requirement::Declaration(declaration) => {
            format!(
                "{} {}",
                td_string!(locale, console_declaration_missing),
                declaration_name(locale, declaration)
            )
        }
        Requirement::BrandDescription => td_string!(locale, short_brand_description).to_owned(),
    }
}
