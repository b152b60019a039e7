//! The platform's storage: one [`Store`] trait, two implementations chosen at run time from the URL,
//! and what a service's own store is built on ([`Db`], the backends' pools, write transactions and
//! effects writer).
//!
//! - `sqlite://PATH` — embedded, zero set-up, the default for one machine.
//! - `postgres://...` — for several application nodes and production.
//!
//! Both must pass the same contract suite (`tests/all/`). Migrations are embedded in the
//! binary, one folder per backend (`migrations/sqlite`, `migrations/postgres`); the contract suite is
//! what keeps the two schemas in step.

mod accounts;
mod audit;
pub mod backup;
pub mod group_commit;
pub mod heartbeats;
pub mod jobs;
pub mod notices;
pub mod org_requests;
pub mod org_tokens;
mod outbox;
pub mod payments;
mod ports;
mod postgres;
pub mod records;
pub mod registrations;
mod rows;
pub mod sealed;
pub mod session_cache;
mod sqlite;
pub mod synthetic;

use async_trait::async_trait;
use garita_domain::{ChainKey, Port, PortCode, Seats, ServiceDate};
use sqlx::migrate::Migrator;
use std::sync::Arc;

pub use accounts::AccountStore;
pub use audit::{AuditQuery, AuditStore};
pub use heartbeats::HeartbeatStore;
pub use jobs::JobStore;
pub use notices::NoticeStore;
pub use org_requests::OrganizationRequestStore;
pub use org_tokens::OrganizationTokenStore;
pub use outbox::{OutboxStore, RateLimitStore};
pub use payments::PaymentStore;
pub use postgres::PostgresStore;
pub use registrations::{PhotoStore, RegistrationStore};
pub use sealed::SealedStore;
pub use sqlite::SqliteStore;
pub use synthetic::SyntheticStore;

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// The backend a database URL names, if it is one Garita supports.
    pub fn of_url(url: &str) -> Option<Backend> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Backend::Sqlite),
            "postgres" | "postgresql" => Some(Backend::Postgres),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL is not one we can open. The URL itself is not repeated: it may hold a password.
    #[error("unsupported database URL: it must start with sqlite:// or postgres://")]
    UnsupportedUrl,
    #[error("no port with code {0}")]
    UnknownPort(PortCode),
    /// A unique value (such as an e-mail address) is already taken.
    #[error("already exists")]
    Conflict,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A backup or restore that cannot be done as asked; the words say what to do instead.
    #[error("{0}")]
    Backup(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The failure of a write done together with others (`group_commit`), told to each.
    #[error("{0}")]
    Shared(Arc<StoreError>),
}

impl StoreError {
    /// The database could not be reached, lost the connection, was not (yet) a primary, or
    /// stayed busy: the change may or may not have been made, and the same request sent again
    /// is safe (requests carry idempotency keys). Said as "try again shortly", never as success.
    pub fn is_unavailable(&self) -> bool {
        if let StoreError::Shared(e) = self {
            return e.is_unavailable();
        }
        let StoreError::Database(e) = self else {
            return false;
        };
        match e {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => true,
            sqlx::Error::Database(db) => db.code().is_some_and(|code| transient(&code)),
            _ => false,
        }
    }
}

/// SQLSTATEs (PostgreSQL) and result codes (SQLite) after which trying again is the answer.
fn transient(code: &str) -> bool {
    // PostgreSQL: connection exceptions, the server shutting down or starting (a failover),
    // a read-only server (a replica not promoted yet), serialization failures and deadlocks.
    code.starts_with("08")
        || code.starts_with("57P")
        || matches!(code, "25006" | "40001" | "40P01")
        // SQLite: busy or locked (primary result codes 5 and 6, under their extended codes).
        || code.parse::<i64>().is_ok_and(|n| matches!(n & 0xff, 5 | 6))
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether the database is reachable and fully migrated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// Embedded migrations not yet applied to this database.
    pub pending_migrations: usize,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.pending_migrations == 0
    }
}

/// What the platform keeps (no service's records), one trait per subject. Implementations are cheap to share
/// (`Arc<dyn Store>`); each method is one transaction.
#[async_trait]
pub trait Store:
    AccountStore
    + AuditStore
    + OutboxStore
    + RateLimitStore
    + PaymentStore
    + RegistrationStore
    + PhotoStore
    + SealedStore
    + JobStore
    + HeartbeatStore
    + NoticeStore
    + OrganizationRequestStore
    + OrganizationTokenStore
    + SyntheticStore
    + Send
    + Sync
    + 'static
{
    fn backend(&self) -> Backend;

    /// The open database this store is on, from which each service makes its own store.
    fn db(&self) -> Db;

    /// This node's connection pools: open and idle connections of each (for `/metrics`).
    fn connections(&self) -> Vec<PoolFigures>;

    /// Applies every embedded migration not yet applied.
    async fn migrate(&self) -> Result<()>;

    /// Checks the database answers and reports migrations not yet applied.
    async fn readiness(&self) -> Result<Readiness>;

    /// The land crossings, west to east.
    async fn list_ports(&self) -> Result<Vec<Port>>;

    /// Every port of every kind: the land crossings, then the airports.
    async fn all_ports(&self) -> Result<Vec<Port>>;

    /// A land crossing by its code.
    async fn port(&self, code: &PortCode) -> Result<Option<Port>>;

    /// The seats a port offers on a date: the date's own figure if an admin set one, else the
    /// port's default.
    async fn capacity(&self, code: &PortCode, date: ServiceDate) -> Result<Seats>;

    /// Sets the seats a port offers on one date, replacing any earlier figure for that date.
    async fn set_capacity(
        &self,
        code: &PortCode,
        date: ServiceDate,
        seats: Seats,
        effects: records::Effects,
    ) -> Result<()>;
}

