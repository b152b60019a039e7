-- A change that would make a traveller another person while the group is in a draw or holds an
-- appointment waits for a reviewer: the proposed name, date of birth and document, sealed, one
-- per integrity case (kind `identity-change`).
CREATE TABLE identity_proposals (
    case_id TEXT PRIMARY KEY REFERENCES integrity_cases (id),
    traveller_id TEXT NOT NULL,
    proposal_sealed BLOB NOT NULL
) STRICT;
