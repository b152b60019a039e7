//! Every sealed column: for re-sealing them all with a new key generation, and for forgetting
//! one person's values when their account's retention period ends.

use crate::Result;
use async_trait::async_trait;

/// A column that holds sealed values, and the context they are sealed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub context: &'static str,
    /// Which rows are one person's: an SQL condition on the table where `$1` is the account's
    /// id; `None` for values that are nobody's (a service's own secret). Forgetting an account
    /// empties its values in every column with an owner.
    pub owner: Option<&'static str>,
}

/// The platform's sealed columns. A new one must be listed here (a service lists its own in its
/// crate), or `garita admin rotate-key` leaves it on its old key: the rotation tests fail if one
/// is missed.
pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "accounts",
        column: "email_sealed",
        context: "accounts.email",
        owner: Some("id = $1"),
    },
    SealedColumn {
        table: "accounts",
        column: "phone_sealed",
        context: "accounts.phone",
        owner: Some("id = $1"),
    },
    SealedColumn {
        table: "accounts",
        column: "totp_secret_sealed",
        context: "accounts.totp",
        owner: Some("id = $1"),
    },
    SealedColumn {
        table: "outbox",
        column: "payload_sealed",
        context: "outbox.payload",
        owner: Some("account_id = $1"),
    },
    // The applicant of an organisation's request: nobody's account yet, and emptied once the
    // request is decided.
    SealedColumn {
        table: "organization_requests",
        column: "email_sealed",
        context: "organizations.request-email",
        owner: None,
    },
    SealedColumn {
        table: "registrations",
        column: "address_sealed",
        context: "registrations.address",
        owner: Some("account_id = $1"),
    },
    SealedColumn {
        table: "registration_versions",
        column: "changes_sealed",
        context: "registrations.changes",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "travellers",
        column: "name_sealed",
        context: "travellers.name",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "travellers",
        column: "birth_date_sealed",
        context: "travellers.birth-date",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "travellers",
        column: "document_sealed",
        context: "travellers.document",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "travellers",
        column: "contact_sealed",
        context: "travellers.contact",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "travellers",
        column: "details_sealed",
        context: "travellers.details",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "photos",
        column: "photo_sealed",
        context: "photos.jpeg",
        owner: Some("registration_id IN (SELECT id FROM registrations WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "identity_proposals",
        column: "proposal_sealed",
        context: "registrations.identity-proposal",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
    SealedColumn {
        table: "integrity_cases",
        column: "reason_sealed",
        context: "cases.reason",
        owner: Some("subject = $1"),
    },
    SealedColumn {
        table: "integrity_cases",
        column: "appeal_sealed",
        context: "cases.appeal",
        owner: Some("subject = $1"),
    },
    SealedColumn {
        table: "integrity_cases",
        column: "appeal_reason_sealed",
        context: "cases.reason",
        owner: Some("subject = $1"),
    },
];

#[async_trait]
pub trait SealedStore {
    /// Every non-empty value of a sealed column.
    async fn sealed_values(&self, column: SealedColumn) -> Result<Vec<Vec<u8>>>;
    /// How many non-empty values a sealed column holds.
    async fn count_sealed(&self, column: SealedColumn) -> Result<u64>;
    /// Replaces one sealed value by another, only if it is still there (`Ok(false)` if a change
    /// replaced it meanwhile: that value is already sealed with the new key).
    async fn replace_sealed(&self, column: SealedColumn, old: &[u8], new: &[u8]) -> Result<bool>;
    /// Empties one account's values of a column (see `SealedColumn::owner`); returns how many.
    async fn forget_sealed(&self, column: SealedColumn, account_id: &str) -> Result<u64>;
    /// Every `(table, column)` of the migrated schema whose column is named `*_sealed`: what the
    /// rotation lists must cover, no more, no less (tested where the lists are joined).
    async fn sealed_columns_in_schema(&self) -> Result<Vec<(String, String)>>;
}

macro_rules! impl_sealed_store {
    ($store:ty, $schema_query:expr) => {
        #[async_trait::async_trait]
        impl $crate::sealed::SealedStore for $store {
            async fn sealed_values(
                &self,
                c: $crate::sealed::SealedColumn,
            ) -> $crate::Result<Vec<Vec<u8>>> {
                // Table and column names come from the fixed list above, never from input.
                let sql = format!(
                    "SELECT {col} FROM {table} WHERE {col} IS NOT NULL AND LENGTH({col}) > 0",
                    col = c.column,
                    table = c.table
                );
                Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn count_sealed(&self, c: $crate::sealed::SealedColumn) -> $crate::Result<u64> {
                let sql = format!(
                    "SELECT COUNT(*) FROM {table} WHERE {col} IS NOT NULL AND LENGTH({col}) > 0",
                    col = c.column,
                    table = c.table
                );
                let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .fetch_one(&self.pool)
                    .await?;
                Ok(u64::try_from(n).unwrap_or_default())
            }

            async fn replace_sealed(
                &self,
                c: $crate::sealed::SealedColumn,
                old: &[u8],
                new: &[u8],
            ) -> $crate::Result<bool> {
                let sql = format!(
                    "UPDATE {table} SET {col} = $1 WHERE {col} = $2",
                    col = c.column,
                    table = c.table
                );
                let done = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(new)
                    .bind(old)
                    .execute(self.writes())
                    .await?
                    .rows_affected();
                Ok(done > 0)
            }

            async fn forget_sealed(
                &self,
                c: $crate::sealed::SealedColumn,
                account_id: &str,
            ) -> $crate::Result<u64> {
                let Some(owner) = c.owner else {
                    return Ok(0);
                };
                // An empty value: NOT NULL columns stay valid, and nothing sealed is left.
                let sql = format!(
                    "UPDATE {table} SET {col} = $2 WHERE ({owner}) AND {col} IS NOT NULL \
                     AND LENGTH({col}) > 0",
                    col = c.column,
                    table = c.table
                );
                Ok(sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(account_id)
                    .bind(Vec::<u8>::new())
                    .execute(self.writes())
                    .await?
                    .rows_affected())
            }

            async fn sealed_columns_in_schema(&self) -> $crate::Result<Vec<(String, String)>> {
                Ok(sqlx::query_as($schema_query).fetch_all(&self.pool).await?)
            }
        }
    };
}
pub(crate) use impl_sealed_store;
