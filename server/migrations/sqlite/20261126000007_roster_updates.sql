-- Roster changes a partner sends through its private status link (engineers certified
-- since, leavers), waiting for a reviewer. A partner has at most one pending update: a new
-- one replaces it.
CREATE TABLE roster_updates (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'declined')),
    -- The proposed roster, as the wizard's engineer rows (JSON array).
    engineers TEXT NOT NULL,
    note TEXT,
    submitted_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT
);
CREATE UNIQUE INDEX roster_updates_one_pending ON roster_updates (partner_id) WHERE status = 'pending';
