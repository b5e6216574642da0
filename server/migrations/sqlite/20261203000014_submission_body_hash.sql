-- The SHA-256 of the canonical body an application was first submitted with: the same
-- submission key with another body is refused (409 key_reused) instead of replaying the
-- first application's status link. NULL for applications stored before this column; their
-- key is refused on reuse, since what they were sent with cannot be told any more.
ALTER TABLE applications ADD COLUMN request_hash TEXT;
