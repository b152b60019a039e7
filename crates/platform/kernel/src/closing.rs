//! A person's exit: closing their account, and forgetting it when its retention period ends.
//!
//! Closing ends every way in (sessions, devices, recovery codes, codes in flight) and frees the
//! address for a new account; what a service holds for the group that the person must end
//! themselves (`PersonParts::holds_before_closing`) comes first. Forgetting, by a daily job,
//! empties every sealed value of the account in every table (each sealed column names whose rows
//! it holds, `SealedColumn::owner`) and its password hash; the rows' ids stay, so that what
//! services published and the audit log keep their pseudonymous references. The audit log
//! records how many, never who.

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent};
use garita_store::records::{Account, Effects};

const DAY: i64 = 24 * 60 * 60 * 1000;

/// How long what Garita keeps is kept, in days. The account's default is the consent text's,
/// word for word ("If you close it, we delete your information after 2 years"); a message's text
/// is kept less long than the text promises, since what it announced stays in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub closed_account_days: i64,
    /// A message's text (and the address it went to) after it was sent or given up; its
    /// delivery record stays while the account does.
    pub message_text_days: i64,
}

/// The default of `Retention::message_text_days`.
pub const MESSAGE_TEXT_DAYS: i64 = 365;

impl Default for Retention {
    fn default() -> Self {
        Retention {
            closed_account_days: 2 * 365,
            message_text_days: MESSAGE_TEXT_DAYS,
        }
    }
}

/// What came of asking to close an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    Closed,
    /// A service holds something for the group that the person ends first.
    EndFirst,
    /// Closed already, or no such account.
    NotOpen,
}

/// What one run of the retention job did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub accounts: usize,
    pub values: u64,
    /// Expired sessions and one-time codes deleted.
    pub sessions: u64,
    pub challenges: u64,
    /// Messages whose text was emptied.
    pub message_texts: u64,
}

impl Services {
    /// Closes an account, asked by its owner (`actor`) or a helper with them.
    #[tracing::instrument(skip_all)]
    pub async fn close_account(&self, account_id: &str, actor: &str) -> Result<Closing> {
        if let Some((registration, _)) = self.store.registration_of(account_id).await? {
            for part in &self.people {
                if part.holds_before_closing(&registration.id).await? {
                    return Ok(Closing::EndFirst);
                }
            }
        }
        let now = self.now();
        let event = AuditEvent::new(now, AuditAction::AccountClosed)
            .actor(actor)
            .subject(account_id);
        Ok(
            match self
                .store
                .close_account(account_id, now, Effects::audit(event))
                .await?
            {
                true => Closing::Closed,
                false => Closing::NotOpen,
            },
        )
    }

    /// A programme admin disables a staff account: at once, its sessions end and it can no
    /// longer sign in (a new account with a set-up link brings the person back). Not one's own.
    #[tracing::instrument(skip_all)]
    pub async fn disable_staff(&self, admin: &Account, staff_id: &str) -> Result<bool> {
        let Some(staff) = self.store.account(staff_id).await? else {
            return Ok(false);
        };
        if !staff.grant.role.is_staff() || staff.id == admin.id {
            return Ok(false);
        }
        let now = self.now();
        let event = AuditEvent::new(now, AuditAction::StaffDisabled)
            .actor(&admin.id)
            .subject(staff_id);
        Ok(self
            .store
            .close_account(staff_id, now, Effects::audit(event))
            .await?)
    }

    /// Forgets every account closed longer ago than the retention period.
    #[tracing::instrument(skip_all)]
    pub async fn forget_due(&self, retention: Retention) -> Result<Forgotten> {
        let now = self.now();
        let mut done = Forgotten::default();
        // Sessions and codes serve only signing in: gone a day after they expire.
        (done.sessions, done.challenges) = self.store.sweep_expired(now - DAY).await?;
        done.message_texts = self
            .store
            .forget_message_texts(now - retention.message_text_days * DAY)
            .await?;
        for id in self
            .store
            .closed_before(now - retention.closed_account_days * DAY)
            .await?
        {
            for column in self.sealed_columns.iter().copied() {
                done.values += self.store.forget_sealed(*column, &id).await?;
            }
            if self.store.mark_forgotten(&id, now, Effects::none()).await? {
                done.accounts += 1;
            }
        }
        if done.accounts > 0 || done.sessions > 0 || done.challenges > 0 || done.message_texts > 0 {
            let detail = serde_json::json!({
                "accounts": done.accounts,
                "values": done.values,
                "sessions": done.sessions,
                "challenges": done.challenges,
                "message_texts": done.message_texts,
            });
            let event = AuditEvent::new(now, AuditAction::AccountsForgotten)
                .actor("retention")
                .detail(detail.to_string());
            self.store.append_audit(vec![event]).await?;
        }
        Ok(done)
    }
}
