-- Agricultural and biological declarations: a traveller or an importer's people declare
-- items ahead of arriving at a port (a land crossing or an airport), with their permits and a
-- scan of each. What is declared and each scan are sealed; the row keeps what the port's day
-- list shows (how many items and permits) and the decision's codes. Deleted by the retention
-- job a configured time after the arrival.
CREATE TABLE declarations (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    port TEXT NOT NULL REFERENCES ports (code),
    -- the port's day of arrival, YYYY-MM-DD
    arrives_on TEXT NOT NULL,
    items INTEGER NOT NULL,
    permits INTEGER NOT NULL,
    declared_sealed BLOB NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('declared', 'allowed', 'allowed-after-treatment', 'secondary', 'refused', 'withdrawn')),
    -- the decision's reasons: a JSON list of codes, each said to the person in their language
    reasons TEXT NOT NULL,
    decided_by TEXT,
    decided_at INTEGER,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX declarations_port_day ON declarations (port, arrives_on);
CREATE INDEX declarations_account ON declarations (account_id, arrives_on);

CREATE TABLE declaration_scans (
    declaration_id TEXT NOT NULL REFERENCES declarations (id),
    -- the permit's place in the declaration, from 1
    permit INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    scan_sealed BLOB NOT NULL,
    PRIMARY KEY (declaration_id, permit)
) STRICT;
