//! What the account, audit and outbox stores keep. Personal values arrive sealed and tokens
//! arrive hashed: storage never sees a clear e-mail address, password, code or token.

use garita_domain::{AuditEvent, Grant, PortCode, Role};

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub id: String,
    pub email_lookup: String,
    pub email_sealed: Vec<u8>,
    pub phone_sealed: Option<Vec<u8>>,
    pub password_hash: Option<String>,
    pub locale: String,
    pub grant: Grant,
    /// Consent version and when it was accepted.
    pub consent: Option<(i64, i64)>,
    pub created_at: i64,
    /// The organization whose helpers assist this person (accounts made by a helper).
    pub assisted_by: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub email_sealed: Vec<u8>,
    pub phone_sealed: Option<Vec<u8>>,
    pub password_hash: Option<String>,
    pub locale: String,
    pub grant: Grant,
    pub email_verified_at: Option<i64>,
    pub totp_secret_sealed: Option<Vec<u8>>,
    pub totp_last_step: Option<i64>,
    pub consent_version: Option<i64>,
    pub created_at: i64,
    pub assisted_by: Option<String>,
    /// The person asked to be told by e-mail when their group is not chosen.
    pub tell_not_chosen: bool,
}

/// One change to an account.
#[derive(Debug, Clone)]
pub enum AccountChange {
    EmailVerified {
        at: i64,
    },
    Password {
        hash: String,
    },
    Locale {
        code: String,
    },
    Totp {
        secret_sealed: Vec<u8>,
    },
    /// The authenticator step just used; a later code must be of a later step.
    TotpStep {
        step: i64,
    },
    Consent {
        version: i64,
        at: i64,
    },
    TellNotChosen {
        on: bool,
    },
    /// The person withdrew the access of the organisation that helped them.
    HelpWithdrawn,
    /// A staff account's role and where it works (port, organisation), as `Grant` codes.
    Grant {
        role: String,
        port: Option<String>,
        organization: Option<String>,
    },
    /// The password and authenticator are removed: the account signs in again only after its
    /// set-up link (an admin reset a lost authenticator).
    SignInReset,
}

/// An organisation staff work for.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OrganizationRow {
    pub name: String,
    /// `helpers` (a shelter or legal aid group), `partner`, `observer`, `carrier` (buses),
    /// `broker` (customs) or `importer`.
    pub kind: String,
    pub city: String,
    pub contact: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Web,
    Api,
}

impl SessionKind {
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Web => "web",
            SessionKind::Api => "api",
        }
    }

    fn parse(code: &str) -> SessionKind {
        if code == "api" {
            SessionKind::Api
        } else {
            SessionKind::Web
        }
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub account_id: String,
    pub kind: SessionKind,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// For a helper's session: the account the helper is working in.
    pub acting_for: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    NewDevice,
    /// A password was right; the authenticator code is still to come.
    SecondFactor,
    Recovery,
    /// A one-time link to set a password (new staff, or recovery through a helper).
    Setup,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify-email",
            Purpose::NewDevice => "new-device",
            Purpose::SecondFactor => "second-factor",
            Purpose::Recovery => "recovery",
            Purpose::Setup => "setup",
        }
    }

    pub const ALL: [Purpose; 5] = [
        Purpose::VerifyEmail,
        Purpose::NewDevice,
        Purpose::SecondFactor,
        Purpose::Recovery,
        Purpose::Setup,
    ];

    fn parse(code: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[derive(Debug, Clone)]
pub struct NewChallenge {
    pub id_hash: String,
    pub link_hash: Option<String>,
    pub account_id: Option<String>,
    pub purpose: Purpose,
    pub code_hash: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    /// The challenge this one replaces (a new code sent): it stops working when this one is
    /// written.
    pub replaces: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Challenge {
    pub id_hash: String,
    pub account_id: Option<String>,
    pub purpose: Purpose,
    pub code_hash: Option<String>,
    pub attempts: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

impl Challenge {
    pub fn is_live(&self, now: i64) -> bool {
        self.used_at.is_none() && now < self.expires_at
    }
}

/// A message to a person, written with the change it announces.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub id: String,
    /// The same key never produces a second message.
    pub dedup_key: String,
    pub account_id: Option<String>,
    pub kind: String,
    /// The template version the message is rendered with, for as long as it exists.
    pub template_version: i64,
    /// The first channel to try, then the ones to fall back on, in order.
    pub channels: Vec<String>,
    pub payload_sealed: Vec<u8>,
    pub created_at: i64,
}

/// A message claimed by a worker for delivery.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedMessage {
    pub id: String,
    pub account_id: Option<String>,
    pub kind: String,
    pub template_version: i64,
    pub channel: String,
    /// The channels still to try after this one, comma-separated.
    pub fallbacks: String,
    pub payload_sealed: Vec<u8>,
    /// Attempts in all, this one included, and on the current channel.
    pub attempts: i64,
    pub channel_attempts: i64,
    pub created_at: i64,
}

/// How one delivery attempt went; recorded with the attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// A temporary failure: this channel again from `at`.
    Retry {
        at: i64,
    },
    /// This channel failed for good: the next one (`fallbacks` of the claim) now.
    NextChannel,
    /// Nothing left to try: the message is dead, listed for admins.
    Dead,
    /// A sending limit was reached: again from `at`, not counted as an attempt.
    Deferred {
        at: i64,
    },
}

