//! Helpers of shelters and legal aid groups, with the person in front of them: they make the
//! person's account (having read them the consent text), work in the person's registration, and
//! hand the account over with a one-time link. A helper reaches only the people their own
//! organization assists; everything they do is audited with them as actor and the person as
//! subject, and the person can read it.

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEntry, AuditEvent, CONSENT_VERSION, Email, Grant, Role};
use garita_i18n::Locale;
use garita_security::{codes, password};
use garita_store::StoreError;
use garita_store::records::{Account, Effects, NewAccount, Purpose, Session};

const HANDOVER_TTL_MS: i64 = 72 * 3_600_000;

#[derive(Debug, PartialEq, Eq)]
pub enum Assisted {
    Created {
        account_id: String,
    },
    /// The address already has an account: the person can get back into it (recovery).
    AddressTaken,
}

impl Services {
    /// Whether a helper may work for this account.
    pub fn may_assist(helper: &Account, person: &Account) -> bool {
        helper.grant.role == Role::Helper
            && person.grant.role == Role::Applicant
            && person.assisted_by.is_some()
            && person.assisted_by == helper.grant.organization
    }

    /// Makes an account for a person present with a helper, who read them the consent text in
    /// their language and recorded their agreement.
    #[tracing::instrument(skip_all)]
    pub async fn create_assisted(
        &self,
        helper: &Account,
        email: &Email,
        locale: Locale,
    ) -> Result<Assisted> {
        let now = self.now();
        let id = codes::id();
        let org = helper.grant.organization.clone();
        let consent = AuditEvent::new(now, AuditAction::ConsentRecordedByHelper)
            .actor(&helper.id)
            .subject(&id)
            .detail(format!(
                "{{\"version\":{CONSENT_VERSION},\"language\":\"{}\"}}",
                locale.code()
            ));
        let created = AuditEvent::new(now, AuditAction::AccountCreated)
            .actor(&helper.id)
            .subject(&id);
        let account = NewAccount {
            id: id.clone(),
            email_lookup: self.keys.lookup("email", &email.lookup_form()),
            email_sealed: self.keys.seal_str(email.as_str(), "accounts.email"),
            phone_sealed: None,
            // Nobody knows this password: the person sets their own at hand-over.
            password_hash: Some(password::hash(&codes::token())),
            locale: locale.code().into(),
            grant: Grant::applicant(),
            consent: Some((CONSENT_VERSION as i64, now)),
            created_at: now,
            assisted_by: org,
        };
        match self
            .store
            .create_account(account, Effects::audit(created).and_audit(consent))
            .await
        {
            Ok(()) => Ok(Assisted::Created { account_id: id }),
            Err(StoreError::Conflict) => Ok(Assisted::AddressTaken),
            Err(e) => Err(e.into()),
        }
    }

    /// Starts (or, with `None`, ends) working in a person's account from the helper's session.
    /// `Ok(false)` if the helper may not assist that person.
    #[tracing::instrument(skip_all)]
    pub async fn act_for(
        &self,
        helper: &Account,
        session: &Session,
        person_id: Option<&str>,
    ) -> Result<bool> {
        let now = self.now();
        let effects = match person_id {
            Some(id) => {
                let Some(person) = self.store.account(id).await? else {
                    return Ok(false);
                };
                if !Self::may_assist(helper, &person) {
                    return Ok(false);
                }
                Effects::audit(
                    AuditEvent::new(now, AuditAction::HelperActing)
                        .actor(&helper.id)
                        .subject(id),
                )
            }
            None => Effects::none(),
        };
        self.store
            .set_acting(&session.token_hash, person_id, effects)
            .await?;
        Ok(true)
    }

    /// The account a helper's session currently works in, if the helper still may.
    #[tracing::instrument(skip_all)]
    pub async fn acting_subject(
        &self,
        helper: &Account,
        session: &Session,
    ) -> Result<Option<Account>> {
        let Some(id) = &session.acting_for else {
            return Ok(None);
        };
        Ok(self
            .store
            .account(id)
            .await?
            .filter(|p| Self::may_assist(helper, p)))
    }

    /// The person ends the access of the organisation that helped them, at once: its helpers
    /// can no longer act in the account (a session acting for it stops on its next request).
    /// False if no organisation had access.
    #[tracing::instrument(skip_all)]
    pub async fn withdraw_help(&self, person: &Account) -> Result<bool> {
        let Some(organization) = &person.assisted_by else {
            return Ok(false);
        };
        let now = self.now();
        let detail = serde_json::json!({ "organization": organization }).to_string();
        let event = AuditEvent::new(now, AuditAction::HelpWithdrawn)
            .actor(&person.id)
            .subject(&person.id)
            .detail(detail);
        let mut effects = Effects::audit(event);
        // The organisation is told (its helpers and its admins), each in their language,
        // without saying who: its helpers see the person gone from their list.
        for helper in self.store.staff_accounts().await? {
            let told = matches!(
                helper.grant.role,
                garita_domain::Role::Helper | garita_domain::Role::OrganizationAdmin
            );
            if !told || helper.grant.organization.as_ref() != Some(organization) {
                continue;
            }
            let payload =
                self.payload_to(&helper.email_sealed, None, &helper.locale, "/staff/people")?;
            effects = effects.and_message(self.message(
                crate::messages::MessageKind::HELP_WITHDRAWN,
                Some(&helper.id),
                format!("help-withdrawn:{}:{}:{now}", person.id, helper.id),
                &payload,
            ));
        }
        self.store
            .update_account(
                &person.id,
                &[garita_store::records::AccountChange::HelpWithdrawn],
                effects,
            )
            .await?;
        Ok(true)
    }

    /// A one-time link (72 hours) for the person to set their own password and take the account.
    #[tracing::instrument(skip_all)]
    pub async fn handover_link(&self, helper: &Account, person_id: &str) -> Result<Option<String>> {
        let Some(person) = self.store.account(person_id).await? else {
            return Ok(None);
        };
        if !Self::may_assist(helper, &person) {
            return Ok(None);
        }
        let now = self.now();
        let token = codes::token();
        let link_token = codes::token();
        let challenge = garita_store::records::NewChallenge {
            id_hash: self.keys.token_hash(&token),
            link_hash: Some(self.keys.token_hash(&link_token)),
            account_id: Some(person.id.clone()),
            purpose: Purpose::Setup,
            code_hash: None,
            created_at: now,
            expires_at: now + HANDOVER_TTL_MS,
            replaces: None,
        };
        let event = AuditEvent::new(now, AuditAction::HandedOver)
            .actor(&helper.id)
            .subject(&person.id);
        self.store
            .create_challenge(challenge, Effects::audit(event))
            .await?;
        Ok(Some(format!("{}/setup/{link_token}", self.public_url)))
    }

    /// What others (helpers, staff) did in a person's account, newest first.
    #[tracing::instrument(skip_all)]
    pub async fn actions_by_others(&self, person_id: &str) -> Result<Vec<AuditEntry>> {
        let entries = self.store.audit_about(person_id, 200).await?;
        Ok(entries
            .into_iter()
            .filter(|e| e.actor.as_deref().is_some_and(|a| a != person_id))
            .collect())
    }
}
