//! Background jobs in the database: a kind, a JSON payload, a de-duplication key, a due time, a
//! lease and attempts. Any node claims due jobs; the store knows nothing of what a kind does.

use crate::Result;
use async_trait::async_trait;

/// A job to add. A job whose `dedup_key` exists already (pending, done or dead) is not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub kind: String,
    pub dedup_key: String,
    /// JSON.
    pub payload: String,
    pub due_at: i64,
    /// While the job with this key is pending and nobody holds it, an existing job of this key
    /// moves to `due_at` (its schedule changed); once that job ran, the job stays where it is.
    pub moves_until: Option<String>,
}

/// What adding jobs did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    pub added: usize,
    /// Existing jobs moved to a new due time.
    pub moved: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct JobRow {
    /// Its identity: a job with the same key exists once.
    pub dedup_key: String,
    pub kind: String,
    pub payload: String,
    pub due_at: i64,
    /// `pending`, `done` or `dead` (failed too often: someone must look).
    pub status: String,
    pub lease_owner: Option<String>,
    pub lease_until: Option<i64>,
    /// Times it was claimed, this one included.
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub done_at: Option<i64>,
}

#[async_trait]
pub trait JobStore {
    /// Adds the jobs whose de-duplication key is new, and moves those that exist where their
    /// `moves_until` says so.
    async fn add_jobs(&self, jobs: &[NewJob], now: i64) -> Result<Added>;
    /// Claims the earliest due pending job nobody holds a live lease on, counting the attempt.
    async fn claim_job(&self, now: i64, owner: &str, lease_ms: i64) -> Result<Option<JobRow>>;
    async fn finish_job(&self, key: &str, now: i64) -> Result<()>;
    /// Keeps the job pending, due again at `due_at`, with `error` (or none) as its last error.
    /// `reset_attempts` when the run did not fail (not yet; a recurring job's next run), so
    /// only failures count towards giving up.
    async fn reschedule_job(
        &self,
        key: &str,
        error: Option<&str>,
        due_at: i64,
        reset_attempts: bool,
    ) -> Result<()>;
    /// Gives up on a job that failed too often.
    async fn bury_job(&self, key: &str, error: &str, now: i64) -> Result<()>;
    /// Every job, in due order.
    async fn jobs(&self) -> Result<Vec<JobRow>>;
    /// Per kind: jobs due by `now` and not done, the oldest one's due time, and dead jobs.
    async fn job_figures(&self, now: i64) -> Result<Vec<JobFigures>>;
}

/// How one kind of job is keeping up (for `/metrics`).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct JobFigures {
    pub kind: String,
    /// Pending and due by now (running ones included).
    pub due: i64,
    pub oldest_due_at: Option<i64>,
    pub dead: i64,
}

macro_rules! select_job {
    () => {
        "SELECT dedup_key, kind, payload, due_at, status, lease_owner, lease_until, attempts, \
         last_error, created_at, done_at FROM background_jobs"
    };
}
pub(crate) use select_job;

