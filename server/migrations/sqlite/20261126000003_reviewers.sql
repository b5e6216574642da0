-- Programme staff who review applications. Accounts are made from the command line
-- (`partner-portal reviewer add`); a disabled account keeps its history but cannot sign in.
CREATE TABLE reviewers (
    id INTEGER PRIMARY KEY,
    -- Lower-cased, so one address is one account however it is typed.
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'admin')),
    -- Argon2id, PHC string format (algorithm, parameters and salt included).
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL
);
