//! Notices a programme admin sent to a defined set of people (`garita_kernel::notices`): the
//! notice, who it went to, and each one's delivery record (its outbox row).

use crate::Result;
use crate::records::Effects;
use async_trait::async_trait;

/// A notice as it was sent.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NoticeRow {
    pub id: String,
    pub purpose: String,
    /// What it tells (`parole-ends`, ...).
    pub change: String,
    /// From when, `YYYY-MM-DD`.
    pub effective: String,
    /// Recorded by the admin when some of the people had not been told of the purpose.
    pub legal_basis: Option<String>,
    /// Where to get legal help, as the admin wrote it.
    pub legal_help: String,
    /// How the admin defined who gets it (JSON, no personal data).
    pub audience: String,
    pub sent_by: String,
    pub sent_at: i64,
    pub recipients: i64,
    /// How many of them had not been told of the purpose.
    pub untold: i64,
}

/// One person a notice went to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeRecipient {
    pub account_id: String,
    pub message_id: String,
    pub told: bool,
}

/// A notice as the person it went to sees it, with its delivery record.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NoticeReceived {
    #[sqlx(flatten)]
    pub notice: NoticeRow,
    pub told: bool,
    /// `pending`, `sent` or `dead`; the channel it went (or goes) by; when it was sent.
    pub status: String,
    pub channel: String,
    pub attempts: i64,
    pub delivered_at: Option<i64>,
}

#[async_trait]
pub trait NoticeStore {
    /// Writes a notice, who it goes to and `effects` (its messages, its audit event) in one
    /// transaction.
    async fn record_notice(
        &self,
        notice: &NoticeRow,
        recipients: &[NoticeRecipient],
        effects: Effects,
    ) -> Result<()>;

    /// The notices sent to an account, newest first, each with its delivery record.
    async fn notices_to(&self, account_id: &str) -> Result<Vec<NoticeReceived>>;

    /// The latest notices sent, newest first.
    async fn notices_sent(&self, limit: i64) -> Result<Vec<NoticeRow>>;
}

macro_rules! impl_notice_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::notices::NoticeStore for $store {
            async fn record_notice(
                &self,
                n: &$crate::notices::NoticeRow,
                recipients: &[$crate::notices::NoticeRecipient],
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO notices (id, purpose, change, effective, legal_basis, legal_help, \
                     audience, sent_by, sent_at, recipients, untold) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(&n.id)
                .bind(&n.purpose)
                .bind(&n.change)
                .bind(&n.effective)
                .bind(&n.legal_basis)
                .bind(&n.legal_help)
                .bind(&n.audience)
                .bind(&n.sent_by)
                .bind(n.sent_at)
                .bind(n.recipients)
                .bind(n.untold)
                .execute(&mut *tx)
                .await?;
                for r in recipients {
                    sqlx::query(
                        "INSERT INTO notice_recipients (notice_id, account_id, message_id, told) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(&n.id)
                    .bind(&r.account_id)
                    .bind(&r.message_id)
                    .bind(r.told)
                    .execute(&mut *tx)
                    .await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn notices_to(
                &self,
                account_id: &str,
            ) -> $crate::Result<Vec<$crate::notices::NoticeReceived>> {
                Ok(sqlx::query_as(
                    "SELECT n.id, n.purpose, n.change, n.effective, n.legal_basis, n.legal_help, \
                     n.audience, \
                     n.sent_by, n.sent_at, n.recipients, n.untold, r.told, o.status, o.channel, \
                     o.attempts, o.sent_at AS delivered_at \
                     FROM notice_recipients r JOIN notices n ON n.id = r.notice_id \
                     JOIN outbox o ON o.id = r.message_id \
                     WHERE r.account_id = $1 ORDER BY n.sent_at DESC, n.id",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn notices_sent(
                &self,
                limit: i64,
            ) -> $crate::Result<Vec<$crate::notices::NoticeRow>> {
                Ok(sqlx::query_as(
                    "SELECT id, purpose, change, effective, legal_basis, legal_help, audience, sent_by, \
                     sent_at, recipients, untold FROM notices ORDER BY sent_at DESC, id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_notice_store;
