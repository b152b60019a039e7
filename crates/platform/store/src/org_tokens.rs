//! Organisations' API tokens (`garita_kernel::organizations`): made and revoked by the
//! organisation's admin; only each token's keyed hash is kept.

use crate::Result;
use crate::records::Effects;
use async_trait::async_trait;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OrganizationTokenRow {
    pub id: String,
    /// The organisation's name (its record's key).
    pub organization: String,
    /// What the admin called it ("dispatch system").
    pub label: String,
    pub token_hash: String,
    pub created_by: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

#[async_trait]
pub trait OrganizationTokenStore {
    async fn add_organization_token(
        &self,
        token: &OrganizationTokenRow,
        effects: Effects,
    ) -> Result<()>;
    /// An organisation's tokens, newest first, revoked ones included.
    async fn organization_tokens(&self, organization: &str) -> Result<Vec<OrganizationTokenRow>>;
    /// The token with this hash, unless it was revoked.
    async fn live_organization_token(&self, hash: &str) -> Result<Option<OrganizationTokenRow>>;
    /// Revokes one of the organisation's tokens and writes `effects`, in one transaction;
    /// `false` if it has no such token or it was revoked already.
    async fn revoke_organization_token(
        &self,
        organization: &str,
        id: &str,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
}

macro_rules! impl_organization_token_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::org_tokens::OrganizationTokenStore for $store {
            async fn add_organization_token(
                &self,
                t: &$crate::org_tokens::OrganizationTokenRow,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO organization_tokens (id, organization, label, token_hash, \
                     created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&t.id)
                .bind(&t.organization)
                .bind(&t.label)
                .bind(&t.token_hash)
                .bind(&t.created_by)
                .bind(t.created_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn organization_tokens(
                &self,
                organization: &str,
            ) -> $crate::Result<Vec<$crate::org_tokens::OrganizationTokenRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM organization_tokens WHERE organization = $1 \
                     ORDER BY created_at DESC, id",
                )
                .bind(organization)
                .fetch_all(self.pool())
                .await?)
            }

            async fn live_organization_token(
                &self,
                hash: &str,
            ) -> $crate::Result<Option<$crate::org_tokens::OrganizationTokenRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM organization_tokens WHERE token_hash = $1 \
                     AND revoked_at IS NULL",
                )
                .bind(hash)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn revoke_organization_token(
                &self,
                organization: &str,
                id: &str,
                at: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let revoked = sqlx::query(
                    "UPDATE organization_tokens SET revoked_at = $3 \
                     WHERE id = $1 AND organization = $2 AND revoked_at IS NULL",
                )
                .bind(id)
                .bind(organization)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if revoked {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok(revoked)
            }
        }
    };
}
pub(crate) use impl_organization_token_store;
