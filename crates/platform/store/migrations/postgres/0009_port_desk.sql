-- At the port: each traveller's arrival and outcome, recorded by an officer.
CREATE TABLE traveller_outcomes (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    traveller_id TEXT NOT NULL,
    arrived_at BIGINT NOT NULL,
    -- NULL until decided: paroled, nta (Notice to Appear issued), referred, not-admitted
    outcome TEXT CHECK (outcome IN ('paroled', 'nta', 'referred', 'not-admitted')),
    parole_until TEXT, -- YYYY-MM-DD, for paroled
    nta_number TEXT, -- for nta
    note_sealed BYTEA, -- the officer's free text (may be personal)
    officer TEXT NOT NULL,
    decided_at BIGINT,
    PRIMARY KEY (appointment_id, traveller_id)
);
