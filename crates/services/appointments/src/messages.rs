//! The appointments' messages: their kinds (handed to the kernel through the service's
//! description) and the facts they name, copied from the record when a message is written.

use chrono::{DateTime, NaiveDate, Utc};
use garita_i18n::{Locale, Value, when};
use garita_kernel::messages::{Keys, Length, MessageKind, Payload};
use serde::{Deserialize, Serialize};

const fn versioned(
    subject: &'static str,
    body: &'static str,
    next: &'static str,
    sms: Option<&'static str>,
) -> Keys {
    Keys {
        subject,
        body,
        next: Some(next),
        sms,
    }
}

/// To programme admins: a draw failed a fairness check and waits for them.
pub const DRAW_HELD: &MessageKind = &MessageKind {
    code: "draw-held",
    purpose: garita_domain::purposes::STAFF_WORK,
    versions: &[Keys {
        subject: "email-draw-held-subject",
        body: "email-draw-held-body",
        next: None,
        sms: None,
    }],
    in_inbox: true,
    arguments,
};
/// To programme admins: over the last week the automatic photo check sent one group to a
/// person more than twice as often as everyone.
pub const FACE_RATES: &MessageKind = &MessageKind {
    code: "face-rates",
    purpose: garita_domain::purposes::STAFF_WORK,
    versions: &[Keys {
        subject: "email-face-rates-subject",
        body: "email-face-rates-body",
        next: None,
        sms: None,
    }],
    in_inbox: true,
    arguments,
};
/// To a winning group: their appointment and how to confirm it.
pub const WON: &MessageKind = &MessageKind {
    code: "won",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-won-v1-subject",
        "msg-won-v1-body",
        "msg-won-v1-next",
        Some("msg-won-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group not chosen that asked to be told.
pub const NOT_CHOSEN: &MessageKind = &MessageKind {
    code: "not-chosen",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-not-chosen-v1-subject",
        "msg-not-chosen-v1-body",
        "msg-not-chosen-v1-next",
        None,
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose every traveller has confirmed.
pub const CONFIRMED: &MessageKind = &MessageKind {
    code: "confirmed",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-confirmed-v1-subject",
        "msg-confirmed-v1-body",
        "msg-confirmed-v1-next",
        Some("msg-confirmed-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose deadline moved later because Garita was degraded meanwhile.
pub const DEADLINE_MOVED: &MessageKind = &MessageKind {
    code: "deadline-moved",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-deadline-moved-v1-subject",
        "msg-deadline-moved-v1-body",
        "msg-deadline-moved-v1-next",
        Some("msg-deadline-moved-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose appointment lapsed unconfirmed.
pub const LAPSED: &MessageKind = &MessageKind {
    code: "lapsed",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-lapsed-v1-subject",
        "msg-lapsed-v1-body",
        "msg-lapsed-v1-next",
        Some("msg-lapsed-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To an alternate offered seats that lapsed.
pub const OFFERED: &MessageKind = &MessageKind {
    code: "offered",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-offered-v1-subject",
        "msg-offered-v1-body",
        "msg-offered-v1-next",
        Some("msg-offered-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose appointment was cancelled.
pub const CANCELLED: &MessageKind = &MessageKind {
    code: "cancelled",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-cancelled-v1-subject",
        "msg-cancelled-v1-body",
        "msg-cancelled-v1-next",
        Some("msg-cancelled-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose appointment a programme decision cancelled with every other in its scope.
pub const WITHDRAWN: &MessageKind = &MessageKind {
    code: "withdrawn",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "withdrawn-v1-subject",
        "withdrawn-v1-body",
        "withdrawn-v1-next",
        Some("withdrawn-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a confirmed group nobody of which came on the day.
pub const NO_SHOW: &MessageKind = &MessageKind {
    code: "no-show",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-no-show-v1-subject",
        "msg-no-show-v1-body",
        "msg-no-show-v1-next",
        Some("msg-no-show-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a group whose appointment moved: its port closed that day, or it chose another port.
pub const MOVED: &MessageKind = &MessageKind {
    code: "moved",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-moved-v1-subject",
        "msg-moved-v1-body",
        "msg-moved-v1-next",
        Some("msg-moved-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};

/// To a group not everyone of which has confirmed, some hours before the deadline.
pub const CONFIRM_REMINDER: &MessageKind = &MessageKind {
    code: "deadline-reminder",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "reminder-confirm-v1-subject",
        "reminder-confirm-v1-body",
        "reminder-confirm-v1-next",
        Some("reminder-confirm-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};
/// To a confirmed group, the day before its appointment: when, where, what to bring.
pub const DAY_BEFORE: &MessageKind = &MessageKind {
    code: "day-before",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "reminder-day-before-v1-subject",
        "reminder-day-before-v1-body",
        "reminder-day-before-v1-next",
        Some("reminder-day-before-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};

/// To a group when an officer changed a date or number already recorded for one of them.
pub const OUTCOME_CHANGED: &MessageKind = &MessageKind {
    code: "outcome-changed",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[versioned(
        "msg-outcome-changed-v1-subject",
        "msg-outcome-changed-v1-body",
        "msg-outcome-changed-v1-next",
        Some("msg-outcome-changed-v1-sms"),
    )],
    in_inbox: true,
    arguments,
};

/// Every message kind of the service.
pub const KINDS: &[&MessageKind] = &[
    DRAW_HELD,
    FACE_RATES,
    WON,
    NOT_CHOSEN,
    CONFIRMED,
    DEADLINE_MOVED,
    LAPSED,
    OFFERED,
    CANCELLED,
    WITHDRAWN,
    NO_SHOW,
    MOVED,
    CONFIRM_REMINDER,
    DAY_BEFORE,
    OUTCOME_CHANGED,
];

/// What the service's messages name, kept in the payload's facts. The field names are those
/// of messages already sealed in outboxes, so they never change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<AppointmentFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<RequestFacts>,
    /// How much later a deadline moved, in minutes (a deadline-moved message).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_minutes: Option<i64>,
    /// A confirmed appointment's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_number: Option<String>,
    /// Where a moved appointment was before (its new place is `appointment`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved: Option<MovedFacts>,
}

impl Facts {
    /// The facts a payload carries (none if it carries none of the service's).
    pub fn of(payload: &Payload) -> Facts {
        serde_json::from_value(serde_json::Value::Object(payload.facts.clone())).unwrap_or_default()
    }

    /// Changes the facts a payload carries.
    pub fn edit(payload: &mut Payload, change: impl FnOnce(&mut Facts)) {
        let mut facts = Facts::of(payload);
        change(&mut facts);
        if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(&facts) {
            payload.facts = map;
        }
    }
}

/// Where an appointment was before it moved, and why it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovedFacts {
    pub from_port: String,
    pub from_date: String,
    pub from_time: String,
    /// `weather`, `security`, `other` (a closure) or `port-chosen`.
    pub reason: String,
}

/// The request a message is about (a result that is not an appointment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFacts {
    pub service_date: String,
    pub port_name: String,
}

/// What a winner message says about the appointment, copied from the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentFacts {
    pub appointment_id: String,
    /// The day the group asked (the request the message is about).
    pub service_date: String,
    pub port_code: String,
    pub port_name: String,
    pub crossing: String,
    /// The appointment's date and time at the port, in the port's own time.
    pub date: String,
    pub time: String,
    pub seats: i64,
    /// Unix milliseconds.
    pub confirm_by: i64,
    /// The person's IANA time zone, for the deadline.
    pub time_zone: String,
}

impl AppointmentFacts {
    /// The facts of an appointment as the record has them.
    pub fn new(
        a: &crate::store::draws::AppointmentRow,
        port: &garita_domain::Port,
        confirm_by: i64,
        time_zone: String,
    ) -> Self {
        AppointmentFacts {
            appointment_id: a.id.clone(),
            service_date: a.service_date.clone(),
            port_code: a.port_code.clone(),
            port_name: port.name.clone(),
            crossing: port.crossing.clone(),
            date: a.appointment_date.clone(),
            time: a.slot.get(..5).unwrap_or(&a.slot).to_string(),
            seats: a.seats,
            confirm_by,
            time_zone,
        }
    }

    /// The deadline as the person reads it: in words, in their own zone, the zone named.
    pub fn deadline(&self, locale: Locale, length: Length) -> String {
        let at = DateTime::<Utc>::from_timestamp_millis(self.confirm_by).unwrap_or_default();
        match length {
            Length::Full => when::moment(locale, at, self.zone()),
            Length::Sms => when::short_moment(locale, at, self.zone()),
        }
    }

    /// The person's zone, where the deadline is shown.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }
}

/// The templates' arguments from the facts: days and times in the person's words, shorter in an
/// SMS.
fn arguments(payload: &Payload, length: Length) -> Vec<(&'static str, Value<'static>)> {
    let facts = Facts::of(payload);
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let day = |text: &str| {
        let words = match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if length == Length::Sms => when::short_date(locale, d),
            _ => when::stored_date(locale, text),
        };
        Value::from(words)
    };
    let time = |text: &str| Value::from(when::stored_time(locale, text));
    let mut args = vec![];
    if let Some(n) = facts.confirmation_number {
        args.push(("number", Value::from(n)));
    }
    if let Some(m) = facts.moved_minutes {
        args.extend([
            ("hours", Value::from(m / 60)),
            ("minutes", Value::from(m % 60)),
        ]);
    }
    if let Some(m) = facts.moved {
        args.extend([
            ("from_port", Value::from(m.from_port)),
            ("from_date", day(&m.from_date)),
            ("from_time", time(&m.from_time)),
            ("reason", Value::from(m.reason)),
        ]);
    }
    if let Some(r) = facts.request {
        args.extend([
            ("day", day(&r.service_date)),
            ("port", Value::from(r.port_name)),
        ]);
    }
    if let Some(a) = facts.appointment {
        args.extend([
            ("day", day(&a.service_date)),
            ("deadline", Value::from(a.deadline(locale, length))),
            ("zone", Value::from(when::zone(locale, a.zone()))),
            ("date", day(&a.date)),
            ("time", time(&a.time)),
            ("port", Value::from(a.port_name)),
            ("crossing", Value::from(a.crossing)),
            ("seats", Value::from(a.seats)),
        ]);
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;
    use garita_i18n::{Catalogs, Locale};
    use garita_kernel::messages::{render, sms_segments};

    fn catalogs() -> Catalogs {
        Catalogs::load_with(&[crate::CATALOGS]).unwrap()
    }

    fn winner(locale: &str) -> Payload {
        let mut payload = Payload {
            to: "ana@example.com".into(),
            phone: Some("+525512345678".into()),
            locale: locale.into(),
            link: Some("https://garita.example/status".into()),
            ..Payload::default()
        };
        Facts::edit(&mut payload, |f| {
            f.appointment = Some(AppointmentFacts {
                appointment_id: "a1".into(),
                service_date: "2026-11-22".into(),
                port_code: "BRO".into(),
                // The longest port and crossing names Garita has.
                port_name: "Brownsville".into(),
                crossing: "Gateway International Bridge".into(),
                date: "2026-12-06".into(),
                time: "13:00".into(),
                seats: 10,
                confirm_by: 1_795_000_000_000,
                time_zone: "America/Argentina/ComodRivadavia".into(),
            })
        });
        payload
    }

    #[test]
    fn a_winner_message_names_the_record_the_deadline_and_the_next_step_in_every_language() {
        let i18n = catalogs();
        for locale in Locale::ALL {
            let payload = winner(locale.code());
            let facts = Facts::of(&payload).appointment.unwrap();
            // One rule for zones: the e-mail and the SMS give the deadline in the person's own
            // zone, in the same words (and the status page uses the same `when::moment`).
            let deadline = facts.deadline(locale, Length::Full);
            let zone = when::zone(locale, facts.zone());
            let day = |d: u32| {
                when::date(
                    locale,
                    chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
                )
            };
            let (asked, at) = (day(22), when::stored_date(locale, "2026-12-06"));
            let time = when::stored_time(locale, "13:00");
            let r = render(&i18n, WON, 1, &payload).unwrap();
            for fact in [&asked, "Brownsville", &at, &time, &deadline, &zone] {
                assert!(
                    r.text.contains(fact),
                    "{locale:?} e-mail lacks {fact}: {}",
                    r.text
                );
            }
            assert!(r.text.contains("https://garita.example/status"));
            let sms_words = |text: String| text.replace(['\u{a0}', '\u{202f}'], " ");
            let short_at = sms_words(when::short_date(
                locale,
                chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
            ));
            let (time, short_deadline) = (
                sms_words(time),
                sms_words(facts.deadline(locale, Length::Sms)),
            );
            for fact in [
                "Brownsville",
                &short_at,
                &time,
                &short_deadline,
                "https://garita.example/status",
            ] {
                assert!(
                    r.sms.contains(fact),
                    "{locale:?} SMS lacks {fact}: {}",
                    r.sms
                );
            }
            assert!(
                sms_segments(&r.sms) <= 2,
                "{locale:?} SMS takes {} segments: {}",
                sms_segments(&r.sms),
                r.sms
            );
            assert!(!r.text.contains(&payload.to), "no address in the text");
        }
    }

    #[test]
    fn the_deadline_is_the_same_instant_in_the_persons_zone_on_every_channel() {
        // 1_795_000_000 s is 11:06 UTC on 18 November 2026, 8:06 in the person's zone (UTC-3).
        let i18n = catalogs();
        let payload = winner("en");
        let r = render(&i18n, WON, 1, &payload).unwrap();
        assert!(
            r.text
                .contains("Wednesday, November 18, 2026 at 8:06\u{202f}AM"),
            "{}",
            r.text
        );
        assert!(r.sms.contains("Nov 18, 8:06 AM"), "{}", r.sms);
        let es = render(&i18n, WON, 1, &winner("es")).unwrap();
        assert!(
            es.text
                .contains("miércoles, 18 de noviembre de 2026 a las 08:06"),
            "{}",
            es.text
        );
        assert!(es.sms.contains("18 nov, 08:06"), "{}", es.sms);
    }

    #[test]
    fn every_template_version_in_use_exists_in_the_catalogs() {
        // The catalog tests then guarantee each key in every language.
        let i18n = catalogs();
        for kind in KINDS.iter().chain(MessageKind::KERNEL) {
            for version in 1..=kind.current_version() {
                let t = kind
                    .template(version)
                    .expect("versions up to the current exist");
                for key in [Some(t.subject), Some(t.body), t.next, t.sms]
                    .into_iter()
                    .flatten()
                {
                    assert!(i18n.has(key), "{kind:?} v{version}: {key}");
                }
            }
        }
    }

    #[test]
    fn every_sms_fits_two_segments_in_every_language() {
        let i18n = catalogs();
        for kind in KINDS.iter().filter(|k| k.may_use_sms()) {
            for locale in Locale::ALL {
                let mut payload = winner(locale.code());
                Facts::edit(&mut payload, |f| {
                    f.confirmation_number = Some("GRT-7K4M-Q2XP".into());
                    f.moved_minutes = Some(185);
                    f.moved = Some(MovedFacts {
                        from_port: "Brownsville".into(),
                        from_date: "2026-12-05".into(),
                        from_time: "13:00".into(),
                        reason: "security".into(),
                    });
                });
                let r = render(&i18n, kind, kind.current_version(), &payload).unwrap();
                assert!(
                    sms_segments(&r.sms) <= 2,
                    "{kind:?} in {locale:?} takes {} segments: {}",
                    sms_segments(&r.sms),
                    r.sms
                );
            }
        }
    }

    #[test]
    fn facts_written_before_they_were_the_services_own_still_read() {
        // A payload sealed when the facts were fields of the kernel's payload.
        let stored = r#"{"to":"a@example.com","phone":null,"locale":"es","code":null,
            "link":null,"appointment":null,"request":{"service_date":"2026-11-22",
            "port_name":"Nogales"},"moved_minutes":null,"confirmation_number":"GRT-1",
            "moved":null}"#;
        let payload: Payload = serde_json::from_str(stored).unwrap();
        let facts = Facts::of(&payload);
        assert_eq!(facts.request.unwrap().port_name, "Nogales");
        assert_eq!(facts.confirmation_number.as_deref(), Some("GRT-1"));
        assert!(facts.appointment.is_none());
    }
}
