-- The language the applicant used, for the messages sent to them.
ALTER TABLE applications ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- Where other systems (CRM, billing, training records) want to hear about events.
CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    -- Signs every delivery (HMAC-SHA256); kept to sign with, never listed.
    secret TEXT NOT NULL,
    -- Comma-separated event types, or '*' for all.
    events TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled_at TEXT
);

-- Messages to send, written in the same transaction as the change they announce (an outbox):
-- emails to applicants and webhook deliveries, one row per recipient. A background worker
-- delivers them with retries. A row is claimed for a while (claimed_until) by one worker at a
-- time, so several instances send each message once.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    -- The event's id: the same on every retry, and for every endpoint told of one event.
    event_id TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
    -- Email: submitted, info_requested, approved, rejected. Webhook: the event type.
    template TEXT NOT NULL,
    reference TEXT NOT NULL,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    -- An email address, or the endpoint's URL.
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    endpoint_id INTEGER REFERENCES webhook_endpoints (id),
    -- Email: the private status link and the reviewers' words, cleared once delivered.
    -- Webhook: none, and the status the event reports.
    link TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    -- Unix seconds.
    next_attempt_at INTEGER NOT NULL,
    claimed_until INTEGER,
    delivered_at TEXT,
    failed_at TEXT,
    last_status INTEGER,
    last_error TEXT
);
CREATE UNIQUE INDEX outbox_one_per_recipient ON outbox (event_id, COALESCE(endpoint_id, 0));
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_by_endpoint ON outbox (endpoint_id, id);
