-- Organisations that work with the ports ask to join (a bus carrier, a customs broker, an
-- importer); a programme admin approves or refuses each. The address of the person who will run
-- it is sealed, and emptied once the request is decided (approved, it is their staff account's).
CREATE TABLE organization_requests (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('carrier', 'broker', 'importer')),
    city TEXT NOT NULL,
    contact TEXT NOT NULL,
    email_sealed BYTEA NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
    created_at BIGINT NOT NULL,
    decided_by TEXT REFERENCES accounts (id),
    decided_at BIGINT
);
CREATE INDEX organization_requests_status ON organization_requests (status, created_at);
