//! A programme decision that cancels every standing appointment in a scope (appointment days,
//! at one port or at all): each group is told once, in its language; each record keeps what it
//! held; each proof checks as cancelled. Unlike one cancellation, nothing is offered to the
//! alternates (the day's published record says `withdrawn`, `docs/draw.md` section 10.5): every
//! seat in the scope is being taken back. The work runs as a job, so a restart midway finishes
//! it, and each appointment is cancelled once whatever happens.

use super::lapses::Ending;
use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::draws::AppointmentRow;
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_kernel::jobs::{BackgroundJob, Outcome, new_job};
use garita_store::records::Effects;
use serde::{Deserialize, Serialize};

/// Which appointments a decision takes back: those on the appointment days `from..=to`, at
/// `port` or, without one, at every port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub port: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Scope {
    /// `None` when the days are backwards.
    pub fn new(port: Option<String>, from: NaiveDate, to: NaiveDate) -> Option<Scope> {
        (from <= to).then_some(Scope { port, from, to })
    }
}

/// The job that carries a decision out. `id` is the decision's (made when the admin saw what
/// it cancels), so confirming it twice queues it once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdraw {
    pub id: String,
    pub actor: String,
    pub reason: String,
    pub scope: Scope,
}

impl BackgroundJob for Withdraw {
    const KIND: &'static str = "appointments.withdraw";
    type Context = Appointments;
    fn dedup_key(&self) -> String {
        format!("{}:{}", Self::KIND, self.id)
    }
    async fn run(self, services: &Appointments) -> Result<Outcome> {
        let cancelled = services
            .withdraw_now(&self.actor, &self.scope, &self.reason)
            .await?;
        tracing::info!(cancelled, "appointments withdrawn");
        Ok(Outcome::Done)
    }
}

impl Appointments {
    /// The appointments standing in `scope` now (what a decision would cancel).
    pub async fn standing_in(&self, scope: &Scope) -> Result<Vec<AppointmentRow>> {
        Ok(self
            .store
            .live_between(
                scope.port.as_deref(),
                &scope.from.to_string(),
                &scope.to.to_string(),
            )
            .await?)
    }

    /// Records the decision (audited, with how many it takes back now) and queues the job that
    /// carries it out. `id` makes a second confirmation of the same decision a no-op.
    pub async fn withdraw_appointments(
        &self,
        id: &str,
        actor: &str,
        scope: Scope,
        reason: &str,
    ) -> Result<usize> {
        let standing = self.standing_in(&scope).await?.len();
        let job = Withdraw {
            id: id.to_string(),
            actor: actor.to_string(),
            reason: reason.to_string(),
            scope,
        };
        let added = self
            .services
            .add_jobs(&[new_job(&job, self.now())])
            .await?
            .added;
        if added > 0 {
            let detail = serde_json::json!({
                "port": job.scope.port,
                "from": job.scope.from,
                "to": job.scope.to,
                "standing": standing,
                "reason": job.reason,
            });
            let event = AuditEvent::new(self.now(), AppointmentAction::AppointmentsWithdrawn)
                .actor(actor)
                .detail(detail.to_string());
            self.store.enqueue(Effects::audit(event)).await?;
        }
        Ok(standing)
    }

    /// Cancels every appointment standing in `scope`, without offers. Returns how many.
    pub async fn withdraw_now(&self, actor: &str, scope: &Scope, reason: &str) -> Result<usize> {
        let mut cancelled = 0;
        let mut days = Default::default();
        for a in self.standing_in(scope).await? {
            let ending = Ending::Withdrawn {
                actor: actor.to_string(),
                reason: reason.to_string(),
            };
            if self.release(&a, ending, &mut days).await? {
                cancelled += 1;
            }
        }
        Ok(cancelled)
    }
}
