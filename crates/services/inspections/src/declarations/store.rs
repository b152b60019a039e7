//! The declarations' tables (`declarations`, `declaration_scans`, migration `0038`), written
//! once for both backends: a declaration and its scans in one transaction; a decision
//! conditional on the declaration still waiting at the version read.

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::{Db, Result};
use std::sync::Arc;

/// Sealing contexts: what was declared, and a permit's scan (their columns are listed with the
/// cargo's in `crate::store::SEALED_COLUMNS`).
pub const DECLARED: &str = "declaration-declared";
pub const SCAN: &str = "declaration-scan";

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DeclarationRecord {
    pub id: String,
    pub account_id: String,
    pub port: String,
    pub arrives_on: String,
    pub items: i64,
    pub permits: i64,
    pub declared_sealed: Vec<u8>,
    /// `declared`, one of `domain::DECISIONS`, or `withdrawn`.
    pub status: String,
    /// JSON list of `domain::REASONS` codes.
    pub reasons: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ScanRecord {
    pub permit: i64,
    pub media_type: String,
    pub scan_sealed: Vec<u8>,
}

#[async_trait]
pub trait DeclarationStore: Send + Sync {
    async fn declare(
        &self,
        d: &DeclarationRecord,
        scans: &[ScanRecord],
        effects: Effects,
    ) -> Result<()>;
    async fn declaration(&self, id: &str) -> Result<Option<DeclarationRecord>>;
    /// A person's declarations, latest arrival first.
    async fn of_account(&self, account: &str, limit: i64) -> Result<Vec<DeclarationRecord>>;
    /// A port's declarations for a day of arrival.
    async fn of_port_day(&self, port: &str, day: &str) -> Result<Vec<DeclarationRecord>>;
    async fn scan(&self, id: &str, permit: i64) -> Result<Option<ScanRecord>>;
    /// Moves a declaration still `declared` at `version - 1` to `status`, with `effects`;
    /// `false` if it changed meanwhile.
    async fn settle(&self, d: &DeclarationRecord, effects: Effects) -> Result<bool>;
    /// Deletes every declaration (and its scans) arriving before `day`, with `effects`: how
    /// many declarations and scans.
    async fn purge_declarations(&self, day: &str, effects: Effects) -> Result<(u64, u64)>;
}

macro_rules! impl_declaration_store {
    ($store:ty) => {
        #[async_trait]
        impl DeclarationStore for $store {
            async fn declare(
                &self,
                d: &DeclarationRecord,
                scans: &[ScanRecord],
                effects: Effects,
            ) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO declarations (id, account_id, port, arrives_on, items, permits, \
                     declared_sealed, status, reasons, version, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
                )
                .bind(&d.id)
                .bind(&d.account_id)
                .bind(&d.port)
                .bind(&d.arrives_on)
                .bind(d.items)
                .bind(d.permits)
                .bind(&d.declared_sealed)
                .bind(&d.status)
                .bind(&d.reasons)
                .bind(d.version)
                .bind(d.created_at)
                .execute(&mut *tx)
                .await?;
                for s in scans {
                    sqlx::query(
                        "INSERT INTO declaration_scans (declaration_id, permit, media_type, \
                         scan_sealed) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(&d.id)
                    .bind(s.permit)
                    .bind(&s.media_type)
                    .bind(&s.scan_sealed)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn declaration(&self, id: &str) -> Result<Option<DeclarationRecord>> {
                Ok(sqlx::query_as("SELECT * FROM declarations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn of_account(
                &self,
                account: &str,
                limit: i64,
            ) -> Result<Vec<DeclarationRecord>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM declarations WHERE account_id = $1 \
                     ORDER BY arrives_on DESC, created_at DESC LIMIT $2",
                )
                .bind(account)
                .bind(limit)
                .fetch_all(self.pool())
                .await?)
            }

            async fn of_port_day(&self, port: &str, day: &str) -> Result<Vec<DeclarationRecord>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM declarations WHERE port = $1 AND arrives_on = $2 \
                     ORDER BY created_at, id",
                )
                .bind(port)
                .bind(day)
                .fetch_all(self.pool())
                .await?)
            }

            async fn scan(&self, id: &str, permit: i64) -> Result<Option<ScanRecord>> {
                Ok(sqlx::query_as(
                    "SELECT permit, media_type, scan_sealed FROM declaration_scans \
                     WHERE declaration_id = $1 AND permit = $2",
                )
                .bind(id)
                .bind(permit)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn settle(&self, d: &DeclarationRecord, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let settled = sqlx::query(
                    "UPDATE declarations SET status = $2, reasons = $3, decided_by = $4, \
                     decided_at = $5, version = $6, updated_at = $5 \
                     WHERE id = $1 AND version = $6 - 1 AND status = 'declared'",
                )
                .bind(&d.id)
                .bind(&d.status)
                .bind(&d.reasons)
                .bind(&d.decided_by)
                .bind(d.updated_at)
                .bind(d.version)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if settled {
                    <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok(settled)
            }

            async fn purge_declarations(&self, day: &str, effects: Effects) -> Result<(u64, u64)> {
                let mut tx = self.write_tx().await?;
                let scans = sqlx::query(
                    "DELETE FROM declaration_scans WHERE declaration_id IN \
                     (SELECT id FROM declarations WHERE arrives_on < $1)",
                )
                .bind(day)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let declarations = sqlx::query("DELETE FROM declarations WHERE arrives_on < $1")
                    .bind(day)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if declarations > 0 {
                    <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok((declarations, scans))
            }
        }
    };
}

impl_declaration_store!(garita_store::SqliteStore);
impl_declaration_store!(garita_store::PostgresStore);

/// The declarations' store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn DeclarationStore> {
    match db {
        Db::Sqlite(s) => Arc::new(s.clone()),
        Db::Postgres(s) => Arc::new(s.clone()),
    }
}
