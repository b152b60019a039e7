//! Account flows: sign-up with consent and a code (by e-mail, or by SMS for a person with only a
//! mobile number), sign-in with a code for new devices or an authenticator app, sessions,
//! recovery (codes, e-mail or SMS, a helper in person), staff set-up.
//!
//! Rules that hold throughout:
//! - Nothing answers differently for an address that has an account and one that has not: an
//!   unknown address gets a decoy challenge that behaves the same and never succeeds.
//! - Codes, links and session tokens are random, stored only as keyed hashes, and work once.
//! - Every change that matters is written with its audit entry and its message in one
//!   transaction. Recovery never deletes anything.

use crate::messages::{MessageKind, Payload};
use crate::{Result, Services};
use garita_domain::{
    AuditAction, AuditEvent, CONSENT_VERSION, Email, Grant, Login, PhoneNumber, Role,
};
use garita_i18n::Locale;
use garita_security::{codes, password, totp};
use garita_store::StoreError;
use garita_store::records::{
    Account, AccountChange, Challenge, Effects, NewAccount, NewChallenge, Purpose, Session,
    SessionKind,
};
use std::sync::OnceLock;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
pub const CODE_TTL_MS: i64 = 15 * MINUTE;
pub const RESEND_WAIT_MS: i64 = MINUTE;
/// Wrong tries at one code before a new one must be asked for.
pub const MAX_CODE_ATTEMPTS: i64 = 5;
const SECOND_FACTOR_TTL_MS: i64 = 10 * MINUTE;
const STAFF_SETUP_TTL_MS: i64 = 72 * HOUR;
const HELPER_LINK_TTL_MS: i64 = 24 * HOUR;
pub const RECOVERY_CODES: usize = 10;

/// Session limits: (idle, absolute). Web sessions are short because phones are often shared.
pub fn session_limits(kind: SessionKind) -> (i64, i64) {
    match kind {
        SessionKind::Web => (2 * HOUR, 24 * HOUR),
        SessionKind::Api => (30 * 24 * HOUR, 90 * 24 * HOUR),
    }
}

pub(crate) const EMAIL: &str = "accounts.email";
pub(crate) const PHONE: &str = "accounts.phone";
const TOTP: &str = "accounts.totp";

/// Where a message to a login goes: `Payload::to` (empty for a number alone: SMS only) and
/// `Payload::phone`.
fn destination(login: &Login) -> (String, Option<String>) {
    match login {
        Login::Email(e) => (e.as_str().to_string(), None),
        Login::Phone(p) => (String::new(), Some(p.as_str().to_string())),
    }
}

pub struct SignUp {
    /// An e-mail address, or a mobile number alone (then the number is the account's phone).
    pub login: Login,
    /// A phone number given besides an e-mail address.
    pub phone: Option<PhoneNumber>,
    pub password: String,
    pub locale: Locale,
    /// Where the sign-up came from (client address, device cookie), to notice accounts made in
    /// bulk. Hashed before it is counted; never stored as given.
    pub origin: Vec<String>,
}

/// More new accounts than this from one address or device in a day open a case for review.
/// Shelters share one connection among many people, so this only ever asks a person to look.
pub const BULK_ACCOUNTS_PER_DAY: i64 = 20;

/// What comes after a correct or incorrect password.
#[derive(Debug, PartialEq, Eq)]
pub enum SignIn {
    Done {
        account_id: String,
    },
    /// The address is not checked yet; a new code was sent.
    VerifyEmail {
        token: String,
    },
    /// A new phone or computer; a code was sent by e-mail.
    DeviceCode {
        token: String,
    },
    /// The authenticator app's code is needed.
    SecondFactor {
        token: String,
    },
    /// A staff account without an authenticator: use the set-up link.
    NeedsSetup,
    Failed,
}

/// A challenge just made: what to store, and what to hand out.
struct Made {
    row: NewChallenge,
    token: String,
    code: Option<String>,
    link: Option<String>,
}

impl Services {
    /// The keyed lookup an account is found by: of its e-mail address, or of its number when it
    /// has no address.
    fn login_lookup(&self, login: &Login) -> String {
        let (namespace, form) = login.lookup_parts();
        self.keys.lookup(namespace, &form)
    }

    pub(crate) fn email_lookup(&self, email: &Email) -> String {
        self.login_lookup(&Login::Email(email.clone()))
    }

    /// The account an address or number belongs to, if any.
    async fn account_for(&self, login: &Login) -> Result<Option<Account>> {
        Ok(self
            .store
            .account_by_email(&self.login_lookup(login))
            .await?)
    }

    /// The account's e-mail address, unsealed (for messages and the person's own pages); empty
    /// for an account made with a mobile number alone.
    pub fn email_of(&self, account: &Account) -> Result<String> {
        if account.email_sealed.is_empty() {
            return Ok(String::new());
        }
        Ok(self.keys.open_str(&account.email_sealed, EMAIL)?)
    }

