-- Confirming an appointment: each traveller aged 14 or over passes a location check and a live
-- photo check; the group is confirmed when all have.

ALTER TABLE appointments ADD COLUMN confirmed_at BIGINT;
-- Given when the group is confirmed: short, for people to read out and type.
ALTER TABLE appointments ADD COLUMN confirmation_number TEXT;
CREATE UNIQUE INDEX appointments_confirmation_number ON appointments (confirmation_number);
ALTER TABLE appointments ADD COLUMN cancelled_at BIGINT;

CREATE TABLE traveller_checks (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    traveller_id TEXT NOT NULL,
    -- passed; retake (the photo check refused it: try again); review (refused three times: a
    -- person decides, and the confirmation waits for them)
    status TEXT NOT NULL CHECK (status IN ('passed', 'retake', 'review')),
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    photo_sealed BYTEA, -- the live photo, for the officer at the port and for review
    problem TEXT,
    state TEXT, -- where the location check counted the traveller (ISO 3166-2)
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, traveller_id)
);
CREATE INDEX traveller_checks_review ON traveller_checks (status);

-- Deadlines that know about outages: when the time to confirm began, and the last deadline
-- the group was told (a later one, after an outage, is told again).
ALTER TABLE appointments ADD COLUMN confirm_from BIGINT;
ALTER TABLE appointments ADD COLUMN deadline_told BIGINT;

-- Garita's own degraded periods: measured by the server (its confirmation pages failing or too
-- slow) or declared by an admin. A deadline moves later by their overlap with the time to act.
CREATE TABLE degraded_periods (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('measured', 'declared')),
    started_at BIGINT NOT NULL,
    ended_at BIGINT, -- NULL while it lasts
    reason TEXT NOT NULL,
    declared_by TEXT
);
CREATE INDEX degraded_periods_end ON degraded_periods (ended_at);

-- What happened after a day's draw, in order: lapses and the offers they made to alternates
-- (`garita_domain::reoffer`), published with the day's record.
CREATE TABLE draw_events (
    service_date TEXT NOT NULL REFERENCES draw_days (service_date),
    seq BIGINT NOT NULL,
    event TEXT NOT NULL, -- JSON, as published
    PRIMARY KEY (service_date, seq)
);
