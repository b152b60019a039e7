//! The service's table (`trusted_members`, migration `0024`), written once for both backends on
//! the platform's stores. A member is found by a keyed hash; nothing in it is sealed because
//! nothing in it names anyone.

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::{Db, Result};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MemberRow {
    /// The keyed hash of the membership number and the date of birth.
    pub lookup: String,
    pub programme: String,
    pub status: String,
    pub expires_on: Option<String>,
    pub updated_at: i64,
}

#[async_trait]
pub trait TrustedStore: Send + Sync {
    /// Writes each row (a member already there takes the row's state) with `effects`, in one
    /// transaction.
    async fn put_members(&self, rows: &[MemberRow], effects: Effects) -> Result<()>;
    async fn member(&self, lookup: &str) -> Result<Option<MemberRow>>;
}

macro_rules! impl_trusted_store {
    ($store:ty) => {
        #[async_trait]
        impl TrustedStore for $store {
            async fn put_members(&self, rows: &[MemberRow], effects: Effects) -> Result<()> {
                let mut tx = self.write_tx().await?;
                for m in rows {
                    sqlx::query(
                        "INSERT INTO trusted_members (lookup, programme, status, expires_on, \
                         updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lookup) DO UPDATE \
                         SET programme = excluded.programme, status = excluded.status, \
                         expires_on = excluded.expires_on, updated_at = excluded.updated_at",
                    )
                    .bind(&m.lookup)
                    .bind(&m.programme)
                    .bind(&m.status)
                    .bind(&m.expires_on)
                    .bind(m.updated_at)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn member(&self, lookup: &str) -> Result<Option<MemberRow>> {
                Ok(
                    sqlx::query_as("SELECT * FROM trusted_members WHERE lookup = $1")
                        .bind(lookup)
                        .fetch_optional(self.pool())
                        .await?,
                )
            }
        }
    };
}

impl_trusted_store!(garita_store::SqliteStore);
impl_trusted_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn TrustedStore> {
    match db {
        Db::Sqlite(s) => Arc::new(s.clone()),
        Db::Postgres(s) => Arc::new(s.clone()),
    }
}

/// The service's migrations, merged with the platform's when the database opens.
pub static MIGRATIONS: garita_store::Migrations = garita_store::Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    postgres: &POSTGRES_MIGRATIONS,
};
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
