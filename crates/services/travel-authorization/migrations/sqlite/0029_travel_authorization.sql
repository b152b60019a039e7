-- Advance travel authorization: programmes as data, a U.S. supporter's filing for one or more
-- beneficiaries, each beneficiary's confirmation and the decision on it, the monthly caps
-- counted in the decision's transaction, and the review cases the supporter side opens.

CREATE TABLE ta_programmes (
    code TEXT PRIMARY KEY,
    -- programmes that share one monthly cap name the same pool
    pool TEXT NOT NULL,
    -- authorizations a month for the pool; NULL: no cap
    monthly_cap INTEGER,
    -- who may be a beneficiary: ISO 3166-1 alpha-2 codes, comma-separated
    nationalities TEXT NOT NULL,
    valid_days INTEGER NOT NULL,
    -- 0 or 1 extension of extension_days
    extensions INTEGER NOT NULL CHECK (extensions IN (0, 1)),
    extension_days INTEGER NOT NULL,
    -- whether the beneficiary's position at submission is asked (only its country is kept)
    records_location INTEGER NOT NULL CHECK (records_location IN (0, 1)),
    -- the attestations asked, comma-separated codes (their words: `ta-attest-<code>`)
    attestations TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    changed_by TEXT,
    changed_at INTEGER
) STRICT;

INSERT INTO ta_programmes VALUES
    ('chnv', 'chnv', 30000, 'CU,HT,NI,VE', 90, 0, 0, 1, 'truthful,vaccinations,own-travel', 'open', NULL, NULL),
    ('u4u', 'u4u', NULL, 'UA', 90, 1, 90, 0, 'truthful,vaccinations,own-travel', 'open', NULL, NULL),
    ('frp', 'frp', NULL, 'CO,CU,EC,SV,GT,HT,HN', 90, 0, 0, 0, 'truthful,vaccinations,own-travel', 'open', NULL, NULL);

-- Authorizations granted per pool and month, counted in the decision's transaction.
CREATE TABLE ta_cap_months (
    pool TEXT NOT NULL,
    month TEXT NOT NULL,
    granted INTEGER NOT NULL,
    PRIMARY KEY (pool, month)
) STRICT;

CREATE TABLE ta_cases (
    id TEXT PRIMARY KEY,
    -- what the supporter and the beneficiaries quote
    reference TEXT NOT NULL UNIQUE,
    programme TEXT NOT NULL REFERENCES ta_programmes (code),
    supporter_id TEXT NOT NULL REFERENCES accounts (id),
    -- the supporter's name, status, state and support attestation: sealed
    supporter_sealed BLOB NOT NULL,
    -- keyed hashes of the network and device it was filed from (integrity signals only)
    network TEXT,
    device TEXT,
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX ta_cases_supporter ON ta_cases (supporter_id, created_at);
CREATE INDEX ta_cases_network ON ta_cases (network, created_at);
CREATE INDEX ta_cases_device ON ta_cases (device, created_at);

CREATE TABLE ta_beneficiaries (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES ta_cases (id),
    position INTEGER NOT NULL,
    -- names, birth, nationality, contact, language, relationship: sealed
    details_sealed BLOB NOT NULL,
    -- keyed hash of name and date of birth (the officers' search; one person named twice)
    lookup TEXT NOT NULL,
    -- a minor's parent or guardian among the same case's beneficiaries
    guardian_id TEXT REFERENCES ta_beneficiaries (id),
    -- keyed hash of the invitation code; the beneficiary's account once they took it
    invitation TEXT UNIQUE,
    account_id TEXT REFERENCES accounts (id),
    status TEXT NOT NULL CHECK (status IN ('invited', 'confirmed', 'authorized', 'not-authorized', 'expired', 'arrived')),
    -- until when the invitation may be taken and confirmed
    respond_by INTEGER NOT NULL,
    -- what the beneficiary confirmed (corrections, attestations, passport, country): sealed
    confirmation_sealed BLOB,
    photo_sealed BLOB,
    -- the photo check's outcome: `passed` or the reason a person should look
    photo_check TEXT,
    confirmed_at INTEGER,
    -- the authorization: its number, until when, extensions used
    number TEXT UNIQUE,
    valid_until INTEGER,
    extended INTEGER NOT NULL DEFAULT 0,
    decided_by TEXT,
    decided_at INTEGER,
    -- the parole recorded at the port of arrival: sealed
    arrival_sealed BLOB,
    arrived_at INTEGER,
    UNIQUE (case_id, position)
) STRICT;
CREATE INDEX ta_beneficiaries_account ON ta_beneficiaries (account_id);
CREATE INDEX ta_beneficiaries_lookup ON ta_beneficiaries (lookup);
CREATE INDEX ta_beneficiaries_due ON ta_beneficiaries (status, respond_by);
CREATE INDEX ta_beneficiaries_valid ON ta_beneficiaries (status, valid_until);

-- Review cases the supporter side opens (never a refusal by itself): one per signal and key.
CREATE TABLE ta_reviews (
    id TEXT PRIMARY KEY,
    -- `network`, `device`, `named-twice` or `many-filings`
    signal TEXT NOT NULL,
    -- the keyed hash or account the signal is about
    subject TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    -- how many filings it counted when it opened
    count INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_by TEXT,
    closed_at INTEGER,
    UNIQUE (signal, subject)
) STRICT;
