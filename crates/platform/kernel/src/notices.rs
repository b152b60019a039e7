//! Notices: a programme admin tells a defined set of people of a change to their status (for
//! example that their parole ends, from when, what they may do, where to find legal help), in
//! each person's language. A notice goes out only under a declared purpose (`purposes.rs`);
//! when some of the people were not told of that purpose by the consent they accepted, the
//! admin must record the legal basis, which each of them then reads beside the notice. Every
//! person sees every notice sent to them with its delivery record.

use crate::Services;
use crate::messages::{Keys, Length, MessageKind, Payload};
use chrono::NaiveDate;
use garita_domain::purposes;
use garita_domain::{AuditAction, AuditEvent};
use garita_i18n::{Locale, Value, when};
use garita_store::notices::{NoticeRecipient, NoticeRow};
use garita_store::records::Effects;

/// What a notice tells (the catalog's words for each are `notice-change` selects).
pub const CHANGES: &[&str] = &["parole-ends", "parole-extended"];

/// The facts a notice's messages name (stored in sealed payloads: never renamed).
const CHANGE: &str = "notice_change";
const EFFECTIVE: &str = "notice_effective";
const HELP: &str = "notice_help";
/// Read by `Payload::purpose`: the postman checks the notice's own purpose.
const PURPOSE: &str = "notice_purpose";

pub const NOTICE: &MessageKind = &MessageKind {
    code: "status-notice",
    purpose: purposes::STATUS_NOTICES,
    versions: &[Keys {
        subject: "notice-v1-subject",
        body: "notice-v1-body",
        next: Some("notice-v1-next"),
        sms: Some("notice-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

fn arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let fact = |name: &str| payload.text(name);
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let date = match NaiveDate::parse_from_str(&fact(EFFECTIVE), "%Y-%m-%d") {
        Ok(d) if length == Length::Sms => when::short_date(locale, d),
        Ok(d) => when::day(locale, d),
        Err(_) => String::new(),
    };
    vec![
        ("change", Value::from(fact(CHANGE))),
        ("date", Value::from(date)),
        ("help", Value::from(fact(HELP))),
    ]
}

/// Who a notice goes to: the people paroled at a port (any port when `port` is empty) who
/// arrived from `from` to `to`, both days included (UTC).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Audience {
    pub port: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A notice as the admin wrote it.
#[derive(Debug, Clone)]
pub struct Draft {
    /// One of `CHANGES`.
    pub change: String,
    pub effective: NaiveDate,
    pub purpose: String,
    /// Required when some of the people were not told of the purpose.
    pub legal_basis: Option<String>,
    /// Where to get legal help (an address or a place), as the admin wrote it.
    pub legal_help: String,
    pub audience: Audience,
}

/// Who a draft reaches, before it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    pub people: usize,
    /// Of them, those whose consent did not name the purpose.
    pub untold: usize,
}

impl Reach {
    fn of<A>(people: &[(A, bool)]) -> Reach {
        Reach {
            people: people.len(),
            untold: people.iter().filter(|(_, told)| !told).count(),
        }
    }
}

/// Why a notice was not sent (nothing was written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Its purpose is not one the configuration declares.
    UndeclaredPurpose,
    /// A change Garita has no words for.
    UnknownChange,
    /// The set has nobody in it.
    Nobody,
    /// Where to get legal help is missing (or longer than 200 characters).
    NoLegalHelp,
    /// Some were not told of the purpose, and no legal basis was recorded.
    BasisNeeded(Reach),
}

impl Refusal {
    /// The catalog key that tells the admin what to do.
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::UndeclaredPurpose => "notice-refused-purpose",
            Refusal::UnknownChange => "notice-refused-change",
            Refusal::Nobody => "notice-refused-nobody",
            Refusal::NoLegalHelp => "notice-refused-help",
            Refusal::BasisNeeded(_) => "notice-refused-basis",
        }
    }
}

/// How sending went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Sent { id: String, reach: Reach },
    Refused(Refusal),
}

impl Services {
    /// The accounts a draft's audience holds, each with whether its consent named `purpose`.
    async fn audience(
        &self,
        audience: &Audience,
        purpose: &str,
    ) -> crate::Result<Vec<(garita_store::records::Account, bool)>> {
        let from = audience.from.and_hms_opt(0, 0, 0).unwrap_or_default();
        let to = (audience.to + chrono::Days::new(1))
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default();
        let (from, to) = (
            from.and_utc().timestamp_millis(),
            to.and_utc().timestamp_millis(),
        );
        let mut ids = vec![];
        for part in &self.people {
            ids.extend(part.paroled_between(&audience.port, from, to).await?);
        }
        ids.sort();
        ids.dedup();
        let mut accounts = vec![];
        for id in ids {
            // A closed account has no address left to write to.
            if let Some(a) = self.store.account(&id).await?
                && (!a.email_sealed.is_empty() || a.phone_sealed.is_some())
            {
                let told = purposes::told(a.consent_version, purpose);
                accounts.push((a, told));
            }
        }
        Ok(accounts)
    }

