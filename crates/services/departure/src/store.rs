//! The service's tables (migration `0030`: `dep_intents`, `dep_departures`, `dep_ledger`),
//! written once for both backends on the platform's stores, each change in one transaction with
//! its effects. The ledger is append-only: a person's entry of a kind is written once (a second
//! payout of the same stipend is refused by the table itself).

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

pub const DETAILS: &str = "dep-intent";
pub const TRAVEL: &str = "dep-travel";
pub const EVIDENCE: &str = "dep-evidence";
pub const PHOTO: &str = "dep-photo";

const OF_INTENT: &str = "intent_id IN (SELECT id FROM dep_intents WHERE account_id = $1)";

pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "dep_intents",
        column: "details_sealed",
        context: DETAILS,
        owner: Some("account_id = $1"),
    },
    SealedColumn {
        table: "dep_intents",
        column: "travel_sealed",
        context: TRAVEL,
        owner: Some("account_id = $1"),
    },
    SealedColumn {
        table: "dep_departures",
        column: "evidence_sealed",
        context: EVIDENCE,
        owner: Some(OF_INTENT),
    },
    SealedColumn {
        table: "dep_departures",
        column: "photo_sealed",
        context: PHOTO,
        owner: Some(OF_INTENT),
    },
];

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct IntentRow {
    pub id: String,
    pub reference: String,
    pub account_id: String,
    pub programme: String,
    pub details_sealed: Vec<u8>,
    pub travellers: i64,
    /// `filed`, `vetted`, `travel-arranged` or `departed`.
    pub status: String,
    pub vetted_by: Option<String>,
    pub vetted_at: Option<i64>,
    pub travel_sealed: Option<Vec<u8>>,
    pub arranged_by: Option<String>,
    pub arranged_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DepartureRow {
    pub id: String,
    pub intent_id: String,
    pub position: i64,
    /// `land`, `air` or `sea`.
    pub how: String,
    pub evidence_sealed: Vec<u8>,
    pub photo_sealed: Option<Vec<u8>>,
    pub recorded_by: String,
    pub departed_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LedgerRow {
    pub id: String,
    pub intent_id: String,
    pub position: i64,
    pub programme: String,
    pub seq: i64,
    /// `pending`, `eligible` or `paid`.
    pub kind: String,
    pub amount_minor: i64,
    pub currency: String,
    pub payout_id: Option<String>,
    pub at: i64,
    pub hash: String,
}

/// Published counts over a span of time, without personal data: intents filed and the people
/// in them, departures verified, stipends paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Figures {
    pub intents: i64,
    pub travellers: i64,
    pub departures: i64,
    pub paid: i64,
}

#[async_trait]
pub trait DepartureStore: Send + Sync {
    /// An intent with its first ledger entries (each traveller's stipend, pending).
    async fn create_intent(
        &self,
        intent: &IntentRow,
        ledger: &[LedgerRow],
        effects: Effects,
    ) -> Result<()>;
    async fn intent(&self, id: &str) -> Result<Option<IntentRow>>;
    /// An account's intents, newest first.
    async fn intents_of(&self, account_id: &str) -> Result<Vec<IntentRow>>;
    /// Intents a reviewer still has to act on (filed, or vetted with help asked), oldest first.
    async fn to_review(&self) -> Result<Vec<IntentRow>>;
    /// Moves an intent from `from` to `to` with who and when, and the arranged travel when
    /// given, once: `false` if it was not in `from`.
    #[allow(clippy::too_many_arguments)]
    async fn advance(
        &self,
        id: &str,
        from: &str,
        to: &str,
        by: &str,
        at: i64,
        travel_sealed: Option<&[u8]>,
        effects: Effects,
    ) -> Result<bool>;
    /// A traveller's departure, once, with its ledger entry; the intent is `departed` when all
    /// its travellers are. `false`, with nothing written, if it was recorded already.
    async fn record_departure(
        &self,
        departure: &DepartureRow,
        entry: &LedgerRow,
        effects: Effects,
    ) -> Result<bool>;
    async fn departures_of(&self, intent_id: &str) -> Result<Vec<DepartureRow>>;
    /// A person's ledger for a programme, in order.
    async fn ledger(
        &self,
        intent_id: &str,
        position: i64,
        programme: &str,
    ) -> Result<Vec<LedgerRow>>;
    /// Appends an entry: `false`, with nothing written, if the person already has an entry of
    /// its kind (or its payout id was used).
    async fn append(&self, entry: &LedgerRow, effects: Effects) -> Result<bool>;
    /// What happened from `from` until before `to` (Unix ms).
    async fn figures(&self, from: i64, to: i64) -> Result<Figures>;
}

macro_rules! impl_departure_store {
    ($store:ty, $db:ty, $m:ident) => {
        mod $m {
            use super::*;

            /// Writes a ledger entry unless the person has one of its kind: rows written.
            pub(super) async fn insert_entry(
                tx: &mut sqlx::Transaction<'static, $db>,
                e: &LedgerRow,
            ) -> Result<u64> {
                Ok(sqlx::query(
                    "INSERT INTO dep_ledger (id, intent_id, position, programme, seq, kind, \
                     amount_minor, currency, payout_id, at, hash) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
                )
                .bind(&e.id)
                .bind(&e.intent_id)
                .bind(e.position)
                .bind(&e.programme)
                .bind(e.seq)
                .bind(&e.kind)
                .bind(e.amount_minor)
                .bind(&e.currency)
                .bind(&e.payout_id)
                .bind(e.at)
                .bind(&e.hash)
                .execute(&mut **tx)
                .await?
                .rows_affected())
            }
        }

        #[async_trait]
        impl DepartureStore for $store {
            async fn create_intent(
                &self,
                i: &IntentRow,
                ledger: &[LedgerRow],
                effects: Effects,
            ) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO dep_intents (id, reference, account_id, programme, \
                     details_sealed, travellers, status, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&i.id)
                .bind(&i.reference)
                .bind(&i.account_id)
                .bind(&i.programme)
                .bind(&i.details_sealed)
                .bind(i.travellers)
                .bind(&i.status)
                .bind(i.created_at)
                .execute(&mut *tx)
                .await?;
                for e in ledger {
                    $m::insert_entry(&mut tx, e).await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn intent(&self, id: &str) -> Result<Option<IntentRow>> {
                Ok(sqlx::query_as("SELECT * FROM dep_intents WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn intents_of(&self, account_id: &str) -> Result<Vec<IntentRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM dep_intents WHERE account_id = $1 ORDER BY created_at DESC, id",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn to_review(&self) -> Result<Vec<IntentRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM dep_intents WHERE status IN ('filed', 'vetted') \
                     ORDER BY created_at, id",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn advance(
                &self,
                id: &str,
                from: &str,
                to: &str,
                by: &str,
                at: i64,
                travel_sealed: Option<&[u8]>,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let sql = if to == "vetted" {
                    "UPDATE dep_intents SET status = $3, vetted_by = $4, vetted_at = $5 \
                     WHERE id = $1 AND status = $2"
                } else {
                    "UPDATE dep_intents SET status = $3, arranged_by = $4, arranged_at = $5, \
                     travel_sealed = $6 WHERE id = $1 AND status = $2"
                };
                let mut query = sqlx::query(sql)
                    .bind(id)
                    .bind(from)
                    .bind(to)
                    .bind(by)
                    .bind(at);
                if to != "vetted" {
                    query = query.bind(travel_sealed);
                }
                if query.execute(&mut *tx).await?.rows_affected() == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn record_departure(
                &self,
                d: &DepartureRow,
                entry: &LedgerRow,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "INSERT INTO dep_departures (id, intent_id, position, how, evidence_sealed, \
                     photo_sealed, recorded_by, departed_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (intent_id, position) DO NOTHING",
                )
                .bind(&d.id)
                .bind(&d.intent_id)
                .bind(d.position)
                .bind(&d.how)
                .bind(&d.evidence_sealed)
                .bind(&d.photo_sealed)
                .bind(&d.recorded_by)
                .bind(d.departed_at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                $m::insert_entry(&mut tx, entry).await?;
                sqlx::query(
                    "UPDATE dep_intents SET status = 'departed' WHERE id = $1 AND travellers = \
                     (SELECT COUNT(*) FROM dep_departures WHERE intent_id = $1)",
                )
                .bind(&d.intent_id)
                .execute(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn departures_of(&self, intent_id: &str) -> Result<Vec<DepartureRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM dep_departures WHERE intent_id = $1 ORDER BY position",
                )
                .bind(intent_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn ledger(
                &self,
                intent_id: &str,
                position: i64,
                programme: &str,
            ) -> Result<Vec<LedgerRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM dep_ledger WHERE intent_id = $1 AND position = $2 \
                     AND programme = $3 ORDER BY seq",
                )
                .bind(intent_id)
                .bind(position)
                .bind(programme)
                .fetch_all(self.pool())
                .await?)
            }

            async fn append(&self, entry: &LedgerRow, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                if $m::insert_entry(&mut tx, entry).await? == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn figures(&self, from: i64, to: i64) -> Result<Figures> {
                Ok(sqlx::query_as(
                    "SELECT (SELECT COUNT(*) FROM dep_intents \
                       WHERE created_at >= $1 AND created_at < $2) AS intents, \
                     (SELECT CAST(COALESCE(SUM(travellers), 0) AS BIGINT) FROM dep_intents \
                       WHERE created_at >= $1 AND created_at < $2) AS travellers, \
                     (SELECT COUNT(*) FROM dep_departures \
                       WHERE departed_at >= $1 AND departed_at < $2) AS departures, \
                     (SELECT COUNT(*) FROM dep_ledger \
                       WHERE kind = 'paid' AND at >= $1 AND at < $2) AS paid",
                )
                .bind(from)
                .bind(to)
                .fetch_one(self.pool())
                .await?)
            }
        }
    };
}

impl_departure_store!(garita_store::SqliteStore, sqlx::Sqlite, sqlite_ledger);
impl_departure_store!(garita_store::PostgresStore, sqlx::Postgres, postgres_ledger);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn DepartureStore> {
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
