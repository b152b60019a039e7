//! The service's messages: paid (each traveller's provisional number is ready), expired unused,
//! and decided at the port. Their facts live in the sealed payload under names this service owns.

use garita_i18n::Value;
use garita_kernel::messages::{Keys, Length, MessageKind, Payload};

/// Every message kind of the service.
pub const KINDS: &[&MessageKind] = &[PAID, EXPIRED, DECIDED];

pub const PAID: &MessageKind = &MessageKind {
    code: "i94-paid",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "i94-paid-v1-subject",
        body: "i94-paid-v1-body",
        next: Some("i94-paid-v1-next"),
        sms: Some("i94-paid-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const EXPIRED: &MessageKind = &MessageKind {
    code: "i94-expired",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "i94-expired-v1-subject",
        body: "i94-expired-v1-body",
        next: Some("i94-expired-v1-next"),
        sms: Some("i94-expired-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const DECIDED: &MessageKind = &MessageKind {
    code: "i94-decided",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "i94-decided-v1-subject",
        body: "i94-decided-v1-body",
        next: Some("i94-decided-v1-next"),
        sms: Some("i94-decided-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

/// The facts the messages name (field names are stored in sealed payloads: never renamed).
pub mod facts {
    /// How many travellers the message is about.
    pub const TRAVELLERS: &str = "i94_travellers";
    /// The port's name.
    pub const PORT: &str = "i94_port";
    /// Until when (Unix milliseconds), in the port's zone.
    pub const UNTIL: &str = "i94_until";
    pub const ZONE: &str = "i94_zone";
    /// A traveller's provisional number.
    pub const NUMBER: &str = "i94_number";
}

fn arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let text = |name: &str| payload.text(name);
    let until = payload.moment(facts::UNTIL, facts::ZONE, length);
    let count = payload
        .facts
        .get(facts::TRAVELLERS)
        .and_then(|v| v.as_i64())
        .unwrap_or_default();
    vec![
        ("count", Value::from(count)),
        ("port", Value::from(text(facts::PORT))),
        ("until", Value::from(until)),
        ("number", Value::from(text(facts::NUMBER))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use garita_i18n::{Catalogs, Locale};
    use garita_kernel::messages::{render, sms_segments};

    #[test]
    fn every_sms_fits_two_segments_in_every_language() {
        let i18n = Catalogs::load_with(&[crate::CATALOGS]).unwrap();
        for kind in KINDS {
            for locale in Locale::ALL {
                let mut payload = Payload {
                    to: "ana@example.com".into(),
                    phone: Some("+525512345678".into()),
                    locale: locale.code().into(),
                    link: Some("https://garita.example/i94".into()),
                    ..Payload::default()
                };
                // The longest port name Garita has, and a full group.
                for (name, value) in [
                    (facts::PORT, serde_json::json!("Brownsville")),
                    (facts::ZONE, serde_json::json!("America/Chicago")),
                    (facts::UNTIL, serde_json::json!(1_800_000_000_000_i64)),
                    (facts::NUMBER, serde_json::json!("I94-7K4M-Q2XP")),
                    (facts::TRAVELLERS, serde_json::json!(25)),
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
