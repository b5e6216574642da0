//! A submission parses only when complete; every problem is reported by its field path.

use app::api::{ApplicationRequest, CompanyInput, EngineerInput};
use app::domain::{Category, Certification, EnterpriseLevel, Track};

fn company() -> CompanyInput {
    CompanyInput {
        legal_name: Some("  Example Cloud Co., Ltd. ".into()),
        registration_number: Some("91350100M000100Y43".into()),
        country: Some("China".into()),
        website: Some("example.com.cn".into()),
        contact_name: Some("Li Lei".into()),
        email: Some("li.lei@example.com.cn".into()),
        phone: Some("+86 755 1234 5678".into()),
    }
}

fn engineer(id: &str, track: Track, certification: Option<Certification>) -> EngineerInput {
    EngineerInput {
        name: Some(format!("Engineer {id}")),
        certificate_id: Some(id.into()),
        track: Some(track),
        certification,
        lecturer: false,
    }
}

fn community_request() -> ApplicationRequest {
    ApplicationRequest {
        category: Some(Category::Community),
        engineers: vec![
            engineer("BK-1", Track::Automation, Some(Certification::Service)),
            engineer("BK-2", Track::Automation, Some(Certification::Service)),
            engineer("BK-3", Track::Development, None),
        ],
        company: company(),
        submission_key: Some("0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b".into()),
        ..Default::default()
    }
}

fn error_fields(request: &ApplicationRequest) -> Vec<(String, &'static str)> {
    request.parse().expect_err("invalid").0.into_iter().map(|e| (e.field, e.code)).collect()
}

#[test]
fn a_complete_request_parses_with_its_company_tidied() {
    let submission = community_request().parse().expect("complete");
    assert_eq!(submission.company.legal_name, "Example Cloud Co., Ltd.");
    assert_eq!(submission.company.website, "https://example.com.cn");
    assert_eq!(submission.draft.engineers.len(), 3);
}

#[test]
fn a_submission_short_of_its_category_still_parses_for_the_applicant_to_confirm() {
    let mut request = community_request();
    request.engineers.truncate(1);
    assert!(request.parse().is_ok());
}

#[test]
fn an_empty_request_names_every_missing_field() {
    let fields = error_fields(&ApplicationRequest::default());
    let names: Vec<_> = fields.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "submission_key",
            "company.legal_name",
            "company.country",
            "company.registration_number",
            "company.website",
            "company.contact_name",
            "company.email",
            "company.phone",
            "category",
        ]
    );
    assert!(fields.iter().all(|(_, code)| *code == "required"));
}

#[test]
fn badly_formed_company_fields_are_reported_each_with_its_reason() {
    let mut request = community_request();
    request.company.email = Some("li.lei at example".into());
    request.company.website = Some("not a site".into());
    request.company.phone = Some("call me".into());
    request.company.registration_number = Some("91350100M000100Y44".into());
    assert_eq!(
        error_fields(&request),
        vec![
            ("company.registration_number".into(), "invalid_credit_code"),
            ("company.website".into(), "invalid_url"),
            ("company.email".into(), "invalid_email"),
            ("company.phone".into(), "invalid_phone"),
        ]
    );
}

#[test]
fn a_registration_number_outside_china_is_not_held_to_the_credit_code() {
    let mut request = community_request();
    request.company.country = Some("Singapore".into());
    request.company.registration_number = Some("201912345K".into());
    assert!(request.parse().is_ok());
}

#[test]
fn china_is_recognised_however_it_is_written() {
    for country in ["CHINA", "cn", "PRC", "中国"] {
        let mut request = community_request();
        request.company.country = Some(country.into());
        request.company.registration_number = Some("91350100M000100Y44".into());
        assert_eq!(
            error_fields(&request),
            vec![("company.registration_number".into(), "invalid_credit_code")],
            "{country}"
        );
    }
}

#[test]
fn an_internationalised_web_address_is_accepted() {
    let mut request = community_request();
    request.company.website = Some("例子.中国/关于".into());
    assert!(request.parse().is_ok());
    request.company.website = Some("例子.中国 /关于".into());
    assert_eq!(error_fields(&request), vec![("company.website".into(), "invalid_url")]);
}

#[test]
fn every_roster_row_must_be_complete_and_each_certificate_listed_once() {
    let mut request = community_request();
    request.engineers.push(EngineerInput { name: Some("Half".into()), ..Default::default() });
    request.engineers.push(engineer("bk-1", Track::Development, None));
    request.engineers.push(engineer("BK-9", Track::Automation, None));
    assert_eq!(
        error_fields(&request),
        vec![
            ("engineers[3].certificate_id".into(), "required"),
            ("engineers[3].track".into(), "required"),
            ("engineers[4].certificate_id".into(), "duplicate"),
            ("engineers[5].certification".into(), "required"),
        ]
    );
}

#[test]
fn the_enterprise_level_goes_with_enterprise_applications_only() {
    let mut request = community_request();
    request.category = Some(Category::Enterprise);
    assert_eq!(error_fields(&request), vec![("enterprise_level".into(), "required")]);
    request.category = Some(Category::Brand);
    request.enterprise_level = Some(EnterpriseLevel::Trial);
    assert_eq!(error_fields(&request), vec![("enterprise_level".into(), "not_applicable")]);
}

#[test]
fn a_short_or_strange_submission_key_is_refused() {
    let mut request = community_request();
    request.submission_key = Some("abc".into());
    assert_eq!(error_fields(&request), vec![("submission_key".into(), "invalid_format")]);
    request.submission_key = Some("0f8e4c1a 2b3d 4e5f 8a9b;DROP TABLE".into());
    assert_eq!(error_fields(&request), vec![("submission_key".into(), "invalid_format")]);
}
