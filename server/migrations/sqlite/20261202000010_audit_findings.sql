-- An audit's finding for each sampled engineer in the programme's words: `verified` holds
-- the confirmed certificates, `unverified` the false ones (deception), and this column the
-- engineers no longer with the partner (a JSON array; not counted, no breach).
ALTER TABLE audit_checks ADD COLUMN departed TEXT NOT NULL DEFAULT '[]';
