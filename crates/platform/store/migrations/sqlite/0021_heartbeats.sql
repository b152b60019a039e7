-- Each node's heartbeat, and the times when no node was up: the first node back after a gap
-- records it, so that it counts as a degraded period like any other outage.
CREATE TABLE node_heartbeats (
    node TEXT PRIMARY KEY,
    started_at INTEGER NOT NULL,
    beat_at INTEGER NOT NULL
) STRICT;

CREATE TABLE downtimes (
    -- `down-<started_at>`: two nodes coming back together record one gap once
    id TEXT PRIMARY KEY,
    started_at INTEGER NOT NULL,
    ended_at INTEGER NOT NULL
) STRICT;

CREATE INDEX downtimes_by_end ON downtimes (ended_at);
