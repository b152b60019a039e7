//! The embedded SQLite store: one file, no set-up, the default.

use crate::rows::{PortRow, assemble_ports, port_code, seats};
use crate::{Backend, Readiness, Result, Store, StoreError, pending};
use async_trait::async_trait;
use chrono::NaiveTime;
use garita_domain::{Port, PortCode, Seats, ServiceDate};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

/// The columns of [`PortRow`] (a macro so that queries stay `&'static str`, as sqlx asks).
macro_rules! select_ports {
    () => {
        "SELECT code, name, crossing, city, state, mexican_city, cbp_port_number, time_zone, \
         default_daily_seats FROM ports"
    };
}

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// One connection for write transactions: writers queue here, in order, instead of
    /// sleeping in SQLite's busy handler (which under load cost hundreds of milliseconds).
    writer: SqlitePool,
}

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            // WAL with synchronous=NORMAL: a committed transaction survives a crash of the
            // process (not necessarily of the machine's power), and readers never block writers.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Database(e.into()))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await?;
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await?;
        Ok(SqliteStore { pool, writer })
    }

    async fn time_slots(&self, code: Option<&str>) -> Result<Vec<(String, NaiveTime)>> {
        Ok(sqlx::query_as(
            "SELECT port_code, starts_at FROM port_time_slots \
             WHERE ?1 IS NULL OR port_code = ?1 ORDER BY port_code, starts_at",
        )
        .bind(code)
        .fetch_all(&self.pool)
        .await?)
    }
}

type Db = sqlx::Sqlite;

impl SqliteStore {
    /// Adds a request if its day is open (see `DrawStore::add_request`).
    const INSERT_REQUEST: &'static str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, client_request_id, \
         port_code, seats, registered_on, created_at, channel, state, time_zone) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM draw_days \
         WHERE service_date = $2 AND status = 'open' \
         ON CONFLICT (registration_id, service_date) DO NOTHING";

    /// One writer at a time: the due rows cannot change between the sub-query and the update.
    const CLAIM_MESSAGES: &'static str = concat!(
        crate::outbox::claim_set!(),
        "WHERE id IN (",
        crate::outbox::claim_due!(),
        ")",
        crate::outbox::claimed_columns!()
    );

    /// Serializes audit appends within a write transaction.
    const AUDIT_LOCK: &'static str = "SELECT 1";

    /// Write transactions take the write lock at once (`BEGIN IMMEDIATE`): a transaction that
    /// reads first and upgrades later can fail under concurrency in WAL mode.
    /// Where single-statement writes go: the writer connection, queued like the transactions.
    fn writes(&self) -> &SqlitePool {
        &self.writer
    }

    async fn write_tx(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }
}

crate::audit::impl_effects!(SqliteStore);
crate::accounts::impl_account_store!(SqliteStore);
crate::outbox::impl_outbox_store!(SqliteStore);
crate::outbox::impl_rate_limit_store!(SqliteStore);
crate::registrations::impl_registration_store!(SqliteStore);
crate::registrations::impl_photo_store!(SqliteStore);
crate::draws::impl_draw_store!(SqliteStore);
crate::confirmations::impl_confirmation_store!(SqliteStore);
crate::outages::impl_outage_store!(SqliteStore);
crate::desk::impl_desk_store!(SqliteStore);
crate::port_days::impl_port_day_store!(SqliteStore, "$2");
crate::sealed::impl_sealed_store!(SqliteStore);

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    async fn migrate(&self) -> Result<()> {
        Ok(MIGRATOR.run(&self.pool).await?)
    }

    async fn readiness(&self) -> Result<Readiness> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        let applied: Vec<i64> =
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.pool)
                .await
                .unwrap_or_default();
        Ok(Readiness {
            pending_migrations: pending(&MIGRATOR, &applied),
        })
    }

    async fn list_ports(&self) -> Result<Vec<Port>> {
        let rows: Vec<PortRow> =
            sqlx::query_as(concat!(select_ports!(), " ORDER BY display_order"))
                .fetch_all(&self.pool)
                .await?;
        assemble_ports(rows, self.time_slots(None).await?)
    }

    async fn port(&self, code: &PortCode) -> Result<Option<Port>> {
        let row: Option<PortRow> = sqlx::query_as(concat!(select_ports!(), " WHERE code = ?1"))
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await?;
        match row {
            None => Ok(None),
            Some(row) => {
                let slots = self.time_slots(Some(code.as_str())).await?;
                Ok(assemble_ports(vec![row], slots)?.pop())
            }
        }
    }

    async fn capacity(&self, code: &PortCode, date: ServiceDate) -> Result<Seats> {
        let value: Option<i64> = sqlx::query_scalar(
            "SELECT COALESCE(
                 (SELECT seats FROM port_capacity WHERE port_code = p.code AND service_date = ?2),
                 p.default_daily_seats)
             FROM ports p WHERE p.code = ?1",
        )
        .bind(code.as_str())
        .bind(date.date())
        .fetch_optional(&self.pool)
        .await?;
        value
            .map(seats)
            .unwrap_or_else(|| Err(StoreError::UnknownPort(port_code(code.as_str())?)))
    }

    async fn set_capacity(
        &self,
        code: &PortCode,
        date: ServiceDate,
        seats: Seats,
        effects: crate::records::Effects,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let known: Option<i64> = sqlx::query_scalar("SELECT 1 FROM ports WHERE code = ?1")
            .bind(code.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if known.is_none() {
            return Err(StoreError::UnknownPort(code.clone()));
        }
        sqlx::query(
            "INSERT INTO port_capacity (port_code, service_date, seats) VALUES (?1, ?2, ?3)
             ON CONFLICT (port_code, service_date)
             DO UPDATE SET seats = excluded.seats, updated_at = CURRENT_TIMESTAMP",
        )
        .bind(code.as_str())
        .bind(date.date())
        .bind(i64::from(seats.get()))
        .execute(&mut *tx)
        .await?;
        // Seats for the whole day replace any split by slot.
        sqlx::query("DELETE FROM slot_seats WHERE port_code = ?1 AND service_date = ?2")
            .bind(code.as_str())
            .bind(date.date().to_string())
            .execute(&mut *tx)
            .await?;
        write_effects(&mut tx, &effects).await?;
        tx.commit().await?;
        Ok(())
    }
}
