//! The service's tables (migration `0029`: `ta_programmes`, `ta_cap_months`, `ta_cases`,
//! `ta_beneficiaries`, `ta_reviews`), written once for both backends on the platform's stores;
//! each change in one transaction with its effects. The monthly cap is counted in the decision's
//! own transaction: a conditional increment of its month's row, which two reviewers at the cap
//! cannot both pass.

use crate::domain::Programme;
use async_trait::async_trait;
use garita_store::records::Effects;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result};
use std::sync::Arc;

/// Sealing contexts of the service's columns.
pub const SUPPORTER: &str = "ta-supporter";
pub const DETAILS: &str = "ta-beneficiary";
pub const CONFIRMATION: &str = "ta-confirmation";
pub const PHOTO: &str = "ta-photo";
pub const ARRIVAL: &str = "ta-arrival";

const OF_BENEFICIARY: &str =
    "account_id = $1 OR case_id IN (SELECT id FROM ta_cases WHERE supporter_id = $1)";

pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "ta_cases",
        column: "supporter_sealed",
        context: SUPPORTER,
        owner: Some("supporter_id = $1"),
    },
    SealedColumn {
        table: "ta_beneficiaries",
        column: "details_sealed",
        context: DETAILS,
        owner: Some(OF_BENEFICIARY),
    },
    SealedColumn {
        table: "ta_beneficiaries",
        column: "confirmation_sealed",
        context: CONFIRMATION,
        owner: Some(OF_BENEFICIARY),
    },
    SealedColumn {
        table: "ta_beneficiaries",
        column: "photo_sealed",
        context: PHOTO,
        owner: Some(OF_BENEFICIARY),
    },
    SealedColumn {
        table: "ta_beneficiaries",
        column: "arrival_sealed",
        context: ARRIVAL,
        owner: Some(OF_BENEFICIARY),
    },
];

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseRow {
    pub id: String,
    pub reference: String,
    pub programme: String,
    pub supporter_id: String,
    pub supporter_sealed: Vec<u8>,
    pub network: Option<String>,
    pub device: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct BeneficiaryRow {
    pub id: String,
    pub case_id: String,
    pub position: i64,
    pub details_sealed: Vec<u8>,
    pub lookup: String,
    pub guardian_id: Option<String>,
    pub invitation: Option<String>,
    pub account_id: Option<String>,
    /// `invited`, `confirmed`, `authorized`, `not-authorized`, `expired` or `arrived`.
    pub status: String,
    pub respond_by: i64,
    pub confirmation_sealed: Option<Vec<u8>>,
    pub photo_sealed: Option<Vec<u8>>,
    pub photo_check: Option<String>,
    pub confirmed_at: Option<i64>,
    pub number: Option<String>,
    pub valid_until: Option<i64>,
    pub extended: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub arrival_sealed: Option<Vec<u8>>,
    pub arrived_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReviewRow {
    pub id: String,
    pub signal: String,
    pub subject: String,
    pub opened_at: i64,
    pub count: i64,
    pub status: String,
    pub closed_by: Option<String>,
    pub closed_at: Option<i64>,
}

/// What an authorization takes from its pool's month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub number: String,
    pub valid_until: i64,
    pub pool: String,
    /// `YYYY-MM`.
    pub month: String,
    pub cap: Option<i64>,
}

/// How a decision went in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Done,
    /// The pool's month is full: nothing written.
    CapReached,
    /// Not awaiting a decision (decided already, or not confirmed): nothing written.
    NotOpen,
}

/// What a filing's integrity signals are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Network,
    Device,
    Supporter,
}

