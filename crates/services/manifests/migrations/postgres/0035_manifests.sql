-- Bus passenger manifests: a carrier (an organisation record) sends each trip before the bus
-- reaches a land port. The trip says nothing about anyone; each person on it is one sealed row,
-- deleted by the retention job a configured time after the bus arrived (or was due).
CREATE TABLE manifests (
    id TEXT PRIMARY KEY,
    carrier TEXT NOT NULL REFERENCES organizations (name),
    -- the carrier's own identifier: sent again, it corrects the manifest or changes nothing
    trip_id TEXT NOT NULL,
    port TEXT NOT NULL REFERENCES ports (code),
    bus_plate TEXT NOT NULL,
    bus_number TEXT NOT NULL,
    origin TEXT NOT NULL,
    arrives_at BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('expected', 'arrived', 'cancelled')),
    people BIGINT NOT NULL,
    -- what was wrong in the last sending: JSON [[line, field, key], ...], naming nobody
    problems TEXT NOT NULL,
    -- a hash of what was last sent, so that the same sending again changes nothing
    content_hash TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    arrived_at BIGINT,
    purged_at BIGINT,
    UNIQUE (carrier, trip_id)
);
CREATE INDEX manifests_port_arrival ON manifests (port, arrives_at);

CREATE TABLE manifest_people (
    manifest_id TEXT NOT NULL REFERENCES manifests (id),
    -- the row's line in what the carrier sent
    line BIGINT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('driver', 'passenger')),
    person_sealed BYTEA NOT NULL,
    PRIMARY KEY (manifest_id, line)
);
