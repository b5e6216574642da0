//! A wizard page posted without JavaScript, read back into the wizard's draft: every input
//! of every step is in the form (the steps not shown are hidden, not left out), named by its
//! wire path (`company.email`, `engineers[2].track`, `declarations.tos`), so one post
//! carries the whole application typed so far. Fields nobody knows are ignored, as the
//! API ignores unknown fields.

use std::collections::BTreeMap;

use app::api::{EligibilityRequest, EngineerInput};
use app::domain::{Category, Certification, Declaration, EnterpriseLevel, Track};
use app::wizard::{Step, WizardDraft};

/// The button that sent the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pressed {
    Next,
    /// "Go on without them", after the step said what it still lacks.
    NextAnyway,
    Back,
    /// A step's name in the list of steps.
    Go(Step),
    AddEngineer,
    RemoveEngineer(usize),
    Submit,
    StartOver,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PostedForm {
    pub draft: WizardDraft,
    pub pressed: Pressed,
    /// "I understand, and want to submit anyway" was ticked.
    pub confirm_ineligible: bool,
}

pub fn decode(pairs: &[(String, String)]) -> PostedForm {
    let mut draft = WizardDraft::default();
    let mut engineers: BTreeMap<usize, EngineerInput> = BTreeMap::new();
    let mut pressed = Pressed::Next;
    let mut confirm_ineligible = false;
    for (name, value) in pairs {
        let text = || Some(value.clone()).filter(|v| !v.is_empty());
        let request = &mut draft.request;
        match name.as_str() {
            "step" => draft.step = step_named(value).unwrap_or_default(),
            "submission_key" => request.submission_key = text(),
            "category" => request.category = Category::from_key(value),
            "enterprise_level" => request.enterprise_level = EnterpriseLevel::from_key(value),
            "brand_description" => request.brand_description = text(),
            "answer" => draft.answer = value.clone(),
            "confirm_ineligible" => confirm_ineligible = true,
            "action" => pressed = button_named(value).unwrap_or(pressed),
            "go" => pressed = step_named(value).map_or(pressed, Pressed::Go),
            "remove" => pressed = value.parse().map_or(pressed, Pressed::RemoveEngineer),
            other => {
                if let Some(field) = other.strip_prefix("company.") {
                    set_company_field(&mut request.company, field, text());
                } else if let Some(key) = other.strip_prefix("declarations.") {
                    if let Some(declaration) = Declaration::from_key(key) {
                        request.declarations.set(declaration, Some(true));
                    }
                } else if let Some((index, field)) = engineer_field(other) {
                    set_engineer_field(engineers.entry(index).or_default(), field, value);
                }
            }
        }
    }
    draft.request.engineers = engineers.into_values().collect();
    // As the wizard does when a track is chosen: a certification belongs to Automation only.
    for engineer in &mut draft.request.engineers {
        if engineer.track != Some(Track::Automation) {
            engineer.certification = None;
        }
    }
    // A level belongs to Enterprise applications only, a brand to Brand ones.
    if draft.request.category != Some(Category::Enterprise) {
        draft.request.enterprise_level = None;
    }
    if draft.request.category != Some(Category::Brand) {
        draft.request.brand_description = None;
    }
    PostedForm { draft, pressed, confirm_ineligible }
}

fn step_named(key: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|step| step.key() == key)
}

fn button_named(value: &str) -> Option<Pressed> {
    Some(match value {
        "next" => Pressed::Next,
        "next-anyway" => Pressed::NextAnyway,
        "back" => Pressed::Back,
        "add-engineer" => Pressed::AddEngineer,
        "submit" => Pressed::Submit,
        "start-over" => Pressed::StartOver,
        _ => return None,
    })
}

fn set_company_field(company: &mut app::api::CompanyInput, field: &str, value: Option<String>) {
    let slot = match field {
        "legal_name" => &mut company.legal_name,
        "registration_number" => &mut company.registration_number,
        "country" => &mut company.country,
        "website" => &mut company.website,
        "contact_name" => &mut company.contact_name,
        "email" => &mut company.email,
        "phone" => &mut company.phone,
        _ => return,
    };
    *slot = value;
}

