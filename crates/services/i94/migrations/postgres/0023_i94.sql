-- Provisional I-94s for land arrivals: one application per group (1 to 25 travellers, one
-- payment), each traveller's own record with its state and, at the port, its decision.

CREATE TABLE i94_groups (
    id TEXT PRIMARY KEY,
    -- what the applicant shows to pay at the port (short, read aloud)
    reference TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    -- the port and the day of arrival, the purpose of the trip; the U.S. address, sealed
    port_code TEXT NOT NULL REFERENCES ports (code),
    arrival_date TEXT NOT NULL,
    purpose TEXT NOT NULL,
    address_sealed BYTEA NOT NULL,
    -- the fee per traveller when it was asked for (dated configuration), and its currency
    fee_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('awaiting-payment', 'paid')),
    payment_id TEXT REFERENCES payments (id),
    created_at BIGINT NOT NULL,
    paid_at BIGINT
);
CREATE INDEX i94_groups_account ON i94_groups (account_id, created_at);

CREATE TABLE i94_travellers (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES i94_groups (id),
    position BIGINT NOT NULL,
    -- the provisional number the traveller shows at the port (once paid)
    number TEXT UNIQUE,
    -- names, birth, sex, citizenship, residence, passport: sealed
    details_sealed BYTEA NOT NULL,
    -- keyed hash of name and birth date, for the officer's search at the port
    lookup TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'provisional', 'admitted', 'refused', 'expired')),
    expires_at BIGINT,
    -- the decision: admission number, class of admission and until when (sealed), who and when
    decision_sealed BYTEA,
    decided_by TEXT,
    decided_at BIGINT,
    UNIQUE (group_id, position)
);
CREATE INDEX i94_travellers_lookup ON i94_travellers (lookup);
CREATE INDEX i94_travellers_expiry ON i94_travellers (status, expires_at);
