//! Registrations, their travellers, their version history, and integrity cases. Written once for
//! both backends (see `accounts.rs` for how).

use crate::Result;
use crate::records::Effects;
use async_trait::async_trait;

/// A registration as stored: sealed fields and keyed hashes only.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: String,
    pub account_id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    pub status: String,
    pub address_sealed: Vec<u8>,
    pub address_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TravellerRow {
    pub id: String,
    pub registration_id: String,
    pub position: i64,
    pub name_sealed: Vec<u8>,
    pub birth_date_sealed: Vec<u8>,
    pub document_sealed: Option<Vec<u8>>,
    pub contact_sealed: Option<Vec<u8>>,
    pub details_sealed: Vec<u8>,
    pub person_key: String,
    pub document_key: Option<String>,
    /// `child` (under 14) or `photo` (14 and over: a photo is needed).
    pub age_band: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    pub at: i64,
    pub actor: String,
    pub changes_sealed: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct IntegrityCase {
    pub id: String,
    pub kind: String,
    pub dedup_key: String,
    pub subject: String,
    pub detail: String,
    pub status: String,
    pub opened_at: i64,
}

/// A case with where its decision and appeal stand.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseRow {
    pub id: String,
    pub kind: String,
    /// The account the case is about (or, for an address cluster, the address's key).
    pub subject: String,
    pub detail: String,
    /// `open` while it waits for a decision, or its appeal for one.
    pub status: String,
    pub opened_at: i64,
    /// When it was first decided (an appeal's decision has its own time).
    pub closed_at: Option<i64>,
    pub decision: Option<String>,
    pub decided_by: Option<String>,
    pub reason_sealed: Option<Vec<u8>>,
    pub appeal_sealed: Option<Vec<u8>>,
    pub appealed_at: Option<i64>,
    pub appeal_decision: Option<String>,
    pub appeal_decided_by: Option<String>,
    pub appeal_reason_sealed: Option<Vec<u8>>,
    pub appeal_decided_at: Option<i64>,
}

/// A traveller of another active registration who holds one of a person's identity keys.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Holder {
    pub registration_id: String,
    pub account_id: String,
    pub registration_created_at: i64,
    pub name_sealed: Vec<u8>,
    pub person_key: String,
    pub document_key: Option<String>,
}

/// A decision on a case, or on its appeal, and what it changes with it.
#[derive(Debug, Clone)]
pub struct CaseVerdict {
    pub case_id: String,
    /// Whether this decides the appeal (by someone other than the first decider).
    pub appeal: bool,
    pub decision: String,
    pub by: String,
    pub reason_sealed: Vec<u8>,
    pub at: i64,
    /// `(account, identity key)`: the duplicate check no longer refuses that key there.
    pub exceptions: Vec<(String, String)>,
    /// A registration withdrawn because the same person keeps their place in another.
    pub withdraw: Option<String>,
}

/// A whole registration to write: new, or replacing the stored one (whose creation date is kept).
#[derive(Debug, Clone)]
pub struct SaveRegistration {
    pub registration: RegistrationRow,
    pub travellers: Vec<TravellerRow>,
    pub version: VersionRow,
    /// More active registrations than this at one address open a case for review.
    pub address_threshold: i64,
    /// The case to open if the threshold is passed (its `dedup_key` keeps it to one).
    pub address_case: IntegrityCase,
}

/// A registration as the daily request sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RequestProfile {
    pub id: String,
    pub created_at: i64,
    pub status: String,
    pub travellers: i64,
    /// Travellers aged 14 or over with no photo accepted or in review.
    pub photos_missing: i64,
}

/// The columns of a [`RequestProfile`], over `registrations r`: a service that reads more
/// about the registration for a request does it in the same query.
#[macro_export]
macro_rules! request_profile_columns {
    () => {
        "r.id, r.created_at, r.status, \
         (SELECT COUNT(*) FROM travellers t WHERE t.registration_id = r.id) AS travellers, \
         (SELECT COUNT(*) FROM travellers t WHERE t.registration_id = r.id AND t.age_band = 'photo' \
          AND NOT EXISTS (SELECT 1 FROM photos p WHERE p.traveller_id = t.id AND p.status <> 'missing')) \
          AS photos_missing"
    };
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Saved {
        version: i64,
        created_at: i64,
    },
    /// The traveller at this position is already in another active registration.
    AlreadyRegistered {
        position: i64,
    },
    /// Someone saved this registration since it was read (`version` is stale): nothing written.
    Stale,
}

