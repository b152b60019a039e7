//! Observers of the draw (`docs/draw.md` 11.3): an observer commits to a secret of its own
//! before a day's window opens and reveals it after the close, within the reveal period; each
//! reveal is judged at once, so the observer holds a receipt of what the draw will take.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::domain::draw::{hex, unhex};
use crate::domain::observers::{Observer, RevealStatus};
use crate::store::observers::ObserverRow;
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_store::records::Effects;

/// Why a commitment or a reveal was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObserverRefusal {
    /// Not 32 bytes written as 64 hexadecimal characters.
    NotHex,
    /// The day's window has opened: commitments come before.
    TooLateToCommit,
    /// Already committed for that day (a commitment never changes).
    AlreadyCommitted,
    /// The window has not closed yet: a reveal now would tell the secret too early.
    TooEarlyToReveal,
    /// The reveal period is over (the draw has taken what it had).
    TooLateToReveal,
    /// Nothing was committed for that day.
    NothingCommitted,
    /// Revealed already.
    AlreadyRevealed,
}

impl Appointments {
    /// A day's observers, each reveal judged against its commitment.
    #[tracing::instrument(skip_all)]
    pub async fn observers_of_day(&self, date: NaiveDate) -> Result<Vec<Observer>> {
        let rows = self.store.observers_of(&date.to_string()).await?;
        Ok(rows.iter().map(|r| judge(date, r)).collect())
    }

    /// An observer's commitments, newest day first, judged.
    #[tracing::instrument(skip_all)]
    pub async fn observer_days(&self, observer_id: &str) -> Result<Vec<(NaiveDate, Observer)>> {
        let rows = self.store.commitments_of(observer_id, 60).await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let date: NaiveDate = r.service_date.parse().ok()?;
                Some((date, judge(date, r)))
            })
            .collect())
    }

    /// Keeps an observer's commitment for a day whose window has not opened yet.
    #[tracing::instrument(skip_all)]
    pub async fn observer_commit(
        &self,
        observer_id: &str,
        date: NaiveDate,
        commitment: &str,
    ) -> Result<Result<(), ObserverRefusal>> {
        let Some(commitment) = hex32(commitment) else {
            return Ok(Err(ObserverRefusal::NotHex));
        };
        if self.now_utc() >= self.draws.window.opens_at(date) {
            return Ok(Err(ObserverRefusal::TooLateToCommit));
        }
        let event = AuditEvent::new(self.now(), AppointmentAction::ObserverCommitted)
            .actor(observer_id)
            .subject(&date.to_string());
        let kept = self
            .store
            .commit_observer(
                &date.to_string(),
                observer_id,
                &hex(&commitment),
                self.now(),
                Effects::audit(event),
            )
            .await?;
        Ok(if kept {
            Ok(())
        } else {
            Err(ObserverRefusal::AlreadyCommitted)
        })
    }

    /// Keeps an observer's reveal for a closed day within the reveal period; returns how it
    /// was judged (a wrong reveal is kept too, and the record will say so).
    #[tracing::instrument(skip_all)]
    pub async fn observer_reveal(
        &self,
        observer_id: &str,
        date: NaiveDate,
        reveal: &str,
    ) -> Result<Result<RevealStatus, ObserverRefusal>> {
        let Some(reveal) = hex32(reveal) else {
            return Ok(Err(ObserverRefusal::NotHex));
        };
        let key = date.to_string();
        let day = self.store.day(&key).await?;
        let (closes_at, reveals_until) = match &day {
            Some(day) => (self.closes_at(day), self.reveals_until(day)),
            None => {
                let closes = self.draws.window.closes_at(date).timestamp_millis();
                (closes, closes + self.draws.reveal_ms)
            }
        };
        let now = self.now();
        if now < closes_at {
            return Ok(Err(ObserverRefusal::TooEarlyToReveal));
        }
        if now >= reveals_until || day.is_some_and(|d| d.drawn_at.is_some()) {
            return Ok(Err(ObserverRefusal::TooLateToReveal));
        }
        let rows = self.store.observers_of(&key).await?;
        let Some(row) = rows.iter().find(|r| r.observer_id == observer_id) else {
            return Ok(Err(ObserverRefusal::NothingCommitted));
        };
        let event = AuditEvent::new(now, AppointmentAction::ObserverRevealed)
            .actor(observer_id)
            .subject(&key);
        let kept = self
            .store
            .reveal_observer(&key, observer_id, &hex(&reveal), now, Effects::audit(event))
            .await?;
        if !kept {
            return Ok(Err(ObserverRefusal::AlreadyRevealed));
        }
        let revealed = ObserverRow {
            reveal: Some(hex(&reveal)),
            ..row.clone()
        };
        Ok(Ok(judge(date, &revealed).status))
    }
}

fn judge(date: NaiveDate, r: &ObserverRow) -> Observer {
    Observer::judge(
        date,
        &r.observer_id,
        r.name.as_deref().unwrap_or_default(),
        &r.commitment,
        r.reveal.as_deref(),
    )
}

/// 32 bytes from 64 hexadecimal characters (spaces around them allowed).
fn hex32(text: &str) -> Option<[u8; 32]> {
    unhex(text.trim())?.try_into().ok()
}
