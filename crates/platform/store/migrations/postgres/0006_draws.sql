-- The daily draw. A day's secret is committed to (its hash published) before the window opens;
-- requests are entries of that day; at the close the entry list is frozen and its digest published;
-- the draw's record, its winners' appointments and its statistics are written in one transaction.

CREATE TABLE draw_days (
    service_date TEXT PRIMARY KEY, -- YYYY-MM-DD in the window's zone
    secret_sealed BYTEA NOT NULL,
    commitment TEXT NOT NULL,
    committed_at BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'drawn', 'held', 'published')),
    closed_at BIGINT,
    entry_count BIGINT,
    entries_digest TEXT,
    drawn_at BIGINT,
    record TEXT, -- the published record (JSON), once drawn
    stats TEXT, -- figures for the statistics page (JSON), once drawn
    held_reason TEXT,
    published_at BIGINT
);

-- One request per registration and service day. The position itself is never kept: only the
-- state it was counted in.
CREATE TABLE draw_requests (
    entry_id TEXT NOT NULL, -- 32 hex digits, random
    service_date TEXT NOT NULL REFERENCES draw_days (service_date),
    registration_id TEXT NOT NULL REFERENCES registrations (id),
    client_request_id TEXT NOT NULL,
    port_code TEXT NOT NULL REFERENCES ports (code),
    seats BIGINT NOT NULL,
    registered_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    channel TEXT NOT NULL, -- web or api: the fairness check looks at it
    state TEXT NOT NULL, -- ISO 3166-2 code of where the request was made from
    -- The day's entries in list order are the table itself; two B-trees in all, because this
    -- is the busiest write Garita has.
    PRIMARY KEY (service_date, entry_id),
    UNIQUE (registration_id, service_date)
);

-- Winners' appointments, created with the draw.
CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    entry_id TEXT NOT NULL UNIQUE,
    registration_id TEXT NOT NULL REFERENCES registrations (id),
    service_date TEXT NOT NULL,
    port_code TEXT NOT NULL REFERENCES ports (code),
    appointment_date TEXT NOT NULL,
    slot TEXT NOT NULL, -- HH:MM:SS, the port's local time
    seats BIGINT NOT NULL,
    pass TEXT NOT NULL CHECK (pass IN ('reserved', 'random')),
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    FOREIGN KEY (service_date, entry_id) REFERENCES draw_requests (service_date, entry_id)
);
CREATE INDEX appointments_registration ON appointments (registration_id);

-- Scheduled work, claimable by any node: the claim is a lease, so a node that dies mid-job
-- leaves it to another after the lease ends.
CREATE TABLE jobs (
    kind TEXT NOT NULL,
    service_date TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
    lease_owner TEXT,
    lease_until BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    done_at BIGINT,
    PRIMARY KEY (kind, service_date)
);
CREATE INDEX jobs_due ON jobs (status, due_at);

-- The daily request reads a registration's photos; without this it scanned every photo.
CREATE INDEX photos_registration ON photos (registration_id);
