-- The hello service's notes (a test-only service; 9001 keeps clear of real services' numbers).
CREATE TABLE hello_notes (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    note_sealed BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    told_at BIGINT
);

CREATE INDEX hello_notes_by_account ON hello_notes (account_id);
