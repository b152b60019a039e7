//! Garita's degraded periods, and the deadlines they move.

use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DegradedPeriod {
    pub id: String,
    /// `measured` (by the server itself), `declared` (by an admin) or `down` (no node was up).
    pub source: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub reason: String,
    pub declared_by: Option<String>,
}

#[async_trait]
pub trait OutageStore {
    /// Starts a period unless one of the same source is still open (`Ok(false)` then).
    async fn open_period(&self, period: DegradedPeriod, effects: Effects) -> Result<bool>;
    /// Ends the open periods of a source; returns how many.
    async fn close_periods(&self, source: &str, at: i64, effects: Effects) -> Result<u64>;
    /// Periods still open or ended after `from`, oldest first.
    async fn periods_since(&self, from: i64) -> Result<Vec<DegradedPeriod>>;
    /// Appointments waiting for confirmation whose group has been told.
    async fn waiting_appointments(&self) -> Result<Vec<AppointmentRow>>;
    /// Records that a group was told a later deadline (with that message in `effects`), unless
    /// it was told this one or a later one already.
    async fn tell_deadline(
        &self,
        appointment_id: &str,
        deadline: i64,
        effects: Effects,
    ) -> Result<bool>;
}

macro_rules! impl_outage_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::outages::OutageStore for $store {
            async fn open_period(
                &self,
                p: $crate::store::outages::DegradedPeriod,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let inserted = sqlx::query(
                    "INSERT INTO degraded_periods (id, source, started_at, ended_at, reason, declared_by) \
                     SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS \
                     (SELECT 1 FROM degraded_periods WHERE source = $2 AND ended_at IS NULL)",
                )
                .bind(&p.id)
                .bind(&p.source)
                .bind(p.started_at)
                .bind(p.ended_at)
                .bind(&p.reason)
                .bind(&p.declared_by)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if inserted {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(inserted)
            }

            async fn close_periods(
                &self,
                source: &str,
                at: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<u64> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE degraded_periods SET ended_at = $2 WHERE source = $1 AND ended_at IS NULL",
                )
                .bind(source)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed > 0 {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(closed)
            }

            async fn periods_since(
                &self,
                from: i64,
            ) -> garita_store::Result<Vec<$crate::store::outages::DegradedPeriod>> {
                Ok(sqlx::query_as(
                    "SELECT id, source, started_at, ended_at, reason, declared_by FROM degraded_periods \
                     WHERE ended_at IS NULL OR ended_at > $1 ORDER BY started_at, id",
                )
                .bind(from)
                .fetch_all(self.pool())
                .await?)
            }

            async fn waiting_appointments(
                &self,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE status IN ('won', 'offered') AND confirm_by IS NOT NULL ORDER BY id"
                ))
                .fetch_all(self.pool())
                .await?)
            }

            async fn tell_deadline(
                &self,
                appointment_id: &str,
                deadline: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let told = sqlx::query(
                    "UPDATE appointments SET deadline_told = $2 WHERE id = $1 \
                     AND (deadline_told IS NULL OR deadline_told < $2)",
                )
                .bind(appointment_id)
                .bind(deadline)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if told {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(told)
            }
        }
    };
}
pub(crate) use impl_outage_store;
