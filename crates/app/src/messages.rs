//! Messages to people: what each kind says, in each language and template version, on each
//! channel (e-mail, SMS, the in-app inbox). They are written to the outbox in the transaction of
//! the change they announce and delivered later by `delivery`.
//!
//! The payload (address, phone, code, link, the facts a message names) is sealed in the outbox
//! row: the database never holds a code in clear. A message's facts are copied from the record
//! when it is written, so what it says is what the record said when it was committed.

use crate::Services;
use askama::Template;
use chrono::{DateTime, Utc};
use garita_i18n::{Catalogs, Locale, Value};
use garita_store::records::NewMessage;
use serde::{Deserialize, Serialize};

const SEAL_CONTEXT: &str = "outbox.payload";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    VerifyEmail,
    NewDevice,
    Recovery,
    EmailExists,
    PasswordChanged,
    /// To programme admins: a draw failed a fairness check and waits for them.
    DrawHeld,
    /// To a winning group: their appointment and how to confirm it.
    Won,
    /// To a group not chosen that asked to be told.
    NotChosen,
    /// To a group whose every traveller has confirmed.
    Confirmed,
    /// To a group whose deadline moved later because Garita was degraded meanwhile.
    DeadlineMoved,
    /// To a group whose appointment lapsed unconfirmed.
    Lapsed,
    /// To an alternate offered seats that lapsed.
    Offered,
    /// To a group whose appointment was cancelled.
    Cancelled,
    /// To a confirmed group nobody of which came on the day.
    NoShow,
    /// To a group whose appointment moved: its port closed that day, or it chose another port.
    Moved,
}

/// The catalog keys of one template version.
pub struct Keys {
    pub subject: &'static str,
    pub body: &'static str,
    /// What to do next (after the body), if the kind says more than one sentence.
    pub next: Option<&'static str>,
    /// The whole SMS, one or two segments.
    pub sms: Option<&'static str>,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::VerifyEmail,
        Kind::NewDevice,
        Kind::Recovery,
        Kind::EmailExists,
        Kind::PasswordChanged,
        Kind::DrawHeld,
        Kind::Won,
        Kind::NotChosen,
        Kind::Confirmed,
        Kind::DeadlineMoved,
        Kind::Lapsed,
        Kind::Offered,
        Kind::Cancelled,
        Kind::NoShow,
        Kind::Moved,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::VerifyEmail => "verify-email",
            Kind::NewDevice => "new-device",
            Kind::Recovery => "recovery",
            Kind::EmailExists => "email-exists",
            Kind::PasswordChanged => "password-changed",
            Kind::DrawHeld => "draw-held",
            Kind::Won => "won",
            Kind::NotChosen => "not-chosen",
            Kind::Confirmed => "confirmed",
            Kind::DeadlineMoved => "deadline-moved",
            Kind::Lapsed => "lapsed",
            Kind::Offered => "offered",
            Kind::Cancelled => "cancelled",
            Kind::NoShow => "no-show",
            Kind::Moved => "moved",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The version new messages of this kind are written with. A changed wording is a new
    /// version with new keys; messages already written keep rendering with theirs.
    pub fn current_version(self) -> i64 {
        1
    }

