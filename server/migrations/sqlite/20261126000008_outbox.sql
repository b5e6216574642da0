-- The language the applicant used, for the messages sent to them.
ALTER TABLE applications ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- Messages to send, written in the same transaction as the change they announce (an outbox),
-- and delivered by a background worker with retries. A row is claimed for a while
-- (claimed_until) by one worker at a time, so several instances send each message once.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    -- Stable across retries: a receiver can tell a repeat from a new event.
    event_id TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('email')),
    -- Which message: submitted, info_requested, approved, rejected.
    template TEXT NOT NULL,
    reference TEXT NOT NULL,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    -- The private status link and the reviewers' message: cleared once delivered.
    link TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    -- Unix seconds.
    next_attempt_at INTEGER NOT NULL,
    claimed_until INTEGER,
    delivered_at TEXT,
    failed_at TEXT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
