-- Notices a programme admin sent to a defined set of people, each under a declared purpose.
-- A notice to people whose consent did not name its purpose carries the legal basis the admin
-- recorded. The audience is how the admin defined the set (no personal data).
CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    change TEXT NOT NULL,
    effective TEXT NOT NULL, -- YYYY-MM-DD
    legal_basis TEXT,
    legal_help TEXT NOT NULL,
    audience TEXT NOT NULL,
    sent_by TEXT NOT NULL REFERENCES accounts (id),
    sent_at INTEGER NOT NULL,
    recipients INTEGER NOT NULL,
    untold INTEGER NOT NULL
) STRICT;

-- Who each notice went to, with its message (the outbox row is its delivery record) and
-- whether the person's consent had named the notice's purpose.
CREATE TABLE notice_recipients (
    notice_id TEXT NOT NULL REFERENCES notices (id),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    message_id TEXT NOT NULL,
    told INTEGER NOT NULL CHECK (told IN (0, 1)),
    PRIMARY KEY (notice_id, account_id)
) STRICT;
CREATE INDEX notice_recipients_account ON notice_recipients (account_id);
