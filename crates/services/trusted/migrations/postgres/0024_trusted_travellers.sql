-- Trusted-traveller status (Global Entry, NEXUS, SENTRI, FAST) as the programme's roster says it.
-- A member is found by the keyed hash of their membership number and date of birth: neither is
-- kept, nor any name. An import or a push replaces what a member's row said.
CREATE TABLE trusted_members (
    lookup TEXT PRIMARY KEY,
    programme TEXT NOT NULL,
    -- pending-review, conditionally-approved, approved, denied, revoked or expired
    status TEXT NOT NULL,
    -- the day the membership ends (YYYY-MM-DD), when the roster gives one
    expires_on TEXT,
    updated_at BIGINT NOT NULL
);
