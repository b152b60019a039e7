-- The audit chain's hashes are keyed from here on (HMAC-SHA256 under a key derived from the master
-- secret): entries already written keep their unkeyed hashes, and the first keyed one is the next.
CREATE TABLE audit_chain (
    keyed_from INTEGER NOT NULL
) STRICT;
INSERT INTO audit_chain (keyed_from) SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log;

-- Signed statements of the chain's head, published at /audit/checkpoints: the first `seq` entries
-- end in `head`. No personal data.
CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY,
    head TEXT NOT NULL,
    at INTEGER NOT NULL,
    keyed_from INTEGER NOT NULL, -- the chain's keyed_from when signed: a change of it is caught
    key_id TEXT NOT NULL,
    signature TEXT NOT NULL
) STRICT;
