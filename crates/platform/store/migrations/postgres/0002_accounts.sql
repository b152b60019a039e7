-- Accounts, sign-in and recovery, the audit log, the outbox and rate limits.
-- Times are Unix milliseconds (BIGINT) so both backends compare them alike. Personal values are
-- sealed (encrypted) by the application; tokens and codes are stored only as keyed hashes.

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email_lookup TEXT NOT NULL UNIQUE,
    email_sealed BYTEA NOT NULL,
    phone_sealed BYTEA,
    password_hash TEXT, -- argon2id; NULL until a staff member sets it through their set-up link
    locale TEXT NOT NULL,
    role TEXT NOT NULL,
    port_code TEXT REFERENCES ports (code),
    organization TEXT,
    email_verified_at BIGINT,
    totp_secret_sealed BYTEA,
    totp_last_step BIGINT, -- the last authenticator step accepted: a code works once
    consent_version BIGINT,
    consent_at BIGINT,
    created_at BIGINT NOT NULL
);

-- Web sessions and API keys.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL CHECK (kind IN ('web', 'api')),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL -- the absolute limit; the idle limit is checked against last_seen_at
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Phones and computers an applicant confirmed with a code.
CREATE TABLE known_devices (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    device_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, device_hash)
);

-- One-time codes and links. A challenge is found by the token its browser holds (id_hash) or by
-- the link in its e-mail (link_hash). account_id is NULL for a decoy that answers exactly like a
-- real challenge, so that nobody learns whether an address has an account.
CREATE TABLE challenges (
    id_hash TEXT PRIMARY KEY,
    link_hash TEXT UNIQUE,
    account_id TEXT REFERENCES accounts (id),
    purpose TEXT NOT NULL,
    code_hash TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX challenges_account ON challenges (account_id, purpose);

CREATE TABLE recovery_codes (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (account_id, code_hash)
);

-- Fixed-window counters; old windows are simply ignored (and may be pruned).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Append-only, hash-chained: hash = SHA-256 over the previous hash and this entry's fields
-- (see garita_domain::audit). seq has no gaps.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Messages to people, written in the same transaction as the change they announce.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    dedup_key TEXT NOT NULL UNIQUE,
    account_id TEXT REFERENCES accounts (id),
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    payload_sealed BYTEA NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'dead')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
