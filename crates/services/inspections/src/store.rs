//! The cargo inspections' tables (`cargo_slots`, `inspections`, `inspection_results`, migration
//! `0036`),
//! written once for both backends on the platform's stores. A booking takes its slot's place
//! and writes the request in one transaction, only while the slot has room; a change is
//! conditional on the version it read, so two specialists cannot both decide one version.

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

/// Sealing context of a shipment (its importer may be a person trading in their own name).
pub const SHIPMENT: &str = "inspection-shipment";

/// Shipments belong to organisations, not to an account: forgetting an account leaves them. A
/// person's declarations are theirs: forgetting the account empties them.
pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "inspections",
        column: "shipment_sealed",
        context: SHIPMENT,
        owner: None,
    },
    SealedColumn {
        table: "declarations",
        column: "declared_sealed",
        context: crate::declarations::store::DECLARED,
        owner: Some("account_id = $1"),
    },
    SealedColumn {
        table: "declaration_scans",
        column: "scan_sealed",
        context: crate::declarations::store::SCAN,
        owner: Some("declaration_id IN (SELECT id FROM declarations WHERE account_id = $1)"),
    },
];

/// One of a port's slots on one day, with how many inspections it takes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SlotRow {
    pub port: String,
    /// `YYYY-MM-DD`, the port's day.
    pub day: String,
    /// `HH:MM`, the port's time.
    pub slot: String,
    /// Unix milliseconds.
    pub starts_at: i64,
    pub capacity: i64,
    pub booked: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InspectionRow {
    pub id: String,
    pub organization: String,
    pub requested_by: Option<String>,
    pub port: String,
    pub day: String,
    pub slot: String,
    pub starts_at: i64,
    pub entry_number: String,
    pub commodities: i64,
    pub shipment_sealed: Vec<u8>,
    /// One of `domain::STATUSES`.
    pub status: String,
    /// The treatment a shipment on hold needs.
    pub treatment: Option<String>,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A change after the booking: a specialist's result, a cancellation, a missed slot.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ResultRow {
    pub inspection_id: String,
    /// The request's version this change made.
    pub version: i64,
    pub at: i64,
    pub status: String,
    pub treatment: Option<String>,
    pub note: String,
    pub recorded_by: String,
}

#[async_trait]
pub trait InspectionStore: Send + Sync {
    /// Sets each slot's capacity (a slot's bookings stay, even above a lowered capacity).
    async fn set_capacity(&self, slots: &[SlotRow], effects: Effects) -> Result<()>;
    /// A port's slots from day `from` to day `to` (both `YYYY-MM-DD`), earliest first.
    async fn slots(&self, port: &str, from: &str, to: &str) -> Result<Vec<SlotRow>>;
    /// Takes a place in the request's slot and writes it with `effects`, in one transaction;
    /// `false` (nothing written) if the slot is full or was never opened.
    async fn book(&self, inspection: &InspectionRow, effects: Effects) -> Result<bool>;
    async fn inspection(&self, id: &str) -> Result<Option<InspectionRow>>;
    /// An organisation's latest requests, latest slot first.
    async fn of_organization(&self, organization: &str, limit: i64) -> Result<Vec<InspectionRow>>;
    /// A port's requests on a day, in slot order.
    async fn of_port_day(&self, port: &str, day: &str) -> Result<Vec<InspectionRow>>;
    /// Requests still booked whose slot started before `before`.
    async fn booked_before(&self, before: i64) -> Result<Vec<InspectionRow>>;
    /// Records `change` on a request still at `change.version - 1` and still open to a result
    /// (a cancellation also frees its place in the slot), with `effects`; `false` if it changed
    /// meanwhile.
    async fn change(&self, change: &ResultRow, free_slot: bool, effects: Effects) -> Result<bool>;
    /// A request's changes, oldest first.
    async fn results(&self, id: &str) -> Result<Vec<ResultRow>>;
}

