//! The job worker with kinds of the test's own: payloads, de-duplication, back-off, giving up,
//! unreadable payloads, unknown kinds, "not yet" and recurring jobs.

use crate::common::World;
use garita_kernel::Result;
use garita_kernel::Services;
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Fails while `FAILS_LEFT` is positive, then succeeds; records the word it was given.
#[derive(Serialize, Deserialize)]
struct Flaky {
    word: String,
}

static FAILS_LEFT: AtomicI64 = AtomicI64::new(0);
static RUNS: AtomicI64 = AtomicI64::new(0);

impl BackgroundJob for Flaky {
    const KIND: &'static str = "test.flaky";
    const MAX_ATTEMPTS: i64 = 3;
    // A kernel-level job: the build's context hands it the kernel's services.
    type Context = Services;
    fn dedup_key(&self) -> String {
        format!("test.flaky:{}", self.word)
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        RUNS.fetch_add(1, Ordering::SeqCst);
        if FAILS_LEFT.fetch_sub(1, Ordering::SeqCst) > 0 {
            // Any store failure will do: an unknown port is refused.
            let port = garita_domain::PortCode::parse("ZZZ").unwrap();
            services
                .store
                .capacity(
                    &port,
                    garita_domain::ServiceDate::parse("2027-01-15").unwrap(),
                )
                .await?;
        }
        Ok(if self.word == "recurring" {
            Outcome::Again {
                at: services.now() + 1_000,
            }
        } else if self.word == "later" && RUNS.load(Ordering::SeqCst) < 3 {
            Outcome::Later {
                reason: "waiting".into(),
                at: services.now() + 500,
            }
        } else {
            Outcome::Done
        })
    }
}

fn status(jobs: &[garita_store::jobs::JobRow], key: &str) -> (String, i64, Option<String>) {
    let j = jobs.iter().find(|j| j.dedup_key == key).unwrap();
    (j.status.clone(), j.attempts, j.last_error.clone())
}

#[tokio::test]
async fn failures_back_off_then_give_up_and_nothing_runs_twice() {
    let w = World::new().await;
    let mut services = w.services.clone();
    services.job_kinds = Arc::new(JobKinds::default().kind::<Flaky>());
    let store = services.store.clone();
    let at = services.now();
    let flaky = |word: &str| Flaky { word: word.into() };

    // Added once, however often it is asked for.
    let jobs = [new_job(&flaky("a"), at), new_job(&flaky("a"), at + 5)];
    assert_eq!(services.add_jobs(&jobs).await.unwrap().added, 1);

    // Two failures, 30 s then 60 s apart, then success on the third try.
    FAILS_LEFT.store(2, Ordering::SeqCst);
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 1);
    let (state, attempts, error) = status(&store.jobs().await.unwrap(), "test.flaky:a");
    assert_eq!((state.as_str(), attempts), ("pending", 1));
    assert!(error.is_some_and(|e| e.contains("ZZZ")));
    w.advance(29_000);
    assert_eq!(
        services.run_due_jobs("n").await.unwrap(),
        0,
        "not before 30 s"
    );
    w.advance(1_000);
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 1);
    w.advance(59_000);
    assert_eq!(
        services.run_due_jobs("n").await.unwrap(),
        0,
        "not before 60 s"
    );
    w.advance(1_000);
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 1);
    let (state, attempts, error) = status(&store.jobs().await.unwrap(), "test.flaky:a");
    assert_eq!((state.as_str(), attempts, error), ("done", 3, None));
    w.advance(3_600_000);
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 0, "done is done");

    // One that keeps failing is buried after its third try, for a person to look at.
    FAILS_LEFT.store(100, Ordering::SeqCst);
    services
        .add_jobs(&[new_job(&flaky("b"), services.now())])
        .await
        .unwrap();
    for _ in 0..3 {
        services.run_due_jobs("n").await.unwrap();
        w.advance(3_600_000);
    }
    assert_eq!(
        status(&store.jobs().await.unwrap(), "test.flaky:b").0,
        "dead"
    );
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 0);
    FAILS_LEFT.store(0, Ordering::SeqCst);

    // "Not yet" is no failure: it waits without using up its tries.
    RUNS.store(0, Ordering::SeqCst);
    services
        .add_jobs(&[new_job(&flaky("later"), services.now())])
        .await
        .unwrap();
    for _ in 0..2 {
        services.run_due_jobs("n").await.unwrap();
        let (state, attempts, error) = status(&store.jobs().await.unwrap(), "test.flaky:later");
        assert_eq!(
            (state.as_str(), attempts, error.as_deref()),
            ("pending", 0, Some("waiting"))
        );
        w.advance(500);
    }
    services.run_due_jobs("n").await.unwrap();
    assert_eq!(
        status(&store.jobs().await.unwrap(), "test.flaky:later").0,
        "done"
    );

    // A recurring job stays pending, due again each time.
    services
        .add_jobs(&[new_job(&flaky("recurring"), services.now())])
        .await
        .unwrap();
    for _ in 0..3 {
        assert_eq!(services.run_due_jobs("n").await.unwrap(), 1);
        assert_eq!(services.run_due_jobs("n").await.unwrap(), 0);
        w.advance(1_000);
    }
    assert_eq!(
        status(&store.jobs().await.unwrap(), "test.flaky:recurring").0,
        "pending"
    );
}

