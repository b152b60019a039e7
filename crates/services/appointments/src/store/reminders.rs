//! Reminders sent: one of each kind per appointment, its row and its message written together.

use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;
use std::collections::HashSet;

/// A reminder's kind, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// Before the deadline to confirm, while someone still has to.
    Confirm,
    /// The day before a confirmed appointment.
    DayBefore,
}

impl Reminder {
    pub fn code(self) -> &'static str {
        match self {
            Reminder::Confirm => "confirm",
            Reminder::DayBefore => "day-before",
        }
    }
}

#[async_trait]
pub trait ReminderStore {
    /// The appointments reminded of this kind since `since` (Unix ms), to skip them.
    async fn reminded(&self, kind: Reminder, since: i64) -> Result<HashSet<String>>;
    /// Records the reminder and writes its effects (the message) in one transaction; false if
    /// it was sent already (by this node or another).
    async fn remind(
        &self,
        appointment_id: &str,
        kind: Reminder,
        now: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Confirmed appointments on days from `from` to `to` (YYYY-MM-DD, both included).
    async fn confirmed_between(&self, from: &str, to: &str) -> Result<Vec<AppointmentRow>>;
}

macro_rules! impl_reminder_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::reminders::ReminderStore for $store {
            async fn reminded(
                &self,
                kind: $crate::store::reminders::Reminder,
                since: i64,
            ) -> garita_store::Result<std::collections::HashSet<String>> {
                let ids: Vec<String> = sqlx::query_scalar(
                    "SELECT appointment_id FROM reminders WHERE kind = $1 AND sent_at >= $2",
                )
                .bind(kind.code())
                .bind(since)
                .fetch_all(self.pool())
                .await?;
                Ok(ids.into_iter().collect())
            }

            async fn remind(
                &self,
                appointment_id: &str,
                kind: $crate::store::reminders::Reminder,
                now: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let new = sqlx::query(
                    "INSERT INTO reminders (appointment_id, kind, sent_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (appointment_id, kind) DO NOTHING",
                )
                .bind(appointment_id)
                .bind(kind.code())
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if new {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(new)
            }

            async fn confirmed_between(
                &self,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE status = 'confirmed' AND appointment_date >= $1 \
                      AND appointment_date <= $2 ORDER BY id"
                ))
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_reminder_store;
