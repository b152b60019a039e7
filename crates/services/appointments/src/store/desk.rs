//! At the port: appointments by day, and each traveller's arrival and outcome.

use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TravellerOutcome {
    pub appointment_id: String,
    pub traveller_id: String,
    pub arrived_at: i64,
    /// `paroled`, `nta`, `referred` or `not-admitted`; `None` while only arrived.
    pub outcome: Option<String>,
    pub parole_until: Option<String>,
    pub nta_number: Option<String>,
    pub note_sealed: Option<Vec<u8>>,
    pub officer: String,
    pub decided_at: Option<i64>,
}

/// Appointments of one port and date, counted (the admin overview).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DayCounts {
    pub port_code: String,
    pub appointment_date: String,
    /// Appointments that held or hold their seats (not lapsed, not cancelled).
    pub appointments: i64,
    /// Confirmed by every traveller (no-shows included: they were confirmed).
    pub confirmed: i64,
    pub no_shows: i64,
}

/// Travellers of one port and date with one outcome (`None`: arrived, not yet decided).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutcomeCount {
    pub port_code: String,
    pub appointment_date: String,
    pub outcome: Option<String>,
    pub travellers: i64,
}

#[async_trait]
pub trait DeskStore {
    /// Per port and date from `from` to `to`: appointments, confirmed, no-shows.
    async fn day_counts(&self, from: &str, to: &str) -> Result<Vec<DayCounts>>;
    /// Per port, date and outcome from `from` to `to`: travellers checked in.
    async fn outcome_counts(&self, from: &str, to: &str) -> Result<Vec<OutcomeCount>>;
    /// A port's appointments on a date, by time slot.
    async fn appointments_at(&self, port: &str, date: &str) -> Result<Vec<AppointmentRow>>;
    async fn outcomes_of(&self, appointment_id: &str) -> Result<Vec<TravellerOutcome>>;
    /// Records (or replaces) a traveller's arrival and outcome, with its audit entry.
    async fn record_outcome(&self, outcome: TravellerOutcome, effects: Effects) -> Result<()>;
    /// Confirmed appointments on or before `date` at which nobody has arrived.
    async fn nobody_arrived(&self, date: &str) -> Result<Vec<AppointmentRow>>;
    /// Marks a confirmed appointment a no-show, with `effects`, if it still is confirmed and
    /// nobody arrived (`Ok(false)` otherwise).
    async fn no_show(&self, appointment_id: &str, effects: Effects) -> Result<bool>;
}

macro_rules! impl_desk_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::desk::DeskStore for $store {
            async fn day_counts(
                &self,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::DayCounts>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, appointment_date, \
                     CAST(SUM(CASE WHEN status IN ('won', 'offered', 'confirmed', 'no-show') \
                         THEN 1 ELSE 0 END) AS BIGINT) AS appointments, \
                     CAST(SUM(CASE WHEN status IN ('confirmed', 'no-show') THEN 1 ELSE 0 END) \
                         AS BIGINT) AS confirmed, \
                     CAST(SUM(CASE WHEN status = 'no-show' THEN 1 ELSE 0 END) AS BIGINT) AS no_shows \
                     FROM appointments WHERE appointment_date >= $1 AND appointment_date <= $2 \
                     GROUP BY port_code, appointment_date",
                )
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn outcome_counts(
                &self,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::OutcomeCount>> {
                Ok(sqlx::query_as(
                    "SELECT a.port_code, a.appointment_date, o.outcome, \
                     CAST(COUNT(*) AS BIGINT) AS travellers \
                     FROM traveller_outcomes o JOIN appointments a ON a.id = o.appointment_id \
                     WHERE a.appointment_date >= $1 AND a.appointment_date <= $2 \
                     GROUP BY a.port_code, a.appointment_date, o.outcome",
                )
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn appointments_at(
                &self,
                port: &str,
                date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE port_code = $1 AND appointment_date = $2 ORDER BY slot, entry_id"
                ))
                .bind(port)
                .bind(date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn outcomes_of(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::TravellerOutcome>> {
                Ok(sqlx::query_as(
                    "SELECT appointment_id, traveller_id, arrived_at, outcome, parole_until, \
                     nta_number, note_sealed, officer, decided_at FROM traveller_outcomes \
                     WHERE appointment_id = $1 ORDER BY traveller_id",
                )
                .bind(appointment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn nobody_arrived(
                &self,
                date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE status = 'confirmed' AND appointment_date <= $1 AND NOT EXISTS \
                     (SELECT 1 FROM traveller_outcomes o WHERE o.appointment_id = appointments.id) \
                     ORDER BY appointment_date, id"
                ))
                .bind(date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn no_show(
                &self,
                appointment_id: &str,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let ended = sqlx::query(
                    "UPDATE appointments SET status = 'no-show' WHERE id = $1 AND status = 'confirmed' \
                     AND NOT EXISTS (SELECT 1 FROM traveller_outcomes o WHERE o.appointment_id = $1)",
                )
                .bind(appointment_id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if ended {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(ended)
            }

            async fn record_outcome(
                &self,
                o: $crate::store::desk::TravellerOutcome,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO traveller_outcomes (appointment_id, traveller_id, arrived_at, outcome, \
                     parole_until, nta_number, note_sealed, officer, decided_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                     ON CONFLICT (appointment_id, traveller_id) DO UPDATE SET \
                     outcome = excluded.outcome, parole_until = excluded.parole_until, \
                     nta_number = excluded.nta_number, note_sealed = excluded.note_sealed, \
                     officer = excluded.officer, decided_at = excluded.decided_at",
                )
                .bind(&o.appointment_id)
                .bind(&o.traveller_id)
                .bind(o.arrived_at)
                .bind(&o.outcome)
                .bind(&o.parole_until)
                .bind(&o.nta_number)
                .bind(&o.note_sealed)
                .bind(&o.officer)
                .bind(o.decided_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
pub(crate) use impl_desk_store;
