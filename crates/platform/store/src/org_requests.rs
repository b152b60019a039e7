//! Organisations' requests to join (`garita_kernel::organizations`): kept until a programme
//! admin decides, then kept without the applicant's address.

use crate::Result;
use crate::records::Effects;
use async_trait::async_trait;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OrganizationRequestRow {
    pub id: String,
    pub name: String,
    /// `carrier`, `broker` or `importer`.
    pub kind: String,
    pub city: String,
    pub contact: String,
    /// The address of the person who will run it (emptied once decided).
    pub email_sealed: Vec<u8>,
    pub locale: String,
    /// `pending`, `approved` or `refused`.
    pub status: String,
    pub created_at: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
}

#[async_trait]
pub trait OrganizationRequestStore {
    async fn add_organization_request(
        &self,
        request: &OrganizationRequestRow,
        effects: Effects,
    ) -> Result<()>;
    /// Requests waiting for a decision, oldest first.
    async fn pending_organization_requests(&self) -> Result<Vec<OrganizationRequestRow>>;
    async fn organization_request(&self, id: &str) -> Result<Option<OrganizationRequestRow>>;
    /// Decides a pending request (`approved` or `refused`), empties its address and writes
    /// `effects`, in one transaction; `false` if it was no longer pending.
    async fn decide_organization_request(
        &self,
        id: &str,
        status: &str,
        by: &str,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
}

macro_rules! impl_organization_request_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::org_requests::OrganizationRequestStore for $store {
            async fn add_organization_request(
                &self,
                r: &$crate::org_requests::OrganizationRequestRow,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO organization_requests (id, name, kind, city, contact, \
                     email_sealed, locale, status, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8)",
                )
                .bind(&r.id)
                .bind(&r.name)
                .bind(&r.kind)
                .bind(&r.city)
                .bind(&r.contact)
                .bind(&r.email_sealed)
                .bind(&r.locale)
                .bind(r.created_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn pending_organization_requests(
                &self,
            ) -> $crate::Result<Vec<$crate::org_requests::OrganizationRequestRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM organization_requests WHERE status = 'pending' \
                     ORDER BY created_at, id",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn organization_request(
                &self,
                id: &str,
            ) -> $crate::Result<Option<$crate::org_requests::OrganizationRequestRow>> {
                Ok(
                    sqlx::query_as("SELECT * FROM organization_requests WHERE id = $1")
                        .bind(id)
                        .fetch_optional(self.pool())
                        .await?,
                )
            }

            async fn decide_organization_request(
                &self,
                id: &str,
                status: &str,
                by: &str,
                at: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let decided = sqlx::query(
                    "UPDATE organization_requests SET status = $2, decided_by = $3, \
                     decided_at = $4, email_sealed = $5 WHERE id = $1 AND status = 'pending'",
                )
                .bind(id)
                .bind(status)
                .bind(by)
                .bind(at)
                .bind(Vec::<u8>::new())
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if decided {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok(decided)
            }
        }
    };
}
pub(crate) use impl_organization_request_store;