/// `engineers[3].name` → (3, "name"); an index past the most a roster may hold is not read,
/// so a crafted name cannot make the server build a huge roster.
fn engineer_field(name: &str) -> Option<(usize, &str)> {
    let (index, field) = name.strip_prefix("engineers[")?.split_once("].")?;
    let index: usize = index.parse().ok()?;
    (index <= EligibilityRequest::MAX_ENGINEERS).then_some((index, field))
}

fn set_engineer_field(engineer: &mut EngineerInput, field: &str, value: &str) {
    let text = Some(value.to_owned()).filter(|v| !v.is_empty());
    match field {
        "name" => engineer.name = text,
        "certificate_id" => engineer.certificate_id = text,
        "track" => engineer.track = Track::from_key(value),
        "certification" => engineer.certification = Certification::from_key(value),
        "lecturer" => engineer.lecturer = true,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> PostedForm {
        let owned: Vec<(String, String)> =
            pairs.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect();
        decode(&owned)
    }

    #[test]
    fn every_step_of_the_form_is_read_back_into_the_draft() {
        let posted = form(&[
            ("action", "next"),
            ("step", "engineers"),
            ("submission_key", "0123456789abcdef0123"),
            ("company.legal_name", "Acme"),
            ("company.email", "a@example.com"),
            ("company.phone", ""),
            ("category", "enterprise"),
            ("enterprise_level", "trial"),
            ("engineers[0].name", "Li"),
            ("engineers[0].track", "automation"),
            ("engineers[0].certification", "service"),
            ("engineers[0].lecturer", "on"),
            ("engineers[1].name", "Wang"),
            ("engineers[1].track", "development"),
            ("engineers[1].certification", "usage"),
            ("declarations.no_competitors", "on"),
        ]);
        let request = &posted.draft.request;
        assert_eq!(posted.pressed, Pressed::Next);
        assert_eq!(posted.draft.step, Step::Engineers);
        assert_eq!(request.company.legal_name.as_deref(), Some("Acme"));
        assert_eq!(request.company.phone, None, "an empty field is not an answer");
        assert_eq!(request.enterprise_level, Some(EnterpriseLevel::Trial));
        assert_eq!(request.engineers.len(), 2);
        assert!(request.engineers[0].lecturer);
        assert_eq!(request.engineers[0].certification, Some(Certification::Service));
        assert_eq!(request.engineers[1].certification, None, "development has no certification");
        assert_eq!(request.submission_key.as_deref(), Some("0123456789abcdef0123"));
        assert_eq!(request.declarations.answer(Declaration::NoCompetitors), Some(true));
        assert_eq!(request.declarations.answer(Declaration::ServiceFee), None, "not ticked");
    }

    #[test]
    fn the_button_pressed_is_known_by_its_name_and_value() {
        assert_eq!(form(&[("go", "company")]).pressed, Pressed::Go(Step::Company));
        assert_eq!(form(&[("remove", "2")]).pressed, Pressed::RemoveEngineer(2));
        assert_eq!(form(&[("action", "submit")]).pressed, Pressed::Submit);
        assert_eq!(form(&[("action", "nonsense")]).pressed, Pressed::Next, "Enter in a field");
    }

    #[test]
    fn crafted_names_build_nothing_large_and_change_nothing_else() {
        let posted = form(&[
            ("engineers[99999999999].name", "x"),
            ("engineers[-1].name", "x"),
            ("company.owner", "x"),
            ("category", "gold"),
            ("step", "the-end"),
        ]);
        assert!(posted.draft.request.engineers.is_empty());
        assert_eq!(posted.draft.request.category, None);
        assert_eq!(posted.draft.step, Step::Company);
    }

    #[test]
    fn a_level_is_kept_for_enterprise_only() {
        let posted = form(&[("category", "community"), ("enterprise_level", "first")]);
        assert_eq!(posted.draft.request.enterprise_level, None);
    }
}