    /// What the account signs in with: its address, or its number when it has none.
    pub fn login_of(&self, account: &Account) -> Result<Login> {
        if !account.email_sealed.is_empty() {
            let email = self.keys.open_str(&account.email_sealed, EMAIL)?;
            if let Ok(email) = Email::parse(&email) {
                return Ok(Login::Email(email));
            }
        }
        let phone = account
            .phone_sealed
            .as_ref()
            .map(|p| self.keys.open_str(p, PHONE))
            .transpose()?
            .unwrap_or_default();
        Ok(Login::Phone(PhoneNumber::parse(&phone).map_err(|_| {
            crate::ServiceError::Store(StoreError::Corrupt("an account with no login".into()))
        })?))
    }

    fn make_challenge(
        &self,
        purpose: Purpose,
        account_id: Option<&str>,
        code: bool,
        link_path: Option<&str>,
        ttl_ms: i64,
    ) -> Made {
        let now = self.now();
        let token = codes::token();
        let code = code.then(codes::six_digits);
        let link_token = link_path.map(|_| codes::token());
        Made {
            row: NewChallenge {
                id_hash: self.keys.token_hash(&token),
                link_hash: link_token.as_deref().map(|t| self.keys.token_hash(t)),
                account_id: account_id.map(str::to_string),
                purpose,
                code_hash: code.as_deref().map(|c| self.keys.token_hash(c)),
                created_at: now,
                expires_at: now + ttl_ms,
                replaces: None,
            },
            link: link_path
                .zip(link_token)
                .map(|(path, t)| format!("{}{path}{t}", self.public_url)),
            token,
            code,
        }
    }

    /// A code to an address, or by SMS to a number (`Payload::to` empty: SMS only).
    fn code_message(
        &self,
        kind: &MessageKind,
        account: &str,
        to: &Login,
        locale: &str,
        made: &Made,
    ) -> Effects {
        let (to, phone) = destination(to);
        let payload = Payload {
            to,
            phone,
            locale: locale.to_string(),
            code: made.code.clone(),
            link: made.link.clone(),
            ..Default::default()
        };
        let dedup = format!("{}:{}", kind.code, made.row.id_hash);
        Effects::none()
            .and_message(self.message(kind, Some(account), dedup, &payload))
            .and_challenge(made.row.clone())
    }

    /// Makes an account (unless the address has one) and sends a code. The answer is the same
    /// either way: a token for the code page.
    #[tracing::instrument(skip_all)]
    pub async fn sign_up(&self, input: SignUp) -> Result<String> {
        // Hash first, whatever happens next, so that the time taken reveals nothing.
        let password_hash = password::hash(&input.password);
        let lookup = self.login_lookup(&input.login);
        let now = self.now();
        if let Some(existing) = self.store.account_by_email(&lookup).await? {
            return self.answer_existing(&existing, &input.login).await;
        }
        let id = codes::id();
        let made = self.make_challenge(
            Purpose::VerifyEmail,
            Some(&id),
            true,
            Some("/verify-email/"),
            CODE_TTL_MS,
        );
        let effects = self
            .code_message(
                MessageKind::VERIFY_EMAIL,
                &id,
                &input.login,
                input.locale.code(),
                &made,
            )
            .and_audit(
                AuditEvent::new(now, AuditAction::AccountCreated)
                    .actor(&id)
                    .subject(&id),
            )
            .and_audit(
                AuditEvent::new(now, AuditAction::ConsentAccepted)
                    .actor(&id)
                    .detail(format!("{{\"version\":{CONSENT_VERSION}}}")),
            );
        let account = NewAccount {
            id: id.clone(),
            email_lookup: lookup,
            // A number alone: no address is kept, and the number is the account's phone.
            email_sealed: match &input.login {
                Login::Email(e) => self.keys.seal_str(e.as_str(), EMAIL),
                Login::Phone(_) => vec![],
            },
            phone_sealed: match &input.login {
                Login::Phone(p) => Some(p),
                Login::Email(_) => input.phone.as_ref(),
            }
            .map(|p| self.keys.seal_str(p.as_str(), PHONE)),
            password_hash: Some(password_hash),
            locale: input.locale.code().to_string(),
            grant: Grant::applicant(),
            consent: Some((CONSENT_VERSION as i64, now)),
            created_at: now,
            assisted_by: None,
        };
        match self.store.create_account(account, effects).await {
            Ok(()) => {
                self.notice_bulk(&input.origin).await?;
                Ok(made.token)
            }
            // Someone signed up with the same address a moment ago.
            Err(StoreError::Conflict) => match self.account_for(&input.login).await? {
                Some(existing) => self.answer_existing(&existing, &input.login).await,
                None => Ok(self.decoy().await?),
            },
            Err(e) => Err(e.into()),
        }
    }

    /// Counts a new account against each of its origins; past the daily threshold, opens one case
    /// per origin and day for a person to review.
    async fn notice_bulk(&self, origin: &[String]) -> Result<()> {
        let day = self.now() / (24 * HOUR);
        for source in origin {
            let key = self.keys.lookup("origin", source);
            let hits = self.store.hit(&format!("accounts-from:{key}"), day).await?;
            if hits > BULK_ACCOUNTS_PER_DAY {
                let case = garita_store::registrations::IntegrityCase {
                    id: codes::id(),
                    kind: "bulk-accounts".into(),
                    dedup_key: format!("bulk-accounts:{key}:{day}"),
                    subject: key,
                    detail: format!("{{\"more_than\":{BULK_ACCOUNTS_PER_DAY},\"day\":{day}}}"),
                    status: "open".into(),
                    opened_at: self.now(),
                };
                self.store.open_case(case, Effects::none()).await?;
            }
        }
        Ok(())
    }

