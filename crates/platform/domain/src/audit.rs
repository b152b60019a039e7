//! The audit log's hash chain: each entry's hash covers the previous entry's hash and its own
//! fields, so editing, removing or reordering any entry breaks every hash after it. The hash is
//! keyed (HMAC-SHA256 under a key derived from the master secret), so someone who can write to the
//! database but does not hold the secret cannot recompute the chain after an edit; signed
//! checkpoints of the head, published outside the database, catch a cut at the end.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use std::fmt;

/// The key of the chain's hashes (derived from the master secret; never stored).
#[derive(Clone)]
pub struct ChainKey([u8; 32]);

impl ChainKey {
    pub fn new(bytes: [u8; 32]) -> Self {
        ChainKey(bytes)
    }
}

impl fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ChainKey(..)")
    }
}

/// How the chain is hashed from one entry on: entries before `keyed_from` were written before
/// the hashes were keyed (v1, SHA-256); from it on, HMAC-SHA256 under the key (v2).
#[derive(Debug, Clone)]
pub struct Chain {
    pub key: ChainKey,
    pub keyed_from: i64,
}

impl Chain {
    /// The hash an entry at `seq` must have.
    #[allow(clippy::too_many_arguments)]
    pub fn hash(
        &self,
        prev_hash: &str,
        seq: i64,
        at_ms: i64,
        actor: Option<&str>,
        action: &str,
        subject: Option<&str>,
        detail: &str,
    ) -> String {
        let fields = Fields {
            prev_hash,
            seq,
            at_ms,
            actor,
            action,
            subject,
            detail,
        };
        if seq < self.keyed_from {
            fields.digest("garita-audit-v1", Sha256::new())
        } else {
            let mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key.0)
                .expect("HMAC takes any key length");
            fields.digest("garita-audit-v2", MacDigest(mac))
        }
    }
}

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened, as a stable code (`subject.what`): codes are part of the hashed record. The
/// platform's own actions are `AuditAction`; a service names its own in an enum of its crate.
pub trait AuditCode {
    fn code(&self) -> &'static str;
}

/// What the platform itself does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    AccountCreated,
    EmailVerified,
    SignInSucceeded,
    SignInFailed,
    SignedOut,
    SignedOutEverywhere,
    DeviceConfirmed,
    ConsentAccepted,
    TotpEnabled,
    RecoveryCodesIssued,
    RecoveredWithCode,
    RecoveredWithEmail,
    RecoveryLinkByHelper,
    PasswordSet,
    StaffCreated,
    ApiKeyCreated,
    SessionEnded,
    AuditLogRead,
    RegistrationSaved,
    ReviewRequested,
    PhotoSubmitted,
    ConsentRecordedByHelper,
    HelperActing,
    HandedOver,
    StaffViewedPhoto,
    StaffViewedRegistration,
    PhotoReviewed,
    CaseClosed,
    /// An admin put a dead message back in the queue.
    MessageRetried,
    /// A person (or a helper with them) closed their account.
    AccountClosed,
    /// A person withdrew the access of the organisation that helped them.
    HelpWithdrawn,
    /// A programme admin disabled a staff account.
    StaffDisabled,
    /// The retention job forgot the accounts whose period ended (counts, never who).
    AccountsForgotten,
    /// A reviewer opened a case's evidence (masked names, dates, what matched).
    StaffViewedCase,
    /// A reviewer decided a case, or another reviewer its appeal.
    CaseDecided,
    /// The person a case is about appealed its decision.
    CaseAppealed,
    /// A programme admin changed a staff account's role, port or organisation.
    StaffRoleChanged,
    /// A programme admin reset a staff account's password and authenticator (a new set-up link).
    StaffSignInReset,
    /// A programme admin added an organisation record.
    OrganizationAdded,
    /// The first node back after no node was up recorded the gap (a degraded period).
    DowntimeRecorded,
    /// A payment's notification was refused (bad signature, unknown payment, a different
    /// amount): nothing changed.
    PaymentNoticeRefused,
    /// An officer recorded a payment received at the port.
    PaymentReceiptRecorded,
    /// The daily reconciliation compared a provider's record with the ledger (how many
    /// differences it opened).
    PaymentsReconciled,
    /// A person looked at a difference the reconciliation found and closed it.
    PaymentDifferenceClosed,
    /// A programme admin sent a notice to a defined set of people (its purpose, and how many).
    NoticeSent,
    /// An organisation that works with the ports asked to join (its name and kind).
    OrganizationRequested,
    /// A programme admin approved or refused an organisation's request.
    OrganizationRequestDecided,
    /// An organisation's admin made an API token for its systems (its label).
    OrganizationTokenMade,
    /// An organisation's admin revoked one of its API tokens.
    OrganizationTokenRevoked,
}

