-- Departure: a person in the United States says they intend to leave (for themselves and
-- co-travellers), a reviewer vets it and, if help was asked, arranges the travel; each
-- traveller's departure is confirmed with proof; the stipend ledger is append-only, each entry
-- chained to the one before it by a keyed hash.

CREATE TABLE dep_intents (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    -- the stipend programme the filing is under
    programme TEXT NOT NULL,
    -- the filer and co-travellers (names, birth, citizenship, contact, destination, A-number,
    -- travel document) and the help asked: sealed
    details_sealed BYTEA NOT NULL,
    travellers BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('filed', 'vetted', 'travel-arranged', 'departed')),
    vetted_by TEXT,
    vetted_at BIGINT,
    -- the travel arranged (date, carrier, from where): sealed
    travel_sealed BYTEA,
    arranged_by TEXT,
    arranged_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX dep_intents_account ON dep_intents (account_id, created_at);
CREATE INDEX dep_intents_status ON dep_intents (status, created_at);

CREATE TABLE dep_departures (
    id TEXT PRIMARY KEY,
    intent_id TEXT NOT NULL REFERENCES dep_intents (id),
    -- which traveller of the intent (0: the filer)
    position BIGINT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('land', 'air', 'sea')),
    -- by land: the country, the distance from the United States and the accuracy; by air or
    -- sea: the carrier's confirmation as recorded: sealed
    evidence_sealed BYTEA NOT NULL,
    photo_sealed BYTEA,
    recorded_by TEXT NOT NULL,
    departed_at BIGINT NOT NULL,
    UNIQUE (intent_id, position)
);

CREATE TABLE dep_ledger (
    id TEXT PRIMARY KEY,
    intent_id TEXT NOT NULL REFERENCES dep_intents (id),
    position BIGINT NOT NULL,
    programme TEXT NOT NULL,
    -- which entry of the person's ledger this is (1, 2, 3...)
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pending', 'eligible', 'paid')),
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    -- the payout's idempotency key (paid entries only)
    payout_id TEXT UNIQUE,
    at BIGINT NOT NULL,
    -- keyed hash of the previous entry's hash and this entry
    hash TEXT NOT NULL,
    UNIQUE (intent_id, position, programme, seq),
    UNIQUE (intent_id, position, programme, kind)
);
CREATE INDEX dep_ledger_kind ON dep_ledger (kind, at);
