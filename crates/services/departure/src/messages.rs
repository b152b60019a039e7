//! The service's messages: the intent vetted, the travel arranged, a departure confirmed. Each
//! names the intent's reference only; the page says the rest.

use garita_i18n::Value;
use garita_kernel::messages::{Keys, Length, MessageKind, Payload};

pub const KINDS: &[&MessageKind] = &[VETTED, ARRANGED, DEPARTED];

/// The fact the messages name (stored in sealed payloads: never renamed).
pub const REFERENCE: &str = "dep_reference";

pub const VETTED: &MessageKind = &MessageKind {
    code: "dep-vetted",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "dep-vetted-v1-subject",
        body: "dep-vetted-v1-body",
        next: Some("dep-vetted-v1-next"),
        sms: Some("dep-vetted-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const ARRANGED: &MessageKind = &MessageKind {
    code: "dep-arranged",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "dep-arranged-v1-subject",
        body: "dep-arranged-v1-body",
        next: Some("dep-arranged-v1-next"),
        sms: Some("dep-arranged-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

pub const DEPARTED: &MessageKind = &MessageKind {
    code: "dep-departed",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "dep-departed-v1-subject",
        body: "dep-departed-v1-body",
        next: Some("dep-departed-v1-next"),
        sms: Some("dep-departed-v1-sms"),
    }],
    in_inbox: true,
    arguments,
};

fn arguments(payload: &Payload, _: Length) -> Vec<(&'static str, Value<'static>)> {
    vec![("reference", Value::from(payload.text(REFERENCE)))]
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
                    locale: locale.code().into(),
                    link: Some("https://garita.example/departure/0123456789abcdef".into()),
                    ..Payload::default()
                };
                payload
                    .facts
                    .insert(REFERENCE.into(), serde_json::json!("DEP-7K4M-Q2XP"));
                let r = render(&i18n, kind, 1, &payload).unwrap();
                assert!(
                    sms_segments(&r.sms) <= 2,
                    "{} {locale:?}: {}",
                    kind.code,
                    r.sms
                );
            }
        }
    }
}
