-- Staff two-factor sign-in: a TOTP secret (RFC 6238) per enrolled account, the last time
-- step a code was accepted for (each code works once), and one-time recovery codes, of
-- which only the SHA-256 is kept.
ALTER TABLE reviewers ADD COLUMN totp_secret TEXT;
ALTER TABLE reviewers ADD COLUMN totp_enabled_at TEXT;
ALTER TABLE reviewers ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX recovery_codes_reviewer ON recovery_codes (reviewer_id);
