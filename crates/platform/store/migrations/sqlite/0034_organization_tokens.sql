-- An organisation's systems (a carrier's dispatch, a broker's software) call the API with a
-- token its admin made for them; only the token's keyed hash is kept. Revoked, it stays as a
-- record of what was allowed when.
CREATE TABLE organization_tokens (
    id TEXT PRIMARY KEY,
    organization TEXT NOT NULL REFERENCES organizations (name),
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;
CREATE INDEX organization_tokens_organization ON organization_tokens (organization, created_at);
