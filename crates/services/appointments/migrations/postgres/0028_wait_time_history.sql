-- Every wait time posted, kept seven days for the public chart of each port's last week
-- (`/wait-times/{port}`); the day's retention job deletes older rows. Who posted stays in the
-- audit log, not here.
CREATE TABLE wait_time_history (
    port_code TEXT NOT NULL REFERENCES ports (code),
    lane TEXT NOT NULL,
    operational_status TEXT NOT NULL CHECK (operational_status IN ('open', 'closed', 'n/a')),
    delay_minutes BIGINT CHECK (delay_minutes >= 0),
    lanes_open BIGINT NOT NULL CHECK (lanes_open >= 0),
    posted_at BIGINT NOT NULL
);
CREATE INDEX wait_time_history_by_port ON wait_time_history (port_code, posted_at);
