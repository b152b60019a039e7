//! The service's messages: the invitation to a beneficiary (in their language, with the code to
//! type), each decision, an extension, and an expiry (to the supporter, and to the beneficiary
//! once they took the invitation). Their facts live in the sealed payload under names this
//! service owns.

use garita_i18n::{Locale, Value, when};
use garita_kernel::messages::{Keys, Length, MessageKind, Payload};

/// Every message kind of the service.
pub const KINDS: &[&MessageKind] = &[INVITED, DECIDED, EXTENDED, EXPIRED];

pub const INVITED: &MessageKind = &MessageKind {
    code: "ta-invited",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "ta-invited-v1-subject",
        body: "ta-invited-v1-body",
        next: Some("ta-invited-v1-next"),
        sms: Some("ta-invited-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const DECIDED: &MessageKind = &MessageKind {
    code: "ta-decided",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "ta-decided-v1-subject",
        body: "ta-decided-v1-body",
        next: Some("ta-decided-v1-next"),
        sms: Some("ta-decided-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const EXTENDED: &MessageKind = &MessageKind {
    code: "ta-extended",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "ta-extended-v1-subject",
        body: "ta-extended-v1-body",
        next: Some("ta-extended-v1-next"),
        sms: Some("ta-extended-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const EXPIRED: &MessageKind = &MessageKind {
    code: "ta-expired",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "ta-expired-v1-subject",
        body: "ta-expired-v1-body",
        next: Some("ta-expired-v1-next"),
        sms: Some("ta-expired-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

/// The facts the messages name (field names are stored in sealed payloads: never renamed).
pub mod facts {
    /// The case's reference.
    pub const REFERENCE: &str = "ta_reference";
    /// The beneficiary's state (`authorized`, `not-authorized`, `expired`, ...).
    pub const STATUS: &str = "ta_status";
    /// The authorization's number.
    pub const NUMBER: &str = "ta_number";
    /// Until when (Unix milliseconds, shown in UTC words): the authorization, or the invitation.
    pub const UNTIL: &str = "ta_until";
    /// The beneficiary's given name (the supporter may have filed for several).
    pub const GIVEN: &str = "ta_given";
}

fn arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let text = |name: &str| payload.text(name);
    let until = payload
        .facts
        .get(facts::UNTIL)
        .and_then(|v| v.as_i64())
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map(|at| match length {
            Length::Full => when::date(locale, at.date_naive()),
            Length::Sms => when::short_date(locale, at.date_naive()),
        })
        .unwrap_or_default();
    vec![
        ("reference", Value::from(text(facts::REFERENCE))),
        ("status", Value::from(text(facts::STATUS))),
        ("number", Value::from(text(facts::NUMBER))),
        ("given", Value::from(text(facts::GIVEN))),
        ("until", Value::from(until)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use garita_i18n::Catalogs;
    use garita_kernel::messages::{render, sms_segments};

    #[test]
    fn every_sms_fits_two_segments_in_every_language() {
        let i18n = Catalogs::load_with(&[crate::CATALOGS]).unwrap();
        for kind in KINDS {
            for status in ["authorized", "not-authorized", "expired", "invited"] {
                for locale in Locale::ALL {
                    let mut payload = Payload {
                        to: "marie@example.com".into(),
                        phone: Some("+50937123456".into()),
                        locale: locale.code().into(),
                        code: Some("TAI-7K4M-Q2XP".into()),
                        link: Some("https://garita.example/travel-authorization".into()),
                        ..Payload::default()
                    };
                    for (name, value) in [
                        (facts::REFERENCE, serde_json::json!("TA-7K4M-Q2XP")),
                        (facts::STATUS, serde_json::json!(status)),
                        (facts::NUMBER, serde_json::json!("TA-8P3N-W4XZ")),
                        (facts::UNTIL, serde_json::json!(1_800_000_000_000_i64)),
                        (facts::GIVEN, serde_json::json!("Marie-Thérèse")),
                    ] {
                        payload.facts.insert(name.into(), value);
                    }
                    let r = render(&i18n, kind, 1, &payload).unwrap();
                    assert!(
                        sms_segments(&r.sms) <= 2,
                        "{} in {locale:?} takes {} segments: {}",
                        kind.code,
                        sms_segments(&r.sms),
                        r.sms
                    );
                }
            }
        }
    }
}
