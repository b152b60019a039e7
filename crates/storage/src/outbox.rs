//! The outbox: messages written with the change they announce, delivered by any node's worker.

use crate::Result;
use crate::records::{ClaimedMessage, Effects, OutboxCounts};
use async_trait::async_trait;

#[async_trait]
pub trait OutboxStore {
    /// Writes messages (and audit entries) on their own.
    async fn enqueue(&self, effects: Effects) -> Result<()>;
    /// Leases the next due message to this worker until `now + lease_ms`, or `None`. A message
    /// whose lease ran out (its worker died) is due again.
    async fn claim_message(&self, now: i64, lease_ms: i64) -> Result<Option<ClaimedMessage>>;
    async fn message_sent(&self, id: &str, now: i64) -> Result<()>;
    /// Records a failed attempt: retried at `retry_at`, or dead (for admins to see) if `None`.
    async fn message_failed(&self, id: &str, error: &str, retry_at: Option<i64>) -> Result<()>;
    async fn outbox_counts(&self) -> Result<OutboxCounts>;
}

macro_rules! impl_outbox_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::outbox::OutboxStore for $store {
            async fn enqueue(&self, effects: $crate::records::Effects) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                write_effects(&mut tx, &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn claim_message(
                &self,
                now: i64,
                lease_ms: i64,
            ) -> $crate::Result<Option<$crate::records::ClaimedMessage>> {
                // The lease condition is repeated outside the sub-query: under PostgreSQL's read
                // committed, a second worker racing for the same row re-checks it and gets none.
                let row: Option<$crate::records::ClaimedRow> = sqlx::query_as(
                    "UPDATE outbox SET lease_until = $2, attempts = attempts + 1 \
                     WHERE id = (SELECT id FROM outbox WHERE status = 'pending' \
                                 AND next_attempt_at <= $1 \
                                 AND (lease_until IS NULL OR lease_until <= $1) \
                                 ORDER BY next_attempt_at, id LIMIT 1) \
                     AND status = 'pending' AND (lease_until IS NULL OR lease_until <= $1) \
                     RETURNING id, kind, channel, payload_sealed, attempts",
                )
                .bind(now)
                .bind(now + lease_ms)
                .fetch_optional(self.writes())
                .await?;
                Ok(row.map(|r| $crate::records::ClaimedMessage {
                    id: r.id,
                    kind: r.kind,
                    channel: r.channel,
                    payload_sealed: r.payload_sealed,
                    attempts: r.attempts,
                }))
            }

            async fn message_sent(&self, id: &str, now: i64) -> $crate::Result<()> {
                sqlx::query(
                    "UPDATE outbox SET status = 'sent', sent_at = $2, lease_until = NULL, \
                     last_error = NULL WHERE id = $1",
                )
                .bind(id)
                .bind(now)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn message_failed(&self, id: &str, error: &str, retry_at: Option<i64>) -> $crate::Result<()> {
                sqlx::query(
                    "UPDATE outbox SET status = CASE WHEN $3 IS NULL THEN 'dead' ELSE 'pending' END, \
                     next_attempt_at = COALESCE($3, next_attempt_at), lease_until = NULL, \
                     last_error = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(error)
                .bind(retry_at)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn outbox_counts(&self) -> $crate::Result<$crate::records::OutboxCounts> {
                let rows: Vec<(String, i64)> =
                    sqlx::query_as("SELECT status, COUNT(*) FROM outbox GROUP BY status")
                        .fetch_all(&self.pool)
                        .await?;
                let mut counts = $crate::records::OutboxCounts::default();
                for (status, n) in rows {
                    match status.as_str() {
                        "pending" => counts.pending = n,
                        "sent" => counts.sent = n,
                        _ => counts.dead += n,
                    }
                }
                Ok(counts)
            }
        }
    };
}
pub(crate) use impl_outbox_store;

/// Fixed-window rate limits, shared by every node.
#[async_trait]
pub trait RateLimitStore {
    /// Counts a hit in `bucket` for the window starting at `window_start`; returns the hits so far.
    async fn hit(&self, bucket: &str, window_start: i64) -> Result<i64>;
}

macro_rules! impl_rate_limit_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::outbox::RateLimitStore for $store {
            async fn hit(&self, bucket: &str, window_start: i64) -> $crate::Result<i64> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
                     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
                     RETURNING hits",
                )
                .bind(bucket)
                .bind(window_start)
                .fetch_one(self.writes())
                .await?)
            }
        }
    };
}
pub(crate) use impl_rate_limit_store;
