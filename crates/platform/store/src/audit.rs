//! The audit log (append-only, hash-chained) and the effects every change writes with it.

use crate::Result;
use async_trait::async_trait;
use garita_domain::{AuditEntry, AuditEvent, Checkpoint};

/// What an auditor looks for; empty texts match everything. Newest first, a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// An action code, or its start (`review.` for every review action).
    pub action: String,
    pub actor: String,
    pub subject: String,
    /// Unix milliseconds, from (inclusive) and to (exclusive).
    pub from: i64,
    pub to: i64,
    /// Only entries before this `seq` (the next page); `i64::MAX` for the newest.
    pub before: i64,
    pub limit: i64,
}

#[async_trait]
pub trait AuditStore {
    /// Entries that match an auditor's query, newest first.
    async fn search_audit(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>>;
    /// Appends entries on their own (changes append theirs through `Effects`).
    async fn append_audit(&self, events: Vec<AuditEvent>) -> Result<()>;
    /// Entries with `seq` greater than `after`, in order, at most `limit`.
    async fn audit_entries(&self, after: i64, limit: i64) -> Result<Vec<AuditEntry>>;
    /// The newest entries, newest first.
    async fn latest_audit(&self, limit: i64) -> Result<Vec<AuditEntry>>;
    /// The newest entries about one subject (e.g. what helpers did for a person), newest first.
    async fn audit_about(&self, subject: &str, limit: i64) -> Result<Vec<AuditEntry>>;
    /// The first entry whose hash is keyed (earlier ones were written before the hashes were).
    async fn audit_keyed_from(&self) -> Result<i64>;
    /// Keeps a signed checkpoint; false if one for that count exists already.
    async fn add_checkpoint(&self, checkpoint: Checkpoint) -> Result<bool>;
    /// The newest checkpoints, newest first.
    async fn checkpoints(&self, limit: i64) -> Result<Vec<Checkpoint>>;
}

/// Writes a change's audit entries and messages in its transaction. Audit entries are chained:
/// each takes the next `seq` and hashes the previous entry's hash, under a lock that makes
/// appends one at a time (SQLite: the write transaction itself; PostgreSQL: an advisory lock).
macro_rules! impl_effects {
    ($store:ty) => {
        async fn write_effects(
            tx: &mut sqlx::Transaction<'static, Db>,
            key: &garita_domain::ChainKey,
            effects: &$crate::records::Effects,
        ) -> $crate::Result<()> {
            if !effects.audit.is_empty() {
                sqlx::query(<$store>::AUDIT_LOCK).execute(&mut **tx).await?;
                let last: Option<(i64, String)> =
                    sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                        .fetch_optional(&mut **tx)
                        .await?;
                let chain = garita_domain::Chain {
                    key: key.clone(),
                    keyed_from: sqlx::query_scalar("SELECT keyed_from FROM audit_chain")
                        .fetch_one(&mut **tx)
                        .await?,
                };
                let (mut seq, mut prev) =
                    last.unwrap_or((0, garita_domain::audit::GENESIS.to_string()));
                for e in &effects.audit {
                    seq += 1;
                    let hash = chain.hash(
                        &prev,
                        seq,
                        e.at_ms,
                        e.actor.as_deref(),
                        e.action,
                        e.subject.as_deref(),
                        &e.detail,
                    );
                    sqlx::query(
                        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(seq)
                    .bind(e.at_ms)
                    .bind(&e.actor)
                    .bind(e.action)
                    .bind(&e.subject)
                    .bind(&e.detail)
                    .bind(&prev)
                    .bind(&hash)
                    .execute(&mut **tx)
                    .await?;
                    prev = hash;
                }
            }
            for f in &effects.face_counts {
                sqlx::query(
                    "INSERT INTO face_check_counts (day, service, nationality, age_band, outcome, count) \
                     VALUES ($1, $2, $3, $4, $5, 1) \
                     ON CONFLICT (day, service, nationality, age_band, outcome) \
                     DO UPDATE SET count = face_check_counts.count + 1",
                )
                .bind(&f.day)
                .bind(&f.service)
                .bind(&f.nationality)
                .bind(&f.age_band)
                .bind(&f.outcome)
                .execute(&mut **tx)
                .await?;
            }
            for c in &effects.challenges {
                if let Some(old) = &c.replaces {
                    sqlx::query(
                        "UPDATE challenges SET expires_at = $2 WHERE id_hash = $1 AND expires_at > $2",
                    )
                    .bind(old)
                    .bind(c.created_at)
                    .execute(&mut **tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO challenges (id_hash, link_hash, account_id, purpose, code_hash, \
                     created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&c.id_hash)
                .bind(&c.link_hash)
                .bind(&c.account_id)
                .bind(c.purpose.code())
                .bind(&c.code_hash)
                .bind(c.created_at)
                .bind(c.expires_at)
                .execute(&mut **tx)
                .await?;
            }
            for m in &effects.messages {
                let (channel, fallbacks) = m.channels.split_first().expect("a message has a channel");
                sqlx::query(
                    "INSERT INTO outbox (id, dedup_key, account_id, kind, template_version, channel, \
                     fallbacks, payload_sealed, status, next_attempt_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $9) \
                     ON CONFLICT (dedup_key) DO NOTHING",
                )
                .bind(&m.id)
                .bind(&m.dedup_key)
                .bind(&m.account_id)
                .bind(&m.kind)
                .bind(m.template_version)
                .bind(channel)
                .bind(fallbacks.join(","))
                .bind(&m.payload_sealed)
                .bind(m.created_at)
                .execute(&mut **tx)
                .await?;
            }
            for e in &effects.ledger {
                // Money is received once per payment (a unique index); a second receipt fails
                // the whole transaction, so the state it would pay for is not written either.
                sqlx::query(
                    "INSERT INTO ledger_entries (id, payment_id, kind, amount_minor, currency, \
                     provider_ref, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&e.id)
                .bind(&e.payment_id)
                .bind(e.kind.code())
                .bind(e.amount.minor)
                .bind(e.amount.currency.as_str())
                .bind(&e.provider_ref)
                .bind(&e.actor)
                .bind(e.at)
                .execute(&mut **tx)
                .await?;
                // Received: paid (also after a failed try); a failure only fails an open one.
                let (status, from) = match e.kind {
                    k if k.received() => ("paid", "failed"),
                    $crate::records::LedgerKind::Failure => ("failed", "open"),
                    _ => continue,
                };
                sqlx::query(
                    "UPDATE payments SET status = $2, updated_at = $3 \
                     WHERE id = $1 AND status IN ('open', $4)",
                )
                .bind(&e.payment_id)
                .bind(status)
                .bind(e.at)
                .bind(from)
                .execute(&mut **tx)
                .await?;
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::audit::AuditStore for $store {
            async fn append_audit(&self, events: Vec<garita_domain::AuditEvent>) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                let effects = $crate::records::Effects { audit: events, ..Default::default() };
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit_entries(&self, after: i64, limit: i64) -> $crate::Result<Vec<garita_domain::AuditEntry>> {
                let rows: Vec<$crate::records::AuditRow> = sqlx::query_as(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log \
                     WHERE seq > $1 ORDER BY seq LIMIT $2",
                )
                .bind(after)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn search_audit(
                &self,
                q: &$crate::audit::AuditQuery,
            ) -> $crate::Result<Vec<garita_domain::AuditEntry>> {
                let rows: Vec<$crate::records::AuditRow> = sqlx::query_as(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log \
                     WHERE ($1 = '' OR action = $1 OR action LIKE $1 || '%') \
                     AND ($2 = '' OR actor = $2) AND ($3 = '' OR subject = $3) \
                     AND at >= $4 AND at < $5 AND seq < $6 ORDER BY seq DESC LIMIT $7",
                )
                .bind(&q.action)
                .bind(&q.actor)
                .bind(&q.subject)
                .bind(q.from)
                .bind(q.to)
                .bind(q.before)
                .bind(q.limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn audit_about(&self, subject: &str, limit: i64) -> $crate::Result<Vec<garita_domain::AuditEntry>> {
                let rows: Vec<$crate::records::AuditRow> = sqlx::query_as(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log \
                     WHERE subject = $1 ORDER BY seq DESC LIMIT $2",
                )
                .bind(subject)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn audit_keyed_from(&self) -> $crate::Result<i64> {
                Ok(sqlx::query_scalar("SELECT keyed_from FROM audit_chain")
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn add_checkpoint(&self, c: garita_domain::Checkpoint) -> $crate::Result<bool> {
                Ok(sqlx::query(
                    "INSERT INTO audit_checkpoints (seq, head, at, keyed_from, key_id, signature) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (seq) DO NOTHING",
                )
                .bind(c.count)
                .bind(&c.head)
                .bind(c.at_ms)
                .bind(c.keyed_from)
                .bind(&c.key_id)
                .bind(&c.signature)
                .execute(self.writes())
                .await?
                .rows_affected()
                    == 1)
            }

            async fn checkpoints(&self, limit: i64) -> $crate::Result<Vec<garita_domain::Checkpoint>> {
                let rows: Vec<(i64, String, i64, i64, String, String)> = sqlx::query_as(
                    "SELECT seq, head, at, keyed_from, key_id, signature FROM audit_checkpoints \
                     ORDER BY seq DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(count, head, at_ms, keyed_from, key_id, signature)| garita_domain::Checkpoint {
                        count,
                        head,
                        at_ms,
                        keyed_from,
                        key_id,
                        signature,
                    })
                    .collect())
            }

            async fn latest_audit(&self, limit: i64) -> $crate::Result<Vec<garita_domain::AuditEntry>> {
                let rows: Vec<$crate::records::AuditRow> = sqlx::query_as(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log \
                     ORDER BY seq DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }
        }
    };
}
pub(crate) use impl_effects;
