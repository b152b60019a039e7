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
    /// What it runs with: the kernel's `Services` for the kernel's jobs, a service's own for
    /// that service's.
    type Context: Send + Sync + 'static;
    /// Jobs with the same key exist once (one per day, one for a recurring job...).
    fn dedup_key(&self) -> String;
    fn run(self, context: &Self::Context) -> impl Future<Output = Result<Outcome>> + Send;
}

/// What a build's jobs run with: the kernel's services and each service's own context (`AsRef`
/// of each), and the kinds it runs.
pub trait JobContext: AsRef<Services> + Send + Sync + Sized + 'static {
    fn job_kinds(&self) -> &JobKinds<Self>;
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

type Runner<C> = for<'a> fn(&'a C, &'a str) -> BoxFuture<'a, Result<Outcome>>;
/// Makes sure the jobs that must exist do (a day's jobs, a recurring job), each look.
type Planner<C> = Box<dyn Fn(&C) -> Vec<NewJob> + Send + Sync>;

fn run_payload<'a, C, J>(context: &'a C, payload: &'a str) -> BoxFuture<'a, Result<Outcome>>
where
    C: AsRef<J::Context> + Sync,
    J: BackgroundJob,
{
    let job = serde_json::from_str::<J>(payload);
    Box::pin(async move {
        let job = job.map_err(|e| ServiceError::JobPayload(format!("{}: {e}", J::KIND)))?;
        job.run(context.as_ref()).await
    })
}

/// The kinds a build runs, and the planners of jobs that must exist.
pub struct JobKinds<C> {
    runners: HashMap<&'static str, (Runner<C>, i64)>,
    planners: Vec<Planner<C>>,
}

impl<C> Default for JobKinds<C> {
    fn default() -> Self {
        JobKinds {
            runners: HashMap::new(),
            planners: vec![],
        }
    }
}

impl<C: Sync + 'static> JobKinds<C> {
    pub fn kind<J: BackgroundJob>(mut self) -> Self
    where
        C: AsRef<J::Context>,
    {
        let known = self
            .runners
            .insert(J::KIND, (run_payload::<C, J>, J::MAX_ATTEMPTS));
        assert!(known.is_none(), "job kind {} listed twice", J::KIND);
        self
    }

    /// A planner reading the context of the kinds it plans (`X`: the kernel's or a service's).
    pub fn planner<X: 'static>(mut self, planner: fn(&X) -> Vec<NewJob>) -> Self
    where
        C: AsRef<X>,
    {
        self.planners
            .push(Box::new(move |c: &C| planner(c.as_ref())));
        self
    }
}

impl Services {
    /// Adds jobs (those whose key exists already stay, or move as `moves_until` says).
    #[tracing::instrument(skip_all)]
    pub async fn add_jobs(&self, jobs: &[NewJob]) -> Result<Added> {
        Ok(self.store.add_jobs(jobs, self.now()).await?)
    }
}

/// Makes sure the jobs the planners want exist, at the times the configuration gives now.
pub async fn plan_jobs<C: JobContext>(context: &C) -> Result<Added> {
    let planned: Vec<NewJob> = context
        .job_kinds()
        .planners
        .iter()
        .flat_map(|plan| plan(context))
        .collect();
    let done = context.as_ref().add_jobs(&planned).await?;
    if done.moved > 0 {
        tracing::info!(
            moved = done.moved,
            "jobs moved to the times the configuration gives now"
        );
    }
    Ok(done)
}

/// Plans, then runs every due job this node can claim. Returns how many ran.
pub async fn run_due_jobs<C: JobContext>(context: &C, owner: &str) -> Result<usize> {
    plan_jobs(context).await?;
    let services: &Services = context.as_ref();
    let mut ran = 0;
    while let Some(job) = services
        .store
        .claim_job(services.now(), owner, LEASE)
        .await?
    {
        run_claimed(context, &job).await?;
        ran += 1;
    }
    Ok(ran)
}

async fn run_claimed<C: JobContext>(context: &C, job: &JobRow) -> Result<()> {
    let services: &Services = context.as_ref();
    let store = &services.store;
    let key = job.dedup_key.as_str();
    let Some(&(run, max_attempts)) = context.job_kinds().runners.get(job.kind.as_str()) else {
        // A newer node may know it: leave it for later, loudly.
        tracing::error!(kind = %job.kind, "no runner for this job kind");
        let at = services.now() + LEASE;
        return Ok(store
            .reschedule_job(key, Some("unknown kind"), at, false)
            .await?);
    };
    match run(context, &job.payload).await {
        Ok(Outcome::Done) => store.finish_job(key, services.now()).await?,
        Ok(Outcome::Later { reason, at }) => {
            store.reschedule_job(key, Some(&reason), at, true).await?
        }
        Ok(Outcome::Again { at }) => store.reschedule_job(key, None, at, true).await?,
        Err(e @ ServiceError::JobPayload(_)) => {
            tracing::error!(kind = %job.kind, error = %e, "job buried: its payload cannot be read");
            store.bury_job(key, &e.to_string(), services.now()).await?
        }
        Err(e) if job.attempts >= max_attempts => {
            tracing::error!(kind = %job.kind, attempts = job.attempts, error = %e, "job buried after too many failures");
            store.bury_job(key, &e.to_string(), services.now()).await?
        }
        Err(e) => {
            let at = services.now() + retry_after(job.attempts);
            tracing::error!(kind = %job.kind, attempts = job.attempts, error = %e, "job failed; it will be tried again");
            store
                .reschedule_job(key, Some(&e.to_string()), at, false)
                .await?
        }
    }
    Ok(())
}

/// Runs due jobs every `every` until `stop` changes: one per node, beside the server.
pub async fn worker<C: JobContext>(
    context: C,
    every: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let owner = garita_security::codes::id();
    loop {
        if let Err(e) = run_due_jobs(&context, &owner).await {
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
