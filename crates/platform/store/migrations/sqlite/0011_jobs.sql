-- Typed background jobs: any kind, a JSON payload, a de-duplication key, a due time, a lease (one node runs it; another takes over when the lease ends),
-- and attempts counted for back-off; a job that fails too often is 'dead' until someone looks.
CREATE TABLE background_jobs (
    -- Its identity: a job with the same key exists once (one per day and kind, say).
    dedup_key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'dead')),
    lease_owner TEXT,
    lease_until INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    done_at INTEGER
) STRICT;
CREATE INDEX background_jobs_due ON background_jobs (status, due_at);

-- The day jobs of the old table carry over with the kinds and keys the new code gives them, so
-- nothing already done runs again. The old table stays until no running node reads it
-- (migrations/README.md: expand, then contract).
INSERT INTO background_jobs
    (dedup_key, kind, payload, due_at, status, lease_owner, lease_until, attempts,
     last_error, created_at, done_at)
SELECT k.kind || ':' || j.service_date, k.kind,
       '{"date":"' || j.service_date || '"}', j.due_at, j.status, j.lease_owner, j.lease_until,
       j.attempts, j.last_error, j.due_at, j.done_at
FROM jobs j
JOIN (SELECT 'open' AS old, 'appointments.open' AS kind
      UNION ALL SELECT 'close', 'appointments.close'
      UNION ALL SELECT 'draw', 'appointments.draw'
      UNION ALL SELECT 'publish', 'appointments.publish'
      UNION ALL SELECT 'sweep', 'rate-limits.sweep') k ON k.old = j.kind;
