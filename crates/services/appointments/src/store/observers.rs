//! Observers' commitments and reveals (`docs/draw.md` section 11.3). Written once for both
//! backends.

use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

/// One observer's commitment for a day, with its reveal once made.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ObserverRow {
    pub service_date: String,
    pub observer_id: String,
    /// The organisation's name (the observer account's).
    pub name: Option<String>,
    pub commitment: String,
    pub committed_at: i64,
    pub reveal: Option<String>,
    pub revealed_at: Option<i64>,
}

#[async_trait]
pub trait ObserverStore {
    /// Keeps an observer's commitment for a day; `Ok(false)`, with nothing written, if it has
    /// one already (a commitment never changes).
    async fn commit_observer(
        &self,
        service_date: &str,
        observer_id: &str,
        commitment: &str,
        now: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Keeps the reveal of a commitment; `Ok(false)` if there is no commitment, it was revealed
    /// already, or the day has been drawn (a reveal never arrives after the draw read them).
    async fn reveal_observer(
        &self,
        service_date: &str,
        observer_id: &str,
        reveal: &str,
        now: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// A day's observers, by id.
    async fn observers_of(&self, service_date: &str) -> Result<Vec<ObserverRow>>;
    /// One observer's commitments, newest day first.
    async fn commitments_of(&self, observer_id: &str, limit: i64) -> Result<Vec<ObserverRow>>;
}

macro_rules! select_observer {
    () => {
        "SELECT o.service_date, o.observer_id, a.organization AS name, o.commitment, \
         o.committed_at, o.reveal, o.revealed_at \
         FROM observer_commitments o JOIN accounts a ON a.id = o.observer_id"
    };
}
pub(crate) use select_observer;

macro_rules! impl_observer_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::observers::ObserverStore for $store {
            async fn commit_observer(
                &self,
                service_date: &str,
                observer_id: &str,
                commitment: &str,
                now: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let added = sqlx::query(
                    "INSERT INTO observer_commitments (service_date, observer_id, commitment, committed_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (service_date, observer_id) DO NOTHING",
                )
                .bind(service_date)
                .bind(observer_id)
                .bind(commitment)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if added == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn reveal_observer(
                &self,
                service_date: &str,
                observer_id: &str,
                reveal: &str,
                now: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let kept = sqlx::query(
                    "UPDATE observer_commitments SET reveal = $3, revealed_at = $4 \
                     WHERE service_date = $1 AND observer_id = $2 AND reveal IS NULL \
                     AND NOT EXISTS (SELECT 1 FROM draw_days d \
                                     WHERE d.service_date = $1 AND d.drawn_at IS NOT NULL)",
                )
                .bind(service_date)
                .bind(observer_id)
                .bind(reveal)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if kept == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn observers_of(
                &self,
                service_date: &str,
            ) -> garita_store::Result<Vec<$crate::store::observers::ObserverRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::observers::select_observer!(),
                    " WHERE o.service_date = $1 ORDER BY o.observer_id"
                ))
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn commitments_of(
                &self,
                observer_id: &str,
                limit: i64,
            ) -> garita_store::Result<Vec<$crate::store::observers::ObserverRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::observers::select_observer!(),
                    " WHERE o.observer_id = $1 ORDER BY o.service_date DESC LIMIT $2"
                ))
                .bind(observer_id)
                .bind(limit)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_observer_store;
