-- A partner: an approved application's cooperation. The lifecycle (fee, renewals, audits,
-- terminations) builds on this record.
CREATE TABLE partners (
    id BIGSERIAL PRIMARY KEY,
    application_id BIGINT NOT NULL UNIQUE REFERENCES applications (id),
    category TEXT NOT NULL,
    enterprise_level TEXT,
    status TEXT NOT NULL,
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL,
    created_at TEXT NOT NULL
);
