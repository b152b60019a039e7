//! The service's tables (`manifests`, `manifest_people`, migration `0035`), written once for
//! both backends on the platform's stores; each change in one transaction with its effects. A
//! correction is conditional on the version the carrier's sending read, so two sendings at once
//! cannot both apply to one version.

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

/// Sealing context of a person on a bus.
pub const PERSON: &str = "manifest-person";

/// The people on buses are nobody's account: forgetting an account leaves them, and the
/// retention job deletes them.
pub const SEALED_COLUMNS: &[SealedColumn] = &[SealedColumn {
    table: "manifest_people",
    column: "person_sealed",
    context: PERSON,
    owner: None,
}];

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ManifestRow {
    pub id: String,
    /// The carrier organisation's name.
    pub carrier: String,
    pub trip_id: String,
    pub port: String,
    pub bus_plate: String,
    pub bus_number: String,
    pub origin: String,
    /// Unix milliseconds.
    pub arrives_at: i64,
    /// `expected`, `arrived` or `cancelled`.
    pub status: String,
    /// How many people were stored (the driver included).
    pub people: i64,
    /// JSON `[[line, field, key], ...]`.
    pub problems: String,
    pub content_hash: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub arrived_at: Option<i64>,
    pub purged_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SealedPerson {
    pub line: i64,
    /// `driver` or `passenger`.
    pub role: String,
    pub person_sealed: Vec<u8>,
}

#[async_trait]
pub trait ManifestStore: Send + Sync {
    async fn manifest(&self, id: &str) -> Result<Option<ManifestRow>>;
    async fn manifest_by_trip(&self, carrier: &str, trip_id: &str) -> Result<Option<ManifestRow>>;
    /// Writes a new manifest (`replacing: None`) or replaces an expected one still at version
    /// `replacing`, its people with it, and `effects`, in one transaction; `false` if a manifest
    /// has that trip id already, or the one replaced changed meanwhile.
    async fn put_manifest(
        &self,
        manifest: &ManifestRow,
        people: &[SealedPerson],
        replacing: Option<i64>,
        effects: Effects,
    ) -> Result<bool>;
    /// A carrier's latest trips, newest arrival first.
    async fn carrier_manifests(&self, carrier: &str, limit: i64) -> Result<Vec<ManifestRow>>;
    /// The trips expected at a port between two moments, earliest first.
    async fn port_manifests(&self, port: &str, from: i64, to: i64) -> Result<Vec<ManifestRow>>;
    async fn manifest_people(&self, id: &str) -> Result<Vec<SealedPerson>>;
    /// Moves an expected manifest to `status` (`arrived` sets `arrived_at`) with `effects`;
    /// `false` if it is not expected any more.
    async fn end_manifest(&self, id: &str, status: &str, at: i64, effects: Effects)
    -> Result<bool>;
    /// Deletes the people of every manifest whose bus arrived (or was due) before `before`,
    /// with `effects`, in one transaction: how many manifests and people.
    async fn purge_manifests(&self, before: i64, at: i64, effects: Effects) -> Result<(u64, u64)>;
}

macro_rules! impl_manifest_store {
    ($store:ty) => {
        #[async_trait]
        impl ManifestStore for $store {
            async fn manifest(&self, id: &str) -> Result<Option<ManifestRow>> {
                Ok(sqlx::query_as("SELECT * FROM manifests WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn manifest_by_trip(
                &self,
                carrier: &str,
                trip_id: &str,
            ) -> Result<Option<ManifestRow>> {
                Ok(
                    sqlx::query_as("SELECT * FROM manifests WHERE carrier = $1 AND trip_id = $2")
                        .bind(carrier)
                        .bind(trip_id)
                        .fetch_optional(self.pool())
                        .await?,
                )
            }

            async fn put_manifest(
                &self,
                m: &ManifestRow,
                people: &[SealedPerson],
                replacing: Option<i64>,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                // A new trip is inserted; a correction replaces the row still at the version it
                // read (`replacing`), only while the bus is expected. `NULL` matches no version.
                let written = sqlx::query(
                    "INSERT INTO manifests (id, carrier, trip_id, port, bus_plate, bus_number, \
                     origin, arrives_at, status, people, problems, content_hash, version, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, \
                     'expected', $9, $10, $11, $12, $13, $13) \
                     ON CONFLICT (carrier, trip_id) DO UPDATE SET port = excluded.port, \
                     bus_plate = excluded.bus_plate, bus_number = excluded.bus_number, \
                     origin = excluded.origin, arrives_at = excluded.arrives_at, \
                     people = excluded.people, problems = excluded.problems, \
                     content_hash = excluded.content_hash, version = excluded.version, \
                     updated_at = excluded.updated_at \
                     WHERE manifests.version = $14 AND manifests.status = 'expected'",
                )
                .bind(&m.id)
                .bind(&m.carrier)
                .bind(&m.trip_id)
                .bind(&m.port)
                .bind(&m.bus_plate)
                .bind(&m.bus_number)
                .bind(&m.origin)
                .bind(m.arrives_at)
                .bind(m.people)
                .bind(&m.problems)
                .bind(&m.content_hash)
                .bind(m.version)
                .bind(m.updated_at)
                .bind(replacing)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if written != 1 {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM manifest_people WHERE manifest_id = $1")
                    .bind(&m.id)
                    .execute(&mut *tx)
                    .await?;
                // One statement for a bus's people (a few hundred binds at most).
                for chunk in people.chunks(200) {
                    let mut insert = sqlx::QueryBuilder::new(
                        "INSERT INTO manifest_people (manifest_id, line, role, person_sealed) ",
                    );
                    insert.push_values(chunk, |mut row, p| {
                        row.push_bind(&m.id)
                            .push_bind(p.line)
                            .push_bind(&p.role)
                            .push_bind(&p.person_sealed);
                    });
                    insert.build().execute(&mut *tx).await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn carrier_manifests(
                &self,
                carrier: &str,
                limit: i64,
            ) -> Result<Vec<ManifestRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM manifests WHERE carrier = $1 \
                     ORDER BY arrives_at DESC, id LIMIT $2",
                )
                .bind(carrier)
                .bind(limit)
                .fetch_all(self.pool())
                .await?)
            }

            async fn port_manifests(
                &self,
                port: &str,
                from: i64,
                to: i64,
            ) -> Result<Vec<ManifestRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM manifests WHERE port = $1 AND arrives_at >= $2 \
                     AND arrives_at < $3 ORDER BY arrives_at, id",
                )
                .bind(port)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn manifest_people(&self, id: &str) -> Result<Vec<SealedPerson>> {
                Ok(sqlx::query_as(
                    "SELECT line, role, person_sealed FROM manifest_people \
                     WHERE manifest_id = $1 ORDER BY line",
                )
                .bind(id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn end_manifest(
                &self,
                id: &str,
                status: &str,
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let arrived = (status == "arrived").then_some(at);
                let ended = sqlx::query(
                    "UPDATE manifests SET status = $2, arrived_at = $3, updated_at = $4 \
                     WHERE id = $1 AND status = 'expected'",
                )
                .bind(id)
                .bind(status)
                .bind(arrived)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if ended {
                    <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok(ended)
            }

            async fn purge_manifests(
                &self,
                before: i64,
                at: i64,
                effects: Effects,
            ) -> Result<(u64, u64)> {
                let mut tx = self.write_tx().await?;
                let people = sqlx::query(
                    "DELETE FROM manifest_people WHERE manifest_id IN (SELECT id FROM \
                     manifests WHERE purged_at IS NULL AND COALESCE(arrived_at, arrives_at) < $1)",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let manifests = sqlx::query(
                    "UPDATE manifests SET purged_at = $2 \
                     WHERE purged_at IS NULL AND COALESCE(arrived_at, arrives_at) < $1",
                )
                .bind(before)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if manifests > 0 {
                    <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                tx.commit().await?;
                Ok((manifests, people))
            }
        }
    };
}

impl_manifest_store!(garita_store::SqliteStore);
impl_manifest_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn ManifestStore> {
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
