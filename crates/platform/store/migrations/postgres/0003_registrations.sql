-- Registrations: one per account, 1 to 10 travellers going to one U.S. address. Personal fields
-- are sealed by the application, each on its own; identity keys are keyed hashes used to find the
-- same person or document in another registration, and the same address in many.

CREATE TABLE registrations (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL UNIQUE REFERENCES accounts (id),
    created_at BIGINT NOT NULL, -- seniority for the draw: set once, never changed by an edit
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    address_sealed BYTEA NOT NULL,
    address_key TEXT NOT NULL
);
CREATE INDEX registrations_address ON registrations (address_key);

CREATE TABLE travellers (
    id TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id),
    position BIGINT NOT NULL,
    name_sealed BYTEA NOT NULL,
    birth_date_sealed BYTEA NOT NULL,
    document_sealed BYTEA,
    contact_sealed BYTEA,
    details_sealed BYTEA NOT NULL, -- the other fields, sealed together
    person_key TEXT NOT NULL, -- name + date of birth + country of birth
    document_key TEXT, -- issuing country + number
    age_band TEXT NOT NULL CHECK (age_band IN ('child', 'photo')), -- under 14, or 14 and over
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX travellers_registration ON travellers (registration_id);
CREATE INDEX travellers_person ON travellers (person_key);
CREATE INDEX travellers_document ON travellers (document_key);

-- Every change to a registration: who, when, and what (sealed: old and new values).
CREATE TABLE registration_versions (
    registration_id TEXT NOT NULL REFERENCES registrations (id),
    version BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    changes_sealed BYTEA NOT NULL,
    PRIMARY KEY (registration_id, version)
);

-- Signals for a person to review (a person already registered elsewhere, many registrations at
-- one address). Nothing is decided or deleted automatically.
CREATE TABLE integrity_cases (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    dedup_key TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at BIGINT NOT NULL,
    closed_at BIGINT
);