    /// For an address that already has an account: a decoy challenge for the browser, and a
    /// notice (at most one a day) to the owner of the address.
    async fn answer_existing(&self, existing: &Account, login: &Login) -> Result<String> {
        let made = self.make_challenge(Purpose::VerifyEmail, None, true, None, CODE_TTL_MS);
        let day = self.now() / (24 * HOUR);
        let (to, phone) = destination(login);
        let payload = Payload {
            to,
            phone,
            locale: existing.locale.clone(),
            code: None,
            link: Some(format!("{}/recover", self.public_url)),
            ..Default::default()
        };
        let notice = self.message(
            MessageKind::EMAIL_EXISTS,
            Some(&existing.id),
            format!("email-exists:{}:{day}", existing.id),
            &payload,
        );
        self.store
            .create_challenge(made.row, Effects::none().and_message(notice))
            .await?;
        Ok(made.token)
    }

    async fn decoy(&self) -> Result<String> {
        let made = self.make_challenge(Purpose::VerifyEmail, None, true, None, CODE_TTL_MS);
        self.store
            .create_challenge(made.row, Effects::none())
            .await?;
        Ok(made.token)
    }

    async fn live_challenge(&self, token: &str, purpose: Purpose) -> Result<Option<Challenge>> {
        let challenge = self.store.challenge(&self.keys.token_hash(token)).await?;
        Ok(challenge.filter(|c| c.purpose == purpose && c.is_live(self.now())))
    }

    /// Checks a typed code against a challenge, counting the attempt. A wrong, old or used code,
    /// or one tried too often, gives `false`.
    async fn code_matches(&self, challenge: &Challenge, code: &str) -> Result<bool> {
        use subtle::ConstantTimeEq;
        let attempts = self.store.count_attempt(&challenge.id_hash).await?;
        let Some(expected) = &challenge.code_hash else {
            return Ok(false);
        };
        let typed = self.keys.token_hash(code);
        Ok(
            attempts <= MAX_CODE_ATTEMPTS
                && bool::from(expected.as_bytes().ct_eq(typed.as_bytes())),
        )
    }

    /// Whether a sign-in challenge can take no more codes (tried too often, expired, used, or
    /// none): the person has to start again, and is told so rather than "wrong code".
    #[tracing::instrument(skip_all)]
    pub async fn code_spent(&self, token: &str) -> Result<bool> {
        let challenge = self.store.challenge(&self.keys.token_hash(token)).await?;
        Ok(challenge.is_none_or(|c| !c.is_live(self.now()) || c.attempts >= MAX_CODE_ATTEMPTS))
    }

    /// The live challenge a token names, if the typed code is its code (the try is counted).
    async fn answered(
        &self,
        token: &str,
        purpose: Purpose,
        code: &str,
    ) -> Result<Option<Challenge>> {
        match self.live_challenge(token, purpose).await? {
            Some(challenge) if self.code_matches(&challenge, code).await? => Ok(Some(challenge)),
            _ => Ok(None),
        }
    }

    /// Sends a new code for the same purpose; `Err(seconds)` if the last one is too recent.
    #[tracing::instrument(skip_all)]
    pub async fn resend_code(&self, token: &str) -> Result<Result<String, i64>> {
        let Some(old) = self.store.challenge(&self.keys.token_hash(token)).await? else {
            return Ok(Ok(self.decoy().await?));
        };
        let waited = self.now() - old.created_at;
        if waited < RESEND_WAIT_MS {
            return Ok(Err((RESEND_WAIT_MS - waited + 999) / 1000));
        }
        let Some(account) = self.account_of(&old).await? else {
            return Ok(Ok(self.decoy().await?));
        };
        let (kind, link) = match old.purpose {
            Purpose::VerifyEmail => (MessageKind::VERIFY_EMAIL, Some("/verify-email/")),
            Purpose::Recovery => (MessageKind::RECOVERY, None),
            _ => (MessageKind::NEW_DEVICE, None),
        };
        let mut made = self.make_challenge(old.purpose, Some(&account.id), true, link, CODE_TTL_MS);
        // The code it replaces stops working: only the newest code sent is good.
        made.row.replaces = Some(old.id_hash.clone());
        let to = self.login_of(&account)?;
        let effects = self.code_message(kind, &account.id, &to, &account.locale, &made);
        self.store.enqueue(effects).await?;
        Ok(Ok(made.token))
    }

    async fn account_of(&self, challenge: &Challenge) -> Result<Option<Account>> {
        match &challenge.account_id {
            Some(id) => Ok(self.store.account(id).await?),
            None => Ok(None),
        }
    }

