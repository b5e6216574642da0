-- Applications as submitted, with the verdict the server computed under the policy in force.
-- Timestamps are RFC 3339 UTC text.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE applications (
    id BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    -- SHA-256 of the client's submission key: the same key twice is one application.
    submission_key_hash TEXT NOT NULL UNIQUE,
    -- SHA-256 of the private status token; the token itself is never stored.
    status_token_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'info_requested', 'resubmitted', 'approved', 'rejected')),
    -- Bumped on every change; reviewers' decisions name the version they saw.
    version BIGINT NOT NULL DEFAULT 1,
    category TEXT NOT NULL,
    enterprise_level TEXT,
    legal_name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    country TEXT NOT NULL,
    website TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    brand_description TEXT,
    policy_version BIGINT NOT NULL REFERENCES policies (version),
    requested_tier TEXT NOT NULL,
    requested_eligible BOOLEAN NOT NULL,
    -- The engine's whole evaluation, as the API serialises it.
    verdict TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE application_engineers (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    certificate_id TEXT NOT NULL,
    track TEXT NOT NULL,
    certification TEXT,
    lecturer BOOLEAN NOT NULL,
    PRIMARY KEY (application_id, position)
);
-- Reviewers look up a certificate claimed by other applications (a red flag).
CREATE INDEX application_engineers_certificate ON application_engineers (certificate_id);

CREATE TABLE application_declarations (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    declaration TEXT NOT NULL,
    accepted BOOLEAN NOT NULL,
    wording_version BIGINT NOT NULL,
    PRIMARY KEY (application_id, declaration)
);

-- Append-only history of every state change, shown on the status page and to reviewers.
CREATE TABLE application_events (
    id BIGSERIAL PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications (id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT
);
CREATE INDEX application_events_application ON application_events (application_id, id);
