-- A port's days: seats per time slot set by its supervisor, closures, the appointments a
-- closure (or the person) moved, and the wait times officers post.

-- When a date has rows here they are its slots' seats, and port_capacity holds their sum.
CREATE TABLE slot_seats (
    port_code TEXT NOT NULL REFERENCES ports (code),
    service_date TEXT NOT NULL, -- YYYY-MM-DD
    slot TEXT NOT NULL, -- HH:MM:SS, the port's local time
    seats INTEGER NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (port_code, service_date, slot)
) STRICT;

CREATE TABLE port_closures (
    port_code TEXT NOT NULL REFERENCES ports (code),
    service_date TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('weather', 'security', 'other')),
    closed_by TEXT NOT NULL,
    closed_at INTEGER NOT NULL,
    PRIMARY KEY (port_code, service_date)
) STRICT;

-- Every change of an appointment's port, date or time after the draw: the person's record.
CREATE TABLE appointment_moves (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    seq INTEGER NOT NULL,
    from_port TEXT NOT NULL,
    from_date TEXT NOT NULL,
    from_slot TEXT NOT NULL,
    to_port TEXT NOT NULL,
    to_date TEXT NOT NULL,
    to_slot TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('closure', 'port-chosen')),
    moved_at INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, seq)
) STRICT;

CREATE INDEX appointments_port_date ON appointments (port_code, appointment_date);

-- The latest wait an officer posted per port and lane type.
CREATE TABLE wait_times (
    port_code TEXT NOT NULL REFERENCES ports (code),
    lane TEXT NOT NULL CHECK (lane IN ('pedestrian', 'passenger', 'commercial')),
    operational_status TEXT NOT NULL CHECK (operational_status IN ('open', 'closed', 'n/a')),
    delay_minutes INTEGER CHECK (delay_minutes >= 0),
    lanes_open INTEGER NOT NULL CHECK (lanes_open >= 0),
    updated_at INTEGER NOT NULL,
    officer TEXT NOT NULL,
    PRIMARY KEY (port_code, lane)
) STRICT;
