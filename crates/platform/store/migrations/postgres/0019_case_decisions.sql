-- An integrity case is decided by a person with a reason (sealed), and its subject may appeal
-- once with a statement (sealed); a different reviewer decides the appeal. While a case waits
-- for a decision, or an appeal for its, its status is 'open'.
--   decision: same-person-earlier (the earlier registration keeps its place),
--             same-person-applicant (the applicant's does; the other is withdrawn),
--             different-people (an exception below), no-action
ALTER TABLE integrity_cases ADD COLUMN decision TEXT;
ALTER TABLE integrity_cases ADD COLUMN decided_by TEXT;
ALTER TABLE integrity_cases ADD COLUMN reason_sealed BYTEA;
ALTER TABLE integrity_cases ADD COLUMN appeal_sealed BYTEA;
ALTER TABLE integrity_cases ADD COLUMN appealed_at BIGINT;
ALTER TABLE integrity_cases ADD COLUMN appeal_decision TEXT;
ALTER TABLE integrity_cases ADD COLUMN appeal_decided_by TEXT;
ALTER TABLE integrity_cases ADD COLUMN appeal_reason_sealed BYTEA;
ALTER TABLE integrity_cases ADD COLUMN appeal_decided_at BIGINT;
CREATE INDEX integrity_cases_subject ON integrity_cases (subject);

-- A person decided that the traveller an account registers under this identity key (person or
-- document) is not the one already registered: the duplicate check no longer refuses it there.
CREATE TABLE duplicate_exceptions (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    match_key TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES integrity_cases (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, match_key)
);
