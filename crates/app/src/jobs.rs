//! Background jobs: typed kinds with a JSON payload, a de-duplication key, a due time, retries
//! with back-off, run by whichever node claims them first (a lease; another node takes over when
//! it ends). A kind is a type implementing [`BackgroundJob`]; [`JobKinds`] lists the kinds this
//! build runs and the planners that make sure the jobs that must exist do.
//! Modelled on crates.io's `BackgroundJob` trait.

use crate::{Result, ServiceError, Services};
use futures_util::future::BoxFuture;
use garita_store::jobs::{Added, JobRow, NewJob};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

const MINUTE: i64 = 60_000;
/// Longer than any job takes; a node that dies holding a job frees it after this.
pub const LEASE: i64 = 10 * MINUTE;
/// Failed runs are tried again after 30 s, 1 min, 2 min, ... at most an hour apart.
const FIRST_RETRY: i64 = 30_000;
const LAST_RETRY: i64 = 60 * MINUTE;

/// A kind of job.
pub trait BackgroundJob: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The kind's stable name, `<area>.<what>` (it is stored; never rename one).
    const KIND: &'static str;
    /// Failed runs before the job is buried ('dead', logged) for a person to look at.
    const MAX_ATTEMPTS: i64 = 20;
    /// Jobs with the same key exist once (one per day, one for a recurring job...).
    fn dedup_key(&self) -> String;
    fn run(self, services: &Services) -> impl Future<Output = Result<Outcome>> + Send;
}

/// How a run ended, when it did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Not yet (something it waits for has not happened): due again at `at`, no failure counted.
    Later {
        reason: String,
        at: i64,
    },
    /// A recurring job: done for now, due again at `at`.
    Again {
        at: i64,
    },
}

/// The row that adds `job`, due at `due_at`.
pub fn new_job<J: BackgroundJob>(job: &J, due_at: i64) -> NewJob {
    NewJob {
        kind: J::KIND.to_string(),
        dedup_key: job.dedup_key(),
        payload: serde_json::to_string(job).expect("a job's payload serializes"),
        due_at,
        moves_until: None,
    }
}

type Runner = for<'a> fn(&'a Services, &'a str) -> BoxFuture<'a, Result<Outcome>>;
/// Makes sure the jobs that must exist do (a day's jobs, a recurring job), each look.
pub type Planner = fn(&Services) -> Vec<NewJob>;

fn run_payload<'a, J: BackgroundJob>(
    services: &'a Services,
    payload: &'a str,
) -> BoxFuture<'a, Result<Outcome>> {
    let job = serde_json::from_str::<J>(payload);
    Box::pin(async move {
        let job = job.map_err(|e| ServiceError::JobPayload(format!("{}: {e}", J::KIND)))?;
        job.run(services).await
    })
}

/// The kinds this build runs, and the planners of jobs that must exist.
#[derive(Default)]
pub struct JobKinds {
    runners: HashMap<&'static str, (Runner, i64)>,
    planners: Vec<Planner>,
}

impl JobKinds {
    pub fn kind<J: BackgroundJob>(mut self) -> Self {
        let known = self
            .runners
            .insert(J::KIND, (run_payload::<J>, J::MAX_ATTEMPTS));
        assert!(known.is_none(), "job kind {} listed twice", J::KIND);
        self
    }

    pub fn planner(mut self, planner: Planner) -> Self {
        self.planners.push(planner);
        self
    }
}

impl Services {
    /// Adds jobs (those whose key exists already stay, or move as `moves_until` says).
    pub async fn add_jobs(&self, jobs: &[NewJob]) -> Result<Added> {
        Ok(self.store.add_jobs(jobs, self.now()).await?)
    }

    /// Makes sure the jobs the planners want exist, at the times the configuration gives now.
    pub async fn plan_jobs(&self) -> Result<Added> {
        let planned: Vec<NewJob> = self
            .job_kinds
            .planners
            .iter()
            .flat_map(|plan| plan(self))
            .collect();
        let done = self.add_jobs(&planned).await?;
        if done.moved > 0 {
            tracing::info!(
                moved = done.moved,
                "jobs moved to the times the configuration gives now"
            );
        }
        Ok(done)
    }

    /// Plans, then runs every due job this node can claim. Returns how many ran.
    pub async fn run_due_jobs(&self, owner: &str) -> Result<usize> {
        self.plan_jobs().await?;
        let mut ran = 0;
        while let Some(job) = self.store.claim_job(self.now(), owner, LEASE).await? {
            self.run_claimed(&job).await?;
            ran += 1;
        }
        Ok(ran)
    }

    async fn run_claimed(&self, job: &JobRow) -> Result<()> {
        let store = &self.store;
        let key = job.dedup_key.as_str();
        let Some(&(run, max_attempts)) = self.job_kinds.runners.get(job.kind.as_str()) else {
            // A newer node may know it: leave it for later, loudly.
            tracing::error!(kind = %job.kind, "no runner for this job kind");
            let at = self.now() + LEASE;
            return Ok(store
                .reschedule_job(key, Some("unknown kind"), at, false)
                .await?);
        };
        match run(self, &job.payload).await {
            Ok(Outcome::Done) => store.finish_job(key, self.now()).await?,
            Ok(Outcome::Later { reason, at }) => {
                store.reschedule_job(key, Some(&reason), at, true).await?
            }
            Ok(Outcome::Again { at }) => store.reschedule_job(key, None, at, true).await?,
            Err(e @ ServiceError::JobPayload(_)) => {
                tracing::error!(kind = %job.kind, error = %e, "job buried: its payload cannot be read");
                store.bury_job(key, &e.to_string(), self.now()).await?
            }
            Err(e) if job.attempts >= max_attempts => {
                tracing::error!(kind = %job.kind, attempts = job.attempts, error = %e, "job buried after too many failures");
                store.bury_job(key, &e.to_string(), self.now()).await?
            }
            Err(e) => {
                let at = self.now() + retry_after(job.attempts);
                tracing::error!(kind = %job.kind, attempts = job.attempts, error = %e, "job failed; it will be tried again");
                store
                    .reschedule_job(key, Some(&e.to_string()), at, false)
                    .await?
            }
        }
        Ok(())
    }
}

/// Runs due jobs every `every` until `stop` changes: one per node, beside the server.
pub async fn worker(
    services: Services,
    every: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let owner = garita_security::codes::id();
    loop {
        if let Err(e) = services.run_due_jobs(&owner).await {
            tracing::error!(error = %e, "jobs: will try again");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {},
            _ = stop.changed() => return,
        }
    }
}

/// The wait before the next try after `attempts` failed runs: doubling, at most an hour.
fn retry_after(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 16) - 1;
    (FIRST_RETRY << doublings).min(LAST_RETRY)
}

#[cfg(test)]
mod tests {
    use super::retry_after;

    #[test]
    fn retries_back_off_to_an_hour() {
        assert_eq!(retry_after(1), 30_000);
        assert_eq!(retry_after(2), 60_000);
        assert_eq!(retry_after(5), 480_000);
        assert_eq!(retry_after(8), 3_600_000);
        assert_eq!(retry_after(1_000), 3_600_000);
    }
}
