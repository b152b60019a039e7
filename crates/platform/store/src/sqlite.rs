//! The embedded SQLite store: one file, no set-up, the default.

use crate::{Backend, Result, StoreError};
use garita_domain::ChainKey;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// One connection for write transactions: writers queue here, in order, instead of
    /// sleeping in SQLite's busy handler (which under load cost hundreds of milliseconds).
    writer: SqlitePool,
    chain_key: ChainKey,
    /// The platform's migrations and the services'.
    migrator: std::sync::Arc<Migrator>,
    /// Held while the database is open, so that a restore refuses to replace it (`backup.rs`).
    _in_use: Option<std::sync::Arc<crate::backup::InUse>>,
    /// While any clone lives, the WAL is checkpointed (`checkpoints`).
    _alive: std::sync::Arc<()>,
    sessions: std::sync::Arc<crate::session_cache::SessionCache>,
}

impl SqliteStore {
    pub async fn open(url: &str, chain_key: ChainKey, migrator: Migrator) -> Result<Self> {
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
        let in_use = crate::backup::InUse::take(options.get_filename())?.map(std::sync::Arc::new);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await?;
        // The writer leaves checkpoints to `checkpoints` (a commit that checkpoints waits for
        // the copy and its fsync: the slowest requests under load), unless the WAL grows large.
        // Its page cache (64 MiB) holds a large transaction's changed pages until the commit
        // instead of spilling them to the WAL and reading them back.
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(
                options
                    .pragma("wal_autocheckpoint", "20000")
                    .pragma("cache_size", "-65536"),
            )
            .await?;
        let alive = std::sync::Arc::new(());
        tokio::spawn(checkpoints(pool.clone(), std::sync::Arc::downgrade(&alive)));
        Ok(SqliteStore {
            pool,
            writer,
            chain_key,
            migrator: std::sync::Arc::new(migrator),
            _in_use: in_use,
            _alive: alive,
            sessions: Default::default(),
        })
    }
}

/// Copies the WAL into the database a few times a second, beside the writer rather than in its
/// commits; ends when the store is dropped.
async fn checkpoints(pool: SqlitePool, alive: std::sync::Weak<()>) {
    let mut every = tokio::time::interval(Duration::from_millis(250));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if alive.strong_count() == 0 {
            return;
        }
        // PASSIVE: waits for nobody; what it cannot copy now is copied next time.
        if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&pool)
            .await
        {
            tracing::debug!(%error, "WAL checkpoint not done");
        }
    }
}

type Db = sqlx::Sqlite;

impl SqliteStore {
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
    pub fn writes(&self) -> &SqlitePool {
        &self.writer
    }

    pub async fn write_tx(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// The pool reads go to.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub(crate) fn session_cache(&self) -> &crate::session_cache::SessionCache {
        &self.sessions
    }

    fn pools(&self) -> Vec<(&'static str, u32, usize)> {
        vec![
            ("read", self.pool.size(), self.pool.num_idle()),
            ("write", self.writer.size(), self.writer.num_idle()),
        ]
    }

    /// Writes a change's audit entries and messages in its write transaction (a service's own
    /// store commits its rows and their effects together through this).
    pub async fn write_effects(
        tx: &mut sqlx::Transaction<'static, Db>,
        key: &ChainKey,
        effects: &crate::records::Effects,
    ) -> Result<()> {
        write_effects(tx, key, effects).await
    }

    /// The key of the audit chain's hashes.
    pub fn chain_key(&self) -> &ChainKey {
        &self.chain_key
    }
}

crate::audit::impl_effects!(SqliteStore);
crate::accounts::impl_account_store!(SqliteStore);
crate::outbox::impl_outbox_store!(SqliteStore);
crate::outbox::impl_rate_limit_store!(SqliteStore);
crate::registrations::impl_registration_store!(SqliteStore);
crate::registrations::impl_photo_store!(SqliteStore);
crate::jobs::impl_job_store!(SqliteStore);
crate::heartbeats::impl_heartbeat_store!(SqliteStore);
crate::notices::impl_notice_store!(SqliteStore);
crate::org_requests::impl_organization_request_store!(SqliteStore);
crate::org_tokens::impl_organization_token_store!(SqliteStore);
crate::payments::impl_payment_store!(SqliteStore);
crate::synthetic::impl_synthetic_store!(SqliteStore);
crate::sealed::impl_sealed_store!(
    SqliteStore,
    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
     WHERE m.type = 'table' AND p.name LIKE '%\\_sealed' ESCAPE '\\' ORDER BY 1, 2"
);

crate::ports::impl_store!(SqliteStore, Backend::Sqlite);