    /// The keys of a template version, if it exists.
    pub fn template(self, version: i64) -> Option<Keys> {
        let t = |subject, body| Keys {
            subject,
            body,
            next: None,
            sms: None,
        };
        Some(match (self, version) {
            (Kind::VerifyEmail, 1) => t("email-verify-subject", "email-verify-body"),
            (Kind::NewDevice, 1) => t("email-device-subject", "email-device-body"),
            (Kind::Recovery, 1) => t("email-recovery-subject", "email-recovery-body"),
            (Kind::EmailExists, 1) => t("email-exists-subject", "email-exists-body"),
            (Kind::PasswordChanged, 1) => t(
                "email-password-changed-subject",
                "email-password-changed-body",
            ),
            (Kind::DrawHeld, 1) => t("email-draw-held-subject", "email-draw-held-body"),
            (Kind::NotChosen, 1) => Keys {
                subject: "msg-not-chosen-v1-subject",
                body: "msg-not-chosen-v1-body",
                next: Some("msg-not-chosen-v1-next"),
                sms: None,
            },
            (Kind::Confirmed, 1) => Keys {
                subject: "msg-confirmed-v1-subject",
                body: "msg-confirmed-v1-body",
                next: Some("msg-confirmed-v1-next"),
                sms: Some("msg-confirmed-v1-sms"),
            },
            (Kind::DeadlineMoved, 1) => Keys {
                subject: "msg-deadline-moved-v1-subject",
                body: "msg-deadline-moved-v1-body",
                next: Some("msg-deadline-moved-v1-next"),
                sms: Some("msg-deadline-moved-v1-sms"),
            },
            (Kind::Lapsed, 1) => Keys {
                subject: "msg-lapsed-v1-subject",
                body: "msg-lapsed-v1-body",
                next: Some("msg-lapsed-v1-next"),
                sms: Some("msg-lapsed-v1-sms"),
            },
            (Kind::Offered, 1) => Keys {
                subject: "msg-offered-v1-subject",
                body: "msg-offered-v1-body",
                next: Some("msg-offered-v1-next"),
                sms: Some("msg-offered-v1-sms"),
            },
            (Kind::Cancelled, 1) => Keys {
                subject: "msg-cancelled-v1-subject",
                body: "msg-cancelled-v1-body",
                next: Some("msg-cancelled-v1-next"),
                sms: Some("msg-cancelled-v1-sms"),
            },
            (Kind::NoShow, 1) => Keys {
                subject: "msg-no-show-v1-subject",
                body: "msg-no-show-v1-body",
                next: Some("msg-no-show-v1-next"),
                sms: Some("msg-no-show-v1-sms"),
            },
            (Kind::Moved, 1) => Keys {
                subject: "msg-moved-v1-subject",
                body: "msg-moved-v1-body",
                next: Some("msg-moved-v1-next"),
                sms: Some("msg-moved-v1-sms"),
            },
            (Kind::Won, 1) => Keys {
                subject: "msg-won-v1-subject",
                body: "msg-won-v1-body",
                next: Some("msg-won-v1-next"),
                sms: Some("msg-won-v1-sms"),
            },
            _ => return None,
        })
    }

    /// Kinds that carry a one-time code stay out of the inbox: the inbox is read while signed
    /// in, where a code is of no use, and a shared phone should not show one.
    pub fn in_inbox(self) -> bool {
        !matches!(
            self,
            Kind::VerifyEmail | Kind::NewDevice | Kind::Recovery | Kind::EmailExists
        )
    }

    /// Messages about an appointment may go by SMS when e-mail fails (their template has an SMS
    /// text); codes only go where they were asked for.
    fn may_use_sms(self) -> bool {
        self.template(self.current_version())
            .is_some_and(|t| t.sms.is_some())
    }
}

/// What a message needs besides its kind. Sealed in the outbox.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Payload {
    pub to: String,
    #[serde(default)]
    pub phone: Option<String>,
    pub locale: String,
    pub code: Option<String>,
    pub link: Option<String>,
    #[serde(default)]
    pub appointment: Option<AppointmentFacts>,
    #[serde(default)]
    pub request: Option<RequestFacts>,
    /// How much later a deadline moved, in minutes (a deadline-moved message).
    #[serde(default)]
    pub moved_minutes: Option<i64>,
    /// A confirmed appointment's number.
    #[serde(default)]
    pub confirmation_number: Option<String>,
    /// Where a moved appointment was before (its new place is `appointment`).
    #[serde(default)]
    pub moved: Option<MovedFacts>,
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
        a: &garita_appointments::store::draws::AppointmentRow,
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

    /// The deadline as the person reads it: their local time and the zone's name.
    pub fn deadline(&self) -> (String, String) {
        let zone: chrono_tz::Tz = self.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let at = DateTime::<Utc>::from_timestamp_millis(self.confirm_by).unwrap_or_default();
        (
            at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string(),
            garita_domain::window::zone_label(zone),
        )
    }
}