macro_rules! impl_inspection_store {
    ($store:ty) => {
        #[async_trait]
        impl InspectionStore for $store {
            async fn set_capacity(&self, slots: &[SlotRow], effects: Effects) -> Result<()> {
                let mut tx = self.write_tx().await?;
                for s in slots {
                    sqlx::query(
                        "INSERT INTO cargo_slots (port, day, slot, starts_at, capacity, booked) \
                         VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (port, day, slot) \
                         DO UPDATE SET capacity = excluded.capacity",
                    )
                    .bind(&s.port)
                    .bind(&s.day)
                    .bind(&s.slot)
                    .bind(s.starts_at)
                    .bind(s.capacity)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn slots(&self, port: &str, from: &str, to: &str) -> Result<Vec<SlotRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM cargo_slots WHERE port = $1 AND day >= $2 AND day <= $3 \
                     ORDER BY starts_at",
                )
                .bind(port)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn book(&self, i: &InspectionRow, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let taken = sqlx::query(
                    "UPDATE cargo_slots SET booked = booked + 1 \
                     WHERE port = $1 AND day = $2 AND slot = $3 AND booked < capacity",
                )
                .bind(&i.port)
                .bind(&i.day)
                .bind(&i.slot)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if !taken {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO inspections (id, organization, requested_by, port, day, slot, \
                     starts_at, entry_number, commodities, shipment_sealed, status, treatment, \
                     version, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
                )
                .bind(&i.id)
                .bind(&i.organization)
                .bind(&i.requested_by)
                .bind(&i.port)
                .bind(&i.day)
                .bind(&i.slot)
                .bind(i.starts_at)
                .bind(&i.entry_number)
                .bind(i.commodities)
                .bind(&i.shipment_sealed)
                .bind(&i.status)
                .bind(&i.treatment)
                .bind(i.version)
                .bind(i.created_at)
                .bind(i.updated_at)
                .execute(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn inspection(&self, id: &str) -> Result<Option<InspectionRow>> {
                Ok(sqlx::query_as("SELECT * FROM inspections WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn of_organization(
                &self,
                organization: &str,
                limit: i64,
            ) -> Result<Vec<InspectionRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM inspections WHERE organization = $1 \
                     ORDER BY starts_at DESC, id LIMIT $2",
                )
                .bind(organization)
                .bind(limit)
                .fetch_all(self.pool())
                .await?)
            }

            async fn of_port_day(&self, port: &str, day: &str) -> Result<Vec<InspectionRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM inspections WHERE port = $1 AND day = $2 \
                     ORDER BY starts_at, created_at, id",
                )
                .bind(port)
                .bind(day)
                .fetch_all(self.pool())
                .await?)
            }

            async fn booked_before(&self, before: i64) -> Result<Vec<InspectionRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM inspections WHERE status = 'booked' AND starts_at < $1 \
                     ORDER BY starts_at, id",
                )
                .bind(before)
                .fetch_all(self.pool())
                .await?)
            }

            async fn change(
                &self,
                c: &ResultRow,
                free_slot: bool,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let changed = sqlx::query(
                    "UPDATE inspections SET status = $2, treatment = $3, version = $4, \
                     updated_at = $5 WHERE id = $1 AND version = $4 - 1 \
                     AND status IN ('booked', 'hold')",
                )
                .bind(&c.inspection_id)
                .bind(&c.status)
                .bind(&c.treatment)
                .bind(c.version)
                .bind(c.at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if !changed {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO inspection_results (inspection_id, version, at, status, \
                     treatment, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&c.inspection_id)
                .bind(c.version)
                .bind(c.at)
                .bind(&c.status)
                .bind(&c.treatment)
                .bind(&c.note)
                .bind(&c.recorded_by)
                .execute(&mut *tx)
                .await?;
                if free_slot {
                    sqlx::query(
                        "UPDATE cargo_slots SET booked = booked - 1 WHERE (port, day, slot) = \
                         (SELECT port, day, slot FROM inspections WHERE id = $1) AND booked > 0",
                    )
                    .bind(&c.inspection_id)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn results(&self, id: &str) -> Result<Vec<ResultRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM inspection_results WHERE inspection_id = $1 ORDER BY version",
                )
                .bind(id)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}

impl_inspection_store!(garita_store::SqliteStore);
impl_inspection_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn InspectionStore> {
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
