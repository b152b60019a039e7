//! Jobs in the database: each day's opening (its commitment, an hour before the window), closing,
//! draw and publication, and a daily sweep of expired rate-limit counters. Each look also tells
//! groups whose deadline an ended outage moved, lapses appointments past their deadline, and
//! marks confirmed appointments nobody came to as no-shows. Any node runs due jobs; a job is claimed with a lease, so one node runs it
//! and another takes over if that node dies. Jobs missed while every node was down are due at
//! once when one comes back (catch-up).

use crate::draws::DrawOutcome;
use crate::{Result, Services};
use chrono::{Days, NaiveDate};
use garita_storage::draws::JobRow;

const MINUTE: i64 = 60_000;
/// Longer than any job takes; a node that dies holding a job frees it after this.
const LEASE: i64 = 10 * MINUTE;

/// The jobs of one service day, in the order they fall due.
pub const KINDS: [&str; 5] = ["sweep", "open", "close", "draw", "publish"];
/// Rate-limit counters (sign-in, sending limits) older than this are deleted by the sweep.
const RATE_LIMITS_KEPT: i64 = 2 * 24 * 60 * MINUTE;

impl Services {
    /// When each of a day's jobs is due (Unix milliseconds).
    fn due_at(&self, kind: &str, date: NaiveDate) -> i64 {
        let window = &self.draws.window;
        let closes = window.closes_at(date).timestamp_millis();
        match kind {
            "sweep" | "open" => window.opens_at(date).timestamp_millis() - 60 * MINUTE,
            "close" => closes,
            "draw" => closes + MINUTE,
            _ => closes + 2 * MINUTE,
        }
    }

    /// Makes sure yesterday's, today's and tomorrow's jobs exist.
    pub async fn schedule_days(&self) -> Result<()> {
        let today = self.draws.window.service_date(self.now_utc());
        let days = [today - Days::new(1), today, today + Days::new(1)];
        let jobs = days
            .iter()
            .flat_map(|&date| {
                KINDS.iter().map(move |kind| JobRow {
                    kind: kind.to_string(),
                    service_date: date.to_string(),
                    due_at: self.due_at(kind, date),
                    status: "pending".into(),
                    lease_owner: None,
                    lease_until: None,
                    attempts: 0,
                    last_error: None,
                    done_at: None,
                })
            })
            .collect();
        Ok(self.store.schedule(jobs).await?)
    }

    /// Schedules days, then runs every due job this node can claim. Returns how many ran.
    pub async fn run_due_jobs(&self, owner: &str) -> Result<usize> {
        self.schedule_days().await?;
        // Deadlines are looked at on every look, on every node (each change is a compare and
        // set); their failure must not hold up the day's jobs.
        if let Err(error) = self.tell_moved_deadlines().await {
            tracing::error!(%error, "telling moved deadlines; will try again");
        }
        if let Err(error) = self.lapse_overdue().await {
            tracing::error!(%error, "lapsing overdue appointments; will try again");
        }
        if let Err(error) = self.mark_no_shows().await {
            tracing::error!(%error, "marking no-shows; will try again");
        }
        let mut ran = 0;
        while let Some(job) = self.store.claim_job(self.now(), owner, LEASE).await? {
            let Ok(date) = NaiveDate::parse_from_str(&job.service_date, "%Y-%m-%d") else {
                self.store
                    .fail_job(&job.kind, &job.service_date, "not a date", i64::MAX)
                    .await?;
                continue;
            };
            match self.run_job(&job.kind, date).await {
                Ok(None) => {
                    self.store
                        .finish_job(&job.kind, &job.service_date, self.now())
                        .await?
                }
                Ok(Some((reason, retry_at))) => {
                    self.store
                        .fail_job(&job.kind, &job.service_date, &reason, retry_at)
                        .await?
                }
                Err(e) => {
                    tracing::error!(kind = %job.kind, service_date = %job.service_date, error = %e, "job failed; it will be tried again");
                    self.store
                        .fail_job(
                            &job.kind,
                            &job.service_date,
                            &e.to_string(),
                            self.now() + MINUTE,
                        )
                        .await?;
                }
            }
            ran += 1;
        }
        Ok(ran)
    }

    /// Runs one job; `Some((reason, when))` asks for it to be run again later.
    async fn run_job(&self, kind: &str, date: NaiveDate) -> Result<Option<(String, i64)>> {
        match kind {
            // A day whose window is already over is not opened after the fact (catch-up after a
            // long outage): its commitment would come too late to mean anything.
            "open" if self.now_utc() < self.draws.window.closes_at(date) => {
                self.open_day(date).await?;
            }
            "open" => {}
            "close" => self.close_day(date).await?,
            "draw" => {
                if self.run_draw(date, b"").await? == DrawOutcome::StillOpen {
                    let closes = self.draws.window.closes_at(date).timestamp_millis();
                    return Ok(Some(("the window is still open".into(), closes)));
                }
            }
            "sweep" => {
                let gone = self
                    .store
                    .sweep_rate_limits(self.now() - RATE_LIMITS_KEPT)
                    .await?;
                tracing::info!(rate_limit_windows = gone, "swept");
            }
            _ => {
                // Another node may still be drawing this day: come back shortly.
                let status = self.store.day(&date.to_string()).await?.map(|d| d.status);
                if matches!(status.as_deref(), Some("open" | "closed")) {
                    return Ok(Some(("not drawn yet".into(), self.now() + 5_000)));
                }
                self.publish_day(date, None).await?;
            }
        }
        Ok(None)
    }
}