impl Services {
    /// An outbox row for `kind`; write it through `Effects` with the change it announces.
    pub fn message(
        &self,
        kind: Kind,
        account_id: Option<&str>,
        dedup_key: String,
        payload: &Payload,
    ) -> NewMessage {
        let json = serde_json::to_vec(payload).expect("a payload serializes");
        let mut channels = vec!["email".to_string()];
        if kind.may_use_sms() && payload.phone.is_some() {
            channels.push("sms".into());
        }
        NewMessage {
            id: garita_security::codes::id(),
            dedup_key,
            account_id: account_id.map(str::to_string),
            kind: kind.code().to_string(),
            template_version: kind.current_version(),
            channels,
            payload_sealed: self.keys.seal(&json, SEAL_CONTEXT),
            created_at: self.now(),
        }
    }

    /// A payload to an account's address and phone, in its language, linking to its status page.
    pub(crate) fn payload_to(
        &self,
        email_sealed: &[u8],
        phone_sealed: Option<&[u8]>,
        locale: &str,
    ) -> crate::Result<Payload> {
        Ok(Payload {
            to: self.keys.open_str(email_sealed, crate::accounts::EMAIL)?,
            phone: phone_sealed
                .map(|p| self.keys.open_str(p, crate::accounts::PHONE))
                .transpose()?,
            locale: locale.to_string(),
            link: Some(format!("{}/status", self.public_url)),
            ..Payload::default()
        })
    }

    /// What a message about an appointment says, to the group holding it: the account, and the
    /// payload with the appointment's facts, `deadline`, and the group's zone (the one its
    /// request came with, else the port's). `None` if the group or port is gone.
    pub(crate) async fn appointment_payload(
        &self,
        a: &garita_appointments::store::draws::AppointmentRow,
        deadline: i64,
    ) -> crate::Result<Option<(String, Payload)>> {
        let Some(account_id) = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
        else {
            return Ok(None);
        };
        let Some(account) = self.store.account(&account_id).await? else {
            return Ok(None);
        };
        let ports = self.store.list_ports().await?;
        let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
            return Ok(None);
        };
        let zone = self
            .store
            .request_of(&a.registration_id, &a.service_date)
            .await?
            .and_then(|r| r.time_zone)
            .unwrap_or_else(|| port.time_zone.name().to_string());
        let mut payload = self.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
        )?;
        payload.appointment = Some(AppointmentFacts::new(a, port, deadline, zone));
        Ok(Some((account_id, payload)))
    }

    /// The payload of a stored message, if this server's keys open it.
    pub fn open_payload(&self, sealed: &[u8]) -> Option<Payload> {
        let json = self.keys.open(sealed, SEAL_CONTEXT).ok()?;
        serde_json::from_slice(&json).ok()
    }
}

/// A message as the in-app inbox shows it, in the page's language.
pub struct InboxItem {
    pub at: i64,
    pub subject: String,
    pub body: String,
    pub next: Option<String>,
    pub link: Option<String>,
}

impl Services {
    /// A person's messages, newest first, whatever became of them on other channels.
    pub async fn inbox(
        &self,
        i18n: &Catalogs,
        account_id: &str,
        locale: Locale,
    ) -> crate::Result<Vec<InboxItem>> {
        let mut items = vec![];
        for m in self.store.inbox(account_id, 50).await? {
            let Some(kind) = Kind::parse(&m.kind).filter(|k| k.in_inbox()) else {
                continue;
            };
            let Some(mut payload) = self.open_payload(&m.payload_sealed) else {
                continue;
            };
            payload.locale = locale.code().to_string();
            let Some(template) = kind.template(m.template_version) else {
                continue;
            };
            let args = arguments(&payload);
            items.push(InboxItem {
                at: m.created_at,
                subject: i18n.format(locale, template.subject, &args),
                body: i18n.format(locale, template.body, &args),
                next: template.next.map(|k| i18n.format(locale, k, &args)),
                link: payload.link,
            });
        }
        Ok(items)
    }
}

/// A message made ready for one channel.
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub sms: String,
}

#[derive(Template)]
#[template(path = "email.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    greeting: String,
    body: String,
    next: Option<String>,
    code: Option<String>,
    expiry: String,
    link_intro: String,
    link: Option<String>,
    ignore: Option<String>,
    footer: String,
}

