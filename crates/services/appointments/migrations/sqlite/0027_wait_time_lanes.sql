-- Wait times for every lane of CBP's feed: besides each lane type's standard lanes (`pedestrian`,
-- `passenger`, `commercial`), the Ready Lanes on foot and by car, NEXUS/SENTRI by car and FAST for
-- trucks. SQLite cannot change a CHECK: the table is made again with the rows it holds.
CREATE TABLE wait_times_lanes (
    port_code TEXT NOT NULL REFERENCES ports (code),
    lane TEXT NOT NULL CHECK (lane IN ('pedestrian', 'pedestrian-ready', 'passenger',
        'passenger-sentri', 'passenger-ready', 'commercial', 'commercial-fast')),
    operational_status TEXT NOT NULL CHECK (operational_status IN ('open', 'closed', 'n/a')),
    delay_minutes INTEGER CHECK (delay_minutes >= 0),
    lanes_open INTEGER NOT NULL CHECK (lanes_open >= 0),
    updated_at INTEGER NOT NULL,
    officer TEXT NOT NULL,
    PRIMARY KEY (port_code, lane)
) STRICT;
INSERT INTO wait_times_lanes
    SELECT port_code, lane, operational_status, delay_minutes, lanes_open, updated_at, officer
    FROM wait_times;
DROP TABLE wait_times;
ALTER TABLE wait_times_lanes RENAME TO wait_times;