    /// The code typed on the check page. Returns the account whose address is now checked.
    #[tracing::instrument(skip_all)]
    pub async fn verify_email_code(&self, token: &str, code: &str) -> Result<Option<String>> {
        let Some(challenge) = self.answered(token, Purpose::VerifyEmail, code).await? else {
            return Ok(None);
        };
        self.complete_verification(&challenge).await
    }

    /// The link in the e-mail.
    #[tracing::instrument(skip_all)]
    pub async fn verify_email_link(&self, link_token: &str) -> Result<Option<String>> {
        let challenge = self
            .store
            .challenge_by_link(&self.keys.token_hash(link_token))
            .await?;
        match challenge.filter(|c| c.purpose == Purpose::VerifyEmail && c.is_live(self.now())) {
            Some(challenge) => self.complete_verification(&challenge).await,
            None => Ok(None),
        }
    }

    async fn complete_verification(&self, challenge: &Challenge) -> Result<Option<String>> {
        let Some(account_id) = challenge.account_id.clone() else {
            return Ok(None);
        };
        let now = self.now();
        let used = self
            .store
            .use_challenge(
                &challenge.id_hash,
                now,
                &[AccountChange::EmailVerified { at: now }],
                Effects::audit(AuditEvent::new(now, AuditAction::EmailVerified).actor(&account_id)),
            )
            .await?;
        Ok(used.then_some(account_id))
    }

    /// The password step. `device` is the browser's device token, if it has one.
    #[tracing::instrument(skip_all)]
    pub async fn sign_in(
        &self,
        login: &Login,
        password: &str,
        device: Option<&str>,
    ) -> Result<SignIn> {
        let now = self.now();
        let account = self.account_for(login).await?;
        let stored = account.as_ref().and_then(|a| a.password_hash.clone());
        // Verify against a dummy hash when there is no account, so timing reveals nothing.
        let hash = stored.clone().unwrap_or_else(|| dummy_hash().to_string());
        let right = password::verify(password, &hash) && stored.is_some();
        let account = match account {
            Some(account) if right => account,
            other => {
                let mut event = AuditEvent::new(now, AuditAction::SignInFailed);
                if let Some(known) = &other {
                    event = event.subject(&known.id);
                }
                self.store.append_audit(vec![event]).await?;
                return Ok(SignIn::Failed);
            }
        };
        let to = self.login_of(&account)?;
        if account.email_verified_at.is_none() {
            let made = self.make_challenge(
                Purpose::VerifyEmail,
                Some(&account.id),
                true,
                Some("/verify-email/"),
                CODE_TTL_MS,
            );
            let effects = self.code_message(
                MessageKind::VERIFY_EMAIL,
                &account.id,
                &to,
                &account.locale,
                &made,
            );
            self.store.enqueue(effects).await?;
            return Ok(SignIn::VerifyEmail { token: made.token });
        }
        if account.totp_secret_sealed.is_some() {
            let made = self.make_challenge(
                Purpose::SecondFactor,
                Some(&account.id),
                false,
                None,
                SECOND_FACTOR_TTL_MS,
            );
            self.store
                .create_challenge(made.row, Effects::none())
                .await?;
            return Ok(SignIn::SecondFactor { token: made.token });
        }
        if account.grant.role.is_staff() {
            return Ok(SignIn::NeedsSetup);
        }
        let known = match device {
            Some(d) => {
                self.store
                    .is_known_device(&account.id, &self.keys.token_hash(d))
                    .await?
            }
            None => false,
        };
        if known {
            self.store
                .append_audit(vec![
                    AuditEvent::new(now, AuditAction::SignInSucceeded).actor(&account.id),
                ])
                .await?;
            return Ok(SignIn::Done {
                account_id: account.id,
            });
        }
        let made = self.make_challenge(
            Purpose::NewDevice,
            Some(&account.id),
            true,
            None,
            CODE_TTL_MS,
        );
        let effects = self.code_message(
            MessageKind::NEW_DEVICE,
            &account.id,
            &to,
            &account.locale,
            &made,
        );
        self.store.enqueue(effects).await?;
        Ok(SignIn::DeviceCode { token: made.token })
    }