#[async_trait]
pub trait RegistrationStore {
    /// Writes a registration whole, in one transaction: refuses a traveller found in another
    /// active registration, keeps the first creation date, records the version, and opens an
    /// address case when too many registrations share the address.
    async fn save_registration(&self, save: SaveRegistration, effects: Effects) -> Result<Saved>;
    async fn registration_of(
        &self,
        account_id: &str,
    ) -> Result<Option<(RegistrationRow, Vec<TravellerRow>)>>;
    async fn registration_versions(&self, registration_id: &str) -> Result<Vec<VersionRow>>;
    /// What a daily request needs to know, in one read.
    async fn request_profile(&self, account_id: &str) -> Result<Option<RequestProfile>>;
    /// Opens a case unless one with the same `dedup_key` exists.
    async fn open_case(&self, case: IntegrityCase, effects: Effects) -> Result<()>;
    async fn open_cases(&self) -> Result<Vec<IntegrityCase>>;
    async fn case(&self, id: &str) -> Result<Option<CaseRow>>;
    /// The cases about an account, newest first.
    async fn cases_about(&self, subject: &str) -> Result<Vec<CaseRow>>;
    /// Travellers of other accounts' active registrations holding this person or document key.
    async fn holders(
        &self,
        person_key: &str,
        document_key: Option<&str>,
        except_account: &str,
    ) -> Result<Vec<Holder>>;
    /// How many active registrations go to one address.
    async fn registrations_at_address(&self, address_key: &str) -> Result<i64>;
    /// Writes a decision (or an appeal's, by another reviewer) with what it changes, if the
    /// case still waits for it (`Ok(false)` otherwise).
    async fn decide_case(&self, verdict: CaseVerdict, effects: Effects) -> Result<bool>;
    /// Opens a decided case again for its one appeal, by its subject (`Ok(false)` if not
    /// decided, already appealed, or not theirs).
    async fn appeal_case(
        &self,
        id: &str,
        subject: &str,
        statement_sealed: Vec<u8>,
        at: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Closes an open case after a person reviewed it (`Ok(false)` if it was not open).
    async fn close_case(&self, id: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Opens a case with the sealed proposal a reviewer may accept; `Ok(false)`, with nothing
    /// written, if the same case is open already.
    async fn open_identity_case(
        &self,
        case: IntegrityCase,
        traveller_id: &str,
        proposal_sealed: Vec<u8>,
        effects: Effects,
    ) -> Result<bool>;
    /// The traveller and the sealed proposal of an identity case.
    async fn identity_proposal(&self, case_id: &str) -> Result<Option<(String, Vec<u8>)>>;
}

macro_rules! select_case {
    () => {
        "SELECT id, kind, subject, detail, status, opened_at, closed_at, decision, decided_by, \
         reason_sealed, appeal_sealed, appealed_at, appeal_decision, appeal_decided_by, \
         appeal_reason_sealed, appeal_decided_at FROM integrity_cases"
    };
}
pub(crate) use select_case;

macro_rules! impl_registration_store {
    ($store:ty) => {
        /// Opens a case unless the same one is open; whether it was opened.
        async fn insert_case(
            tx: &mut sqlx::Transaction<'static, Db>,
            c: &$crate::registrations::IntegrityCase,
        ) -> $crate::Result<bool> {
            Ok(sqlx::query(
                "INSERT INTO integrity_cases (id, kind, dedup_key, subject, detail, status, opened_at) \
                 VALUES ($1, $2, $3, $4, $5, 'open', $6) ON CONFLICT (dedup_key) DO NOTHING",
            )
            .bind(&c.id)
            .bind(&c.kind)
            .bind(&c.dedup_key)
            .bind(&c.subject)
            .bind(&c.detail)
            .bind(c.opened_at)
            .execute(&mut **tx)
            .await?
            .rows_affected()
                == 1)
        }

        #[async_trait::async_trait]
        impl $crate::registrations::RegistrationStore for $store {
            async fn save_registration(
                &self,
                save: $crate::registrations::SaveRegistration,
                effects: $crate::records::Effects,
            ) -> $crate::Result<$crate::registrations::Saved> {
                use $crate::registrations::Saved;
                let r = &save.registration;
                let mut tx = self.write_tx().await?;
                for t in &save.travellers {
                    let elsewhere: Option<String> = sqlx::query_scalar(
                        "SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id \
                         WHERE r.status = 'active' AND r.id <> $1 \
                         AND (t.person_key = $2 OR (t.document_key IS NOT NULL AND t.document_key = $3)) \
                         AND NOT EXISTS (SELECT 1 FROM duplicate_exceptions e WHERE e.account_id = $4 \
                             AND (e.match_key = $2 OR e.match_key = $3)) LIMIT 1",
                    )
                    .bind(&r.id)
                    .bind(&t.person_key)
                    .bind(&t.document_key)
                    .bind(&r.account_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if elsewhere.is_some() {
                        return Ok(Saved::AlreadyRegistered { position: t.position });
                    }
                }
                let stored: Option<(i64, i64)> = sqlx::query_as(
                    "SELECT version, created_at FROM registrations WHERE id = $1",
                )
                .bind(&r.id)
                .fetch_optional(&mut *tx)
                .await?;
                let created_at = match stored {
                    Some((version, created_at)) => {
                        if version + 1 != save.version.version {
                            return Ok(Saved::Stale);
                        }
                        sqlx::query(
                            // Saving again after a withdrawal registers the group anew.
                            "UPDATE registrations SET updated_at = $2, version = $3, address_sealed = $4, \
                             address_key = $5, status = 'active' WHERE id = $1",
                        )
                        .bind(&r.id)
                        .bind(r.updated_at)
                        .bind(save.version.version)
                        .bind(&r.address_sealed)
                        .bind(&r.address_key)
                        .execute(&mut *tx)
                        .await?;
                        sqlx::query("DELETE FROM travellers WHERE registration_id = $1")
                            .bind(&r.id)
                            .execute(&mut *tx)
                            .await?;
                        created_at
                    }
                    None => {
                        if save.version.version != 1 {
                            return Ok(Saved::Stale);
                        }
                        let inserted = sqlx::query(
                            "INSERT INTO registrations (id, account_id, created_at, updated_at, version, \
                             status, address_sealed, address_key) VALUES ($1, $2, $3, $4, 1, 'active', $5, $6) \
                             ON CONFLICT (account_id) DO NOTHING",
                        )
                        .bind(&r.id)
                        .bind(&r.account_id)
                        .bind(r.created_at)
                        .bind(r.updated_at)
                        .bind(&r.address_sealed)
                        .bind(&r.address_key)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        if inserted == 0 {
                            // The account already has a registration (a double submit).
                            return Ok(Saved::Stale);
                        }
                        r.created_at
                    }
                };
                for t in &save.travellers {
                    sqlx::query(
                        "INSERT INTO travellers (id, registration_id, position, name_sealed, birth_date_sealed, \
                         document_sealed, contact_sealed, details_sealed, person_key, document_key, age_band, \
                         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                    )
                    .bind(&t.id)
                    .bind(&r.id)
                    .bind(t.position)
                    .bind(&t.name_sealed)
                    .bind(&t.birth_date_sealed)
                    .bind(&t.document_sealed)
                    .bind(&t.contact_sealed)
                    .bind(&t.details_sealed)
                    .bind(&t.person_key)
                    .bind(&t.document_key)
                    .bind(&t.age_band)
                    .bind(t.created_at)
                    .bind(t.updated_at)
                    .execute(&mut *tx)
                    .await?;
                }
                let v = &save.version;
                sqlx::query(
                    "INSERT INTO registration_versions (registration_id, version, at, actor, changes_sealed) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&r.id)
                .bind(v.version)
                .bind(v.at)
                .bind(&v.actor)
                .bind(&v.changes_sealed)
                .execute(&mut *tx)
                .await?;
                let sharing: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM registrations WHERE address_key = $1 AND status = 'active'",
                )
                .bind(&r.address_key)
                .fetch_one(&mut *tx)
                .await?;
                if sharing > save.address_threshold {
                    insert_case(&mut tx, &save.address_case).await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(Saved::Saved { version: v.version, created_at })
            }

            async fn registration_of(
                &self,
                account_id: &str,
            ) -> $crate::Result<Option<($crate::registrations::RegistrationRow, Vec<$crate::registrations::TravellerRow>)>> {
                let registration: Option<$crate::registrations::RegistrationRow> = sqlx::query_as(
                    "SELECT id, account_id, created_at, updated_at, version, status, address_sealed, address_key \
                     FROM registrations WHERE account_id = $1",
                )
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?;
                let Some(registration) = registration else {
                    return Ok(None);
                };
                let travellers = sqlx::query_as(
                    "SELECT id, registration_id, position, name_sealed, birth_date_sealed, document_sealed, \
                     contact_sealed, details_sealed, person_key, document_key, age_band, created_at, updated_at \
                     FROM travellers WHERE registration_id = $1 ORDER BY position",
                )
                .bind(&registration.id)
                .fetch_all(&self.pool)
                .await?;
                Ok(Some((registration, travellers)))
            }

            async fn request_profile(
                &self,
                account_id: &str,
            ) -> $crate::Result<Option<$crate::registrations::RequestProfile>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::request_profile_columns!(),
                    " FROM registrations r WHERE r.account_id = $1"
                ))
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn registration_versions(
                &self,
                registration_id: &str,
            ) -> $crate::Result<Vec<$crate::registrations::VersionRow>> {
                Ok(sqlx::query_as(
                    "SELECT version, at, actor, changes_sealed FROM registration_versions \
                     WHERE registration_id = $1 ORDER BY version",
                )
                .bind(registration_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn open_case(
                &self,
                case: $crate::registrations::IntegrityCase,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                insert_case(&mut tx, &case).await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn close_case(&self, id: &str, now: i64, effects: $crate::records::Effects) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE integrity_cases SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open'",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn open_identity_case(
                &self,
                case: $crate::registrations::IntegrityCase,
                traveller_id: &str,
                proposal_sealed: Vec<u8>,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                if !insert_case(&mut tx, &case).await? {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO identity_proposals (case_id, traveller_id, proposal_sealed) VALUES ($1, $2, $3)",
                )
                .bind(&case.id)
                .bind(traveller_id)
                .bind(&proposal_sealed)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn identity_proposal(&self, case_id: &str) -> $crate::Result<Option<(String, Vec<u8>)>> {
                Ok(sqlx::query_as(
                    "SELECT traveller_id, proposal_sealed FROM identity_proposals WHERE case_id = $1",
                )
                .bind(case_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn case(&self, id: &str) -> $crate::Result<Option<$crate::registrations::CaseRow>> {
                Ok(sqlx::query_as(concat!($crate::registrations::select_case!(), " WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn cases_about(&self, subject: &str) -> $crate::Result<Vec<$crate::registrations::CaseRow>> {
                Ok(sqlx::query_as(concat!($crate::registrations::select_case!(), " WHERE subject = $1 ORDER BY opened_at DESC, id"))
                    .bind(subject)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn holders(
                &self,
                person_key: &str,
                document_key: Option<&str>,
                except_account: &str,
            ) -> $crate::Result<Vec<$crate::registrations::Holder>> {
                Ok(sqlx::query_as(
                    "SELECT r.id AS registration_id, r.account_id, r.created_at AS registration_created_at, \
                     t.name_sealed, t.person_key, t.document_key \
                     FROM travellers t JOIN registrations r ON r.id = t.registration_id \
                     WHERE r.status = 'active' AND r.account_id <> $3 \
                     AND (t.person_key = $1 OR (t.document_key IS NOT NULL AND t.document_key = $2)) \
                     ORDER BY r.created_at, t.id",
                )
                .bind(person_key)
                .bind(document_key)
                .bind(except_account)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn registrations_at_address(&self, address_key: &str) -> $crate::Result<i64> {
                Ok(sqlx::query_scalar(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM registrations WHERE address_key = $1 AND status = 'active'",
                )
                .bind(address_key)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn decide_case(
                &self,
                v: $crate::registrations::CaseVerdict,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let sql = if v.appeal {
                    "UPDATE integrity_cases SET status = 'closed', appeal_decision = $2, \
                     appeal_decided_by = $3, appeal_reason_sealed = $4, appeal_decided_at = $5 \
                     WHERE id = $1 AND status = 'open' AND appealed_at IS NOT NULL \
                     AND appeal_decision IS NULL AND decided_by <> $3"
                } else {
                    "UPDATE integrity_cases SET status = 'closed', closed_at = $5, decision = $2, \
                     decided_by = $3, reason_sealed = $4 \
                     WHERE id = $1 AND status = 'open' AND decision IS NULL"
                };
                let decided = sqlx::query(sql)
                    .bind(&v.case_id)
                    .bind(&v.decision)
                    .bind(&v.by)
                    .bind(&v.reason_sealed)
                    .bind(v.at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if !decided {
                    return Ok(false);
                }
                for (account, key) in &v.exceptions {
                    sqlx::query(
                        "INSERT INTO duplicate_exceptions (account_id, match_key, case_id, created_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, match_key) DO NOTHING",
                    )
                    .bind(account)
                    .bind(key)
                    .bind(&v.case_id)
                    .bind(v.at)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(registration) = &v.withdraw {
                    sqlx::query(
                        "UPDATE registrations SET status = 'withdrawn', updated_at = $2 WHERE id = $1 AND status = 'active'",
                    )
                    .bind(registration)
                    .bind(v.at)
                    .execute(&mut *tx)
                    .await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn appeal_case(
                &self,
                id: &str,
                subject: &str,
                statement_sealed: Vec<u8>,
                at: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let opened = sqlx::query(
                    "UPDATE integrity_cases SET status = 'open', appeal_sealed = $3, \
                     appealed_at = $4 WHERE id = $1 AND subject = $2 AND status = 'closed' \
                     AND decision IS NOT NULL AND appealed_at IS NULL",
                )
                .bind(id)
                .bind(subject)
                .bind(&statement_sealed)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if !opened {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn open_cases(&self) -> $crate::Result<Vec<$crate::registrations::IntegrityCase>> {
                Ok(sqlx::query_as(
                    "SELECT id, kind, dedup_key, subject, detail, status, opened_at FROM integrity_cases \
                     WHERE status = 'open' ORDER BY opened_at, id",
                )
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_registration_store;

/// A traveller's photo and where its check stands.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PhotoRow {
    pub traveller_id: String,
    pub registration_id: String,
    pub photo_sealed: Option<Vec<u8>>,
    /// `missing`, `accepted` or `review`.
    pub status: String,
    pub problem: Option<String>,
    pub failed_attempts: i64,
    pub updated_at: i64,
}

/// Photos by status and problem (see [`PhotoStore::photo_figures`]).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PhotoFigures {
    pub status: String,
    /// The automatic check's reason for refusing; empty when it accepted.
    pub problem: String,
    pub photos: i64,
    /// Tries the check refused before the photo that stands.
    pub failed_attempts: i64,
}

#[async_trait]
pub trait PhotoStore {
    async fn photo(&self, traveller_id: &str) -> Result<Option<PhotoRow>>;
    async fn photos_of(&self, registration_id: &str) -> Result<Vec<PhotoRow>>;
    /// Writes a traveller's photo row whole (insert or replace).
    async fn record_photo(&self, row: PhotoRow, effects: Effects) -> Result<()>;
    /// Photos waiting for a person's review, oldest first.
    async fn photos_to_review(&self) -> Result<Vec<PhotoRow>>;
    /// A reviewer's decision on a photo in review: `accepted`, or `missing` (a new one is needed,
    /// with fresh tries). `Ok(false)` if it was not in review.
    async fn decide_photo(
        &self,
        traveller_id: &str,
        status: &str,
        now: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// Forgets a traveller's photo, whatever its state (the traveller became another person):
    /// a new one is needed. `Ok(false)` if there was none.
    async fn forget_photo(&self, traveller_id: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Photos changed since `since`, by status and the automatic check's problem: how often
    /// the check accepts, and what it refuses for (counts only, for `/metrics`).
    async fn photo_figures(&self, since: i64) -> Result<Vec<PhotoFigures>>;
    /// The automatic photo checks' counts from `since_day` (`YYYY-MM-DD`) on, summed over days
    /// and services, per nationality, age band and outcome.
    async fn face_check_counts(&self, since_day: &str) -> Result<Vec<FaceCheckCount>>;
}

/// Automatic photo-check outcomes of one group (`records::FaceCount`), summed.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FaceCheckCount {
    pub nationality: String,
    pub age_band: String,
    pub outcome: String,
    pub count: i64,
}

macro_rules! impl_photo_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::registrations::PhotoStore for $store {
            async fn photo_figures(
                &self,
                since: i64,
            ) -> $crate::Result<Vec<$crate::registrations::PhotoFigures>> {
                Ok(sqlx::query_as(
                    "SELECT status, COALESCE(problem, '') AS problem, COUNT(*) AS photos, \
                     CAST(SUM(failed_attempts) AS BIGINT) AS failed_attempts FROM photos WHERE updated_at > $1 \
                     GROUP BY status, COALESCE(problem, '') ORDER BY 1, 2",
                )
                .bind(since)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn face_check_counts(
                &self,
                since_day: &str,
            ) -> $crate::Result<Vec<$crate::registrations::FaceCheckCount>> {
                Ok(sqlx::query_as(
                    "SELECT nationality, age_band, outcome, CAST(SUM(count) AS BIGINT) AS count \
                     FROM face_check_counts WHERE day >= $1 \
                     GROUP BY nationality, age_band, outcome ORDER BY 1, 2, 3",
                )
                .bind(since_day)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn photo(&self, traveller_id: &str) -> $crate::Result<Option<$crate::registrations::PhotoRow>> {
                Ok(sqlx::query_as(
                    "SELECT traveller_id, registration_id, photo_sealed, status, problem, failed_attempts, updated_at \
                     FROM photos WHERE traveller_id = $1",
                )
                .bind(traveller_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn photos_of(&self, registration_id: &str) -> $crate::Result<Vec<$crate::registrations::PhotoRow>> {
                Ok(sqlx::query_as(
                    "SELECT traveller_id, registration_id, photo_sealed, status, problem, failed_attempts, updated_at \
                     FROM photos WHERE registration_id = $1",
                )
                .bind(registration_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn record_photo(
                &self,
                p: $crate::registrations::PhotoRow,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO photos (traveller_id, registration_id, photo_sealed, status, problem, failed_attempts, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (traveller_id) DO UPDATE SET \
                     registration_id = excluded.registration_id, photo_sealed = excluded.photo_sealed, \
                     status = excluded.status, problem = excluded.problem, \
                     failed_attempts = excluded.failed_attempts, updated_at = excluded.updated_at",
                )
                .bind(&p.traveller_id)
                .bind(&p.registration_id)
                .bind(&p.photo_sealed)
                .bind(&p.status)
                .bind(&p.problem)
                .bind(p.failed_attempts)
                .bind(p.updated_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn decide_photo(
                &self,
                traveller_id: &str,
                status: &str,
                now: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE photos SET status = $2, failed_attempts = 0, updated_at = $3, \
                     photo_sealed = CASE WHEN $2 = 'accepted' THEN photo_sealed ELSE NULL END \
                     WHERE traveller_id = $1 AND status = 'review'",
                )
                .bind(traveller_id)
                .bind(status)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn forget_photo(
                &self,
                traveller_id: &str,
                now: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE photos SET status = 'missing', failed_attempts = 0, updated_at = $2, \
                     photo_sealed = NULL, problem = NULL WHERE traveller_id = $1",
                )
                .bind(traveller_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn photos_to_review(&self) -> $crate::Result<Vec<$crate::registrations::PhotoRow>> {
                Ok(sqlx::query_as(
                    "SELECT traveller_id, registration_id, photo_sealed, status, problem, failed_attempts, updated_at \
                     FROM photos WHERE status = 'review' ORDER BY updated_at, traveller_id",
                )
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_photo_store;
