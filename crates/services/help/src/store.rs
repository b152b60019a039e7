//! The directory's table (`help_places`), written once for both backends on the platform's
//! stores, in its write transactions with its effects (each change audited).

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::{Db, Result};
use std::sync::Arc;

/// An organisation that helps people in person.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub city: String,
    pub address: String,
    pub hours: String,
    pub phone: String,
    /// The languages spoken there, as the admin wrote them.
    pub languages: String,
    /// 1 when its help costs nothing.
    pub free_of_charge: i64,
    pub created_at: i64,
}

#[async_trait]
pub trait HelpStore: Send + Sync {
    async fn add_place(&self, place: &Place, effects: Effects) -> Result<()>;
    /// Removes a place; `Ok(false)`, with nothing written, if there is none.
    async fn remove_place(&self, id: &str, effects: Effects) -> Result<bool>;
    /// Every place, by city then name.
    async fn places(&self) -> Result<Vec<Place>>;
}

macro_rules! impl_help_store {
    ($store:ty) => {
        #[async_trait]
        impl HelpStore for $store {
            async fn add_place(&self, p: &Place, effects: Effects) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO help_places (id, name, city, address, hours, phone, languages, \
                     free_of_charge, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(&p.id)
                .bind(&p.name)
                .bind(&p.city)
                .bind(&p.address)
                .bind(&p.hours)
                .bind(&p.phone)
                .bind(&p.languages)
                .bind(p.free_of_charge)
                .bind(p.created_at)
                .execute(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn remove_place(&self, id: &str, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let gone = sqlx::query("DELETE FROM help_places WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if gone == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn places(&self) -> Result<Vec<Place>> {
                Ok(sqlx::query_as(
                    "SELECT id, name, city, address, hours, phone, languages, free_of_charge, \
                     created_at FROM help_places ORDER BY city, name, id",
                )
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}

impl_help_store!(garita_store::SqliteStore);
impl_help_store!(garita_store::PostgresStore);

/// The directory's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn HelpStore> {
    match db {
        Db::Sqlite(s) => Arc::new(s.clone()),
        Db::Postgres(s) => Arc::new(s.clone()),
    }
}

/// The directory's migrations, merged with the platform's when the database opens.
pub static MIGRATIONS: garita_store::Migrations = garita_store::Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    postgres: &POSTGRES_MIGRATIONS,
};
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
