//! Identities claimed twice: a certificate or a registration number that another current
//! holder claims too (the `certificate_claims` and `registration_claims` views say who holds
//! what now). A holder leaves itself out by its application's reference.

use super::Database;

/// The same certificate claimed by someone else now.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SharedCertificate {
    /// The partner whose roster (or pending roster update) lists it, for the register.
    pub partner_id: Option<i64>,
    pub certificate_id: String,
    /// `application`, `partner` or `roster_update`.
    pub other_kind: String,
    pub other_reference: String,
    pub other_partner: Option<i64>,
}

/// The same registration number given by another company now.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SharedRegistration {
    pub partner_id: Option<i64>,
    pub registration_number: String,
    /// `application` or `partner`.
    pub other_kind: String,
    pub other_reference: String,
    pub other_name: String,
    pub other_partner: Option<i64>,
}

/// Every current partner's certificates (roster and pending update) claimed by others.
const PARTNERS_CERTIFICATES: &str = "
    SELECT DISTINCT mine.partner_id, mine.certificate_id, other.holder AS other_kind,
           other.reference AS other_reference, other.partner_id AS other_partner
    FROM certificate_claims mine
    JOIN certificate_claims other ON other.certificate_id = mine.certificate_id AND other.reference <> mine.reference
    WHERE mine.partner_id IS NOT NULL
    ORDER BY 1, 2, 4";
const PARTNERS_REGISTRATIONS: &str = "
    SELECT mine.partner_id, a.registration_number, other.holder AS other_kind,
           other.reference AS other_reference, other.legal_name AS other_name, other.partner_id AS other_partner
    FROM registration_claims mine
    JOIN applications a ON a.reference = mine.reference
    JOIN registration_claims other ON other.registration = mine.registration AND other.reference <> mine.reference
    WHERE mine.partner_id IS NOT NULL
    ORDER BY 1, 4";
/// One application's certificates claimed by others now.
const APPLICATION_CERTIFICATES: &str = "
    SELECT DISTINCT CAST(NULL AS BIGINT) AS partner_id, mine.certificate_id, other.holder AS other_kind,
           other.reference AS other_reference, other.partner_id AS other_partner
    FROM applications a
    JOIN application_engineers mine ON mine.application_id = a.id
    JOIN certificate_claims other ON other.certificate_id = mine.certificate_id AND other.reference <> a.reference
    WHERE a.reference = $1
    ORDER BY 2, 4";
const APPLICATION_REGISTRATIONS: &str = "
    SELECT CAST(NULL AS BIGINT) AS partner_id, a.registration_number, other.holder AS other_kind,
           other.reference AS other_reference, other.legal_name AS other_name, other.partner_id AS other_partner
    FROM applications a
    JOIN registration_claims other
      ON other.registration = upper(replace(replace(a.registration_number, ' ', ''), '-', ''))
     AND other.reference <> a.reference
    WHERE a.reference = $1
    ORDER BY 4";

/// Every current partner's certificates and registration number that others claim too.
pub async fn shared_by_partners(
    db: &Database,
) -> Result<(Vec<SharedCertificate>, Vec<SharedRegistration>), sqlx::Error> {
    with_pool!(db, pool => {
        let certificates = sqlx::query_as(PARTNERS_CERTIFICATES).fetch_all(pool).await?;
        let registrations = sqlx::query_as(PARTNERS_REGISTRATIONS).fetch_all(pool).await?;
        Ok((certificates, registrations))
    })
}

/// The application's certificates and registration number that others claim too.
pub async fn shared_by_application(
    db: &Database,
    reference: &str,
) -> Result<(Vec<SharedCertificate>, Vec<SharedRegistration>), sqlx::Error> {
    with_pool!(db, pool => {
        let certificates = sqlx::query_as(APPLICATION_CERTIFICATES).bind(reference).fetch_all(pool).await?;
        let registrations = sqlx::query_as(APPLICATION_REGISTRATIONS).bind(reference).fetch_all(pool).await?;
        Ok((certificates, registrations))
    })
}
