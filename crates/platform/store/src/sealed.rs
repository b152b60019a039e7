//! Every sealed column, for re-sealing them all with a new key generation.

use crate::Result;
use async_trait::async_trait;

/// A column that holds sealed values, and the context they are sealed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub context: &'static str,
}

/// The platform's sealed columns. A new one must be listed here (a service lists its own in its
/// crate), or `garita admin rotate-key` leaves it on its old key: the rotation tests fail if one
/// is missed.
pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "accounts",
        column: "email_sealed",
        context: "accounts.email",
    },
    SealedColumn {
        table: "accounts",
        column: "phone_sealed",
        context: "accounts.phone",
    },
    SealedColumn {
        table: "accounts",
        column: "totp_secret_sealed",
        context: "accounts.totp",
    },
    SealedColumn {
        table: "outbox",
        column: "payload_sealed",
        context: "outbox.payload",
    },
    SealedColumn {
        table: "registrations",
        column: "address_sealed",
        context: "registrations.address",
    },
    SealedColumn {
        table: "registration_versions",
        column: "changes_sealed",
        context: "registrations.changes",
    },
    SealedColumn {
        table: "travellers",
        column: "name_sealed",
        context: "travellers.name",
    },
    SealedColumn {
        table: "travellers",
        column: "birth_date_sealed",
        context: "travellers.birth-date",
    },
    SealedColumn {
        table: "travellers",
        column: "document_sealed",
        context: "travellers.document",
    },
    SealedColumn {
        table: "travellers",
        column: "contact_sealed",
        context: "travellers.contact",
    },
    SealedColumn {
        table: "travellers",
        column: "details_sealed",
        context: "travellers.details",
    },
    SealedColumn {
        table: "photos",
        column: "photo_sealed",
        context: "photos.jpeg",
    },
    SealedColumn {
        table: "identity_proposals",
        column: "proposal_sealed",
        context: "registrations.identity-proposal",
    },
];

#[async_trait]
pub trait SealedStore {
    /// Every non-empty value of a sealed column.
    async fn sealed_values(&self, column: SealedColumn) -> Result<Vec<Vec<u8>>>;
    /// Replaces one sealed value by another, only if it is still there (`Ok(false)` if a change
    /// replaced it meanwhile: that value is already sealed with the new key).
    async fn replace_sealed(&self, column: SealedColumn, old: &[u8], new: &[u8]) -> Result<bool>;
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
                    "SELECT {col} FROM {table} WHERE {col} IS NOT NULL",
                    col = c.column,
                    table = c.table
                );
                Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .fetch_all(&self.pool)
                    .await?)
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

            async fn sealed_columns_in_schema(&self) -> $crate::Result<Vec<(String, String)>> {
                Ok(sqlx::query_as($schema_query).fetch_all(&self.pool).await?)
            }
        }
    };
}
pub(crate) use impl_sealed_store;
