-- Every policy version the server has applied, exactly as published, so that a verdict
-- stored with a policy version can always be explained later.
CREATE TABLE policies (
    version BIGINT PRIMARY KEY,
    document TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