impl Attempt {
    pub fn code(&self) -> &'static str {
        match self {
            Attempt::Sent => "sent",
            Attempt::Retry { .. } => "retry",
            Attempt::NextChannel => "next-channel",
            Attempt::Dead => "dead",
            Attempt::Deferred { .. } => "deferred",
        }
    }
}

/// A message as the person's in-app inbox shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InboxMessage {
    pub id: String,
    pub kind: String,
    pub template_version: i64,
    pub payload_sealed: Vec<u8>,
    pub created_at: i64,
}

/// A message as the person's record lists it (no contents).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageSummary {
    pub kind: String,
    /// The channel it went (or goes) by: `email` or `sms`.
    pub channel: String,
    /// `pending`, `sent` or `dead`.
    pub status: String,
    pub created_at: i64,
}

/// A message nobody could deliver, as admins see it (no personal data).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeadLetter {
    pub id: String,
    pub kind: String,
    pub channel: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// The outbox's figures for the admin page and `/metrics`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxFigures {
    /// Messages waiting, per current channel.
    pub pending: Vec<(String, i64)>,
    pub dead: i64,
    pub sent: i64,
    /// When the oldest waiting message was written.
    pub oldest_pending_at: Option<i64>,
    /// Attempts since the time asked for, per channel and outcome.
    pub attempts: Vec<(String, String, i64)>,
}

/// What a change writes besides itself, in the same transaction: audit entries, messages and
/// one-time challenges (so a message never names a code that was not stored).
#[derive(Debug, Clone, Default)]
pub struct Effects {
    pub audit: Vec<AuditEvent>,
    pub messages: Vec<NewMessage>,
    pub challenges: Vec<NewChallenge>,
    /// Movements of money, written with the state they pay for (`payments.rs`).
    pub ledger: Vec<LedgerEntry>,
    /// Automatic photo-check outcomes to count (`face_check_counts`), with the check they count.
    pub face_counts: Vec<FaceCount>,
}

/// One automatic photo-check outcome, counted by day, nationality and age band only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaceCount {
    /// The UTC day, `YYYY-MM-DD`.
    pub day: String,
    /// Which check: `<service>.<check>`, named by the service that ran it.
    pub service: String,
    pub nationality: String,
    pub age_band: String,
    /// `accepted`, `to-review`, `refused-<reason>`, `review-accepted` or `review-refused`.
    pub outcome: String,
}

impl Effects {
    pub fn none() -> Self {
        Effects::default()
    }

    pub fn audit(event: AuditEvent) -> Self {
        Effects {
            audit: vec![event],
            ..Effects::default()
        }
    }

    pub fn and_audit(mut self, event: AuditEvent) -> Self {
        self.audit.push(event);
        self
    }

    pub fn and_face_count(mut self, count: FaceCount) -> Self {
        self.face_counts.push(count);
        self
    }

    pub fn and_message(mut self, message: NewMessage) -> Self {
        self.messages.push(message);
        self
    }

    pub fn and_challenge(mut self, challenge: NewChallenge) -> Self {
        self.challenges.push(challenge);
        self
    }
}

/// An account row as both backends decode it.
#[derive(sqlx::FromRow)]
pub(crate) struct AccountRow {
    id: String,
    email_sealed: Vec<u8>,
    phone_sealed: Option<Vec<u8>>,
    password_hash: Option<String>,
    locale: String,
    role: String,
    port_code: Option<String>,
    organization: Option<String>,
    email_verified_at: Option<i64>,
    totp_secret_sealed: Option<Vec<u8>>,
    totp_last_step: Option<i64>,
    consent_version: Option<i64>,
    created_at: i64,
    assisted_by: Option<String>,
    tell_not_chosen: i64,
}