#[async_trait]
pub trait TravelStore: Send + Sync {
    async fn programmes(&self) -> Result<Vec<Programme>>;
    async fn programme(&self, code: &str) -> Result<Option<Programme>>;
    /// Adds or replaces a programme (its state included).
    async fn define_programme(&self, p: &Programme) -> Result<()>;
    /// Opens or closes a programme: `false`, with nothing written, if it already was.
    async fn set_programme_state(
        &self,
        code: &str,
        state: &str,
        by: &str,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// A filing with its beneficiaries, and the review cases it opens (a review already open
    /// for the same signal and subject is kept as it is).
    async fn create_case(
        &self,
        case: &CaseRow,
        beneficiaries: &[BeneficiaryRow],
        reviews: &[ReviewRow],
        effects: Effects,
    ) -> Result<()>;
    /// Filings since `since` from one network, device or supporter.
    async fn filings_from(&self, origin: Origin, subject: &str, since: i64) -> Result<i64>;
    /// Beneficiaries with this keyed hash of name and birth in other supporters' filings.
    async fn named_by_others(&self, lookup: &str, supporter_id: &str) -> Result<i64>;
    async fn case(&self, id: &str) -> Result<Option<CaseRow>>;
    /// A supporter's filings, newest first.
    async fn cases_of(&self, supporter_id: &str) -> Result<Vec<CaseRow>>;
    async fn beneficiaries_of(&self, case_id: &str) -> Result<Vec<BeneficiaryRow>>;
    async fn beneficiary(&self, id: &str) -> Result<Option<BeneficiaryRow>>;
    /// The beneficiaries an account took the invitation of (and their minors).
    async fn beneficiaries_for(&self, account_id: &str) -> Result<Vec<BeneficiaryRow>>;
    /// Beneficiaries with an account who arrived (and were paroled) from `from` until before
    /// `to` (Unix ms).
    async fn arrived_between(&self, from: i64, to: i64) -> Result<Vec<BeneficiaryRow>>;
    /// Takes an invitation (its keyed hash) for `account_id`, with the minors under it: their
    /// ids, or none if no open invitation has that code.
    async fn claim(
        &self,
        invitation: &str,
        account_id: &str,
        now: i64,
        effects: Effects,
    ) -> Result<Vec<String>>;
    /// Records a confirmation, once: `false` if the beneficiary was no longer invited.
    async fn confirm(
        &self,
        id: &str,
        confirmation_sealed: &[u8],
        photo_sealed: &[u8],
        photo_check: &str,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Confirmed beneficiaries awaiting a decision, oldest first.
    async fn queue(&self) -> Result<Vec<BeneficiaryRow>>;
    /// Decides a confirmed beneficiary: authorized with `grant` (counted against its pool's
    /// month in the same transaction), or not (`None`).
    async fn decide(
        &self,
        id: &str,
        grant: Option<&Grant>,
        by: &str,
        at: i64,
        effects: Effects,
    ) -> Result<Written>;
    /// Authorizations granted in a pool's month.
    async fn granted(&self, pool: &str, month: &str) -> Result<i64>;
    /// Moves an authorization's end to `until` if fewer than `allowed` extensions were used.
    async fn extend(&self, id: &str, until: i64, allowed: i64, effects: Effects) -> Result<bool>;
    /// Invited beneficiaries who did not confirm by `now`.
    async fn unanswered(&self, now: i64) -> Result<Vec<BeneficiaryRow>>;
    /// Authorizations unused at the end of their validity.
    async fn lapsed(&self, now: i64) -> Result<Vec<BeneficiaryRow>>;
    /// Moves a beneficiary from `from` to `expired`, once.
    async fn expire(&self, id: &str, from: &str, at: i64, effects: Effects) -> Result<bool>;
    async fn by_number(&self, number: &str) -> Result<Option<BeneficiaryRow>>;
    async fn by_lookup(&self, lookup: &str) -> Result<Vec<BeneficiaryRow>>;
    /// Records the parole at the port of arrival for a valid authorization, once.
    async fn arrive(
        &self,
        id: &str,
        arrival_sealed: &[u8],
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
    async fn open_reviews(&self) -> Result<Vec<ReviewRow>>;
    async fn close_review(&self, id: &str, by: &str, at: i64, effects: Effects) -> Result<bool>;
}

macro_rules! impl_travel_store {
    ($store:ty) => {
        #[async_trait]
        impl TravelStore for $store {
            async fn programmes(&self) -> Result<Vec<Programme>> {
                Ok(sqlx::query_as("SELECT * FROM ta_programmes ORDER BY code")
                    .fetch_all(self.pool())
                    .await?)
            }

            async fn programme(&self, code: &str) -> Result<Option<Programme>> {
                Ok(sqlx::query_as("SELECT * FROM ta_programmes WHERE code = $1")
                    .bind(code)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn define_programme(&self, p: &Programme) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO ta_programmes (code, pool, monthly_cap, nationalities, \
                     valid_days, extensions, extension_days, records_location, attestations, \
                     state, changed_by, changed_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                     ON CONFLICT (code) DO UPDATE SET pool = $2, monthly_cap = $3, \
                     nationalities = $4, valid_days = $5, extensions = $6, \
                     extension_days = $7, records_location = $8, attestations = $9, \
                     state = $10, changed_by = $11, changed_at = $12",
                )
                .bind(&p.code)
                .bind(&p.pool)
                .bind(p.monthly_cap)
                .bind(&p.nationalities)
                .bind(p.valid_days)
                .bind(p.extensions)
                .bind(p.extension_days)
                .bind(p.records_location)
                .bind(&p.attestations)
                .bind(&p.state)
                .bind(&p.changed_by)
                .bind(p.changed_at)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_programme_state(
                &self,
                code: &str,
                state: &str,
                by: &str,
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let changed = sqlx::query(
                    "UPDATE ta_programmes SET state = $2, changed_by = $3, changed_at = $4 \
                     WHERE code = $1 AND state <> $2",
                )
                .bind(code)
                .bind(state)
                .bind(by)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn create_case(
                &self,
                c: &CaseRow,
                beneficiaries: &[BeneficiaryRow],
                reviews: &[ReviewRow],
                effects: Effects,
            ) -> Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO ta_cases (id, reference, programme, supporter_id, \
                     supporter_sealed, network, device, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&c.id)
                .bind(&c.reference)
                .bind(&c.programme)
                .bind(&c.supporter_id)
                .bind(&c.supporter_sealed)
                .bind(&c.network)
                .bind(&c.device)
                .bind(c.created_at)
                .execute(&mut *tx)
                .await?;
                // Guardians before the minors who name them.
                let mut ordered: Vec<&BeneficiaryRow> = beneficiaries.iter().collect();
                ordered.sort_by_key(|b| b.guardian_id.is_some());
                for b in ordered {
                    sqlx::query(
                        "INSERT INTO ta_beneficiaries (id, case_id, position, details_sealed, \
                         lookup, guardian_id, invitation, account_id, status, respond_by) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    )
                    .bind(&b.id)
                    .bind(&b.case_id)
                    .bind(b.position)
                    .bind(&b.details_sealed)
                    .bind(&b.lookup)
                    .bind(&b.guardian_id)
                    .bind(&b.invitation)
                    .bind(&b.account_id)
                    .bind(&b.status)
                    .bind(b.respond_by)
                    .execute(&mut *tx)
                    .await?;
                }
                for r in reviews {
                    sqlx::query(
                        "INSERT INTO ta_reviews (id, signal, subject, opened_at, count, status) \
                         VALUES ($1, $2, $3, $4, $5, 'open') \
                         ON CONFLICT (signal, subject) DO NOTHING",
                    )
                    .bind(&r.id)
                    .bind(&r.signal)
                    .bind(&r.subject)
                    .bind(r.opened_at)
                    .bind(r.count)
                    .execute(&mut *tx)
                    .await?;
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn filings_from(&self, origin: Origin, subject: &str, since: i64) -> Result<i64> {
                let sql = match origin {
                    Origin::Network => {
                        "SELECT COUNT(*) FROM ta_cases WHERE network = $1 AND created_at >= $2"
                    }
                    Origin::Device => {
                        "SELECT COUNT(*) FROM ta_cases WHERE device = $1 AND created_at >= $2"
                    }
                    Origin::Supporter => {
                        "SELECT COUNT(*) FROM ta_cases WHERE supporter_id = $1 AND created_at >= $2"
                    }
                };
                Ok(sqlx::query_scalar(sql)
                    .bind(subject)
                    .bind(since)
                    .fetch_one(self.pool())
                    .await?)
            }

            async fn named_by_others(&self, lookup: &str, supporter_id: &str) -> Result<i64> {
                Ok(sqlx::query_scalar(
                    "SELECT COUNT(*) FROM ta_beneficiaries b JOIN ta_cases c ON c.id = b.case_id \
                     WHERE b.lookup = $1 AND c.supporter_id <> $2",
                )
                .bind(lookup)
                .bind(supporter_id)
                .fetch_one(self.pool())
                .await?)
            }

            async fn case(&self, id: &str) -> Result<Option<CaseRow>> {
                Ok(sqlx::query_as("SELECT * FROM ta_cases WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn cases_of(&self, supporter_id: &str) -> Result<Vec<CaseRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_cases WHERE supporter_id = $1 ORDER BY created_at DESC, id",
                )
                .bind(supporter_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn beneficiaries_of(&self, case_id: &str) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE case_id = $1 ORDER BY position",
                )
                .bind(case_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn beneficiary(&self, id: &str) -> Result<Option<BeneficiaryRow>> {
                Ok(sqlx::query_as("SELECT * FROM ta_beneficiaries WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn beneficiaries_for(&self, account_id: &str) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE account_id = $1 \
                     ORDER BY case_id, position",
                )
                .bind(account_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn arrived_between(&self, from: i64, to: i64) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE arrived_at >= $1 AND arrived_at < $2 \
                     AND account_id IS NOT NULL ORDER BY arrived_at, id",
                )
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn claim(
                &self,
                invitation: &str,
                account_id: &str,
                now: i64,
                effects: Effects,
            ) -> Result<Vec<String>> {
                let mut tx = self.write_tx().await?;
                let found: Option<String> = sqlx::query_scalar(
                    "UPDATE ta_beneficiaries SET account_id = $2, invitation = NULL \
                     WHERE invitation = $1 AND status = 'invited' AND respond_by > $3 \
                     RETURNING id",
                )
                .bind(invitation)
                .bind(account_id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(id) = found else {
                    return Ok(vec![]);
                };
                let minors: Vec<String> = sqlx::query_scalar(
                    "UPDATE ta_beneficiaries SET account_id = $2 \
                     WHERE guardian_id = $1 AND account_id IS NULL RETURNING id",
                )
                .bind(&id)
                .bind(account_id)
                .fetch_all(&mut *tx)
                .await?;
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(std::iter::once(id).chain(minors).collect())
            }

            async fn confirm(
                &self,
                id: &str,
                confirmation_sealed: &[u8],
                photo_sealed: &[u8],
                photo_check: &str,
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE ta_beneficiaries SET status = 'confirmed', confirmation_sealed = $2, \
                     photo_sealed = $3, photo_check = $4, confirmed_at = $5 \
                     WHERE id = $1 AND status = 'invited' AND respond_by > $5",
                )
                .bind(id)
                .bind(confirmation_sealed)
                .bind(photo_sealed)
                .bind(photo_check)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn queue(&self) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE status = 'confirmed' \
                     ORDER BY confirmed_at, id",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn decide(
                &self,
                id: &str,
                grant: Option<&Grant>,
                by: &str,
                at: i64,
                effects: Effects,
            ) -> Result<Written> {
                let mut tx = self.write_tx().await?;
                let decided = sqlx::query(
                    "UPDATE ta_beneficiaries SET status = $2, number = $3, valid_until = $4, \
                     decided_by = $5, decided_at = $6 WHERE id = $1 AND status = 'confirmed'",
                )
                .bind(id)
                .bind(if grant.is_some() { "authorized" } else { "not-authorized" })
                .bind(grant.map(|g| &g.number))
                .bind(grant.map(|g| g.valid_until))
                .bind(by)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if decided == 0 {
                    return Ok(Written::NotOpen);
                }
                if let Some(g) = grant {
                    sqlx::query(
                        "INSERT INTO ta_cap_months (pool, month, granted) VALUES ($1, $2, 0) \
                         ON CONFLICT (pool, month) DO NOTHING",
                    )
                    .bind(&g.pool)
                    .bind(&g.month)
                    .execute(&mut *tx)
                    .await?;
                    // The row's lock makes a second reviewer wait, then see the new count.
                    let counted = sqlx::query(
                        "UPDATE ta_cap_months SET granted = granted + 1 \
                         WHERE pool = $1 AND month = $2 AND ($3 IS NULL OR granted < $3)",
                    )
                    .bind(&g.pool)
                    .bind(&g.month)
                    .bind(g.cap)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if counted == 0 {
                        return Ok(Written::CapReached);
                    }
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(Written::Done)
            }

            async fn granted(&self, pool: &str, month: &str) -> Result<i64> {
                let n: Option<i64> = sqlx::query_scalar(
                    "SELECT granted FROM ta_cap_months WHERE pool = $1 AND month = $2",
                )
                .bind(pool)
                .bind(month)
                .fetch_optional(self.pool())
                .await?;
                Ok(n.unwrap_or(0))
            }

            async fn extend(
                &self,
                id: &str,
                until: i64,
                allowed: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE ta_beneficiaries SET valid_until = $2, extended = extended + 1 \
                     WHERE id = $1 AND status = 'authorized' AND extended < $3",
                )
                .bind(id)
                .bind(until)
                .bind(allowed)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn unanswered(&self, now: i64) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE status = 'invited' \
                     AND respond_by <= $1 ORDER BY respond_by, id",
                )
                .bind(now)
                .fetch_all(self.pool())
                .await?)
            }

            async fn lapsed(&self, now: i64) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE status = 'authorized' \
                     AND valid_until <= $1 ORDER BY valid_until, id",
                )
                .bind(now)
                .fetch_all(self.pool())
                .await?)
            }

            async fn expire(&self, id: &str, from: &str, at: i64, effects: Effects) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE ta_beneficiaries SET status = 'expired', decided_at = \
                     COALESCE(decided_at, $3), invitation = NULL WHERE id = $1 AND status = $2",
                )
                .bind(id)
                .bind(from)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn by_number(&self, number: &str) -> Result<Option<BeneficiaryRow>> {
                Ok(sqlx::query_as("SELECT * FROM ta_beneficiaries WHERE number = $1")
                    .bind(number)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn by_lookup(&self, lookup: &str) -> Result<Vec<BeneficiaryRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_beneficiaries WHERE lookup = $1 AND number IS NOT NULL \
                     ORDER BY decided_at DESC, id",
                )
                .bind(lookup)
                .fetch_all(self.pool())
                .await?)
            }

            async fn arrive(
                &self,
                id: &str,
                arrival_sealed: &[u8],
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE ta_beneficiaries SET status = 'arrived', arrival_sealed = $2, \
                     arrived_at = $3 WHERE id = $1 AND status = 'authorized' AND valid_until > $3",
                )
                .bind(id)
                .bind(arrival_sealed)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn open_reviews(&self) -> Result<Vec<ReviewRow>> {
                Ok(sqlx::query_as(
                    "SELECT * FROM ta_reviews WHERE status = 'open' ORDER BY opened_at, id",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn close_review(
                &self,
                id: &str,
                by: &str,
                at: i64,
                effects: Effects,
            ) -> Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE ta_reviews SET status = 'closed', closed_by = $2, closed_at = $3 \
                     WHERE id = $1 AND status = 'open'",
                )
                .bind(id)
                .bind(by)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                <$store>::write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}

impl_travel_store!(garita_store::SqliteStore);
impl_travel_store!(garita_store::PostgresStore);

/// The service's store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn TravelStore> {
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
