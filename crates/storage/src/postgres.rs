//! The PostgreSQL store: for several application nodes against one database, and production.

use crate::rows::{PortRow, assemble_ports, port_code, seats};
use crate::{Backend, Readiness, Result, Store, StoreError, pending};
use async_trait::async_trait;
use chrono::NaiveTime;
use garita_domain::{Port, PortCode, Seats, ServiceDate};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};

static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

/// The columns of [`PortRow`], cast to the types both backends decode alike.
macro_rules! select_ports {
    () => {
        "SELECT code, name, crossing, city, state, mexican_city, cbp_port_number, time_zone, \
         default_daily_seats::int8 AS default_daily_seats FROM ports"
    };
}

#[derive(Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    pub async fn open(url: &str) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        Ok(PostgresStore { pool })
    }

    async fn time_slots(&self, code: Option<&str>) -> Result<Vec<(String, NaiveTime)>> {
        Ok(sqlx::query_as(
            "SELECT port_code, starts_at FROM port_time_slots \
             WHERE $1::text IS NULL OR port_code = $1 ORDER BY port_code, starts_at",
        )
        .bind(code)
        .fetch_all(&self.pool)
        .await?)
    }
}

type Db = sqlx::Postgres;

impl PostgresStore {
    /// Adds a request if its day is open (see `DrawStore::add_request`).
    const INSERT_REQUEST: &'static str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, client_request_id, \
         port_code, seats, registered_on, created_at, channel, state, time_zone) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM draw_days \
         WHERE service_date = $2 AND status = 'open' FOR SHARE \
         ON CONFLICT (registration_id, service_date) DO NOTHING";

    /// The rows are picked once (a materialized CTE; a sub-query in `IN` may run again and
    /// take more than the limit) and locked; `SKIP LOCKED` lets workers on other nodes take
    /// other messages instead of queueing for these.
    const CLAIM_MESSAGES: &'static str = concat!(
        "WITH picked AS MATERIALIZED (",
        crate::outbox::claim_due!(),
        " FOR UPDATE SKIP LOCKED) ",
        crate::outbox::claim_set!(),
        "FROM picked WHERE outbox.id = picked.id",
        crate::outbox::claimed_columns!()
    );

    /// Serializes audit appends within a write transaction.
    const AUDIT_LOCK: &'static str = "SELECT pg_advisory_xact_lock(7301)";

    /// Write transactions are ordinary; audit appends serialize on an advisory lock.
    /// Where single-statement writes go (any connection: PostgreSQL locks rows, not the file).
    fn writes(&self) -> &PgPool {
        &self.pool
    }

    async fn write_tx(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.pool.begin().await?)
    }
}

crate::audit::impl_effects!(PostgresStore);
crate::accounts::impl_account_store!(PostgresStore);
crate::outbox::impl_outbox_store!(PostgresStore);
crate::outbox::impl_rate_limit_store!(PostgresStore);
crate::registrations::impl_registration_store!(PostgresStore);
crate::registrations::impl_photo_store!(PostgresStore);
crate::draws::impl_draw_store!(PostgresStore);
crate::confirmations::impl_confirmation_store!(PostgresStore);
crate::outages::impl_outage_store!(PostgresStore);
crate::desk::impl_desk_store!(PostgresStore);
crate::port_days::impl_port_day_store!(PostgresStore, "CAST($2 AS DATE)");
crate::sealed::impl_sealed_store!(PostgresStore);

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
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
        let row: Option<PortRow> = sqlx::query_as(concat!(select_ports!(), " WHERE code = $1"))
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
                 (SELECT seats FROM port_capacity WHERE port_code = p.code AND service_date = $2),
                 p.default_daily_seats)::int8
             FROM ports p WHERE p.code = $1",
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
        let known: Option<i32> = sqlx::query_scalar("SELECT 1 FROM ports WHERE code = $1")
            .bind(code.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if known.is_none() {
            return Err(StoreError::UnknownPort(code.clone()));
        }
        let seats = i32::try_from(seats.get()).expect("Seats are bounded well below i32::MAX");
        sqlx::query(
            "INSERT INTO port_capacity (port_code, service_date, seats) VALUES ($1, $2, $3)
             ON CONFLICT (port_code, service_date)
             DO UPDATE SET seats = excluded.seats, updated_at = now()",
        )
        .bind(code.as_str())
        .bind(date.date())
        .bind(seats)
        .execute(&mut *tx)
        .await?;
        // Seats for the whole day replace any split by slot.
        sqlx::query("DELETE FROM slot_seats WHERE port_code = $1 AND service_date = $2")
            .bind(code.as_str())
            .bind(date.date().to_string())
            .execute(&mut *tx)
            .await?;
        write_effects(&mut tx, &effects).await?;
        tx.commit().await?;
        Ok(())
    }
}