/// The message in the person's language, as plain text, HTML and SMS; `None` if its template
/// version no longer exists.
pub fn render(i18n: &Catalogs, kind: Kind, version: i64, payload: &Payload) -> Option<Rendered> {
    let template = kind.template(version)?;
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let args = arguments(payload);
    let subject = i18n.format(locale, template.subject, &args);
    let body = i18n.format(locale, template.body, &args);
    let next = template.next.map(|k| i18n.format(locale, k, &args));
    // The link is part of the sentence for notices; codes and appointments get their own line.
    let code = payload.code.clone();
    let link = (code.is_some() || payload.appointment.is_some() || payload.request.is_some())
        .then(|| payload.link.clone())
        .flatten();
    let sms = match template.sms {
        Some(key) => i18n.format(locale, key, &args),
        None => format!("{subject}. {body}"),
    };
    let html = EmailHtml {
        lang: locale.code(),
        dir: locale.dir(),
        greeting: i18n.text(locale, "email-greeting"),
        body: body.clone(),
        next: next.clone(),
        code: code.clone(),
        expiry: i18n.text(locale, "email-code-expiry"),
        // "Or open this link" goes with a code; a result links to the person's status page.
        link_intro: if code.is_some() {
            i18n.text(locale, "email-link-intro")
        } else {
            format!("{}:", i18n.text(locale, "status-title"))
        },
        link: link.clone(),
        // A message about the person's own appointment or request (one with a next step) was
        // asked for; "if you did not ask for this" would confuse them.
        ignore: next.is_none().then(|| i18n.text(locale, "email-ignore")),
        footer: i18n.text(locale, "email-footer"),
    };
    let mut text = format!("{}\n\n{}\n", html.greeting, body);
    if let Some(next) = &next {
        text.push_str(&format!("\n{next}\n"));
    }
    if code.is_some() {
        text.push_str(&format!(
            "\n{}\n{}\n",
            i18n.format(locale, "email-code", &args),
            html.expiry
        ));
    }
    if let Some(link) = &link {
        text.push_str(&format!("\n{}\n{}\n", html.link_intro, link));
    }
    if let Some(ignore) = &html.ignore {
        text.push_str(&format!("\n{ignore}\n"));
    }
    text.push_str(&format!("\n{}\n", html.footer));
    Some(Rendered {
        subject,
        html: html.render().unwrap_or_else(|_| text.replace('\n', "<br>")),
        text,
        sms,
    })
}

fn arguments(payload: &Payload) -> Vec<(&'static str, Value<'static>)> {
    let arg = |s: &Option<String>| Value::from(s.clone().unwrap_or_default());
    let mut args = vec![("code", arg(&payload.code)), ("link", arg(&payload.link))];
    if let Some(n) = &payload.confirmation_number {
        args.push(("number", Value::from(n.clone())));
    }
    if let Some(m) = payload.moved_minutes {
        args.extend([
            ("hours", Value::from((m / 60).to_string())),
            ("minutes", Value::from((m % 60).to_string())),
        ]);
    }
    if let Some(m) = &payload.moved {
        args.extend([
            ("from_port", Value::from(m.from_port.clone())),
            ("from_date", Value::from(m.from_date.clone())),
            ("from_time", Value::from(m.from_time.clone())),
            ("reason", Value::from(m.reason.clone())),
        ]);
    }
    if let Some(r) = &payload.request {
        args.extend([
            ("day", Value::from(r.service_date.clone())),
            ("port", Value::from(r.port_name.clone())),
        ]);
    }
    if let Some(a) = &payload.appointment {
        let (deadline, zone) = a.deadline();
        args.extend([
            ("day", Value::from(a.service_date.clone())),
            ("port", Value::from(a.port_name.clone())),
            ("crossing", Value::from(a.crossing.clone())),
            ("date", Value::from(a.date.clone())),
            ("time", Value::from(a.time.clone())),
            ("seats", Value::from(a.seats)),
            ("deadline", Value::from(deadline)),
            ("zone", Value::from(zone)),
        ]);
    }
    args
}