    /// How many people a draft reaches, and how many of them were not told of its purpose.
    pub async fn notice_reach(&self, audience: &Audience, purpose: &str) -> crate::Result<Reach> {
        Ok(Reach::of(&self.audience(audience, purpose).await?))
    }

    /// Sends a notice to its audience, each in their language, with the notice, who it went
    /// to, its messages and the audit event in one transaction; or refuses, writing nothing.
    #[tracing::instrument(skip_all)]
    pub async fn send_notice(&self, admin_id: &str, draft: &Draft) -> crate::Result<Sent> {
        if !self.purposes.is_declared(&draft.purpose) {
            return Ok(Sent::Refused(Refusal::UndeclaredPurpose));
        }
        if !CHANGES.contains(&draft.change.as_str()) {
            return Ok(Sent::Refused(Refusal::UnknownChange));
        }
        let help = draft.legal_help.trim();
        if help.is_empty() || help.chars().count() > 200 {
            return Ok(Sent::Refused(Refusal::NoLegalHelp));
        }
        let people = self.audience(&draft.audience, &draft.purpose).await?;
        let reach = Reach::of(&people);
        if reach.people == 0 {
            return Ok(Sent::Refused(Refusal::Nobody));
        }
        let basis = draft
            .legal_basis
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty());
        if reach.untold > 0 && basis.is_none() {
            return Ok(Sent::Refused(Refusal::BasisNeeded(reach)));
        }
        let now = self.now();
        let id = garita_security::codes::id();
        let mut effects = Effects::default();
        let mut recipients = vec![];
        for (account, told) in &people {
            let mut payload = self.payload_to(
                &account.email_sealed,
                account.phone_sealed.as_deref(),
                &account.locale,
                "/notices",
            )?;
            for (name, value) in [
                (CHANGE, draft.change.clone()),
                (EFFECTIVE, draft.effective.format("%Y-%m-%d").to_string()),
                (HELP, help.to_string()),
                (PURPOSE, draft.purpose.clone()),
            ] {
                payload.facts.insert(name.into(), value.into());
            }
            let message = self.message(
                NOTICE,
                Some(&account.id),
                format!("notice:{id}:{}", account.id),
                &payload,
            );
            recipients.push(NoticeRecipient {
                account_id: account.id.clone(),
                message_id: message.id.clone(),
                told: *told,
            });
            effects.messages.push(message);
        }
        effects.audit.push(
            AuditEvent::new(now, AuditAction::NoticeSent)
                .actor(admin_id)
                .subject(&id)
                .detail(
                    serde_json::json!({
                        "purpose": draft.purpose, "change": draft.change,
                        "recipients": reach.people, "untold": reach.untold,
                    })
                    .to_string(),
                ),
        );
        let row = NoticeRow {
            id: id.clone(),
            purpose: draft.purpose.clone(),
            change: draft.change.clone(),
            effective: draft.effective.format("%Y-%m-%d").to_string(),
            // Recorded only when it was needed: a notice everyone was told of stands on
            // their consent.
            legal_basis: basis.filter(|_| reach.untold > 0).map(str::to_string),
            legal_help: help.to_string(),
            audience: serde_json::to_string(&draft.audience).expect("an audience serializes"),
            sent_by: admin_id.to_string(),
            sent_at: now,
            recipients: reach.people as i64,
            untold: reach.untold as i64,
        };
        self.store.record_notice(&row, &recipients, effects).await?;
        Ok(Sent::Sent { id, reach })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{render, sms_segments};
    use garita_i18n::Catalogs;

    #[test]
    fn every_notice_speaks_every_language_and_its_sms_fits_two_segments() {
        let i18n = Catalogs::load_with(&[]).unwrap();
        for change in CHANGES {
            for locale in Locale::ALL {
                let mut payload = Payload {
                    to: "ana@example.com".into(),
                    locale: locale.code().into(),
                    link: Some("https://garita.example/notices".into()),
                    ..Payload::default()
                };
                for (name, value) in [
                    (CHANGE, *change),
                    (EFFECTIVE, "2027-09-30"),
                    (HELP, "https://help.example/tijuana"),
                ] {
                    payload.facts.insert(name.into(), value.into());
                }
                let r = render(&i18n, NOTICE, 1, &payload).unwrap();
                assert!(sms_segments(&r.sms) <= 2, "{change} {locale:?}: {}", r.sms);
                assert!(
                    r.text.contains("https://help.example/tijuana"),
                    "{locale:?}"
                );
                let other = if *change == "parole-ends" {
                    "parole-extended"
                } else {
                    "parole-ends"
                };
                payload.facts.insert(CHANGE.into(), other.into());
                let r2 = render(&i18n, NOTICE, 1, &payload).unwrap();
                assert_ne!(r.subject, r2.subject, "each change has its words");
            }
        }
    }
}