    /// The e-mailed code for a new device; on success the device is remembered.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_device(
        &self,
        token: &str,
        code: &str,
        device: &str,
    ) -> Result<Option<String>> {
        let Some(challenge) = self.answered(token, Purpose::NewDevice, code).await? else {
            return Ok(None);
        };
        let Some(account_id) = challenge.account_id.clone() else {
            return Ok(None);
        };
        let now = self.now();
        let effects =
            Effects::audit(AuditEvent::new(now, AuditAction::DeviceConfirmed).actor(&account_id))
                .and_audit(AuditEvent::new(now, AuditAction::SignInSucceeded).actor(&account_id));
        if !self
            .store
            .use_challenge(&challenge.id_hash, now, &[], effects)
            .await?
        {
            return Ok(None);
        }
        self.remember_device(&account_id, device).await?;
        Ok(Some(account_id))
    }

    #[tracing::instrument(skip_all)]
    pub async fn remember_device(&self, account_id: &str, device: &str) -> Result<()> {
        Ok(self
            .store
            .add_device(account_id, &self.keys.token_hash(device), self.now())
            .await?)
    }

    /// The authenticator code after a right password. A code works once.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_second_factor(&self, token: &str, code: &str) -> Result<Option<String>> {
        let Some(challenge) = self.live_challenge(token, Purpose::SecondFactor).await? else {
            return Ok(None);
        };
        let attempts = self.store.count_attempt(&challenge.id_hash).await?;
        let Some(account) = self.account_of(&challenge).await? else {
            return Ok(None);
        };
        let Some(step) = self.totp_step(&account, code)? else {
            return Ok(None);
        };
        if attempts > MAX_CODE_ATTEMPTS {
            return Ok(None);
        }
        let now = self.now();
        let effects =
            Effects::audit(AuditEvent::new(now, AuditAction::SignInSucceeded).actor(&account.id));
        let used = self
            .store
            .use_challenge(
                &challenge.id_hash,
                now,
                &[AccountChange::TotpStep { step }],
                effects,
            )
            .await?;
        Ok(used.then_some(account.id))
    }

    /// The step of a valid, not yet used authenticator code.
    fn totp_step(&self, account: &Account, code: &str) -> Result<Option<i64>> {
        let Some(sealed) = &account.totp_secret_sealed else {
            return Ok(None);
        };
        let secret = self.keys.open(sealed, TOTP)?;
        let step = totp::check(&secret, code, (self.now() / 1000) as u64).map(|s| s as i64);
        Ok(step.filter(|s| account.totp_last_step.is_none_or(|last| *s > last)))
    }

    /// Turns on an authenticator app after the person typed a code it shows.
    #[tracing::instrument(skip_all)]
    pub async fn enable_totp(&self, account: &Account, secret: &[u8], code: &str) -> Result<bool> {
        let Some(step) = totp::check(secret, code, (self.now() / 1000) as u64) else {
            return Ok(false);
        };
        let now = self.now();
        let changes = [
            AccountChange::Totp {
                secret_sealed: self.keys.seal(secret, TOTP),
            },
            AccountChange::TotpStep { step: step as i64 },
        ];
        let effects =
            Effects::audit(AuditEvent::new(now, AuditAction::TotpEnabled).actor(&account.id));
        self.store
            .update_account(&account.id, &changes, effects)
            .await?;
        Ok(true)
    }

    /// A new session's token and its stored row (which holds only the token's keyed hash).
    pub(crate) fn new_session(
        &self,
        account_id: &str,
        kind: SessionKind,
        now: i64,
    ) -> (String, Session) {
        let token = codes::token();
        let session = Session {
            token_hash: self.keys.token_hash(&token),
            account_id: account_id.to_string(),
            kind,
            created_at: now,
            last_seen_at: now,
            expires_at: now + session_limits(kind).1,
            acting_for: None,
        };
        (token, session)
    }

    /// Starts a session; returns the token for the cookie or the API client.
    #[tracing::instrument(skip_all)]
    pub async fn start_session(&self, account_id: &str, kind: SessionKind) -> Result<String> {
        let now = self.now();
        let (token, session) = self.new_session(account_id, kind, now);
        let effects = match kind {
            SessionKind::Api => {
                Effects::audit(AuditEvent::new(now, AuditAction::ApiKeyCreated).actor(account_id))
            }
            SessionKind::Web => Effects::none(),
        };
        self.store.create_session(session, effects).await?;
        Ok(token)
    }

    /// The session a token belongs to, if it is still valid (idle and absolute time-outs).
    #[tracing::instrument(skip_all)]
    pub async fn current_session(
        &self,
        token: &str,
        kind: SessionKind,
    ) -> Result<Option<(Session, Account)>> {
        let hash = self.keys.token_hash(token);
        let Some((session, account)) = self.store.session(&hash).await? else {
            return Ok(None);
        };
        let now = self.now();
        let (idle, _) = session_limits(session.kind);
        if session.kind != kind || now >= session.expires_at || now - session.last_seen_at >= idle {
            return Ok(None);
        }
        // Write at most once per thirtieth of the idle limit (4 minutes on the web, a day for
        // apps): the idle time-out stays that precise, and a busy API is not one write per call.
        if now - session.last_seen_at > MINUTE.max(idle / 30) {
            self.store.touch_session(&hash, now).await?;
        }
        Ok(Some((session, account)))
    }

    #[tracing::instrument(skip_all)]
    pub async fn sign_out(&self, account_id: &str, token_hash: &str) -> Result<()> {
        let event = AuditEvent::new(self.now(), AuditAction::SignedOut).actor(account_id);
        Ok(self
            .store
            .end_session(account_id, token_hash, Effects::audit(event))
            .await?)
    }

    #[tracing::instrument(skip_all)]
    pub async fn end_other_session(&self, account_id: &str, token_hash: &str) -> Result<()> {
        let event = AuditEvent::new(self.now(), AuditAction::SessionEnded).actor(account_id);
        Ok(self
            .store
            .end_session(account_id, token_hash, Effects::audit(event))
            .await?)
    }

    #[tracing::instrument(skip_all)]
    pub async fn sign_out_everywhere(&self, account_id: &str) -> Result<()> {
        let event = AuditEvent::new(self.now(), AuditAction::SignedOutEverywhere).actor(account_id);
        Ok(self
            .store
            .end_sessions(account_id, None, Effects::audit(event))
            .await?)
    }

    /// Ten new single-use recovery codes, replacing any old ones. Shown once; stored hashed.
    #[tracing::instrument(skip_all)]
    pub async fn issue_recovery_codes(&self, account_id: &str) -> Result<Vec<String>> {
        let fresh: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| codes::recovery_code())
            .collect();
        let hashes: Vec<String> = fresh
            .iter()
            .map(|c| self.keys.token_hash(&codes::normalize_recovery_code(c)))
            .collect();
        let event = AuditEvent::new(self.now(), AuditAction::RecoveryCodesIssued).actor(account_id);
        self.store
            .replace_recovery_codes(account_id, &hashes, Effects::audit(event))
            .await?;
        Ok(fresh)
    }

    fn password_changed(&self, account: &Account, action: AuditAction) -> Result<Effects> {
        let now = self.now();
        let payload = Payload {
            link: Some(format!("{}/recover", self.public_url)),
            ..self.payload_to(
                &account.email_sealed,
                account.phone_sealed.as_deref(),
                &account.locale,
                "/recover",
            )?
        };
        let notice = self.message(
            MessageKind::PASSWORD_CHANGED,
            Some(&account.id),
            format!("password-changed:{}:{now}", account.id),
            &payload,
        );
        let event = AuditEvent::new(now, action)
            .subject(&account.id)
            .actor(&account.id);
        Ok(Effects::audit(event).and_message(notice))
    }

    /// Recovery with a printed code: sets a new password and signs out everywhere else.
    #[tracing::instrument(skip_all)]
    pub async fn recover_with_code(
        &self,
        login: &Login,
        code: &str,
        new_password: &str,
    ) -> Result<Option<String>> {
        let Some(account) = self.account_for(login).await? else {
            return Ok(None);
        };
        let hash = self.keys.token_hash(&codes::normalize_recovery_code(code));
        // A wrong code costs no password hash (argon2 is slow on purpose).
        if !self.store.recovery_code_usable(&account.id, &hash).await? {
            return Ok(None);
        }
        let changes = [AccountChange::Password {
            hash: password::hash(new_password),
        }];
        let effects = self.password_changed(&account, AuditAction::RecoveredWithCode)?;
        let now = self.now();
        if !self
            .store
            .use_recovery_code(&account.id, &hash, now, &changes, effects)
            .await?
        {
            return Ok(None);
        }
        self.store
            .end_sessions(&account.id, None, Effects::none())
            .await?;
        Ok(Some(account.id))
    }

    /// Recovery by e-mail or SMS, first step: a code to the address or number (a decoy if it has
    /// no account).
    #[tracing::instrument(skip_all)]
    pub async fn start_email_recovery(&self, login: &Login) -> Result<String> {
        let Some(account) = self.account_for(login).await? else {
            let made = self.make_challenge(Purpose::Recovery, None, true, None, CODE_TTL_MS);
            self.store
                .create_challenge(made.row, Effects::none())
                .await?;
            return Ok(made.token);
        };
        if let Some(last) = self
            .store
            .last_challenge_at(&account.id, Purpose::Recovery.code())
            .await?
            && self.now() - last < RESEND_WAIT_MS
        {
            // Too soon for another e-mail: answer the same way, without sending.
            return self.decoy().await;
        }
        let made = self.make_challenge(
            Purpose::Recovery,
            Some(&account.id),
            true,
            None,
            CODE_TTL_MS,
        );
        let effects = self.code_message(
            MessageKind::RECOVERY,
            &account.id,
            login,
            &account.locale,
            &made,
        );
        self.store.enqueue(effects).await?;
        Ok(made.token)
    }

    /// Recovery by e-mail, second step: the code and a new password.
    #[tracing::instrument(skip_all)]
    pub async fn finish_email_recovery(
        &self,
        token: &str,
        code: &str,
        new_password: &str,
    ) -> Result<Option<String>> {
        let Some(challenge) = self.answered(token, Purpose::Recovery, code).await? else {
            return Ok(None);
        };
        let Some(account) = self.account_of(&challenge).await? else {
            return Ok(None);
        };
        let changes = [AccountChange::Password {
            hash: password::hash(new_password),
        }];
        let effects = self.password_changed(&account, AuditAction::RecoveredWithEmail)?;
        if !self
            .store
            .use_challenge(&challenge.id_hash, self.now(), &changes, effects)
            .await?
        {
            return Ok(None);
        }
        self.store
            .end_sessions(&account.id, None, Effects::none())
            .await?;
        Ok(Some(account.id))
    }

    /// A staff account with no password, and its one-time set-up link. `Ok(None)` if the
    /// address already has an account.
    #[tracing::instrument(skip_all)]
    pub async fn create_staff(
        &self,
        email: &Email,
        grant: Grant,
        locale: Locale,
    ) -> Result<Option<String>> {
        self.create_staff_by(None, email, grant, locale).await
    }

    /// The same, made by a programme admin on a page (the admin is the audit entry's actor).
    #[tracing::instrument(skip_all)]
    pub async fn create_staff_by(
        &self,
        admin: Option<&Account>,
        email: &Email,
        grant: Grant,
        locale: Locale,
    ) -> Result<Option<String>> {
        let now = self.now();
        let id = codes::id();
        let made = self.make_challenge(
            Purpose::Setup,
            Some(&id),
            false,
            Some("/setup/"),
            STAFF_SETUP_TTL_MS,
        );
        let detail = format!(
            "{{\"role\":\"{}\",\"port\":{},\"organization\":{}}}",
            grant.role.code(),
            json_string(grant.port.as_ref().map(|p| p.as_str())),
            json_string(grant.organization.as_deref()),
        );
        let mut event = AuditEvent::new(now, AuditAction::StaffCreated)
            .subject(&id)
            .detail(detail);
        if let Some(admin) = admin {
            event = event.actor(&admin.id);
        }
        let effects = Effects::audit(event).and_challenge(made.row);
        let account = NewAccount {
            id: id.clone(),
            email_lookup: self.email_lookup(email),
            email_sealed: self.keys.seal_str(email.as_str(), EMAIL),
            phone_sealed: None,
            password_hash: None,
            locale: locale.code().into(),
            grant,
            consent: None,
            created_at: now,
            assisted_by: None,
        };
        match self.store.create_account(account, effects).await {
            Ok(()) => Ok(made.link),
            Err(StoreError::Conflict) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// A programme admin changes a staff account's role and where it works. Takes effect on
    /// its next request (every request reads the account). `Ok(false)` for no such staff
    /// account, one's own, or a grant that is not a staff one.
    #[tracing::instrument(skip_all)]
    pub async fn change_grant(
        &self,
        admin: &Account,
        staff_id: &str,
        grant: Grant,
    ) -> Result<bool> {
        let Some(staff) = self.store.account(staff_id).await? else {
            return Ok(false);
        };
        if !staff.grant.role.is_staff() || !grant.role.is_staff() || staff.id == admin.id {
            return Ok(false);
        }
        let detail = serde_json::json!({
            "role": grant.role.code(),
            "port": grant.port.as_ref().map(|p| p.as_str()),
            "organization": grant.organization,
        });
        let change = AccountChange::Grant {
            role: grant.role.code().to_string(),
            port: grant.port.map(|p| p.as_str().to_string()),
            organization: grant.organization,
        };
        let event = AuditEvent::new(self.now(), AuditAction::StaffRoleChanged)
            .actor(&admin.id)
            .subject(staff_id)
            .detail(detail.to_string());
        self.store
            .update_account(staff_id, &[change], Effects::audit(event))
            .await?;
        Ok(true)
    }

    /// A programme admin resets a staff account whose authenticator was lost: its password and
    /// authenticator go, its sessions end, and a new set-up link (returned, to give in person)
    /// lets its owner choose both again. `Ok(None)` for no such staff account, or one's own.
    #[tracing::instrument(skip_all)]
    pub async fn reset_staff_sign_in(
        &self,
        admin: &Account,
        staff_id: &str,
    ) -> Result<Option<String>> {
        let Some(staff) = self.store.account(staff_id).await? else {
            return Ok(None);
        };
        if !staff.grant.role.is_staff() || staff.id == admin.id {
            return Ok(None);
        }
        let made = self.make_challenge(
            Purpose::Setup,
            Some(staff_id),
            false,
            Some("/setup/"),
            STAFF_SETUP_TTL_MS,
        );
        let event = AuditEvent::new(self.now(), AuditAction::StaffSignInReset)
            .actor(&admin.id)
            .subject(staff_id);
        self.store
            .update_account(
                staff_id,
                &[AccountChange::SignInReset],
                Effects::audit(event).and_challenge(made.row),
            )
            .await?;
        self.store
            .end_sessions(staff_id, None, Effects::none())
            .await?;
        Ok(made.link)
    }

    /// The account a live set-up link belongs to.
    #[tracing::instrument(skip_all)]
    pub async fn setup_account(&self, link_token: &str) -> Result<Option<Account>> {
        let challenge = self
            .store
            .challenge_by_link(&self.keys.token_hash(link_token))
            .await?;
        match challenge.filter(|c| c.purpose == Purpose::Setup && c.is_live(self.now())) {
            Some(c) => self.account_of(&c).await,
            None => Ok(None),
        }
    }

    /// Completes a set-up link: the password, and for staff the authenticator app (its secret
    /// and a code it shows). `Ok(false)` if the link or the code is not good.
    #[tracing::instrument(skip_all)]
    pub async fn complete_setup(
        &self,
        link_token: &str,
        new_password: &str,
        totp: Option<(&[u8], &str)>,
    ) -> Result<bool> {
        let hash = self.keys.token_hash(link_token);
        let Some(challenge) = self.store.challenge_by_link(&hash).await? else {
            return Ok(false);
        };
        let Some(account) = self.account_of(&challenge).await? else {
            return Ok(false);
        };
        let mut changes = vec![
            AccountChange::Password {
                hash: password::hash(new_password),
            },
            AccountChange::EmailVerified { at: self.now() },
        ];
        if account.grant.role.is_staff() {
            let Some((secret, code)) = totp else {
                return Ok(false);
            };
            let Some(step) = totp::check(secret, code, (self.now() / 1000) as u64) else {
                return Ok(false);
            };
            changes.push(AccountChange::Totp {
                secret_sealed: self.keys.seal(secret, TOTP),
            });
            changes.push(AccountChange::TotpStep { step: step as i64 });
        }
        let effects = self.password_changed(&account, AuditAction::PasswordSet)?;
        let used = self
            .store
            .use_challenge(&challenge.id_hash, self.now(), &changes, effects)
            .await?;
        if used {
            self.store
                .end_sessions(&account.id, None, Effects::none())
                .await?;
        }
        Ok(used)
    }

    /// A helper, with the person in front of them, makes a one-time link for the person to set
    /// a new password: only for a person their organisation assists, and only when the document
    /// number or date of birth they read from the person's papers matches the registration
    /// (compared by keyed hash; nothing typed is kept). Audited with the helper as actor, with
    /// which of the two matched. `Ok(None)` otherwise, saying nothing more.
    #[tracing::instrument(skip_all)]
    pub async fn helper_recovery_link(
        &self,
        helper: &Account,
        login: &Login,
        proof: &str,
    ) -> Result<Option<String>> {
        let Some(account) = self.account_for(login).await? else {
            return Ok(None);
        };
        if account.grant.role != Role::Applicant || !Self::may_assist(helper, &account) {
            return Ok(None);
        }
        let Some(registration) = self.registration(&account.id).await? else {
            return Ok(None);
        };
        let Some(matched) = self.proof_matches(&registration.travellers, proof) else {
            return Ok(None);
        };
        let now = self.now();
        let made = self.make_challenge(
            Purpose::Setup,
            Some(&account.id),
            false,
            Some("/setup/"),
            HELPER_LINK_TTL_MS,
        );
        let detail = format!(
            "{{\"matched\":\"{matched}\",\"organization\":{}}}",
            json_string(helper.grant.organization.as_deref()),
        );
        let effects = Effects::audit(
            AuditEvent::new(now, AuditAction::RecoveryLinkByHelper)
                .actor(&helper.id)
                .subject(&account.id)
                .detail(detail),
        );
        self.store.create_challenge(made.row, effects).await?;
        Ok(made.link)
    }

    /// Which of a traveller's papers the typed proof matches: a document number (spaces and
    /// dashes aside, any case) or a date of birth (day/month/year, or year-month-day).
    fn proof_matches(
        &self,
        travellers: &[crate::registrations::StoredTraveller],
        typed: &str,
    ) -> Option<&'static str> {
        let keyed = |text: &str| self.keys.lookup("proof", text);
        let number = garita_domain::travellers::Document::number_of(typed);
        let date = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
            .iter()
            .find_map(|f| chrono::NaiveDate::parse_from_str(typed.trim(), f).ok());
        travellers.iter().find_map(|t| {
            let document = t
                .document
                .as_ref()
                .is_some_and(|d| !number.is_empty() && keyed(&d.number) == keyed(&number));
            let born = date
                .is_some_and(|d| keyed(&t.birth_date.date().to_string()) == keyed(&d.to_string()));
            match (document, born) {
                (true, _) => Some("document"),
                (false, true) => Some("birth-date"),
                _ => None,
            }
        })
    }

    #[tracing::instrument(skip_all)]
    pub async fn accept_consent(&self, account_id: &str) -> Result<()> {
        let now = self.now();
        let change = AccountChange::Consent {
            version: CONSENT_VERSION as i64,
            at: now,
        };
        let event = AuditEvent::new(now, AuditAction::ConsentAccepted)
            .actor(account_id)
            .detail(format!("{{\"version\":{CONSENT_VERSION}}}"));
        Ok(self
            .store
            .update_account(account_id, &[change], Effects::audit(event))
            .await?)
    }

    /// Whether the person is told by e-mail when their group is not chosen.
    #[tracing::instrument(skip_all)]
    pub async fn set_tell_not_chosen(&self, account_id: &str, on: bool) -> Result<()> {
        let change = AccountChange::TellNotChosen { on };
        Ok(self
            .store
            .update_account(account_id, &[change], Effects::none())
            .await?)
    }

    #[tracing::instrument(skip_all)]
    pub async fn set_locale(&self, account_id: &str, locale: Locale) -> Result<()> {
        let change = AccountChange::Locale {
            code: locale.code().into(),
        };
        Ok(self
            .store
            .update_account(account_id, &[change], Effects::none())
            .await?)
    }
}

/// A JSON string literal (or `null`), for audit details built by hand.
fn json_string(value: Option<&str>) -> String {
    value.map_or_else(|| "null".into(), |v| serde_json::Value::from(v).to_string())
}

fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| password::hash(&codes::token()))
}

/// Whether an account must read and accept the consent text (again) before going on.
pub fn needs_consent(account: &Account) -> bool {
    account.grant.role == Role::Applicant
        && account
            .consent_version
            .is_none_or(|v| v < CONSENT_VERSION as i64)
}
