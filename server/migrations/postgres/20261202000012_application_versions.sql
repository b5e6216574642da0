-- Every version an applicant submitted, kept whole and never changed: the application as
-- sent (app::api::ApplicationRequest as JSON, without the submission key), the engine's
-- verdict and the policy it was judged under, when, and the answer that came with it.
-- `applications` and its roster rows stay the current version, as the queue reads them.
CREATE TABLE application_versions (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    number BIGINT NOT NULL,
    application TEXT NOT NULL,
    verdict TEXT NOT NULL,
    policy_version BIGINT NOT NULL REFERENCES policies (version),
    requested_tier TEXT NOT NULL,
    requested_eligible BOOLEAN NOT NULL,
    -- The applicant's answer to the reviewers' request (none for the first version).
    answer TEXT,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (application_id, number)
);

-- The version a history entry was made on (a decision names the one the reviewer saw).
ALTER TABLE application_events ADD COLUMN version_number BIGINT;

-- What is there now becomes its application's latest version; versions overwritten before
-- this table existed are gone.
INSERT INTO application_versions
    (application_id, number, application, verdict, policy_version, requested_tier, requested_eligible, answer, submitted_at)
SELECT a.id,
       1 + (SELECT COUNT(*) FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'),
       json_build_object(
           'category', a.category,
           'enterprise_level', a.enterprise_level,
           'engineers', COALESCE((
               SELECT json_agg(json_build_object(
                   'name', NULLIF(e.name, ''), 'certificate_id', e.certificate_id, 'track', e.track,
                   'certification', e.certification, 'lecturer', e.lecturer) ORDER BY e.position)
               FROM application_engineers e WHERE e.application_id = a.id), '[]'::json),
           'declarations', COALESCE((
               SELECT json_object_agg(d.declaration, d.accepted)
               FROM application_declarations d WHERE d.application_id = a.id), '{}'::json),
           'brand_description', a.brand_description,
           'company', json_build_object(
               'legal_name', a.legal_name, 'registration_number', a.registration_number, 'country', a.country,
               'website', a.website, 'contact_name', a.contact_name, 'email', a.email, 'phone', a.phone),
           'submission_key', NULL)::text,
       a.verdict, a.policy_version, a.requested_tier, a.requested_eligible,
       (SELECT r.note FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'
        ORDER BY r.id DESC LIMIT 1),
       COALESCE((SELECT r.at FROM application_events r WHERE r.application_id = a.id AND r.kind = 'resubmitted'
                 ORDER BY r.id DESC LIMIT 1), a.submitted_at)
FROM applications a;

-- The versions and the histories are append-only in the database itself.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER application_versions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON application_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON application_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER partner_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON partner_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
