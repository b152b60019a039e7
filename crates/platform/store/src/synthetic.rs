//! Made-up applicants written in bulk, for benchmarks (`garita bench applicants`) and tests:
//! the same rows a sign-up, a saved registration, accepted photos and an API session write,
//! sealed and hashed by the kernel like any other, many to a statement and many statements to
//! a transaction. No audit entries and no duplicate checks: the kernel makes every applicant a
//! different person.

use crate::Result;
use crate::records::{NewAccount, Session};
use crate::registrations::{PhotoRow, RegistrationRow, TravellerRow, VersionRow};
use async_trait::async_trait;

/// One applicant's rows.
#[derive(Debug, Clone)]
pub struct SyntheticApplicant {
    pub account: NewAccount,
    pub registration: RegistrationRow,
    pub travellers: Vec<TravellerRow>,
    pub version: VersionRow,
    pub photos: Vec<PhotoRow>,
    pub session: Session,
}

#[async_trait]
pub trait SyntheticStore {
    /// Writes the applicants in one transaction.
    async fn add_synthetic(&self, applicants: Vec<SyntheticApplicant>) -> Result<()>;
}

/// Rows per statement: under both backends' limit on bound values (SQLite's is 32,766).
pub(crate) const ROWS_PER_STATEMENT: usize = 1_000;

macro_rules! impl_synthetic_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::synthetic::SyntheticStore for $store {
            async fn add_synthetic(
                &self,
                applicants: Vec<$crate::synthetic::SyntheticApplicant>,
            ) -> $crate::Result<()> {
                use $crate::synthetic::ROWS_PER_STATEMENT as ROWS;
                let mut tx = self.write_tx().await?;
                for chunk in applicants.chunks(ROWS) {
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO accounts (id, email_lookup, email_sealed, phone_sealed, \
                         password_hash, locale, role, port_code, organization, consent_version, \
                         consent_at, created_at, assisted_by) ",
                    )
                    .push_values(chunk, |mut row, s| {
                        let a = &s.account;
                        let (consent_version, consent_at) = a.consent.unzip();
                        row.push_bind(a.id.clone())
                            .push_bind(a.email_lookup.clone())
                            .push_bind(a.email_sealed.clone())
                            .push_bind(a.phone_sealed.clone())
                            .push_bind(a.password_hash.clone())
                            .push_bind(a.locale.clone())
                            .push_bind(a.grant.role.code())
                            .push_bind(a.grant.port.as_ref().map(|p| p.as_str().to_string()))
                            .push_bind(a.grant.organization.clone())
                            .push_bind(consent_version)
                            .push_bind(consent_at)
                            .push_bind(a.created_at)
                            .push_bind(a.assisted_by.clone());
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO registrations (id, account_id, created_at, updated_at, \
                         version, status, address_sealed, address_key) ",
                    )
                    .push_values(chunk, |mut row, s| {
                        let r = &s.registration;
                        row.push_bind(r.id.clone())
                            .push_bind(r.account_id.clone())
                            .push_bind(r.created_at)
                            .push_bind(r.updated_at)
                            .push_bind(r.version)
                            .push_bind(r.status.clone())
                            .push_bind(r.address_sealed.clone())
                            .push_bind(r.address_key.clone());
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO registration_versions (registration_id, version, at, actor, \
                         changes_sealed) ",
                    )
                    .push_values(chunk, |mut row, s| {
                        let v = &s.version;
                        row.push_bind(s.registration.id.clone())
                            .push_bind(v.version)
                            .push_bind(v.at)
                            .push_bind(v.actor.clone())
                            .push_bind(v.changes_sealed.clone());
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO sessions (token_hash, account_id, kind, created_at, \
                         last_seen_at, expires_at) ",
                    )
                    .push_values(chunk, |mut row, s| {
                        let x = &s.session;
                        row.push_bind(x.token_hash.clone())
                            .push_bind(x.account_id.clone())
                            .push_bind(x.kind.code())
                            .push_bind(x.created_at)
                            .push_bind(x.last_seen_at)
                            .push_bind(x.expires_at);
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                }
                let travellers: Vec<_> = applicants.iter().flat_map(|s| &s.travellers).collect();
                for chunk in travellers.chunks(ROWS) {
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO travellers (id, registration_id, position, name_sealed, \
                         birth_date_sealed, document_sealed, contact_sealed, details_sealed, \
                         person_key, document_key, age_band, created_at, updated_at) ",
                    )
                    .push_values(chunk, |mut row, t| {
                        row.push_bind(t.id.clone())
                            .push_bind(t.registration_id.clone())
                            .push_bind(t.position)
                            .push_bind(t.name_sealed.clone())
                            .push_bind(t.birth_date_sealed.clone())
                            .push_bind(t.document_sealed.clone())
                            .push_bind(t.contact_sealed.clone())
                            .push_bind(t.details_sealed.clone())
                            .push_bind(t.person_key.clone())
                            .push_bind(t.document_key.clone())
                            .push_bind(t.age_band.clone())
                            .push_bind(t.created_at)
                            .push_bind(t.updated_at);
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                }
                let photos: Vec<_> = applicants.iter().flat_map(|s| &s.photos).collect();
                for chunk in photos.chunks(ROWS) {
                    sqlx::QueryBuilder::<Db>::new(
                        "INSERT INTO photos (traveller_id, registration_id, photo_sealed, status, \
                         problem, failed_attempts, updated_at) ",
                    )
                    .push_values(chunk, |mut row, p| {
                        row.push_bind(p.traveller_id.clone())
                            .push_bind(p.registration_id.clone())
                            .push_bind(p.photo_sealed.clone())
                            .push_bind(p.status.clone())
                            .push_bind(p.problem.clone())
                            .push_bind(p.failed_attempts)
                            .push_bind(p.updated_at);
                    })
                    .build()
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
pub(crate) use impl_synthetic_store;
