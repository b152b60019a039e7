//! The jobs of the daily draw: each service day's opening (its commitment, an hour before the
//! window), closing, draw and publication, a daily sweep of expired rate-limit counters and of
//! closed accounts whose retention period ended (`garita_kernel::closing`), and a
//! recurring watch that tells groups whose deadline an ended outage moved, lapses appointments
//! past their deadline, marks confirmed appointments nobody came to as no-shows, frees seats a
//! group no longer needs, and sends the reminders that are due. The planner
//! makes sure yesterday's, today's and tomorrow's jobs exist, so jobs missed while every node was
//! down are due at once when one comes back (catch-up). The worker is `jobs.rs`.

use super::draws::DrawOutcome;
use super::{Appointments, Result};
use chrono::{Days, NaiveDate};
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_store::jobs::NewJob;
use serde::{Deserialize, Serialize};

const MINUTE: i64 = 60_000;
/// Rate-limit counters (sign-in, sending limits) older than this are deleted by the sweep.
const RATE_LIMITS_KEPT: i64 = 2 * 24 * 60 * MINUTE;
/// How often deadlines, lapses and no-shows are looked at.
const WATCH_EVERY: i64 = 30_000;

/// The kinds of this file, and the planner of their jobs.
pub fn kinds(kinds: JobKinds<Appointments>) -> JobKinds<Appointments> {
    kinds
        .kind::<SweepRateLimits>()
        .kind::<OpenDay>()
        .kind::<CloseDay>()
        .kind::<DrawDay>()
        .kind::<PublishDay>()
        .kind::<Watch>()
        .kind::<KeepOneLive>()
        .kind::<ForgetClosed>()
        .kind::<WatchFaceRates>()
        .kind::<super::withdrawals::Withdraw>()
        .planner(plan)
}

/// Service days' jobs: the payload is the day, and there is one job of a kind per day.
macro_rules! day_job {
    ($($name:ident),*) => {
        $(
            #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
            pub struct $name {
                pub date: NaiveDate,
            }
        )*
    };
}
day_job!(
    SweepRateLimits,
    ForgetClosed,
    WatchFaceRates,
    OpenDay,
    CloseDay,
    DrawDay,
    PublishDay
);

fn day_key(kind: &str, date: NaiveDate) -> String {
    format!("{kind}:{date}")
}

/// Yesterday's, today's and tomorrow's jobs, and the watch.
fn plan(services: &Appointments) -> Vec<NewJob> {
    let window = &services.draws.window;
    let today = window.service_date(services.now_utc());
    let mut jobs = vec![
        new_job(&Watch {}, services.now()),
        new_job(&KeepOneLive {}, services.now()),
    ];
    for date in [today - Days::new(1), today, today + Days::new(1)] {
        let opens = window.opens_at(date).timestamp_millis();
        let closes = window.closes_at(date).timestamp_millis();
        // A day not opened yet follows the window as configured now (its zone or hours may
        // have changed since its jobs were planned); an opened day keeps its times.
        let opening = OpenDay { date }.dedup_key();
        jobs.extend(
            [
                new_job(&SweepRateLimits { date }, opens - 60 * MINUTE),
                new_job(&ForgetClosed { date }, opens - 60 * MINUTE),
                new_job(&WatchFaceRates { date }, opens - 60 * MINUTE),
                new_job(&OpenDay { date }, opens - 60 * MINUTE),
                new_job(&CloseDay { date }, closes),
                new_job(&DrawDay { date }, closes + MINUTE),
                new_job(&PublishDay { date }, closes + 2 * MINUTE),
            ]
            .map(|job| NewJob {
                moves_until: Some(opening.clone()),
                ..job
            }),
        );
    }
    jobs
}

impl BackgroundJob for SweepRateLimits {
    const KIND: &'static str = "rate-limits.sweep";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        let gone = services
            .store
            .sweep_rate_limits(services.now() - RATE_LIMITS_KEPT)
            .await?;
        tracing::info!(rate_limit_windows = gone, "swept");
        Ok(Outcome::Done)
    }
}