macro_rules! impl_job_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::jobs::JobStore for $store {
            async fn add_jobs(
                &self,
                jobs: &[$crate::jobs::NewJob],
                now: i64,
            ) -> $crate::Result<$crate::jobs::Added> {
                let mut tx = self.write_tx().await?;
                let mut done = $crate::jobs::Added::default();
                for j in jobs {
                    let added = sqlx::query(
                        "INSERT INTO background_jobs (dedup_key, kind, payload, due_at, status, \
                         created_at) VALUES ($1, $2, $3, $4, 'pending', $5) \
                         ON CONFLICT (dedup_key) DO NOTHING",
                    )
                    .bind(&j.dedup_key)
                    .bind(&j.kind)
                    .bind(&j.payload)
                    .bind(j.due_at)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    done.added += added as usize;
                    let Some(until) = j.moves_until.as_ref().filter(|_| added == 0) else {
                        continue;
                    };
                    done.moved += sqlx::query(
                        "UPDATE background_jobs SET due_at = $2 WHERE dedup_key = $1 \
                         AND status = 'pending' AND lease_until IS NULL AND due_at <> $2 \
                         AND EXISTS (SELECT 1 FROM background_jobs g WHERE g.dedup_key = $3 \
                         AND g.status = 'pending' AND g.lease_until IS NULL)",
                    )
                    .bind(&j.dedup_key)
                    .bind(j.due_at)
                    .bind(until)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected() as usize;
                }
                tx.commit().await?;
                Ok(done)
            }

            async fn claim_job(
                &self,
                now: i64,
                owner: &str,
                lease_ms: i64,
            ) -> $crate::Result<Option<$crate::jobs::JobRow>> {
                let mut tx = self.write_tx().await?;
                let job: Option<$crate::jobs::JobRow> = sqlx::query_as(concat!(
                    $crate::jobs::select_job!(),
                    " WHERE status = 'pending' AND due_at <= $1 \
                     AND (lease_until IS NULL OR lease_until < $1) ORDER BY due_at, dedup_key LIMIT 1"
                ))
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(mut job) = job else {
                    return Ok(None);
                };
                // The lease is taken only if nobody took it since the read (PostgreSQL reads
                // without locking; SQLite's write transaction already excludes others).
                let taken = sqlx::query(
                    "UPDATE background_jobs SET lease_owner = $2, lease_until = $3, \
                     attempts = attempts + 1 \
                     WHERE dedup_key = $1 AND status = 'pending' AND (lease_until IS NULL OR lease_until < $4)",
                )
                .bind(&job.dedup_key)
                .bind(owner)
                .bind(now + lease_ms)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                if taken == 0 {
                    return Ok(None);
                }
                job.lease_owner = Some(owner.to_string());
                job.lease_until = Some(now + lease_ms);
                job.attempts += 1;
                Ok(Some(job))
            }

            async fn finish_job(&self, key: &str, now: i64) -> $crate::Result<()> {
                sqlx::query(
                    "UPDATE background_jobs SET status = 'done', done_at = $2, lease_until = NULL, \
                     last_error = NULL WHERE dedup_key = $1",
                )
                .bind(key)
                .bind(now)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn reschedule_job(
                &self,
                key: &str,
                error: Option<&str>,
                due_at: i64,
                reset_attempts: bool,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "UPDATE background_jobs SET due_at = $3, last_error = $2, lease_owner = NULL, \
                     lease_until = NULL, attempts = CASE WHEN $4 THEN 0 ELSE attempts END \
                     WHERE dedup_key = $1 AND status = 'pending'",
                )
                .bind(key)
                .bind(error)
                .bind(due_at)
                .bind(reset_attempts)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn bury_job(&self, key: &str, error: &str, now: i64) -> $crate::Result<()> {
                sqlx::query(
                    "UPDATE background_jobs SET status = 'dead', last_error = $2, done_at = $3, \
                     lease_until = NULL WHERE dedup_key = $1",
                )
                .bind(key)
                .bind(error)
                .bind(now)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn jobs(&self) -> $crate::Result<Vec<$crate::jobs::JobRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::jobs::select_job!(),
                    " ORDER BY due_at, dedup_key"
                ))
                .fetch_all(&self.pool)
                .await?)
            }

            async fn job_figures(
                &self,
                now: i64,
            ) -> $crate::Result<Vec<$crate::jobs::JobFigures>> {
                Ok(sqlx::query_as(
                    "SELECT kind, \
                     SUM(CASE WHEN status = 'pending' AND due_at <= $1 THEN 1 ELSE 0 END) AS due, \
                     MIN(CASE WHEN status = 'pending' AND due_at <= $1 THEN due_at END) AS oldest_due_at, \
                     SUM(CASE WHEN status = 'dead' THEN 1 ELSE 0 END) AS dead \
                     FROM background_jobs WHERE status <> 'done' GROUP BY kind ORDER BY kind",
                )
                .bind(now)
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_job_store;
