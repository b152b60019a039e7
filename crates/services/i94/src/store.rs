//! The service's tables (`i94_groups`, `i94_travellers`, migration `0023`), written once for both
//! backends on the platform's stores; each change in one transaction with its effects (audit,
//! messages, and the ledger entry that pays for it).

use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

/// Sealing contexts of the service's columns.
pub const ADDRESS: &str = "i94-address";
pub const DETAILS: &str = "i94-traveller";
pub const DECISION: &str = "i94-decision";

pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "i94_groups",
        column: "address_sealed",
        context: ADDRESS,
        owner: Some("account_id = $1"),
    },
    SealedColumn {
        table: "i94_travellers",
        column: "details_sealed",
        context: DETAILS,
        owner: Some("group_id IN (SELECT id FROM i94_groups WHERE account_id = $1)"),
    },
    SealedColumn {
        table: "i94_travellers",
        column: "decision_sealed",
        context: DECISION,
        owner: Some("group_id IN (SELECT id FROM i94_groups WHERE account_id = $1)"),
    },
];

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupRow {
    pub id: String,
    /// What the applicant shows to pay at the port.
    pub reference: String,
    pub account_id: String,
    pub port_code: String,
    pub arrival_date: String,
    pub purpose: String,
    pub address_sealed: Vec<u8>,
    pub fee_minor: i64,
    pub currency: String,
    /// `awaiting-payment` or `paid`.
    pub status: String,
    pub payment_id: Option<String>,
    pub created_at: i64,
    pub paid_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TravellerRow {
    pub id: String,
    pub group_id: String,
    pub position: i64,
    pub number: Option<String>,
    pub details_sealed: Vec<u8>,
    pub lookup: String,
    /// `draft`, `provisional`, `admitted`, `refused` or `expired`.
    pub status: String,
    pub expires_at: Option<i64>,
    pub decision_sealed: Option<Vec<u8>>,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
}

/// One application as its books see it: what is due and how many travellers are numbered.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupTally {
    pub id: String,
    pub status: String,
    pub fee_minor: i64,
    pub currency: String,
    pub travellers: i64,
    pub numbered: i64,
}

