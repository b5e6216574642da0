use crate::domain::{Certification, Requirement, Shortfall};
use crate::i18n::{Locale, td_string};

/// A shortfall in `locale`, built from its numbers (the engine's own sentence is English,
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
        Requirement::Declaration(_) => td_string!(locale, short_declaration).to_owned(),
        Requirement::BrandDescription => td_string!(locale, short_brand_description).to_owned(),
    }
}
