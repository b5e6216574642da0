-- Who claims an identity now, so that one claimed twice is flagged wherever it shows (the
-- queue row, the application, the partner): a certificate on an application still being
-- decided, on a current partner's roster, or in a partner's roster update waiting for review;
-- a registration number (unified social credit code) on an application being decided or of a
-- current partner. `reference` is the application's (a partner's is the one it was approved
-- from), so a holder leaves itself out by it.
CREATE VIEW certificate_claims AS
    SELECT e.certificate_id, 'application' AS holder, a.reference, CAST(NULL AS BIGINT) AS partner_id
    FROM application_engineers e JOIN applications a ON a.id = e.application_id
    WHERE a.status IN ('submitted', 'resubmitted', 'info_requested')
    UNION ALL
    SELECT e.certificate_id, 'partner', a.reference, p.id
    FROM partner_engineers e
    JOIN partners p ON p.id = e.partner_id AND p.status IN ('awaiting_fee', 'active')
    JOIN applications a ON a.id = p.application_id
    UNION ALL
    SELECT json_extract(r.value, '$.certificate_id'), 'roster_update', a.reference, p.id
    FROM roster_updates u
    JOIN json_each(u.engineers) r
    JOIN partners p ON p.id = u.partner_id AND p.status IN ('awaiting_fee', 'active')
    JOIN applications a ON a.id = p.application_id
    WHERE u.status = 'pending';

-- Registration numbers compared without case, spaces or hyphens (`91350100-M000100Y43`).
CREATE VIEW registration_claims AS
    SELECT upper(replace(replace(a.registration_number, ' ', ''), '-', '')) AS registration,
           'application' AS holder, a.reference, a.legal_name, CAST(NULL AS BIGINT) AS partner_id
    FROM applications a
    WHERE a.status IN ('submitted', 'resubmitted', 'info_requested')
    UNION ALL
    SELECT upper(replace(replace(a.registration_number, ' ', ''), '-', '')), 'partner', a.reference, a.legal_name, p.id
    FROM partners p JOIN applications a ON a.id = p.application_id
    WHERE p.status IN ('awaiting_fee', 'active');
CREATE INDEX applications_registration
    ON applications (upper(replace(replace(registration_number, ' ', ''), '-', '')));
