-- A traveller's outcome becomes a set of facts (paroled until a date, a Notice to Appear,
-- referred, not admitted, the I-94 admission number and class of admission), sealed in
-- `facts_sealed` because the numbers identify the person; each change is a version kept with
-- who made it, when and why, which the person sees. The flags stay in clear for the figures.
-- `outcome` keeps the headline fact for code that reads it during a deploy; new rows leave
-- `nta_number` empty (the number is in the sealed facts).
ALTER TABLE traveller_outcomes ADD COLUMN facts_sealed BYTEA;
ALTER TABLE traveller_outcomes ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE traveller_outcomes ADD COLUMN paroled BIGINT NOT NULL DEFAULT 0;
ALTER TABLE traveller_outcomes ADD COLUMN nta BIGINT NOT NULL DEFAULT 0;
ALTER TABLE traveller_outcomes ADD COLUMN referred BIGINT NOT NULL DEFAULT 0;
ALTER TABLE traveller_outcomes ADD COLUMN not_admitted BIGINT NOT NULL DEFAULT 0;
UPDATE traveller_outcomes SET
    paroled = CASE WHEN outcome = 'paroled' THEN 1 ELSE 0 END,
    nta = CASE WHEN outcome = 'nta' THEN 1 ELSE 0 END,
    referred = CASE WHEN outcome = 'referred' THEN 1 ELSE 0 END,
    not_admitted = CASE WHEN outcome = 'not-admitted' THEN 1 ELSE 0 END;

CREATE TABLE outcome_versions (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    traveller_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    officer TEXT NOT NULL,
    facts_sealed BYTEA NOT NULL,
    -- why a date or number changed (may be personal)
    reason_sealed BYTEA,
    PRIMARY KEY (appointment_id, traveller_id, version)
);
