-- Perishable-cargo inspections: a broker or importer (an organisation record) books a slot at a
-- port for a shipment. Slots are the port's own start times; its supervisors set how many
-- inspections each slot takes, booked first come, first served. The shipment is sealed; the
-- request keeps what the port's day list shows (its entry number, how many commodities).
CREATE TABLE cargo_slots (
    port TEXT NOT NULL REFERENCES ports (code),
    -- the day and start in the port's time
    day TEXT NOT NULL,
    slot TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    booked INTEGER NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (port, day, slot)
) STRICT;

CREATE TABLE inspections (
    id TEXT PRIMARY KEY,
    organization TEXT NOT NULL REFERENCES organizations (name),
    -- who asked on the pages, told of each change; NULL when a system asked with a token
    -- (the organisation's admins are told)
    requested_by TEXT REFERENCES accounts (id),
    port TEXT NOT NULL,
    day TEXT NOT NULL,
    slot TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    entry_number TEXT NOT NULL,
    commodities INTEGER NOT NULL,
    shipment_sealed BLOB NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('booked', 'released', 'hold', 're-export', 'destroy', 'missed', 'cancelled')),
    treatment TEXT,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    FOREIGN KEY (port, day, slot) REFERENCES cargo_slots (port, day, slot)
) STRICT;
CREATE INDEX inspections_port_day ON inspections (port, day, starts_at);
CREATE INDEX inspections_organization ON inspections (organization, starts_at);
CREATE INDEX inspections_status ON inspections (status, starts_at);

-- Each change of a request after its booking, in order: what the broker reads.
CREATE TABLE inspection_results (
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    version INTEGER NOT NULL,
    at INTEGER NOT NULL,
    status TEXT NOT NULL,
    treatment TEXT,
    note TEXT NOT NULL,
    -- the specialist's account, the broker's for a cancellation, 'system' for a missed slot
    recorded_by TEXT NOT NULL,
    PRIMARY KEY (inspection_id, version)
) STRICT;
