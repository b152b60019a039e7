//! Payments and their ledger (migration `0022`): a charge asked of a provider for a service's
//! record, opened once per idempotency key; every movement of money, written through `Effects`
//! in the transaction of the state it pays for; and what the daily reconciliation found
//! different, each difference opened once.

use crate::Result;
use async_trait::async_trait;

/// A charge as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: String,
    pub idempotency_key: String,
    pub account_id: Option<String>,
    pub purpose: String,
    pub reference: String,
    pub amount_minor: i64,
    pub currency: String,
    pub provider: String,
    pub provider_ref: Option<String>,
    /// `open`, `paid` or `failed`.
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A movement as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LedgerRow {
    pub id: String,
    pub payment_id: String,
    pub kind: String,
    pub amount_minor: i64,
    pub currency: String,
    pub provider_ref: Option<String>,
    pub actor: Option<String>,
    pub at: i64,
}

/// A difference the reconciliation found, for a person to look at.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DifferenceRow {
    pub id: String,
    pub provider: String,
    pub provider_ref: String,
    pub payment_id: Option<String>,
    /// `not-in-ledger`, `not-at-provider` or `amount`.
    pub kind: String,
    /// Amounts and ids only, never a person's data.
    pub detail: String,
    pub opened_at: i64,
    pub closed_at: Option<i64>,
}

#[async_trait]
pub trait PaymentStore {
    /// Opens `payment`, or returns the one already opened with its idempotency key (a double
    /// click, a retry), unchanged.
    async fn open_payment(&self, payment: PaymentRow) -> Result<PaymentRow>;
    /// Keeps the provider's id of an open payment, once: `false` if it had one already.
    async fn set_provider_ref(&self, id: &str, provider_ref: &str, now: i64) -> Result<bool>;
    async fn payment(&self, id: &str) -> Result<Option<PaymentRow>>;
    async fn payment_by_ref(
        &self,
        provider: &str,
        provider_ref: &str,
    ) -> Result<Option<PaymentRow>>;
    /// The payments for a service's record, oldest first.
    async fn payments_for(&self, purpose: &str, reference: &str) -> Result<Vec<PaymentRow>>;
    async fn ledger_of(&self, payment_id: &str) -> Result<Vec<LedgerRow>>;
    /// Money received from `provider` (its charges) at `from` or later, before `to`, with the
    /// provider's id of each.
    async fn received_between(&self, provider: &str, from: i64, to: i64) -> Result<Vec<LedgerRow>>;
    /// Opens a difference unless the same one (provider, id, kind) is open or was: `true` if new.
    async fn open_difference(&self, difference: DifferenceRow) -> Result<bool>;
    async fn open_differences(&self) -> Result<Vec<DifferenceRow>>;
    /// Closes an open difference with `effects` (its audit) in the same transaction: `false`,
    /// with nothing written, if it was closed already or never was.
    async fn close_difference(
        &self,
        id: &str,
        at: i64,
        effects: crate::records::Effects,
    ) -> Result<bool>;
}

macro_rules! impl_payment_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::payments::PaymentStore for $store {
            async fn open_payment(
                &self,
                p: $crate::payments::PaymentRow,
            ) -> $crate::Result<$crate::payments::PaymentRow> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO payments (id, idempotency_key, account_id, purpose, reference, \
                     amount_minor, currency, provider, provider_ref, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                     ON CONFLICT (idempotency_key) DO NOTHING",
                )
                .bind(&p.id)
                .bind(&p.idempotency_key)
                .bind(&p.account_id)
                .bind(&p.purpose)
                .bind(&p.reference)
                .bind(p.amount_minor)
                .bind(&p.currency)
                .bind(&p.provider)
                .bind(&p.provider_ref)
                .bind(&p.status)
                .bind(p.created_at)
                .bind(p.updated_at)
                .execute(&mut *tx)
                .await?;
                let row = sqlx::query_as("SELECT * FROM payments WHERE idempotency_key = $1")
                    .bind(&p.idempotency_key)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(row)
            }

            async fn set_provider_ref(
                &self,
                id: &str,
                provider_ref: &str,
                now: i64,
            ) -> $crate::Result<bool> {
                Ok(sqlx::query(
                    "UPDATE payments SET provider_ref = $2, updated_at = $3 \
                     WHERE id = $1 AND provider_ref IS NULL",
                )
                .bind(id)
                .bind(provider_ref)
                .bind(now)
                .execute(self.writes())
                .await?
                .rows_affected()
                    == 1)
            }

            async fn payment(
                &self,
                id: &str,
            ) -> $crate::Result<Option<$crate::payments::PaymentRow>> {
                Ok(sqlx::query_as("SELECT * FROM payments WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn payment_by_ref(
                &self,
                provider: &str,
                provider_ref: &str,
            ) -> $crate::Result<Option<$crate::payments::PaymentRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM payments WHERE provider = $1 AND provider_ref = $2",
                )
                .bind(provider)
                .bind(provider_ref)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn payments_for(
                &self,
                purpose: &str,
                reference: &str,
            ) -> $crate::Result<Vec<$crate::payments::PaymentRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM payments WHERE purpose = $1 AND reference = $2 \
                     ORDER BY created_at, id",
                )
                .bind(purpose)
                .bind(reference)
                .fetch_all(self.pool())
                .await?)
            }

            async fn ledger_of(
                &self,
                payment_id: &str,
            ) -> $crate::Result<Vec<$crate::payments::LedgerRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ledger_entries WHERE payment_id = $1 ORDER BY at, id",
                )
                .bind(payment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn received_between(
                &self,
                provider: &str,
                from: i64,
                to: i64,
            ) -> $crate::Result<Vec<$crate::payments::LedgerRow>> {
                Ok(sqlx::query_as(
                    "SELECT l.* FROM ledger_entries l JOIN payments p ON p.id = l.payment_id \
                     WHERE p.provider = $1 AND l.kind = 'charge' AND l.at >= $2 AND l.at < $3 \
                     ORDER BY l.at, l.id",
                )
                .bind(provider)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn open_difference(
                &self,
                d: $crate::payments::DifferenceRow,
            ) -> $crate::Result<bool> {
                Ok(sqlx::query(
                    "INSERT INTO payment_differences (id, provider, provider_ref, payment_id, \
                     kind, detail, opened_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (provider, provider_ref, kind) DO NOTHING",
                )
                .bind(&d.id)
                .bind(&d.provider)
                .bind(&d.provider_ref)
                .bind(&d.payment_id)
                .bind(&d.kind)
                .bind(&d.detail)
                .bind(d.opened_at)
                .bind(d.closed_at)
                .execute(self.writes())
                .await?
                .rows_affected()
                    == 1)
            }

            async fn open_differences(
                &self,
            ) -> $crate::Result<Vec<$crate::payments::DifferenceRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM payment_differences WHERE closed_at IS NULL \
                     ORDER BY opened_at, id",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn close_difference(
                &self,
                id: &str,
                at: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE payment_differences SET closed_at = $2 \
                     WHERE id = $1 AND closed_at IS NULL",
                )
                .bind(id)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}
pub(crate) use impl_payment_store;