#[tokio::test]
async fn unreadable_payloads_are_buried_and_unknown_kinds_wait() {
    let w = World::new().await;
    let mut services = w.services.clone();
    services.job_kinds = Arc::new(JobKinds::default().kind::<Flaky>());
    let now = services.now();
    let job = |kind: &str, key: &str, payload: &str| garita_store::jobs::NewJob {
        kind: kind.into(),
        dedup_key: key.into(),
        payload: payload.into(),
        due_at: now,
        moves_until: None,
    };
    services
        .add_jobs(&[
            job("test.flaky", "bad", "{\"wrd\": 1}"),
            job("test.other", "other", "{}"),
        ])
        .await
        .unwrap();
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 2);
    let jobs = services.store.jobs().await.unwrap();
    let (state, _, error) = status(&jobs, "bad");
    assert_eq!(state, "dead");
    assert!(error.unwrap().contains("test.flaky"));
    // A newer node may know the kind: it stays, due again after a lease's time.
    let (state, _, error) = status(&jobs, "other");
    assert_eq!(
        (state.as_str(), error.as_deref()),
        ("pending", Some("unknown kind"))
    );
    assert_eq!(services.run_due_jobs("n").await.unwrap(), 0);
}

#[tokio::test]
async fn a_changed_window_moves_the_jobs_of_days_not_opened_yet() {
    use garita_domain::window::Window;
    let w = World::new().await; // 2027-01-15, 08:00 UTC
    let mut services = w.services.clone();
    let due = |jobs: &[garita_store::jobs::JobRow], key: &str| {
        jobs.iter().find(|j| j.dedup_key == key).unwrap().due_at
    };
    services.run_due_jobs("n").await.unwrap();
    let before = services.store.jobs().await.unwrap();
    // New York's noon to midnight: the day opens (its commitment) at 11:00 there, 16:00 UTC.
    let utc = |h: i64| 1_800_000_000_000 - 8 * 3_600_000 + h * 3_600_000;
    assert_eq!(due(&before, "appointments.open:2027-01-15"), utc(16));

    // The window moves to Mexico City, 10:00 to 20:00: today and tomorrow follow.
    services.draws.window = Window::parse("America/Mexico_City", "10:00", "20:00").unwrap();
    let moved = services.plan_jobs().await.unwrap();
    assert_eq!(moved.moved, 14, "seven jobs of each day not opened yet");
    let after = services.store.jobs().await.unwrap();
    assert_eq!(due(&after, "appointments.open:2027-01-15"), utc(15));
    assert_eq!(due(&after, "appointments.close:2027-01-15"), utc(26));
    assert_eq!(
        due(&after, "appointments.close:2027-01-14"),
        due(&before, "appointments.close:2027-01-14"),
        "yesterday's jobs ran: they stay"
    );

    // Once today is open, a change moves only tomorrow's.
    w.advance(7 * 3_600_000 + 60_000);
    services.run_due_jobs("n").await.unwrap();
    services.draws.window = Window::parse("America/Mexico_City", "11:00", "21:00").unwrap();
    let moved = services.plan_jobs().await.unwrap();
    assert_eq!(moved.moved, 7);
    let later = services.store.jobs().await.unwrap();
    assert_eq!(due(&later, "appointments.close:2027-01-15"), utc(26));
    assert_eq!(due(&later, "appointments.open:2027-01-16"), utc(24 + 16));
}
