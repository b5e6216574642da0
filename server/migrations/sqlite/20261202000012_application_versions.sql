-- Every version an applicant submitted, kept whole and never changed: the application as
-- sent (app::api::ApplicationRequest as JSON, without the submission key), the engine's
-- verdict and the policy it was judged under, when, and the answer that came with it.
-- `applications` and its roster rows stay the current version, as the queue reads them.
CREATE TABLE application_versions (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    number INTEGER NOT NULL,
    application TEXT NOT NULL,
    verdict TEXT NOT NULL,
    policy_version INTEGER NOT NULL REFERENCES policies (version),
    requested_tier TEXT NOT NULL,
    requested_eligible BOOLEAN NOT NULL,
    -- The applicant's answer to the reviewers' request (none for the first version).
    answer TEXT,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (application_id, number)
);

-- The version a history entry was made on (a decision names the one the reviewer saw).
ALTER TABLE application_events ADD COLUMN version_number INTEGER;

-- What is there now becomes its application's latest version; versions overwritten before
-- this table existed are gone.
INSERT INTO application_versions
    (application_id, number, application, verdict, policy_version, requested_tier, requested_eligible, answer, submitted_at)
SELECT a.id,
       1 + (SELECT COUNT(*) FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'),
       json_object(
           'category', a.category,
           'enterprise_level', a.enterprise_level,
           'engineers', json(COALESCE((
               SELECT json_group_array(json_object(
                   'name', NULLIF(e.name, ''), 'certificate_id', e.certificate_id, 'track', e.track,
                   'certification', e.certification,
                   'lecturer', json(CASE WHEN e.lecturer THEN 'true' ELSE 'false' END)))
               FROM (SELECT * FROM application_engineers WHERE application_id = a.id ORDER BY position) e), '[]')),
           'declarations', json(COALESCE((
               SELECT json_group_object(d.declaration, json(CASE WHEN d.accepted THEN 'true' ELSE 'false' END))
               FROM application_declarations d WHERE d.application_id = a.id), '{}')),
           'brand_description', a.brand_description,
           'company', json_object(
               'legal_name', a.legal_name, 'registration_number', a.registration_number, 'country', a.country,
               'website', a.website, 'contact_name', a.contact_name, 'email', a.email, 'phone', a.phone),
           'submission_key', NULL),
       a.verdict, a.policy_version, a.requested_tier, a.requested_eligible,
       (SELECT r.note FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'
        ORDER BY r.id DESC LIMIT 1),
       COALESCE((SELECT r.at FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'
                 ORDER BY r.id DESC LIMIT 1), a.submitted_at)
FROM applications a;

-- The versions and the histories are append-only in the database itself.
CREATE TRIGGER application_versions_no_update BEFORE UPDATE ON application_versions
BEGIN SELECT RAISE(ABORT, 'application_versions is append-only'); END;
CREATE TRIGGER application_versions_no_delete BEFORE DELETE ON application_versions
BEGIN SELECT RAISE(ABORT, 'application_versions is append-only'); END;
CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events
BEGIN SELECT RAISE(ABORT, 'application_events is append-only'); END;
CREATE TRIGGER application_events_no_delete BEFORE DELETE ON application_events
BEGIN SELECT RAISE(ABORT, 'application_events is append-only'); END;
CREATE TRIGGER partner_events_no_update BEFORE UPDATE ON partner_events
BEGIN SELECT RAISE(ABORT, 'partner_events is append-only'); END;
CREATE TRIGGER partner_events_no_delete BEFORE DELETE ON partner_events
BEGIN SELECT RAISE(ABORT, 'partner_events is append-only'); END;