/// How many SMS segments a text takes: GSM-7 when every character is in its basic set
/// (160 characters, or 153 per segment when split), UCS-2 otherwise (70, or 67).
pub fn sms_segments(text: &str) -> usize {
    const GSM7: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                        ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const GSM7_EXTENDED: &str = "^{}\\[~]|€";
    let (units, single, multi) = if text
        .chars()
        .all(|c| GSM7.contains(c) || GSM7_EXTENDED.contains(c))
    {
        let units = text
            .chars()
            .map(|c| if GSM7_EXTENDED.contains(c) { 2 } else { 1 })
            .sum();
        (units, 160, 153)
    } else {
        (text.encode_utf16().count(), 70, 67)
    };
    if units <= single {
        1
    } else {
        units.div_ceil(multi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn winner(locale: &str) -> Payload {
        Payload {
            to: "ana@example.com".into(),
            phone: Some("+525512345678".into()),
            locale: locale.into(),
            link: Some("https://garita.example/status".into()),
            appointment: Some(AppointmentFacts {
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
            }),
            ..Payload::default()
        }
    }

    #[test]
    fn messages_render_in_the_persons_language_with_their_code() {
        let i18n = crate::catalogs().unwrap();
        let payload = Payload {
            to: "ana@example.com".into(),
            locale: "ht".into(),
            code: Some("123456".into()),
            link: Some("http://garita.test/verify/abc".into()),
            ..Payload::default()
        };
        let r = render(&i18n, Kind::VerifyEmail, 1, &payload).unwrap();
        assert_eq!(
            r.subject,
            i18n.format(
                Locale::Ht,
                "email-verify-subject",
                &[("code", "123456".into())]
            )
        );
        assert!(r.text.contains("http://garita.test/verify/abc"));
        assert!(r.html.contains("lang=\"ht\""));
        assert!(r.html.contains("123456"));
        assert!(render(&i18n, Kind::VerifyEmail, 2, &payload).is_none());
    }

    #[test]
    fn a_winner_message_names_the_record_the_deadline_and_the_next_step_in_every_language() {
        let i18n = crate::catalogs().unwrap();
        for locale in Locale::ALL {
            let payload = winner(locale.code());
            let (deadline, zone) = payload.appointment.as_ref().unwrap().deadline();
            let r = render(&i18n, Kind::Won, 1, &payload).unwrap();
            for fact in [
                "2026-11-22",
                "Brownsville",
                "2026-12-06",
                "13:00",
                &deadline,
                &zone,
            ] {
                assert!(
                    r.text.contains(fact),
                    "{locale:?} e-mail lacks {fact}: {}",
                    r.text
                );
            }
            assert!(r.text.contains("https://garita.example/status"));
            for fact in [
                "Brownsville",
                "2026-12-06",
                "13:00",
                &deadline,
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
    fn every_template_version_in_use_exists_in_the_catalogs() {
        // The catalog tests then guarantee each key in every language.
        let i18n = crate::catalogs().unwrap();
        for kind in Kind::ALL {
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
        let i18n = crate::catalogs().unwrap();
        for kind in Kind::ALL.into_iter().filter(|k| k.may_use_sms()) {
            for locale in Locale::ALL {
                let mut payload = winner(locale.code());
                payload.confirmation_number = Some("GRT-7K4M-Q2XP".into());
                payload.moved_minutes = Some(185);
                payload.moved = Some(MovedFacts {
                    from_port: "Brownsville".into(),
                    from_date: "2026-12-05".into(),
                    from_time: "13:00".into(),
                    reason: "security".into(),
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
    fn sms_segments_follow_the_encoding() {
        assert_eq!(sms_segments(&"a".repeat(160)), 1);
        assert_eq!(sms_segments(&"a".repeat(161)), 2);
        assert_eq!(sms_segments(&"a".repeat(306)), 2);
        assert_eq!(sms_segments(&"á".repeat(70)), 1, "á is not GSM-7");
        assert_eq!(sms_segments(&"á".repeat(71)), 2);
        assert_eq!(
            sms_segments(&"€".repeat(80)),
            1,
            "extended characters take two"
        );
        assert_eq!(sms_segments(&"€".repeat(81)), 2);
    }
}
