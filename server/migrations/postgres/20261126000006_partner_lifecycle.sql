-- The partner lifecycle: a fee category's partner waits for its fee before its term starts
-- (so the term may be empty), every change names the version it saw, and the roster, the
-- payments, the history and the quarterly audits are kept beside it.

ALTER TABLE partners ALTER COLUMN term_start DROP NOT NULL;
ALTER TABLE partners ALTER COLUMN term_end DROP NOT NULL;
ALTER TABLE partners ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE partners ADD COLUMN updated_at TEXT;
UPDATE partners SET updated_at = created_at;
ALTER TABLE partners ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE partners ADD CONSTRAINT partners_status_known
    CHECK (status IN ('awaiting_fee', 'active', 'not_renewed', 'terminated'));
CREATE INDEX partners_status ON partners (status, term_end);

-- The partner's certified engineers as they stand now (copied from the application on
-- approval, replaced by confirmed roster updates).
CREATE TABLE partner_engineers (
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    certificate_id TEXT NOT NULL,
    track TEXT NOT NULL,
    certification TEXT,
    lecturer BOOLEAN NOT NULL,
    PRIMARY KEY (partner_id, position)
);
CREATE INDEX partner_engineers_certificate ON partner_engineers (certificate_id);

-- Append-only: every change to a partner, with who, when, what and why.
CREATE TABLE partner_events (
    id BIGSERIAL PRIMARY KEY,
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT
);
CREATE INDEX partner_events_partner ON partner_events (partner_id, id);

CREATE TABLE partner_payments (
    id BIGSERIAL PRIMARY KEY,
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    amount TEXT NOT NULL,
    paid_on TEXT NOT NULL,
    reference TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

-- One random audit per quarter. The seed, the list drawn from and the sample are kept, so
-- anyone can draw again and get the same sample.
CREATE TABLE audits (
    id BIGSERIAL PRIMARY KEY,
    quarter TEXT NOT NULL UNIQUE,
    seed TEXT NOT NULL,
    sample_rule TEXT NOT NULL,
    population TEXT NOT NULL,
    sample TEXT NOT NULL,
    started_by TEXT NOT NULL,
    started_at TEXT NOT NULL
);

CREATE TABLE audit_checks (
    audit_id BIGINT NOT NULL REFERENCES audits (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    -- JSON arrays of certificate IDs.
    verified TEXT NOT NULL,
    unverified TEXT NOT NULL,
    finding TEXT NOT NULL CHECK (finding IN ('passed', 'shortfall', 'deception')),
    -- The verified numbers against the tier's requirements, as text for people.
    numbers TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, partner_id)
);
