-- Staff accounts managed on the web: a one-time link sets (or resets) a password, and every
-- change to an account is in its append-only trail with who made it.

-- Sessions signed in before this moment (Unix seconds) end: set when a password changes.
ALTER TABLE reviewers ADD COLUMN credentials_changed_at INTEGER NOT NULL DEFAULT 0;

-- A link that sets an account's password once. Only the SHA-256 of its token is kept.
CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- Unix seconds; a link is refused after it, and once used.
    expires_at INTEGER NOT NULL,
    used_at TEXT
);
CREATE INDEX password_links_reviewer ON password_links (reviewer_id);

CREATE TABLE staff_events (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
    at TEXT NOT NULL,
    -- added, disabled, enabled, password_link_issued, password_set, password_changed
    kind TEXT NOT NULL,
    -- The staff member who made the change (`command line` for the CLI).
    actor TEXT NOT NULL
);
CREATE INDEX staff_events_reviewer ON staff_events (reviewer_id, id);
CREATE TRIGGER staff_events_no_update BEFORE UPDATE ON staff_events
BEGIN SELECT RAISE(ABORT, 'staff_events is append-only'); END;
CREATE TRIGGER staff_events_no_delete BEFORE DELETE ON staff_events
BEGIN SELECT RAISE(ABORT, 'staff_events is append-only'); END;
