//! Wire input parses into domain types: trimmed, bounded, normalised, with per-field errors.

use app::api::{EligibilityRequest, EngineerInput};
use app::domain::{CertificateId, Certification, Track};

fn row(name: &str, id: &str, track: Option<Track>, certification: Option<Certification>) -> EngineerInput {
    EngineerInput {
        name: Some(name.to_owned()),
        certificate_id: Some(id.to_owned()),
        track,
        certification,
        lecturer: false,
    }
}

#[test]
fn certificate_ids_typed_differently_are_the_same_certificate() {
    let a = CertificateId::parse("id", "  bk-2024 001 ").expect("valid");
    let b = CertificateId::parse("id", "BK-2024001").expect("valid");
    assert_eq!(a, b);
    assert_eq!(a.expect("not blank").as_str(), "BK-2024001");
}

#[test]
fn a_blank_certificate_id_is_not_answered_yet_rather_than_wrong() {
    assert_eq!(CertificateId::parse("id", "   ").expect("blank is fine"), None);
}

#[test]
fn bad_fields_are_reported_by_their_path() {
    let request = EligibilityRequest {
        engineers: vec![
            row("Ada", "BK-1", Some(Track::Automation), Some(Certification::Service)),
            row(&"x".repeat(101), "BK 2 <script>", Some(Track::Development), Some(Certification::Usage)),
        ],
        ..Default::default()
    };
    let errors = request.parse().expect_err("row 2 is invalid");
    let fields: Vec<_> = errors.0.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert_eq!(
        fields,
        vec![
            ("engineers[1].name", "too_long"),
            ("engineers[1].certificate_id", "invalid_characters"),
            ("engineers[1].certification", "not_applicable"),
        ]
    );
}

#[test]
fn incomplete_rows_are_kept_out_of_the_count_without_an_error() {
    let request = EligibilityRequest {
        engineers: vec![
            row("Ada", "", Some(Track::Development), None),
            row("Bo", "BK-2", None, None),
            row("Cy", "BK-3", Some(Track::Automation), None),
            row("", "BK-4", Some(Track::Development), None),
        ],
        ..Default::default()
    };
    let draft = request.parse().expect("partial rows are fine");
    let ids: Vec<_> = draft.engineers.iter().map(|e| e.certificate_id.as_str()).collect();
    assert_eq!(ids, vec!["BK-4"]);
}

#[test]
fn a_roster_longer_than_any_real_one_is_refused() {
    let request = EligibilityRequest {
        engineers: vec![EngineerInput::default(); EligibilityRequest::MAX_ENGINEERS + 1],
        ..Default::default()
    };
    let errors = request.parse().expect_err("too many rows");
    assert_eq!(errors.0[0].field, "engineers");
    assert_eq!(errors.0[0].code, "too_many");
}

#[test]
fn names_are_trimmed_and_must_stay_on_one_line() {
    let request = EligibilityRequest {
        engineers: vec![row("  Ada Lovelace  ", "BK-1", Some(Track::Development), None)],
        ..Default::default()
    };
    let draft = request.parse().expect("valid");
    assert_eq!(draft.engineers[0].name.as_ref().map(|n| n.as_str()), Some("Ada Lovelace"));
    let request = EligibilityRequest {
        engineers: vec![row("Ada\nLovelace", "BK-1", Some(Track::Development), None)],
        ..Default::default()
    };
    assert_eq!(request.parse().expect_err("newline").0[0].code, "invalid_characters");
}
