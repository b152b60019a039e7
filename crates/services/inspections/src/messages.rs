//! The service's message: the broker (or the organisation's admins, when its system asked) is
//! told of each change of a request: a result, a hold and its treatment, a slot that passed.
//! Its facts live in the sealed payload under names this service owns.

use garita_i18n::{Locale, Value, when};
use garita_kernel::messages::{Keys, Length, MessageKind, Payload};

/// Every message kind of the service.
pub const KINDS: &[&MessageKind] = &[CHANGED, DECIDED];

pub const CHANGED: &MessageKind = &MessageKind {
    code: "inspection-changed",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "inspection-changed-v1-subject",
        body: "inspection-changed-v1-body",
        next: Some("inspection-changed-v1-next"),
        sms: Some("inspection-changed-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

/// The person who declared items is told the specialist's decision.
pub const DECIDED: &MessageKind = &MessageKind {
    code: "declaration-decided",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "declaration-decided-v1-subject",
        body: "declaration-decided-v1-body",
        next: Some("declaration-decided-v1-next"),
        sms: Some("declaration-decided-v1-sms"),
    }],
    in_inbox: true,
    arguments: decided_arguments,
};

/// The facts the messages name (field names are stored in sealed payloads: never renamed).
pub mod facts {
    /// The port's name.
    pub const PORT: &str = "inspection_port";
    pub const ZONE: &str = "inspection_zone";
    /// The slot's start (Unix milliseconds), said in the port's zone.
    pub const AT: &str = "inspection_at";
    pub const ENTRY: &str = "inspection_entry";
    /// One of `domain::STATUSES`.
    pub const STATUS: &str = "inspection_status";
    /// One of `domain::TREATMENTS`, for a hold.
    pub const TREATMENT: &str = "inspection_treatment";
    /// A declaration's day of arrival (`YYYY-MM-DD`).
    pub const DAY: &str = "declaration_day";
}

fn decided_arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let day = payload.text(facts::DAY);
    let day = match length {
        Length::Full => when::stored_date(locale, &day),
        Length::Sms => chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")
            .map(|d| when::short_date(locale, d))
            .unwrap_or_default(),
    };
    vec![
        ("port", Value::from(payload.text(facts::PORT))),
        ("day", Value::from(day)),
        ("status", Value::from(payload.text(facts::STATUS))),
    ]
}

fn arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let text = |name: &str| payload.text(name);
    let at = payload.moment(facts::AT, facts::ZONE, length);
    let treatment = text(facts::TREATMENT);
    vec![
        ("port", Value::from(text(facts::PORT))),
        ("when", Value::from(at)),
        ("entry", Value::from(text(facts::ENTRY))),
        ("status", Value::from(text(facts::STATUS))),
        (
            "treatment",
            Value::from(if treatment.is_empty() {
                "none".to_string()
            } else {
                treatment
            }),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use garita_i18n::Catalogs;
    use garita_kernel::messages::{render, sms_segments};

    #[test]
    fn every_change_has_its_own_words_and_its_sms_fits_two_segments() {
        let i18n = Catalogs::load_with(&[crate::CATALOGS]).unwrap();
        for locale in Locale::ALL {
            let mut bodies = std::collections::HashSet::new();
            for status in crate::domain::STATUSES {
                let mut payload = Payload {
                    to: "broker@example.com".into(),
                    phone: Some("+525512345678".into()),
                    locale: locale.code().into(),
                    link: Some("https://garita.example/inspections/01JQ8Y6Z3N".into()),
                    ..Payload::default()
                };
                for (name, value) in [
                    (facts::PORT, serde_json::json!("Brownsville")),
                    (facts::ZONE, serde_json::json!("America/Chicago")),
                    (facts::AT, serde_json::json!(1_800_000_000_000_i64)),
                    (facts::ENTRY, serde_json::json!("ABC-1234567-8")),
                    (facts::STATUS, serde_json::json!(status)),
                    (facts::TREATMENT, serde_json::json!("fumigation")),
                ] {
                    payload.facts.insert(name.into(), value);
                }
                let r = render(&i18n, CHANGED, 1, &payload).unwrap();
                assert!(r.text.contains("ABC-1234567-8"), "{locale:?} {status}");
                assert!(bodies.insert(r.text.clone()), "{locale:?} {status}");
                assert!(sms_segments(&r.sms) <= 2, "{locale:?} {status}: {}", r.sms);
            }
            for status in crate::declarations::domain::DECISIONS {
                let mut payload = Payload {
                    to: "ana@example.com".into(),
                    phone: Some("+525512345678".into()),
                    locale: locale.code().into(),
                    link: Some("https://garita.example/inspections/declarations/01JQ8Y6Z3N".into()),
                    ..Payload::default()
                };
                for (name, value) in [
                    (
                        facts::PORT,
                        serde_json::json!("Houston George Bush Intercontinental Airport"),
                    ),
                    (facts::DAY, serde_json::json!("2027-09-30")),
                    (facts::STATUS, serde_json::json!(status)),
                ] {
                    payload.facts.insert(name.into(), value);
                }
                let r = render(&i18n, DECIDED, 1, &payload).unwrap();
                assert!(bodies.insert(r.text.clone()), "{locale:?} {status}");
                assert!(sms_segments(&r.sms) <= 2, "{locale:?} {status}: {}", r.sms);
            }
        }
    }
}
