//! Accounts, sessions, known devices, one-time challenges and recovery codes.
//!
//! One implementation serves both backends (the macro at the bottom, instantiated in `sqlite.rs`
//! and `postgres.rs`): the SQL uses `$N` placeholders and column types that decode alike in both.
//! Where the backends truly differ (how a write transaction starts), each store has its own
//! `write_tx`.

use crate::Result;
use crate::records::{
    Account, AccountChange, Challenge, Effects, NewAccount, NewChallenge, Session,
};
use async_trait::async_trait;

#[async_trait]
pub trait AccountStore {
    /// Creates an account. `Err(Conflict)` if the e-mail lookup is taken.
    async fn create_account(&self, account: NewAccount, effects: Effects) -> Result<()>;
    async fn account(&self, id: &str) -> Result<Option<Account>>;
    async fn account_by_email(&self, email_lookup: &str) -> Result<Option<Account>>;
    async fn update_account(
        &self,
        id: &str,
        changes: &[AccountChange],
        effects: Effects,
    ) -> Result<()>;
    /// Staff accounts (every role but applicant) not disabled, oldest first.
    async fn staff_accounts(&self) -> Result<Vec<Account>>;

    async fn create_session(&self, session: Session, effects: Effects) -> Result<()>;
    /// A session and its account, whatever its age (the caller applies the time-outs).
    async fn session(&self, token_hash: &str) -> Result<Option<(Session, Account)>>;
    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<()>;
    async fn sessions_of(&self, account_id: &str) -> Result<Vec<Session>>;
    /// Ends one session of an account (not another's).
    async fn end_session(&self, account_id: &str, token_hash: &str, effects: Effects)
    -> Result<()>;
    /// Ends every session of an account but `keep`, if given.
    async fn end_sessions(
        &self,
        account_id: &str,
        keep: Option<&str>,
        effects: Effects,
    ) -> Result<()>;

    async fn add_device(&self, account_id: &str, device_hash: &str, now: i64) -> Result<()>;
    async fn is_known_device(&self, account_id: &str, device_hash: &str) -> Result<bool>;

    async fn create_challenge(&self, challenge: NewChallenge, effects: Effects) -> Result<()>;
    async fn challenge(&self, id_hash: &str) -> Result<Option<Challenge>>;
    async fn challenge_by_link(&self, link_hash: &str) -> Result<Option<Challenge>>;
    /// Counts one more attempt at a challenge's code and returns the new count.
    async fn count_attempt(&self, id_hash: &str) -> Result<i64>;
    /// Marks a live challenge used, with `changes` to its account, in one transaction.
    /// `Ok(false)` if it was already used (or expired) — a code or link works once.
    async fn use_challenge(
        &self,
        id_hash: &str,
        now: i64,
        changes: &[AccountChange],
        effects: Effects,
    ) -> Result<bool>;
    /// When the account last got a challenge of this purpose (for the wait between sends).
    async fn last_challenge_at(&self, account_id: &str, purpose: &str) -> Result<Option<i64>>;

    /// Replaces an account's recovery codes.
    async fn replace_recovery_codes(
        &self,
        account_id: &str,
        code_hashes: &[String],
        effects: Effects,
    ) -> Result<()>;
    /// Uses an unused recovery code, with `changes` to the account, in one transaction.
    async fn use_recovery_code(
        &self,
        account_id: &str,
        code_hash: &str,
        now: i64,
        changes: &[AccountChange],
        effects: Effects,
    ) -> Result<bool>;
    async fn unused_recovery_codes(&self, account_id: &str) -> Result<i64>;
    /// Whether this code is one of the account's unused ones (read only; using it is
    /// `use_recovery_code`).
    async fn recovery_code_usable(&self, account_id: &str, code_hash: &str) -> Result<bool>;

    /// Marks a session as acting for another account (a helper's), or clears it.
    async fn set_acting(
        &self,
        token_hash: &str,
        acting_for: Option<&str>,
        effects: Effects,
    ) -> Result<()>;
    /// The accounts an organization's helpers assist, newest first.
    async fn assisted_accounts(&self, organization: &str) -> Result<Vec<Account>>;

