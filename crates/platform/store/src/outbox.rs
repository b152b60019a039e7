//! The outbox: messages written with the change they announce, delivered by any node's worker.
//! Each attempt is recorded; a message moves to its next channel when one fails for good.

use crate::Result;
use crate::records::{
    Attempt, ClaimedMessage, DeadLetter, Effects, InboxMessage, MessageSummary, OutboxFigures,
};
use async_trait::async_trait;

#[async_trait]
pub trait OutboxStore {
    /// Writes messages (and audit entries) on their own.
    async fn enqueue(&self, effects: Effects) -> Result<()>;
    /// Leases up to `limit` due messages to this worker until `now + lease_ms`. A message whose
    /// lease ran out (its worker died) is due again.
    async fn claim_messages(
        &self,
        now: i64,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<ClaimedMessage>>;
    /// Records an attempt on a claimed message and what happens next. A message already sent
    /// or dead stays so.
    async fn record_attempt(
        &self,
        message: &ClaimedMessage,
        now: i64,
        attempt: &Attempt,
        error: Option<&str>,
    ) -> Result<()>;
    /// A person's messages, newest first, whatever their delivery on other channels.
    async fn inbox(&self, account_id: &str, limit: i64) -> Result<Vec<InboxMessage>>;
    /// Every message to an account as its record lists it, oldest first: kind, channel,
    /// status, when (no contents).
    async fn messages_of(&self, account_id: &str) -> Result<Vec<MessageSummary>>;
    /// Attempts counted from `since`.
    async fn outbox_figures(&self, since: i64) -> Result<OutboxFigures>;
    async fn dead_letters(&self, limit: i64) -> Result<Vec<DeadLetter>>;
    /// Puts a dead message back in the queue, on the channel it died on, with `effects` (the
    /// admin's audit entry) if it was dead.
    async fn revive_message(&self, id: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Empties the sealed text (and the address it went to) of every message sent or given up
    /// before `before`; its delivery record (kind, channel, status, when) stays. Returns how
    /// many.
    async fn forget_message_texts(&self, before: i64) -> Result<u64>;
}

macro_rules! impl_outbox_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::outbox::OutboxStore for $store {
            async fn enqueue(&self, effects: $crate::records::Effects) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn claim_messages(
                &self,
                now: i64,
                lease_ms: i64,
                limit: i64,
            ) -> $crate::Result<Vec<$crate::records::ClaimedMessage>> {
                Ok(sqlx::query_as(<$store>::CLAIM_MESSAGES)
                    .bind(now)
                    .bind(now + lease_ms)
                    .bind(limit)
                    .fetch_all(self.writes())
                    .await?)
            }

            async fn record_attempt(
                &self,
                m: &$crate::records::ClaimedMessage,
                now: i64,
                attempt: &$crate::records::Attempt,
                error: Option<&str>,
            ) -> $crate::Result<()> {
                use $crate::records::Attempt;
                let mut tx = self.write_tx().await?;
                let (next, rest) = m.fallbacks.split_once(',').unwrap_or((&m.fallbacks, ""));
                let query = match attempt {
                    Attempt::Sent => sqlx::query(
                        "UPDATE outbox SET status = 'sent', sent_at = $2, lease_until = NULL, \
                         last_error = NULL WHERE id = $1 AND status = 'pending'",
                    )
                    .bind(&m.id)
                    .bind(now),
                    Attempt::Retry { at } => sqlx::query(
                        "UPDATE outbox SET next_attempt_at = $2, lease_until = NULL, last_error = $3 \
                         WHERE id = $1 AND status = 'pending'",
                    )
                    .bind(&m.id)
                    .bind(at)
                    .bind(error),
                    Attempt::NextChannel => sqlx::query(
                        "UPDATE outbox SET channel = $2, fallbacks = $3, channel_attempts = 0, \
                         next_attempt_at = $4, lease_until = NULL, last_error = $5 \
                         WHERE id = $1 AND status = 'pending'",
                    )
                    .bind(&m.id)
                    .bind(next)
                    .bind(rest)
                    .bind(now)
                    .bind(error),
                    Attempt::Dead => sqlx::query(
                        "UPDATE outbox SET status = 'dead', lease_until = NULL, last_error = $2 \
                         WHERE id = $1 AND status = 'pending'",
                    )
                    .bind(&m.id)
                    .bind(error),
                    // Not an attempt: the counts the claim added are taken back.
                    Attempt::Deferred { at } => sqlx::query(
                        "UPDATE outbox SET next_attempt_at = $2, lease_until = NULL, \
                         attempts = attempts - 1, channel_attempts = channel_attempts - 1 \
                         WHERE id = $1 AND status = 'pending'",
                    )
                    .bind(&m.id)
                    .bind(at),
                };
                query.execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO message_attempts (message_id, at, channel, outcome, error) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&m.id)
                .bind(now)
                .bind(&m.channel)
                .bind(attempt.code())
                .bind(error)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn inbox(
                &self,
                account_id: &str,
                limit: i64,
            ) -> $crate::Result<Vec<$crate::records::InboxMessage>> {
                Ok(sqlx::query_as(
                    "SELECT id, kind, template_version, payload_sealed, created_at FROM outbox \
                     WHERE account_id = $1 ORDER BY created_at DESC, id LIMIT $2",
                )
                .bind(account_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn messages_of(
                &self,
                account_id: &str,
            ) -> $crate::Result<Vec<$crate::records::MessageSummary>> {
                Ok(sqlx::query_as(
                    "SELECT kind, channel, status, created_at FROM outbox \
                     WHERE account_id = $1 ORDER BY created_at, id",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn outbox_figures(&self, since: i64) -> $crate::Result<$crate::records::OutboxFigures> {
                let mut figures = $crate::records::OutboxFigures::default();
                let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
                    "SELECT status, channel, COUNT(*), MIN(created_at) FROM outbox \
                     GROUP BY status, channel ORDER BY status, channel",
                )
                .fetch_all(&self.pool)
                .await?;
                for (status, channel, n, oldest) in rows {
                    match status.as_str() {
                        "pending" => {
                            figures.pending.push((channel, n));
                            figures.oldest_pending_at = match (figures.oldest_pending_at, oldest) {
                                (Some(a), Some(b)) => Some(a.min(b)),
                                (a, b) => a.or(b),
                            };
                        }
                        "sent" => figures.sent += n,
                        _ => figures.dead += n,
                    }
                }
                figures.attempts = sqlx::query_as(
                    "SELECT channel, outcome, COUNT(*) FROM message_attempts WHERE at >= $1 \
                     GROUP BY channel, outcome ORDER BY channel, outcome",
                )
                .bind(since)
                .fetch_all(&self.pool)
                .await?;
                Ok(figures)
            }

            async fn dead_letters(&self, limit: i64) -> $crate::Result<Vec<$crate::records::DeadLetter>> {
                Ok(sqlx::query_as(
                    "SELECT id, kind, channel, attempts, last_error, created_at FROM outbox \
                     WHERE status = 'dead' ORDER BY created_at DESC, id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn revive_message(
                &self,
                id: &str,
                now: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let revived = sqlx::query(
                    "UPDATE outbox SET status = 'pending', channel_attempts = 0, next_attempt_at = $2 \
                     WHERE id = $1 AND status = 'dead' AND LENGTH(payload_sealed) > 0",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if revived {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(revived)
            }

            async fn forget_message_texts(&self, before: i64) -> $crate::Result<u64> {
                Ok(sqlx::query(
                    "UPDATE outbox SET payload_sealed = $2 \
                     WHERE status IN ('sent', 'dead') AND created_at < $1 \
                     AND LENGTH(payload_sealed) > 0",
                )
                .bind(before)
                .bind(Vec::<u8>::new())
                .execute(self.writes())
                .await?
                .rows_affected())
            }
        }
    };
}
pub(crate) use impl_outbox_store;

/// What a claim returns, on both backends.
macro_rules! claimed_columns {
    () => {
        " RETURNING outbox.id, account_id, kind, template_version, channel, fallbacks, \
         payload_sealed, attempts, channel_attempts, outbox.created_at"
    };
}
pub(crate) use claimed_columns;

/// The claim's lease: one more attempt, on this channel too, leased until `$2`.
macro_rules! claim_set {
    () => {
        "UPDATE outbox SET lease_until = $2, attempts = attempts + 1, \
         channel_attempts = channel_attempts + 1 "
    };
}
pub(crate) use claim_set;

/// Due and not leased (a lease that ran out counts as none: its worker died).
macro_rules! claim_due {
    () => {
        "SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 \
         AND (lease_until IS NULL OR lease_until <= $1) ORDER BY next_attempt_at, id LIMIT $3"
    };
}
pub(crate) use claim_due;

/// Fixed-window rate limits, shared by every node.
#[async_trait]
pub trait RateLimitStore {
    /// Counts a hit in `bucket` for the window starting at `window_start`; returns the hits so far.
    async fn hit(&self, bucket: &str, window_start: i64) -> Result<i64>;
    /// The hits counted in `bucket` for the window starting at `window_start` (0 if none).
    async fn hits(&self, bucket: &str, window_start: i64) -> Result<i64>;
    /// Deletes the counts of windows that started before `before`; returns how many.
    async fn sweep_rate_limits(&self, before: i64) -> Result<u64>;
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

            async fn hits(&self, bucket: &str, window_start: i64) -> $crate::Result<i64> {
                let hits: Option<i64> = sqlx::query_scalar(
                    "SELECT CAST(hits AS BIGINT) FROM rate_limits \
                     WHERE bucket = $1 AND window_start = $2",
                )
                .bind(bucket)
                .bind(window_start)
                .fetch_optional(&self.pool)
                .await?;
                Ok(hits.unwrap_or(0))
            }

            async fn sweep_rate_limits(&self, before: i64) -> $crate::Result<u64> {
                Ok(sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
                    .bind(before)
                    .execute(self.writes())
                    .await?
                    .rows_affected())
            }
        }
    };
}
pub(crate) use impl_rate_limit_store;
