//! Deadlines that know about outages. Garita records its own degraded periods: measured by the
//! server (its confirmation pages failing or too slow, [`Monitor`]) or declared by an admin. A
//! deadline to confirm moves later by their overlap with the time to act
//! (`garita_domain::deadline`), automatically; once a period has ended, each group whose
//! deadline it moved is told the new deadline and why.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::messages::{self as kinds, Facts};
use crate::store::draws::AppointmentRow;
use crate::store::outages::DegradedPeriod;
use garita_domain::AuditEvent;
use garita_domain::deadline::{Period, extended};
use garita_store::records::Effects;
use std::collections::VecDeque;

const MINUTE: i64 = 60_000;
/// How far back the public status page looks.
pub const STATUS_DAYS: i64 = 30;

/// What the public status page shows: the degraded periods of the last [`STATUS_DAYS`], oldest
/// first (one still going on last among those it began after).
#[derive(Debug, Clone)]
pub struct ServiceStatus {
    pub from: i64,
    pub now: i64,
    pub periods: Vec<DegradedPeriod>,
}

impl ServiceStatus {
    /// Since when confirming has not worked well, if it does not now.
    pub fn degraded_since(&self) -> Option<i64> {
        self.periods
            .iter()
            .filter(|p| p.ended_at.is_none())
            .map(|p| p.started_at)
            .min()
    }

    /// How long a period lasted (so far), in minutes: what it moved deadlines by.
    pub fn minutes(&self, p: &DegradedPeriod) -> i64 {
        (p.ended_at.unwrap_or(self.now) - p.started_at).max(0) / MINUTE
    }
}

impl Appointments {
    /// Degraded periods still open or ended after `from`, oldest first: this service's own
    /// (measured, declared) and the times no node was up (`garita_kernel::heartbeat`), as
    /// source `down`.
    #[tracing::instrument(skip_all)]
    pub async fn periods_since(&self, from: i64) -> Result<Vec<DegradedPeriod>> {
        let mut periods = self.store.periods_since(from).await?;
        periods.extend(
            self.store
                .downtimes_since(from)
                .await?
                .into_iter()
                .map(|d| DegradedPeriod {
                    id: d.id,
                    source: "down".into(),
                    started_at: d.started_at,
                    ended_at: Some(d.ended_at),
                    reason: String::new(),
                    declared_by: None,
                }),
        );
        periods.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        Ok(periods)
    }

    /// The degraded periods of the last [`STATUS_DAYS`], for the public status page.
    #[tracing::instrument(skip_all)]
    pub async fn service_status(&self) -> Result<ServiceStatus> {
        let now = self.now();
        let from = now - STATUS_DAYS * 24 * 60 * MINUTE;
        Ok(ServiceStatus {
            from,
            now,
            periods: self.periods_since(from).await?,
        })
    }

    /// A waiting appointment's deadline, with every degraded period so far taken out of the
    /// time to act (one still going on counts until now).
    #[tracing::instrument(skip_all)]
    pub async fn deadline_of(&self, a: &AppointmentRow) -> Result<Option<i64>> {
        let Some(from) = a.confirm_from else {
            return Ok(None);
        };
        let periods = self.periods_since(from).await?;
        Ok(self.deadline_with(a, &periods))
    }

    /// The same, with the degraded periods already read (for many appointments at once).
    pub(crate) fn deadline_with(&self, a: &AppointmentRow, rows: &[DegradedPeriod]) -> Option<i64> {
        let (Some(from), Some(by)) = (a.confirm_from, a.confirm_by) else {
            return None;
        };
        Some(extended(from, by, &periods(rows, false), self.now()))
    }

    /// An admin declares that confirming does not work (`Ok(false)` if one is already declared).
    #[tracing::instrument(skip_all)]
    pub async fn declare_incident(&self, admin: &str, reason: &str) -> Result<bool> {
        self.begin_period("declared", reason, Some(admin), self.now())
            .await
    }

    #[tracing::instrument(skip_all)]
    pub async fn end_incident(&self, admin: &str) -> Result<bool> {
        self.end_period("declared", Some(admin), self.now()).await
    }

    async fn begin_period(
        &self,
        source: &str,
        reason: &str,
        by: Option<&str>,
        at: i64,
    ) -> Result<bool> {
        let now = self.now();
        let event = AuditEvent::new(now, AppointmentAction::DegradedBegan)
            .actor(by.unwrap_or("system"))
            .detail(serde_json::json!({ "source": source, "reason": reason }).to_string());
        let period = DegradedPeriod {
            id: garita_security::codes::id(),
            source: source.into(),
            started_at: at,
            ended_at: None,
            reason: reason.into(),
            declared_by: by.map(str::to_string),
        };
        Ok(self
            .store
            .open_period(period, Effects::audit(event))
            .await?)
    }

    async fn end_period(&self, source: &str, by: Option<&str>, at: i64) -> Result<bool> {
        let event = AuditEvent::new(self.now(), AppointmentAction::DegradedEnded)
            .actor(by.unwrap_or("system"))
            .detail(serde_json::json!({ "source": source }).to_string());
        Ok(self
            .store
            .close_periods(source, at, Effects::audit(event))
            .await?
            > 0)
    }

