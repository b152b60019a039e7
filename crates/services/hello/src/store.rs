//! The service's table (`hello_notes`), written once for both backends on the platform's stores,
//! in the platform's write transactions with its effects writer.

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

/// A note not yet acknowledged to its writer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Untold {
    pub id: String,
    pub account_id: String,
}

#[async_trait]
pub trait HelloStore: Send + Sync {
    /// Keeps a sealed note with its effects (its audit entry).
    async fn keep_note(
        &self,
        id: &str,
        account_id: &str,
        note_sealed: &[u8],
        now: i64,
        effects: Effects,
    ) -> Result<()>;
    /// An account's sealed notes, oldest first.
    async fn notes_of(&self, account_id: &str) -> Result<Vec<Vec<u8>>>;
    /// When each of an account's notes was kept, oldest first.
    async fn kept_at(&self, account_id: &str) -> Result<Vec<i64>>;
    /// How many notes are kept, all accounts together.
    async fn count_notes(&self) -> Result<i64>;
    /// A note not yet acknowledged, if it exists.
    async fn untold(&self, id: &str) -> Result<Option<Untold>>;
    /// Marks a note acknowledged and writes the message saying so, once: `Ok(false)`, with
    /// nothing written, if it was already.
    async fn mark_told(&self, id: &str, now: i64, effects: Effects) -> Result<bool>;
}

macro_rules! impl_hello_store {
    ($store:ty) => {
        #[async_trait]
        impl HelloStore for $store {
            async fn keep_note(
                &self,
                id: &str,
                account_id: &str,
                note_sealed: &[u8],
                now: i64,
                effects: Effects,
            ) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO hello_notes (id, account_id, note_sealed, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(account_id)
                .bind(note_sealed)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn notes_of(&self, account_id: &str) -> Result<Vec<Vec<u8>>> {
                Ok(sqlx::query_scalar(
                    "SELECT note_sealed FROM hello_notes WHERE account_id = $1 \
                     ORDER BY created_at, id",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn kept_at(&self, account_id: &str) -> Result<Vec<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT created_at FROM hello_notes WHERE account_id = $1 \
                     ORDER BY created_at, id",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn count_notes(&self) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM hello_notes")
                    .fetch_one(self.pool())
                    .await?)
            }

            async fn untold(&self, id: &str) -> Result<Option<Untold>> {
                Ok(sqlx::query_as(
                    "SELECT id, account_id FROM hello_notes WHERE id = $1 AND told_at IS NULL",
                )
                .bind(id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn mark_told(&self, id: &str, now: i64, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let marked = sqlx::query(
                    "UPDATE hello_notes SET told_at = $2 WHERE id = $1 AND told_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if marked == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}

impl_hello_store!(garita_store::SqliteStore);
impl_hello_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn HelloStore> {
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

/// The seal's context of a note.
pub const NOTE: &str = "hello.note";

pub const SEALED_COLUMNS: &[SealedColumn] = &[SealedColumn {
    table: "hello_notes",
    column: "note_sealed",
    context: NOTE,
    owner: Some("account_id = $1"),
}];