/// Each day: accounts closed longer ago than the retention period are forgotten (`closing`),
/// expired sessions and codes deleted, and live photos and posted wait times past their period
/// deleted.
impl BackgroundJob for ForgetClosed {
    const KIND: &'static str = "retention.forget-closed";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        let done = services.forget_due(services.retention).await?;
        let photos = services.forget_old_live_photos().await?;
        let waits = services.forget_old_wait_times().await?;
        tracing::info!(
            accounts = done.accounts,
            values = done.values,
            sessions = done.sessions,
            challenges = done.challenges,
            live_photos = photos,
            wait_times = waits,
            "retention"
        );
        Ok(Outcome::Done)
    }
}

/// Each day: programme admins are told (once a week) if over the last week the automatic
/// photo check sent one group to a person more than twice as often as everyone.
impl BackgroundJob for WatchFaceRates {
    const KIND: &'static str = "faces.watch-rates";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        let groups = services.watch_face_rates(self.date).await?;
        tracing::info!(groups, "face check rates watched");
        Ok(Outcome::Done)
    }
}

impl BackgroundJob for OpenDay {
    const KIND: &'static str = "appointments.open";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        // A day whose window is already over is not opened after the fact (catch-up after a
        // long outage): its commitment would come too late to mean anything.
        if services.now_utc() < services.draws.window.closes_at(self.date) {
            services.open_day(self.date).await?;
        }
        Ok(Outcome::Done)
    }
}

impl BackgroundJob for CloseDay {
    const KIND: &'static str = "appointments.close";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        services.close_day(self.date).await?;
        Ok(Outcome::Done)
    }
}

impl BackgroundJob for DrawDay {
    const KIND: &'static str = "appointments.draw";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        match services.run_draw(self.date).await? {
            DrawOutcome::StillOpen => {
                let closes = services
                    .draws
                    .window
                    .closes_at(self.date)
                    .timestamp_millis();
                Ok(Outcome::Later {
                    reason: "the window is still open".into(),
                    at: closes,
                })
            }
            DrawOutcome::Waiting { until } => Ok(Outcome::Later {
                reason: "waiting for the observers' reveals or the drand round".into(),
                at: until,
            }),
            _ => Ok(Outcome::Done),
        }
    }
}

impl BackgroundJob for PublishDay {
    const KIND: &'static str = "appointments.publish";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        day_key(Self::KIND, self.date)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        // Another node may still be drawing this day: come back shortly.
        let status = services
            .store
            .day(&self.date.to_string())
            .await?
            .map(|d| d.status);
        if matches!(status.as_deref(), Some("open" | "closed")) {
            return Ok(Outcome::Later {
                reason: "not drawn yet".into(),
                at: services.now() + 5_000,
            });
        }
        services.publish_day(self.date, None).await?;
        Ok(Outcome::Done)
    }
}

/// Deadlines moved by outages, lapses, no-shows, seats freed and reminders (each change a
/// compare and set, so a run that overlaps another node's changes nothing twice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watch {}

impl BackgroundJob for Watch {
    const KIND: &'static str = "appointments.watch";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        // One failing must not hold up the others; the first failure is reported (and retried).
        let told = services.tell_moved_deadlines().await;
        let lapsed = services.lapse_overdue().await;
        let no_shows = services.mark_no_shows().await;
        let released = services.release_unused_seats().await;
        let reminded = services.send_reminders().await;
        told?;
        lapsed?;
        no_shows?;
        released?;
        reminded?;
        Ok(Outcome::Again {
            at: services.now() + WATCH_EVERY,
        })
    }
}

/// Once: a registration that holds several live appointments (asked again while holding one,
/// before that was refused) keeps the earliest; the others are cancelled, their seats offered on,
/// and each group told, as for any cancellation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepOneLive {}

impl BackgroundJob for KeepOneLive {
    const KIND: &'static str = "appointments.keep-one-live";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        let live = services.store.several_live().await?;
        let (mut registrations, mut cancelled) = (0, 0);
        let mut kept: Option<&str> = None;
        for a in &live {
            if kept == Some(a.registration_id.as_str()) {
                let reason = "one live appointment per registration: the earliest is kept";
                if services.cancel_appointment("system", &a.id, reason).await? {
                    cancelled += 1;
                }
            } else {
                kept = Some(&a.registration_id);
                registrations += 1;
            }
        }
        tracing::info!(
            registrations,
            cancelled,
            "kept one live appointment per registration"
        );
        Ok(Outcome::Done)
    }
}