    /// What the server measured about its own confirmation pages.
    #[tracing::instrument(skip_all)]
    pub async fn measured(&self, change: Change) -> Result<()> {
        match change {
            Change::Degraded { since } => {
                let reason = "confirmation pages failing or too slow";
                self.begin_period("measured", reason, None, since).await?;
            }
            Change::Recovered { at } => {
                self.end_period("measured", None, at).await?;
            }
        }
        Ok(())
    }

    /// Tells each group whose deadline ended periods moved later the new deadline and why (a
    /// period still going on is told when it ends). Returns how many were told.
    #[tracing::instrument(skip_all)]
    pub async fn tell_moved_deadlines(&self) -> Result<usize> {
        let waiting = self.store.waiting_appointments().await?;
        let Some(from) = waiting.iter().filter_map(|a| a.confirm_from).min() else {
            return Ok(0);
        };
        let ended = periods(&self.periods_since(from).await?, true);
        if ended.is_empty() {
            return Ok(0);
        }
        let mut told = 0;
        for a in waiting {
            let (Some(start), Some(by)) = (a.confirm_from, a.confirm_by) else {
                continue;
            };
            let deadline = extended(start, by, &ended, self.now());
            if deadline < a.deadline_told.unwrap_or(by) + MINUTE {
                continue;
            }
            let Some((account_id, mut payload)) = self.appointment_payload(&a, deadline).await?
            else {
                continue;
            };
            Facts::edit(&mut payload, |f| {
                f.moved_minutes = Some((deadline - by) / MINUTE)
            });
            let message = self.message(
                kinds::DEADLINE_MOVED,
                Some(&account_id),
                format!("deadline:{}:{deadline}", a.id),
                &payload,
            );
            if self
                .store
                .tell_deadline(&a.id, deadline, Effects::none().and_message(message))
                .await?
            {
                told += 1;
            }
        }
        Ok(told)
    }
}

fn periods(rows: &[DegradedPeriod], ended_only: bool) -> Vec<Period> {
    rows.iter()
        .filter(|p| !ended_only || p.ended_at.is_some())
        .map(|p| Period {
            start: p.started_at,
            end: p.ended_at,
        })
        .collect()
}

/// A change in how the confirmation pages are doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Since the first bad answer among those that tipped it.
    Degraded { since: i64 },
    /// At the first good answer after the last bad one.
    Recovered { at: i64 },
}

/// Watches the confirmation pages' answers on one node: degraded when, over the last five
/// minutes, at least five requests were answered and half of them failed (a server error) or
/// took longer than ten seconds; recovered after five minutes without a bad answer.
#[derive(Debug, Default)]
pub struct Monitor {
    seen: VecDeque<(i64, bool)>,
    degraded: bool,
    /// The first good answer after the last bad one, while degraded.
    good_since: Option<i64>,
}

impl Monitor {
    const WINDOW: i64 = 5 * MINUTE;
    /// An answer slower than this counts as a failure.
    pub const TOO_SLOW_MS: u128 = 10_000;

    /// Records one answer (`good`: neither a server error nor too slow).
    pub fn observe(&mut self, at: i64, good: bool) -> Option<Change> {
        self.seen.push_back((at, good));
        if !good {
            self.good_since = None;
        } else if self.good_since.is_none() {
            self.good_since = Some(at);
        }
        self.tick(at)
    }

    /// Moves the window on to `now` (also when nothing is asked).
    pub fn tick(&mut self, now: i64) -> Option<Change> {
        while self
            .seen
            .front()
            .is_some_and(|&(t, _)| t <= now - Self::WINDOW)
        {
            self.seen.pop_front();
        }
        let bad = self.seen.iter().filter(|(_, good)| !good).count();
        if !self.degraded && self.seen.len() >= 5 && bad * 2 >= self.seen.len() {
            self.degraded = true;
            let since = self.seen.iter().find(|(_, good)| !good).map(|&(t, _)| t);
            return Some(Change::Degraded {
                since: since.unwrap_or(now),
            });
        }
        if self.degraded && bad == 0 {
            self.degraded = false;
            return Some(Change::Recovered {
                at: self.good_since.take().unwrap_or(now),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_the_answers_bad_over_five_minutes_is_degraded_and_five_good_minutes_recover() {
        let mut m = Monitor::default();
        for i in 0..4 {
            assert_eq!(m.observe(i * 1000, false), None, "too few to judge");
        }
        assert_eq!(m.observe(4_000, true), Some(Change::Degraded { since: 0 }));
        assert_eq!(
            m.observe(60_000, true),
            None,
            "bad answers still in the window"
        );
        assert_eq!(m.tick(4 * MINUTE), None);
        assert_eq!(
            m.tick(5 * MINUTE + 3_001),
            Some(Change::Recovered { at: 4_000 })
        );
        assert_eq!(m.tick(6 * MINUTE), None);
    }

    #[test]
    fn a_few_failures_among_many_answers_are_not_an_outage() {
        let mut m = Monitor::default();
        for i in 0..100 {
            assert_eq!(m.observe(i * 1000, i % 10 != 0), None);
        }
    }
}