impl AccountRow {
    pub fn into_account(self) -> crate::Result<Account> {
        let corrupt =
            |what: &str| crate::StoreError::Corrupt(format!("account {}: {what}", self.id));
        let role = Role::parse(&self.role).ok_or_else(|| corrupt("role"))?;
        let port = self
            .port_code
            .as_deref()
            .map(PortCode::parse)
            .transpose()
            .map_err(|_| corrupt("port"))?;
        let grant =
            Grant::new(role, port, self.organization.clone()).map_err(|_| corrupt("grant"))?;
        Ok(Account {
            id: self.id,
            email_sealed: self.email_sealed,
            phone_sealed: self.phone_sealed,
            password_hash: self.password_hash,
            locale: self.locale,
            grant,
            email_verified_at: self.email_verified_at,
            totp_secret_sealed: self.totp_secret_sealed,
            totp_last_step: self.totp_last_step,
            consent_version: self.consent_version,
            created_at: self.created_at,
            assisted_by: self.assisted_by,
            tell_not_chosen: self.tell_not_chosen == 1,
        })
    }
}

/// A session row; its `created_at` is read as `session_created_at`, so that it can be read
/// beside its account's in one row.
#[derive(sqlx::FromRow)]
pub(crate) struct SessionRow {
    token_hash: String,
    account_id: String,
    kind: String,
    #[sqlx(rename = "session_created_at")]
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
    acting_for: Option<String>,
}

/// A session and its account, read together.
#[derive(sqlx::FromRow)]
pub(crate) struct SessionAccountRow {
    #[sqlx(flatten)]
    pub session: SessionRow,
    #[sqlx(flatten)]
    pub account: AccountRow,
}

impl From<SessionRow> for Session {
    fn from(r: SessionRow) -> Session {
        Session {
            token_hash: r.token_hash,
            account_id: r.account_id,
            kind: SessionKind::parse(&r.kind),
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
            expires_at: r.expires_at,
            acting_for: r.acting_for,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ChallengeRow {
    id_hash: String,
    account_id: Option<String>,
    purpose: String,
    code_hash: Option<String>,
    attempts: i64,
    created_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
}

impl ChallengeRow {
    pub fn into_challenge(self) -> crate::Result<Challenge> {
        Ok(Challenge {
            purpose: Purpose::parse(&self.purpose)
                .ok_or_else(|| crate::StoreError::Corrupt(format!("purpose {}", self.purpose)))?,
            id_hash: self.id_hash,
            account_id: self.account_id,
            code_hash: self.code_hash,
            attempts: self.attempts,
            created_at: self.created_at,
            expires_at: self.expires_at,
            used_at: self.used_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct AuditRow {
    pub seq: i64,
    pub at: i64,
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

impl From<AuditRow> for garita_domain::AuditEntry {
    fn from(r: AuditRow) -> Self {
        garita_domain::AuditEntry {
            seq: r.seq,
            at_ms: r.at,
            actor: r.actor,
            action: r.action,
            subject: r.subject,
            detail: r.detail,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// A movement of money on a payment. Money received (`Charge` from a provider, `Receipt` at the
/// port) marks the payment paid, and is written once per payment; a `Failure` marks an open one
/// failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    pub id: String,
    pub payment_id: String,
    pub kind: LedgerKind,
    pub amount: garita_domain::money::Money,
    pub provider_ref: Option<String>,
    /// Who recorded it (an officer for a receipt); `None` for a provider's notice.
    pub actor: Option<String>,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerKind {
    Charge,
    Receipt,
    Failure,
    Refund,
}

impl LedgerKind {
    pub fn code(self) -> &'static str {
        match self {
            LedgerKind::Charge => "charge",
            LedgerKind::Receipt => "receipt",
            LedgerKind::Failure => "failure",
            LedgerKind::Refund => "refund",
        }
    }

    pub fn parse(code: &str) -> Option<LedgerKind> {
        [
            LedgerKind::Charge,
            LedgerKind::Receipt,
            LedgerKind::Failure,
            LedgerKind::Refund,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }

    /// Whether it is money received.
    pub fn received(self) -> bool {
        matches!(self, LedgerKind::Charge | LedgerKind::Receipt)
    }
}