    /// Closes an account: it can no longer sign in (its address is freed for a new account),
    /// and its sessions, devices, recovery codes and codes in flight are deleted. False if it
    /// was closed already.
    async fn close_account(&self, id: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Closed accounts not forgotten yet, closed before `cutoff`.
    async fn closed_before(&self, cutoff: i64) -> Result<Vec<String>>;
    /// Marks a closed account forgotten (its sealed values are emptied by the caller, column by
    /// column): its password hash goes too. False if it was not closed or is forgotten already.
    async fn mark_forgotten(&self, id: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Deletes sessions and one-time challenges that expired before `before` (they only ever
    /// served signing in): how many of each.
    async fn sweep_expired(&self, before: i64) -> Result<(u64, u64)>;
    /// The organisations staff work for, by name.
    async fn organizations(&self) -> Result<Vec<crate::records::OrganizationRow>>;
    /// Adds an organisation (`Ok(false)` if one has that name).
    async fn add_organization(
        &self,
        organization: crate::records::OrganizationRow,
        effects: Effects,
    ) -> Result<bool>;
}

/// Rows of an account deleted when it closes (they only serve signing in).
pub(crate) const CLOSED_ACCOUNT_ROWS: [&str; 4] = [
    "DELETE FROM sessions WHERE account_id = $1",
    "DELETE FROM known_devices WHERE account_id = $1",
    "DELETE FROM recovery_codes WHERE account_id = $1",
    "DELETE FROM challenges WHERE account_id = $1",
];

pub(crate) const ACCOUNT_COLUMNS: &str = "id, email_sealed, phone_sealed, password_hash, locale, \
    role, port_code, organization, email_verified_at, totp_secret_sealed, totp_last_step, \
    consent_version, created_at, assisted_by, tell_not_chosen";

macro_rules! impl_account_store {
    ($store:ty) => {
        /// Applies account changes inside a transaction.
        async fn apply_account_changes(
            tx: &mut sqlx::Transaction<'static, Db>,
            id: &str,
            changes: &[$crate::records::AccountChange],
        ) -> $crate::Result<()> {
            use $crate::records::AccountChange as C;
            for change in changes {
                let query = match change {
                    C::EmailVerified { at } => {
                        sqlx::query("UPDATE accounts SET email_verified_at = $2 WHERE id = $1")
                            .bind(id)
                            .bind(*at)
                    }
                    C::Password { hash } => {
                        sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1")
                            .bind(id)
                            .bind(hash.clone())
                    }
                    C::Locale { code } => sqlx::query("UPDATE accounts SET locale = $2 WHERE id = $1")
                        .bind(id)
                        .bind(code.clone()),
                    C::Totp { secret_sealed } => sqlx::query(
                        "UPDATE accounts SET totp_secret_sealed = $2, totp_last_step = NULL WHERE id = $1",
                    )
                    .bind(id)
                    .bind(secret_sealed.clone()),
                    C::TotpStep { step } => {
                        sqlx::query("UPDATE accounts SET totp_last_step = $2 WHERE id = $1")
                            .bind(id)
                            .bind(*step)
                    }
                    C::TellNotChosen { on } => {
                        sqlx::query("UPDATE accounts SET tell_not_chosen = $2 WHERE id = $1")
                            .bind(id)
                            .bind(i64::from(*on))
                    }
                    C::HelpWithdrawn => {
                        sqlx::query("UPDATE accounts SET assisted_by = NULL WHERE id = $1").bind(id)
                    }
                    C::Grant {
                        role,
                        port,
                        organization,
                    } => sqlx::query(
                        "UPDATE accounts SET role = $2, port_code = $3, organization = $4 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(role.clone())
                    .bind(port.clone())
                    .bind(organization.clone()),
                    C::SignInReset => sqlx::query(
                        "UPDATE accounts SET password_hash = NULL, totp_secret_sealed = NULL, \
                         totp_last_step = NULL WHERE id = $1",
                    )
                    .bind(id),
                    C::Consent { version, at } => sqlx::query(
                        "UPDATE accounts SET consent_version = $2, consent_at = $3 WHERE id = $1",
                    )
                    .bind(id)
                    .bind(*version)
                    .bind(*at),
                };
                query.execute(&mut **tx).await?;
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::accounts::AccountStore for $store {
            async fn create_account(
                &self,
                a: $crate::records::NewAccount,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                let (consent_version, consent_at) = a.consent.unzip();
                let inserted = sqlx::query(
                    "INSERT INTO accounts (id, email_lookup, email_sealed, phone_sealed, \
                     password_hash, locale, role, port_code, organization, consent_version, \
                     consent_at, created_at, assisted_by) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
                     ON CONFLICT (email_lookup) DO NOTHING",
                )
                .bind(&a.id)
                .bind(&a.email_lookup)
                .bind(&a.email_sealed)
                .bind(&a.phone_sealed)
                .bind(&a.password_hash)
                .bind(&a.locale)
                .bind(a.grant.role.code())
                .bind(a.grant.port.as_ref().map(|p| p.as_str().to_string()))
                .bind(&a.grant.organization)
                .bind(consent_version)
                .bind(consent_at)
                .bind(a.created_at)
                .bind(&a.assisted_by)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    return Err($crate::StoreError::Conflict);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn close_account(
                &self,
                id: &str,
                now: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE accounts SET closed_at = $2, email_lookup = 'closed:' || id \
                     WHERE id = $1 AND closed_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if !closed {
                    return Ok(false);
                }
                for sql in $crate::accounts::CLOSED_ACCOUNT_ROWS {
                    sqlx::query(sql).bind(id).execute(&mut *tx).await?;
                }
                write_effects(&mut tx, &self.chain_key, &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(true)
            }

            async fn organizations(&self) -> $crate::Result<Vec<$crate::records::OrganizationRow>> {
                Ok(sqlx::query_as(
                    "SELECT name, kind, city, contact, created_at FROM organizations ORDER BY name",
                )
                .fetch_all(&self.pool)
                .await?)
            }

            async fn add_organization(
                &self,
                o: $crate::records::OrganizationRow,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let added = sqlx::query(
                    "INSERT INTO organizations (name, kind, city, contact, created_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING",
                )
                .bind(&o.name)
                .bind(&o.kind)
                .bind(&o.city)
                .bind(&o.contact)
                .bind(o.created_at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if added {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(added)
            }

            async fn sweep_expired(&self, before: i64) -> $crate::Result<(u64, u64)> {
                let mut tx = self.write_tx().await?;
                let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
                    .bind(before)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                let challenges = sqlx::query("DELETE FROM challenges WHERE expires_at < $1")
                    .bind(before)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                self.session_cache().changed();
                Ok((sessions, challenges))
            }

            async fn closed_before(&self, cutoff: i64) -> $crate::Result<Vec<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT id FROM accounts WHERE closed_at IS NOT NULL AND closed_at < $1 \
                     AND forgotten_at IS NULL ORDER BY id",
                )
                .bind(cutoff)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn mark_forgotten(
                &self,
                id: &str,
                now: i64,
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let done = sqlx::query(
                    "UPDATE accounts SET forgotten_at = $2, password_hash = NULL \
                     WHERE id = $1 AND closed_at IS NOT NULL AND forgotten_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if done {
                    write_effects(&mut tx, &self.chain_key, &effects).await?;
                    tx.commit().await?;
                    self.session_cache().changed();
                }
                Ok(done)
            }

            async fn account(&self, id: &str) -> $crate::Result<Option<$crate::records::Account>> {
                let row: Option<$crate::records::AccountRow> = sqlx::query_as(sqlx::AssertSqlSafe(
                    format!("SELECT {} FROM accounts WHERE id = $1", $crate::accounts::ACCOUNT_COLUMNS),
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_account()).transpose()
            }

            async fn account_by_email(
                &self,
                email_lookup: &str,
            ) -> $crate::Result<Option<$crate::records::Account>> {
                let row: Option<$crate::records::AccountRow> = sqlx::query_as(sqlx::AssertSqlSafe(
                    format!(
                        "SELECT {} FROM accounts WHERE email_lookup = $1",
                        $crate::accounts::ACCOUNT_COLUMNS
                    ),
                ))
                .bind(email_lookup)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_account()).transpose()
            }

            async fn update_account(
                &self,
                id: &str,
                changes: &[$crate::records::AccountChange],
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                apply_account_changes(&mut tx, id, changes).await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(())
            }

            async fn staff_accounts(&self) -> $crate::Result<Vec<$crate::records::Account>> {
                let rows: Vec<$crate::records::AccountRow> = sqlx::query_as(sqlx::AssertSqlSafe(
                    format!(
                        "SELECT {} FROM accounts WHERE role <> 'applicant' AND closed_at IS NULL \
                         ORDER BY created_at, id",
                        $crate::accounts::ACCOUNT_COLUMNS
                    ),
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_account()).collect()
            }

            async fn create_session(
                &self,
                s: $crate::records::Session,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO sessions (token_hash, account_id, kind, created_at, last_seen_at, \
                     expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&s.token_hash)
                .bind(&s.account_id)
                .bind(s.kind.code())
                .bind(s.created_at)
                .bind(s.last_seen_at)
                .bind(s.expires_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn session(
                &self,
                token_hash: &str,
            ) -> $crate::Result<Option<($crate::records::Session, $crate::records::Account)>> {
                // Every signed-in request asks: kept a few seconds (`session_cache.rs`), and
                // read in one query.
                let generation = self.session_cache().generation();
                if let Some(found) = self.session_cache().get(token_hash) {
                    return Ok(Some(found));
                }
                let row: Option<$crate::records::SessionAccountRow> =
                    sqlx::query_as(sqlx::AssertSqlSafe(format!(
                        "SELECT s.token_hash, s.account_id, s.kind, s.created_at AS session_created_at, \
                         s.last_seen_at, s.expires_at, s.acting_for, a.* FROM sessions s \
                         JOIN (SELECT {} FROM accounts) a ON a.id = s.account_id WHERE s.token_hash = $1",
                        $crate::accounts::ACCOUNT_COLUMNS
                    )))
                    .bind(token_hash)
                    .fetch_optional(&self.pool)
                    .await?;
                let found: Option<($crate::records::Session, $crate::records::Account)> = row
                    .map(|r| -> $crate::Result<_> { Ok((r.session.into(), r.account.into_account()?)) })
                    .transpose()?;
                if let Some((session, account)) = &found {
                    self.session_cache().keep(generation, session, account);
                }
                Ok(found)
            }

            async fn touch_session(&self, token_hash: &str, now: i64) -> $crate::Result<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                    .bind(token_hash)
                    .bind(now)
                    .execute(self.writes())
                    .await?;
                self.session_cache().forget(token_hash);
                Ok(())
            }

            async fn sessions_of(&self, account_id: &str) -> $crate::Result<Vec<$crate::records::Session>> {
                let rows: Vec<$crate::records::SessionRow> = sqlx::query_as(
                    "SELECT token_hash, account_id, kind, created_at AS session_created_at, last_seen_at, \
                     expires_at, acting_for FROM sessions WHERE account_id = $1 ORDER BY created_at, token_hash",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn end_session(
                &self,
                account_id: &str,
                token_hash: &str,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash = $2")
                    .bind(account_id)
                    .bind(token_hash)
                    .execute(&mut *tx)
                    .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(())
            }

            async fn end_sessions(
                &self,
                account_id: &str,
                keep: Option<&str>,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "DELETE FROM sessions WHERE account_id = $1 \
                     AND ($2 IS NULL OR token_hash <> $2)",
                )
                .bind(account_id)
                .bind(keep)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(())
            }

            async fn add_device(&self, account_id: &str, device_hash: &str, now: i64) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO known_devices (account_id, device_hash, created_at) \
                     VALUES ($1, $2, $3) ON CONFLICT (account_id, device_hash) DO NOTHING",
                )
                .bind(account_id)
                .bind(device_hash)
                .bind(now)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn is_known_device(&self, account_id: &str, device_hash: &str) -> $crate::Result<bool> {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT created_at FROM known_devices WHERE account_id = $1 AND device_hash = $2",
                )
                .bind(account_id)
                .bind(device_hash)
                .fetch_optional(&self.pool)
                .await?;
                Ok(found.is_some())
            }

            async fn create_challenge(
                &self,
                c: $crate::records::NewChallenge,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                write_effects(&mut tx, self.chain_key(), &effects.and_challenge(c)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn challenge(&self, id_hash: &str) -> $crate::Result<Option<$crate::records::Challenge>> {
                let row: Option<$crate::records::ChallengeRow> = sqlx::query_as(
                    "SELECT id_hash, account_id, purpose, code_hash, attempts, created_at, \
                     expires_at, used_at FROM challenges WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_challenge()).transpose()
            }

            async fn challenge_by_link(
                &self,
                link_hash: &str,
            ) -> $crate::Result<Option<$crate::records::Challenge>> {
                let row: Option<$crate::records::ChallengeRow> = sqlx::query_as(
                    "SELECT id_hash, account_id, purpose, code_hash, attempts, created_at, \
                     expires_at, used_at FROM challenges WHERE link_hash = $1",
                )
                .bind(link_hash)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_challenge()).transpose()
            }

            async fn count_attempt(&self, id_hash: &str) -> $crate::Result<i64> {
                let attempts: Option<i64> = sqlx::query_scalar(
                    "UPDATE challenges SET attempts = attempts + 1 WHERE id_hash = $1 RETURNING attempts",
                )
                .bind(id_hash)
                .fetch_optional(self.writes())
                .await?;
                Ok(attempts.unwrap_or(i64::MAX))
            }

            async fn use_challenge(
                &self,
                id_hash: &str,
                now: i64,
                changes: &[$crate::records::AccountChange],
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let account: Option<Option<String>> = sqlx::query_scalar(
                    "UPDATE challenges SET used_at = $2 \
                     WHERE id_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING account_id",
                )
                .bind(id_hash)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(Some(account_id)) = account else {
                    return Ok(false);
                };
                apply_account_changes(&mut tx, &account_id, changes).await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(true)
            }

            async fn last_challenge_at(&self, account_id: &str, purpose: &str) -> $crate::Result<Option<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT MAX(created_at) FROM challenges WHERE account_id = $1 AND purpose = $2",
                )
                .bind(account_id)
                .bind(purpose)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn replace_recovery_codes(
                &self,
                account_id: &str,
                code_hashes: &[String],
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await?;
                for hash in code_hashes {
                    sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
                        .bind(account_id)
                        .bind(hash)
                        .execute(&mut *tx)
                        .await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn use_recovery_code(
                &self,
                account_id: &str,
                code_hash: &str,
                now: i64,
                changes: &[$crate::records::AccountChange],
                effects: $crate::records::Effects,
            ) -> $crate::Result<bool> {
                let mut tx = self.write_tx().await?;
                let used = sqlx::query(
                    "UPDATE recovery_codes SET used_at = $3 \
                     WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL",
                )
                .bind(account_id)
                .bind(code_hash)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used == 0 {
                    return Ok(false);
                }
                apply_account_changes(&mut tx, account_id, changes).await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(true)
            }

            async fn recovery_code_usable(
                &self,
                account_id: &str,
                code_hash: &str,
            ) -> $crate::Result<bool> {
                let found: Option<String> = sqlx::query_scalar(
                    "SELECT account_id FROM recovery_codes \
                     WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL",
                )
                .bind(account_id)
                .bind(code_hash)
                .fetch_optional(&self.pool)
                .await?;
                Ok(found.is_some())
            }

            async fn set_acting(
                &self,
                token_hash: &str,
                acting_for: Option<&str>,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query("UPDATE sessions SET acting_for = $2 WHERE token_hash = $1")
                    .bind(token_hash)
                    .bind(acting_for)
                    .execute(&mut *tx)
                    .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                self.session_cache().changed();
                Ok(())
            }

            async fn assisted_accounts(&self, organization: &str) -> $crate::Result<Vec<$crate::records::Account>> {
                let rows: Vec<$crate::records::AccountRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT {} FROM accounts WHERE assisted_by = $1 ORDER BY created_at DESC, id",
                    $crate::accounts::ACCOUNT_COLUMNS
                )))
                .bind(organization)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_account()).collect()
            }

            async fn unused_recovery_codes(&self, account_id: &str) -> $crate::Result<i64> {
                Ok(sqlx::query_scalar(
                    "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
                )
                .bind(account_id)
                .fetch_one(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_account_store;
