//! The audit log's hash chain: each entry's hash covers the previous entry's hash and its own
//! fields, so editing, removing or reordering any entry breaks every hash after it.

use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened. Codes are stable: they are part of the hashed record.
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
    CapacitySet,
    AuditLogRead,
    RegistrationSaved,
    ReviewRequested,
    PhotoSubmitted,
    ConsentRecordedByHelper,
    HelperActing,
    HandedOver,
    StaffViewedPhoto,
    PhotoReviewed,
    CaseClosed,
    DrawDayOpened,
    DrawDayClosed,
    DrawRun,
    DrawHeld,
    DrawPublished,
    DrawReleased,
    /// An admin put a dead message back in the queue.
    MessageRetried,
    /// A traveller's location and live photo were checked for a confirmation.
    TravellerChecked,
    /// Every required traveller passed: the appointment is confirmed.
    AppointmentConfirmed,
    /// A person decided on a confirmation photo the automatic check refused three times.
    ConfirmationPhotoReviewed,
    /// Garita's confirmation degraded (measured by the server, or declared by an admin) ...
    DegradedBegan,
    /// ... and recovered.
    DegradedEnded,
    /// An appointment's deadline passed unconfirmed; its seats went to alternates.
    AppointmentLapsed,
    /// An appointment was cancelled (by its group, or by a programme decision).
    AppointmentCancelled,
    /// A partner organization checked a confirmation number against a date of birth.
    PartnerChecked,
    /// An officer opened a traveller's data at the port.
    StaffOpenedTraveller,
    /// An officer recorded a traveller's arrival or outcome.
    OutcomeRecorded,
    /// A confirmed appointment's day ended with nobody checked in.
    NoShow,
    /// A port supervisor closed a port for a date (its appointments moved).
    PortClosed,
    /// A group moved its appointment to another port after a closure.
    AppointmentMoved,
    /// An officer posted a crossing's wait time.
    WaitTimePosted,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
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
            AuditAction::CapacitySet => "port.capacity-set",
            AuditAction::AuditLogRead => "audit.read",
            AuditAction::RegistrationSaved => "registration.saved",
            AuditAction::ReviewRequested => "registration.review-requested",
            AuditAction::PhotoSubmitted => "registration.photo-submitted",
            AuditAction::ConsentRecordedByHelper => "helper.consent-recorded",
            AuditAction::HelperActing => "helper.acting",
            AuditAction::HandedOver => "helper.handed-over",
            AuditAction::StaffViewedPhoto => "review.photo-viewed",
            AuditAction::PhotoReviewed => "review.photo-decided",
            AuditAction::CaseClosed => "review.case-closed",
            AuditAction::DrawDayOpened => "draw.day-opened",
            AuditAction::DrawDayClosed => "draw.day-closed",
            AuditAction::DrawRun => "draw.run",
            AuditAction::DrawHeld => "draw.held",
            AuditAction::DrawPublished => "draw.published",
            AuditAction::DrawReleased => "draw.released",
            AuditAction::MessageRetried => "message.retried",
            AuditAction::TravellerChecked => "confirmation.traveller-checked",
            AuditAction::AppointmentConfirmed => "confirmation.confirmed",
            AuditAction::ConfirmationPhotoReviewed => "confirmation.photo-reviewed",
            AuditAction::DegradedBegan => "outage.began",
            AuditAction::DegradedEnded => "outage.ended",
            AuditAction::AppointmentLapsed => "confirmation.lapsed",
            AuditAction::AppointmentCancelled => "appointment.cancelled",
            AuditAction::PartnerChecked => "partner.checked",
            AuditAction::StaffOpenedTraveller => "desk.traveller-opened",
            AuditAction::OutcomeRecorded => "desk.outcome",
            AuditAction::NoShow => "desk.no-show",
            AuditAction::PortClosed => "port.closed",
            AuditAction::AppointmentMoved => "appointment.moved",
            AuditAction::WaitTimePosted => "port.wait-time-posted",
        }
    }
}

/// An entry to append. `detail` is a JSON object without personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub at_ms: i64,
    pub actor: Option<String>,
    pub action: AuditAction,
    pub subject: Option<String>,
    pub detail: String,
}

impl AuditEvent {
    pub fn new(at_ms: i64, action: AuditAction) -> Self {
        AuditEvent {
            at_ms,
            actor: None,
            action,
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

/// SHA-256 over a version tag and every field, each preceded by its length, in hex.
pub fn entry_hash(
    prev_hash: &str,
    seq: i64,
    at_ms: i64,
    actor: Option<&str>,
    action: &str,
    subject: Option<&str>,
    detail: &str,
) -> String {
    let mut hasher = Sha256::new();
    let seq = seq.to_string();
    let at = at_ms.to_string();
    let fields = [
        "garita-audit-v1",
        prev_hash,
        &seq,
        &at,
        actor.unwrap_or(""),
        action,
        subject.unwrap_or(""),
        detail,
    ];
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks entries in order. Returns how many were checked, or the `seq` of the first entry that
/// is out of place or whose hash does not match.
pub fn verify_chain<'a>(
    entries: impl IntoIterator<Item = &'a AuditEntry>,
    mut expected_prev: String,
    mut expected_seq: i64,
) -> Result<(usize, String), i64> {
    let mut count = 0;
    for e in entries {
        let recomputed = entry_hash(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let hash = entry_hash(
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
        let entries = chain(5);
        assert_eq!(verify_chain(&entries, GENESIS.into(), 1).unwrap().0, 5);
    }

    #[test]
    fn any_edit_names_the_first_broken_entry() {
        let mut entries = chain(5);
        entries[2].detail = "{\"x\":1}".into();
        assert_eq!(verify_chain(&entries, GENESIS.into(), 1), Err(3));

        let mut entries = chain(5);
        entries.remove(1);
        assert_eq!(verify_chain(&entries, GENESIS.into(), 1), Err(3));

        let mut entries = chain(5);
        entries[4].actor = None;
        assert_eq!(verify_chain(&entries, GENESIS.into(), 1), Err(5));
    }

    #[test]
    fn fields_cannot_be_shifted_between_each_other() {
        let a = entry_hash(GENESIS, 1, 1, Some("ab"), "c", None, "{}");
        let b = entry_hash(GENESIS, 1, 1, Some("a"), "bc", None, "{}");
        assert_ne!(a, b);
    }
}
