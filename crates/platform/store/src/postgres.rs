//! The PostgreSQL store: for several application nodes against one database, and production.

use crate::{Backend, Result};
use garita_domain::ChainKey;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Clone)]
pub struct PostgresStore {
    pool: PgPool,
    chain_key: ChainKey,
    /// The platform's migrations and the services'.
    migrator: std::sync::Arc<Migrator>,
    sessions: std::sync::Arc<crate::session_cache::SessionCache>,
}

impl PostgresStore {
    pub async fn open(url: &str, chain_key: ChainKey, migrator: Migrator) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            // Without a database (a failover under way), a request is told to try again within
            // seconds instead of waiting half a minute; the pool keeps reconnecting meanwhile.
            .acquire_timeout(std::time::Duration::from_secs(5))
            .connect(url)
            .await?;
        Ok(PostgresStore {
            pool,
            chain_key,
            migrator: std::sync::Arc::new(migrator),
            sessions: Default::default(),
        })
    }
}

type Db = sqlx::Postgres;

impl PostgresStore {
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
    pub fn writes(&self) -> &PgPool {
        &self.pool
    }

    pub async fn write_tx(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.pool.begin().await?)
    }

    /// The pool reads go to.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub(crate) fn session_cache(&self) -> &crate::session_cache::SessionCache {
        &self.sessions
    }

    fn pools(&self) -> Vec<(&'static str, u32, usize)> {
        vec![("all", self.pool.size(), self.pool.num_idle())]
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

crate::audit::impl_effects!(PostgresStore);
crate::accounts::impl_account_store!(PostgresStore);
crate::outbox::impl_outbox_store!(PostgresStore);
crate::outbox::impl_rate_limit_store!(PostgresStore);
crate::registrations::impl_registration_store!(PostgresStore);
crate::registrations::impl_photo_store!(PostgresStore);
crate::jobs::impl_job_store!(PostgresStore);
crate::heartbeats::impl_heartbeat_store!(PostgresStore);
crate::notices::impl_notice_store!(PostgresStore);
crate::org_requests::impl_organization_request_store!(PostgresStore);
crate::org_tokens::impl_organization_token_store!(PostgresStore);
crate::payments::impl_payment_store!(PostgresStore);
crate::synthetic::impl_synthetic_store!(PostgresStore);
crate::sealed::impl_sealed_store!(
    PostgresStore,
    "SELECT table_name::text, column_name::text FROM information_schema.columns \
     WHERE table_schema = current_schema() AND column_name LIKE '%\\_sealed' ESCAPE '\\' ORDER BY 1, 2"
);

crate::ports::impl_store!(PostgresStore, Backend::Postgres);