impl AuditCode for AuditAction {
    fn code(&self) -> &'static str {
        match self {
            AuditAction::AccountCreated => "account.created",
            AuditAction::EmailVerified => "account.email-verified",
            AuditAction::SignInSucceeded => "signin.succeeded",
            AuditAction::SignInFailed => "signin.failed",
            AuditAction::SignedOut => "signin.signed-out",
            AuditAction::SignedOutEverywhere => "signin.signed-out-everywhere",
            AuditAction::DeviceConfirmed => "signin.device-confirmed",
            AuditAction::ConsentAccepted => "account.consent-accepted",
            AuditAction::TotpEnabled => "account.totp-enabled",
            AuditAction::RecoveryCodesIssued => "account.recovery-codes-issued",
            AuditAction::RecoveredWithCode => "recovery.with-code",
            AuditAction::RecoveredWithEmail => "recovery.with-email",
            AuditAction::RecoveryLinkByHelper => "recovery.link-by-helper",
            AuditAction::PasswordSet => "account.password-set",
            AuditAction::StaffCreated => "staff.created",
            AuditAction::ApiKeyCreated => "session.api-key-created",
            AuditAction::SessionEnded => "session.ended",
            AuditAction::AuditLogRead => "audit.read",
            AuditAction::RegistrationSaved => "registration.saved",
            AuditAction::ReviewRequested => "registration.review-requested",
            AuditAction::PhotoSubmitted => "registration.photo-submitted",
            AuditAction::ConsentRecordedByHelper => "helper.consent-recorded",
            AuditAction::HelperActing => "helper.acting",
            AuditAction::HandedOver => "helper.handed-over",
            AuditAction::StaffViewedPhoto => "review.photo-viewed",
            AuditAction::StaffViewedRegistration => "review.registration-viewed",
            AuditAction::PhotoReviewed => "review.photo-decided",
            AuditAction::CaseClosed => "review.case-closed",
            AuditAction::MessageRetried => "message.retried",
            AuditAction::AccountClosed => "account.closed",
            AuditAction::HelpWithdrawn => "helper.access-withdrawn",
            AuditAction::StaffDisabled => "staff.disabled",
            AuditAction::AccountsForgotten => "retention.accounts-forgotten",
            AuditAction::StaffViewedCase => "review.case-viewed",
            AuditAction::CaseDecided => "review.case-decided",
            AuditAction::CaseAppealed => "review.case-appealed",
            AuditAction::StaffRoleChanged => "staff.role-changed",
            AuditAction::StaffSignInReset => "staff.sign-in-reset",
            AuditAction::OrganizationAdded => "organization.added",
            AuditAction::DowntimeRecorded => "service.downtime-recorded",
            AuditAction::PaymentNoticeRefused => "payment.notice-refused",
            AuditAction::PaymentReceiptRecorded => "payment.receipt-recorded",
            AuditAction::PaymentsReconciled => "payment.reconciled",
            AuditAction::PaymentDifferenceClosed => "payment.difference-closed",
            AuditAction::NoticeSent => "notice.sent",
            AuditAction::OrganizationRequested => "organization.requested",
            AuditAction::OrganizationRequestDecided => "organization.request-decided",
            AuditAction::OrganizationTokenMade => "organization.token-made",
            AuditAction::OrganizationTokenRevoked => "organization.token-revoked",
        }
    }
}

/// An entry to append. `detail` is a JSON object without personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub at_ms: i64,
    pub actor: Option<String>,
    /// The action's code (`AuditCode::code`).
    pub action: &'static str,
    pub subject: Option<String>,
    pub detail: String,
}

impl AuditEvent {
    pub fn new(at_ms: i64, action: impl AuditCode) -> Self {
        AuditEvent {
            at_ms,
            actor: None,
            action: action.code(),
            subject: None,
            detail: "{}".into(),
        }
    }

    pub fn actor(mut self, actor: &str) -> Self {
        self.actor = Some(actor.to_string());
        self
    }

    pub fn subject(mut self, subject: &str) -> Self {
        self.subject = Some(subject.to_string());
        self
    }

    pub fn detail(mut self, detail: String) -> Self {
        self.detail = detail;
        self
    }
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at_ms: i64,
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

/// An entry's fields as they are hashed: a version tag, then each field preceded by its length.
struct Fields<'a> {
    prev_hash: &'a str,
    seq: i64,
    at_ms: i64,
    actor: Option<&'a str>,
    action: &'a str,
    subject: Option<&'a str>,
    detail: &'a str,
}

/// What both versions hash with.
trait Update {
    fn update(&mut self, bytes: &[u8]);
    fn hex(self) -> String;
}

impl Update for Sha256 {
    fn update(&mut self, bytes: &[u8]) {
        Digest::update(self, bytes);
    }
    fn hex(self) -> String {
        hex(&self.finalize())
    }
}

struct MacDigest(Hmac<Sha256>);

