//! Each node's heartbeat, and the gaps when no node was up (recorded by the first node back).

use crate::Result;
use crate::records::Effects;
use async_trait::async_trait;

/// A time when no node was up, Unix milliseconds: from the last heartbeat any node wrote to the
/// first one after it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Downtime {
    pub id: String,
    pub started_at: i64,
    pub ended_at: i64,
}

#[async_trait]
pub trait HeartbeatStore {
    /// Writes this node's heartbeat at `now`. If no node beat in the `gap_ms` before, records
    /// the gap since the last heartbeat as a downtime, with `effects(started_at)`, and returns it.
    /// Two nodes that come back together record one gap once.
    async fn beat(
        &self,
        node: &str,
        started_at: i64,
        now: i64,
        gap_ms: i64,
        effects: Box<dyn FnOnce(i64) -> Effects + Send>,
    ) -> Result<Option<Downtime>>;

    /// Downtimes that ended after `from`, oldest first.
    async fn downtimes_since(&self, from: i64) -> Result<Vec<Downtime>>;
}

macro_rules! impl_heartbeat_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::heartbeats::HeartbeatStore for $store {
            async fn beat(
                &self,
                node: &str,
                started_at: i64,
                now: i64,
                gap_ms: i64,
                effects: Box<dyn FnOnce(i64) -> $crate::records::Effects + Send>,
            ) -> $crate::Result<Option<$crate::heartbeats::Downtime>> {
                let mut tx = self.write_tx().await?;
                let last: Option<i64> =
                    sqlx::query_scalar("SELECT MAX(beat_at) FROM node_heartbeats")
                        .fetch_one(&mut *tx)
                        .await?;
                sqlx::query(
                    "INSERT INTO node_heartbeats (node, started_at, beat_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (node) DO UPDATE SET beat_at = excluded.beat_at",
                )
                .bind(node)
                .bind(started_at)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                // Nodes gone for a day are forgotten; their last beat still counts until then.
                sqlx::query("DELETE FROM node_heartbeats WHERE beat_at < $1")
                    .bind(now - 86_400_000)
                    .execute(&mut *tx)
                    .await?;
                let mut gap = None;
                if let Some(last) = last.filter(|&last| now - last > gap_ms) {
                    let down = $crate::heartbeats::Downtime {
                        id: format!("down-{last}"),
                        started_at: last,
                        ended_at: now,
                    };
                    let recorded = sqlx::query(
                        "INSERT INTO downtimes (id, started_at, ended_at) VALUES ($1, $2, $3) \
                         ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(&down.id)
                    .bind(down.started_at)
                    .bind(down.ended_at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                        == 1;
                    if recorded {
                        write_effects(&mut tx, self.chain_key(), &effects(last)).await?;
                        gap = Some(down);
                    }
                }
                tx.commit().await?;
                Ok(gap)
            }

            async fn downtimes_since(
                &self,
                from: i64,
            ) -> $crate::Result<Vec<$crate::heartbeats::Downtime>> {
                Ok(sqlx::query_as(
                    "SELECT id, started_at, ended_at FROM downtimes WHERE ended_at > $1 \
                     ORDER BY started_at",
                )
                .bind(from)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_heartbeat_store;
