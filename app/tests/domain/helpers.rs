use app::domain::{
    ApplicationDraft, BrandDescription, Category, CertificateId, Certification, CertifiedEngineer,
    Declaration, EnterpriseLevel, Evaluation, Qualification, Tier, current_policy, evaluate,
};

/// A roster described by counts, the way the programme's table speaks of it.
#[derive(Debug, Default, Clone, Copy)]
pub struct Staff {
    pub service: u32,
    pub usage: u32,
    pub development: u32,
    /// How many of the engineers (first ones listed) are lecturers.
    pub lecturers: u32,
}

pub fn engineer(id: &str, qualification: Qualification, lecturer: bool) -> CertifiedEngineer {
    let certificate_id = CertificateId::parse("certificate_id", id)
        .expect("test IDs are valid")
        .expect("test IDs are not blank");
    CertifiedEngineer { name: None, certificate_id, qualification, lecturer }
}

pub fn roster(staff: Staff) -> Vec<CertifiedEngineer> {
    let kinds =
        std::iter::repeat_n(Qualification::Automation(Certification::Service), staff.service as usize)
            .chain(std::iter::repeat_n(Qualification::Automation(Certification::Usage), staff.usage as usize))
            .chain(std::iter::repeat_n(Qualification::Development, staff.development as usize));
    kinds.enumerate().map(|(i, q)| engineer(&format!("BK-{i:04}"), q, (i as u32) < staff.lecturers)).collect()
}

/// An application with `staff`, every declaration ticked and a brand description, so that
/// only the numbers decide.
pub fn complete(category: Category, level: Option<EnterpriseLevel>, staff: Staff) -> ApplicationDraft {
    ApplicationDraft {
        category: Some(category),
        enterprise_level: level,
        engineers: roster(staff),
        declarations: Declaration::ALL.into_iter().collect(),
        brand_description: BrandDescription::parse("brand_description", "A well-known monitoring product")
            .expect("valid"),
    }
}

pub fn judge(staff: Staff) -> Evaluation {
    evaluate(&complete(Category::Enterprise, Some(EnterpriseLevel::Trial), staff), current_policy())
}

/// (requirement key, required, have) of every shortfall of `tier`.
pub fn shortfalls(evaluation: &Evaluation, tier: Tier) -> Vec<(String, u32, u32)> {
    evaluation
        .results
        .get(tier)
        .shortfalls
        .iter()
        .map(|s| (s.requirement.to_string(), s.required, s.have))
        .collect()
}