/// One connection pool of this node: `open` connections, of which `idle` wait for work (when
/// none is idle and `open` is at the pool's limit, requests queue for a connection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolFigures {
    pub pool: &'static str,
    pub open: u32,
    pub idle: usize,
}

/// An open database: the handle every service's store is implemented on. A service turns it into
/// its own store (its trait object); the platform's part is [`Db::store`].
#[derive(Clone)]
pub enum Db {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// One crate's migrations, a folder per backend embedded with `sqlx::migrate!`: the platform's
/// (`MIGRATIONS`) and each service's. Versions are one sequence over all of them
/// (`migrations/README.md`).
pub struct Migrations {
    pub sqlite: &'static Migrator,
    pub postgres: &'static Migrator,
}

/// The platform's migrations.
pub static MIGRATIONS: Migrations = Migrations {
    sqlite: &sqlite::MIGRATOR,
    postgres: &postgres::MIGRATOR,
};

impl Migrations {
    /// The platform's and the services' migrations for one backend, in version order. Two
    /// migrations with one version are an error: a version belongs to one crate.
    fn merged(services: &[&Migrations], backend: Backend) -> Result<Migrator> {
        let pick = |m: &Migrations| match backend {
            Backend::Sqlite => m.sqlite,
            Backend::Postgres => m.postgres,
        };
        let mut all: Vec<sqlx::migrate::Migration> = vec![];
        for m in std::iter::once(&MIGRATIONS).chain(services.iter().copied()) {
            for migration in pick(m).iter() {
                if all.iter().any(|a| a.version == migration.version) {
                    return Err(StoreError::Corrupt(format!(
                        "migration {} is in two crates: give it another number",
                        migration.version
                    )));
                }
                all.push(migration.clone());
            }
        }
        Ok(Migrator::with_migrations(all))
    }

    /// Each migration's `(version, description)`, to compare the two backends' folders.
    pub fn listed(migrator: &Migrator) -> Vec<(i64, String)> {
        migrator
            .iter()
            .map(|m| (m.version, m.description.to_string()))
            .collect()
    }
}

impl Db {
    /// Opens (and, for SQLite, creates) the database a URL names, with the platform's
    /// migrations. Does not migrate. The audit chain's entries are hashed with `chain_key`.
    pub async fn open(url: &str, chain_key: ChainKey) -> Result<Db> {
        Self::open_with(url, chain_key, &[]).await
    }

    /// The same, with the services' migrations merged into the platform's.
    pub async fn open_with(url: &str, chain_key: ChainKey, services: &[&Migrations]) -> Result<Db> {
        match Backend::of_url(url) {
            Some(backend @ Backend::Sqlite) => {
                let migrator = Migrations::merged(services, backend)?;
                Ok(Db::Sqlite(
                    SqliteStore::open(url, chain_key, migrator).await?,
                ))
            }
            Some(backend @ Backend::Postgres) => {
                let migrator = Migrations::merged(services, backend)?;
                Ok(Db::Postgres(
                    PostgresStore::open(url, chain_key, migrator).await?,
                ))
            }
            None => Err(StoreError::UnsupportedUrl),
        }
    }

    /// The platform's store on this database (the pools are shared, not reopened).
    pub fn store(&self) -> Arc<dyn Store> {
        match self {
            Db::Sqlite(s) => Arc::new(s.clone()),
            Db::Postgres(s) => Arc::new(s.clone()),
        }
    }
}

impl From<SqliteStore> for Db {
    fn from(s: SqliteStore) -> Db {
        Db::Sqlite(s)
    }
}

impl From<PostgresStore> for Db {
    fn from(s: PostgresStore) -> Db {
        Db::Postgres(s)
    }
}

/// Opens the database a URL names and returns the platform's store on it. Does not migrate.
pub async fn open(url: &str, chain_key: ChainKey) -> Result<Arc<dyn Store>> {
    Ok(Db::open(url, chain_key).await?.store())
}

/// Counts embedded migrations missing from a list of applied versions.
fn pending(migrator: &sqlx::migrate::Migrator, applied: &[i64]) -> usize {
    migrator
        .iter()
        .filter(|m| m.migration_type.is_up_migration() && !applied.contains(&m.version))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_connection_a_failover_or_a_busy_database_is_unavailable_and_nothing_else_is() {
        let unavailable = |e: sqlx::Error| StoreError::Database(e).is_unavailable();
        assert!(unavailable(sqlx::Error::PoolTimedOut));
        assert!(unavailable(sqlx::Error::PoolClosed));
        assert!(unavailable(sqlx::Error::Io(
            std::io::ErrorKind::ConnectionReset.into()
        )));
        assert!(!unavailable(sqlx::Error::RowNotFound));
        assert!(!StoreError::Conflict.is_unavailable());
        for code in [
            "08006", "08001", "57P01", "57P03", "25006", "40001", "5", "517", "6",
        ] {
            assert!(transient(code), "{code}");
        }
        for code in ["23505", "42P01", "19", "2067", "1"] {
            assert!(!transient(code), "{code}");
        }
    }
}