#[async_trait]
pub trait I94Store: Send + Sync {
    async fn create_group(
        &self,
        group: &GroupRow,
        travellers: &[TravellerRow],
        effects: Effects,
    ) -> Result<()>;
    /// Adds a traveller at the end of a group still awaiting payment, if it has fewer than
    /// `max`: `false`, with nothing written, otherwise.
    async fn add_traveller(&self, t: &TravellerRow, max: i64, effects: Effects) -> Result<bool>;
    /// Removes a traveller of a group still awaiting payment: `false` if there is none.
    async fn remove_traveller(&self, group_id: &str, id: &str) -> Result<bool>;
    async fn group(&self, id: &str) -> Result<Option<GroupRow>>;
    async fn group_by_reference(&self, reference: &str) -> Result<Option<GroupRow>>;
    /// An account's applications, newest first.
    async fn groups_of(&self, account_id: &str) -> Result<Vec<GroupRow>>;
    async fn travellers_of(&self, group_id: &str) -> Result<Vec<TravellerRow>>;
    /// Links the group's payment, once.
    async fn set_payment(&self, group_id: &str, payment_id: &str) -> Result<bool>;
    /// The group paid: each traveller gets its number and its expiry, with `effects` (the
    /// ledger entry, the message, the audit) in the same transaction. `false`, with nothing
    /// written, if it was paid already.
    async fn settle(
        &self,
        group_id: &str,
        numbers: &[(String, String)],
        paid_at: i64,
        expires_at: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Provisional travellers whose application expired at `now`.
    async fn due_to_expire(&self, now: i64) -> Result<Vec<TravellerRow>>;
    /// Moves a provisional traveller to `status` (`admitted`, `refused` or `expired`) with
    /// `decision_sealed` and who decided, once: `false`, with nothing written, if it was no
    /// longer provisional.
    async fn close_traveller(
        &self,
        id: &str,
        status: &str,
        decision_sealed: Option<Vec<u8>>,
        decided_by: Option<&str>,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
    async fn traveller_by_number(&self, number: &str) -> Result<Option<TravellerRow>>;
    /// Travellers with this keyed hash of name and date of birth, at the groups of `port`.
    async fn travellers_by_lookup(&self, lookup: &str, port: &str) -> Result<Vec<TravellerRow>>;
    /// Every application with its travellers counted, for checking the books.
    async fn tally(&self) -> Result<Vec<GroupTally>>;
}

macro_rules! impl_i94_store {
    ($store:ty) => {
        #[async_trait]
        impl I94Store for $store {
            async fn create_group(
                &self,
                g: &GroupRow,
                travellers: &[TravellerRow],
                effects: Effects,
            ) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO i94_groups (id, reference, account_id, port_code, arrival_date, \
                     purpose, address_sealed, fee_minor, currency, status, payment_id, created_at, \
                     paid_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                )
                .bind(&g.id)
                .bind(&g.reference)
                .bind(&g.account_id)
                .bind(&g.port_code)
                .bind(&g.arrival_date)
                .bind(&g.purpose)
                .bind(&g.address_sealed)
                .bind(g.fee_minor)
                .bind(&g.currency)
                .bind(&g.status)
                .bind(&g.payment_id)
                .bind(g.created_at)
                .bind(g.paid_at)
                .execute(&mut *tx)
                .await?;
                for t in travellers {
                    sqlx::query(
                        "INSERT INTO i94_travellers (id, group_id, position, number, \
                         details_sealed, lookup, status, expires_at, decision_sealed, \
                         decided_by, decided_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                    )
                    .bind(&t.id)
                    .bind(&t.group_id)
                    .bind(t.position)
                    .bind(&t.number)
                    .bind(&t.details_sealed)
                    .bind(&t.lookup)
                    .bind(&t.status)
                    .bind(t.expires_at)
                    .bind(&t.decision_sealed)
                    .bind(&t.decided_by)
                    .bind(t.decided_at)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn add_traveller(
                &self,
                t: &TravellerRow,
                max: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                // The group's row first: two additions at once wait for each other.
                let open = sqlx::query(
                    "UPDATE i94_groups SET status = status \
                     WHERE id = $1 AND status = 'awaiting-payment' AND payment_id IS NULL",
                )
                .bind(&t.group_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let (count, last): (i64, Option<i64>) = sqlx::query_as(
                    "SELECT COUNT(*), MAX(position) FROM i94_travellers WHERE group_id = $1",
                )
                .bind(&t.group_id)
                .fetch_one(&mut *tx)
                .await?;
                if open == 0 || count >= max {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO i94_travellers (id, group_id, position, number, details_sealed, \
                     lookup, status) VALUES ($1, $2, $3, NULL, $4, $5, 'draft')",
                )
                .bind(&t.id)
                .bind(&t.group_id)
                .bind(last.map_or(0, |p| p + 1))
                .bind(&t.details_sealed)
                .bind(&t.lookup)
                .execute(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn remove_traveller(&self, group_id: &str, id: &str) -> Result<bool> {
                Ok(sqlx::query(
                    "DELETE FROM i94_travellers WHERE id = $1 AND group_id = $2 \
                     AND status = 'draft' AND group_id IN (SELECT id FROM i94_groups \
                     WHERE status = 'awaiting-payment' AND payment_id IS NULL)",
                )
                .bind(id)
                .bind(group_id)
                .execute(self.writes())
                .await?
                .rows_affected()
                    == 1)
            }

            async fn group(&self, id: &str) -> Result<Option<GroupRow>> {
                Ok(sqlx::query_as("SELECT * FROM i94_groups WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn group_by_reference(&self, reference: &str) -> Result<Option<GroupRow>> {
                Ok(sqlx::query_as("SELECT * FROM i94_groups WHERE reference = $1")
                    .bind(reference)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn groups_of(&self, account_id: &str) -> Result<Vec<GroupRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM i94_groups WHERE account_id = $1 ORDER BY created_at DESC, id",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn travellers_of(&self, group_id: &str) -> Result<Vec<TravellerRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM i94_travellers WHERE group_id = $1 ORDER BY position",
                )
                .bind(group_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn set_payment(&self, group_id: &str, payment_id: &str) -> Result<bool> {
                Ok(sqlx::query(
                    "UPDATE i94_groups SET payment_id = $2 WHERE id = $1 AND payment_id IS NULL",
                )
                .bind(group_id)
                .bind(payment_id)
                .execute(self.writes())
                .await?
                .rows_affected()
                    == 1)
            }

            async fn settle(
                &self,
                group_id: &str,
                numbers: &[(String, String)],
                paid_at: i64,
                expires_at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let paid = sqlx::query(
                    "UPDATE i94_groups SET status = 'paid', paid_at = $2 \
                     WHERE id = $1 AND status = 'awaiting-payment'",
                )
                .bind(group_id)
                .bind(paid_at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if paid == 0 {
                    return Ok(false);
                }
                for (traveller, number) in numbers {
                    sqlx::query(
                        "UPDATE i94_travellers SET status = 'provisional', number = $3, \
                         expires_at = $4 WHERE id = $1 AND group_id = $2 AND status = 'draft'",
                    )
                    .bind(traveller)
                    .bind(group_id)
                    .bind(number)
                    .bind(expires_at)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn due_to_expire(&self, now: i64) -> Result<Vec<TravellerRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM i94_travellers WHERE status = 'provisional' \
                     AND expires_at <= $1 ORDER BY expires_at, id",
                )
                .bind(now)
                .fetch_all(self.pool())
                .await?)
            }

            async fn close_traveller(
                &self,
                id: &str,
                status: &str,
                decision_sealed: Option<Vec<u8>>,
                decided_by: Option<&str>,
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE i94_travellers SET status = $2, decision_sealed = $3, \
                     decided_by = $4, decided_at = $5 WHERE id = $1 AND status = 'provisional'",
                )
                .bind(id)
                .bind(status)
                .bind(decision_sealed)
                .bind(decided_by)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn traveller_by_number(&self, number: &str) -> Result<Option<TravellerRow>> {
                Ok(sqlx::query_as("SELECT * FROM i94_travellers WHERE number = $1")
                    .bind(number)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn travellers_by_lookup(
                &self,
                lookup: &str,
                port: &str,
            ) -> Result<Vec<TravellerRow>> {
                Ok(sqlx::query_as(
                    "SELECT t.* FROM i94_travellers t JOIN i94_groups g ON g.id = t.group_id \
                     WHERE t.lookup = $1 AND g.port_code = $2 AND t.number IS NOT NULL \
                     ORDER BY g.arrival_date DESC, t.id",
                )
                .bind(lookup)
                .bind(port)
                .fetch_all(self.pool())
                .await?)
            }

            async fn tally(&self) -> Result<Vec<GroupTally>> {
                Ok(sqlx::query_as(
                    "SELECT g.id, g.status, g.fee_minor, g.currency, COUNT(t.id) AS travellers,                      COUNT(t.number) AS numbered                      FROM i94_groups g LEFT JOIN i94_travellers t ON t.group_id = g.id                      GROUP BY g.id, g.status, g.fee_minor, g.currency ORDER BY g.id",
                )
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}

impl_i94_store!(garita_store::SqliteStore);
impl_i94_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn I94Store> {
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