impl Update for MacDigest {
    fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn hex(self) -> String {
        hex(&self.0.finalize().into_bytes())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Fields<'_> {
    fn digest(&self, tag: &str, mut hasher: impl Update) -> String {
        let seq = self.seq.to_string();
        let at = self.at_ms.to_string();
        let fields = [
            tag,
            self.prev_hash,
            &seq,
            &at,
            self.actor.unwrap_or(""),
            self.action,
            self.subject.unwrap_or(""),
            self.detail,
        ];
        for field in fields {
            hasher.update(&(field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hasher.hex()
    }
}

/// Checks entries in order. Returns how many were checked, or the `seq` of the first entry that
/// is out of place or whose hash does not match.
pub fn verify_chain<'a>(
    chain: &Chain,
    entries: impl IntoIterator<Item = &'a AuditEntry>,
    mut expected_prev: String,
    mut expected_seq: i64,
) -> Result<(usize, String), i64> {
    let mut count = 0;
    for e in entries {
        let recomputed = chain.hash(
            &e.prev_hash,
            e.seq,
            e.at_ms,
            e.actor.as_deref(),
            &e.action,
            e.subject.as_deref(),
            &e.detail,
        );
        if e.seq != expected_seq || e.prev_hash != expected_prev || recomputed != e.hash {
            return Err(e.seq);
        }
        expected_prev = e.hash.clone();
        expected_seq += 1;
        count += 1;
    }
    Ok((count, expected_prev))
}

/// A signed statement of the chain's head: its first `count` entries end in `head`. Published
/// (`/audit/checkpoints`) so that copies outside the database hold the chain to it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    pub count: i64,
    pub head: String,
    pub at_ms: i64,
    /// The first keyed entry (`audit_chain.keyed_from`) when signed: lowering the keying by
    /// editing the database is caught.
    pub keyed_from: i64,
    /// The signing key's id (as `/.well-known/garita-keys.json` names it) ...
    pub key_id: String,
    /// ... and its Ed25519 signature over [`Checkpoint::signed_bytes`], base64url.
    pub signature: String,
}

impl Checkpoint {
    /// What the signature covers: `garita-audit-checkpoint-v1`, the count, the head, the time
    /// (Unix milliseconds) and `keyed_from`, one per line.
    pub fn signed_bytes(count: i64, head: &str, at_ms: i64, keyed_from: i64) -> Vec<u8> {
        format!("garita-audit-checkpoint-v1\n{count}\n{head}\n{at_ms}\n{keyed_from}").into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyed(keyed_from: i64) -> Chain {
        Chain {
            key: ChainKey::new([7; 32]),
            keyed_from,
        }
    }

    fn chain(c: &Chain, n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let hash = c.hash(
                    &prev,
                    seq,
                    seq * 1000,
                    Some("a1"),
                    "signin.succeeded",
                    None,
                    "{}",
                );
                let e = AuditEntry {
                    seq,
                    at_ms: seq * 1000,
                    actor: Some("a1".into()),
                    action: "signin.succeeded".into(),
                    subject: None,
                    detail: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies() {
        let c = keyed(1);
        let entries = chain(&c, 5);
        assert_eq!(verify_chain(&c, &entries, GENESIS.into(), 1).unwrap().0, 5);
    }

    #[test]
    fn any_edit_names_the_first_broken_entry() {
        let c = keyed(1);
        let mut entries = chain(&c, 5);
        entries[2].detail = "{\"x\":1}".into();
        assert_eq!(verify_chain(&c, &entries, GENESIS.into(), 1), Err(3));

        let mut entries = chain(&c, 5);
        entries.remove(1);
        assert_eq!(verify_chain(&c, &entries, GENESIS.into(), 1), Err(3));

        let mut entries = chain(&c, 5);
        entries[4].actor = None;
        assert_eq!(verify_chain(&c, &entries, GENESIS.into(), 1), Err(5));
    }

    #[test]
    fn a_chain_recomputed_without_the_key_does_not_verify() {
        let c = keyed(1);
        let other = Chain {
            key: ChainKey::new([8; 32]),
            keyed_from: 1,
        };
        let forged = chain(&other, 3);
        assert_eq!(verify_chain(&c, &forged, GENESIS.into(), 1), Err(1));
        // Nor as the unkeyed v1 hashes entries written after the switch would not have.
        let unkeyed = chain(&keyed(i64::MAX), 3);
        assert_eq!(verify_chain(&c, &unkeyed, GENESIS.into(), 1), Err(1));
    }

    #[test]
    fn entries_before_the_switch_keep_their_unkeyed_hashes() {
        let c = keyed(3);
        let entries = chain(&c, 5);
        let v1 = chain(&keyed(i64::MAX), 2);
        assert_eq!(entries[..2], v1[..]);
        assert_eq!(verify_chain(&c, &entries, GENESIS.into(), 1).unwrap().0, 5);
    }

    #[test]
    fn fields_cannot_be_shifted_between_each_other() {
        let c = keyed(1);
        let a = c.hash(GENESIS, 1, 1, Some("ab"), "c", None, "{}");
        let b = c.hash(GENESIS, 1, 1, Some("a"), "bc", None, "{}");
        assert_ne!(a, b);
    }
}
