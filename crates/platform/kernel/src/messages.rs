//! Messages to people: what each kind says, in each language and template version, on each
//! channel (e-mail, SMS, the in-app inbox). A kind is data a service hands in
//! ([`MessageKind`]); the kernel's own (codes, notices about the account) are here.
//!
//! The payload (address, phone, code, link, the facts a message names) is sealed in the outbox
//! row: the database never holds a code in clear. A message's facts are copied from the record
//! when it is written, so what it says is what the record said when it was committed.

use crate::Services;
use askama::Template;
use garita_i18n::{Catalogs, Locale, Value};
use garita_store::records::NewMessage;
use serde::{Deserialize, Serialize};

const SEAL_CONTEXT: &str = "outbox.payload";

/// The catalog keys of one template version.
pub struct Keys {
    pub subject: &'static str,
    pub body: &'static str,
    /// What to do next (after the body), if the kind says more than one sentence.
    pub next: Option<&'static str>,
    /// The whole SMS, one or two segments.
    pub sms: Option<&'static str>,
}

/// The Fluent arguments a kind's facts give its templates (besides `code` and `link`), for a
/// reading of one length.
pub type Arguments = fn(&Payload, Length) -> Vec<(&'static str, Value<'static>)>;

/// How much room a message has: an e-mail, the inbox and pages say dates in full words; an SMS,
/// where every character costs and one outside GSM-7 halves the room, says them shorter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Full,
    Sms,
}

/// A kind of message. Its code is stored with each message, so it never changes; its template
/// versions only grow: a changed wording is a new version with new keys, and messages already
/// written keep rendering with theirs.
pub struct MessageKind {
    pub code: &'static str,
    /// What the person's contact data is used for (`garita_domain::purposes`): a message is
    /// sent only while the configuration declares its purpose.
    pub purpose: &'static str,
    /// Every template version, oldest first: version `n` is `versions[n - 1]`, and the last is
    /// the one new messages are written with.
    pub versions: &'static [Keys],
    /// Kinds that carry a one-time code stay out of the inbox: the inbox is read while signed
    /// in, where a code is of no use, and a shared phone should not show one.
    pub in_inbox: bool,
    pub arguments: Arguments,
}

impl PartialEq for MessageKind {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl std::fmt::Debug for MessageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

/// The arguments of a kind whose messages name no facts (a notice, a code).
pub fn no_facts(_: &Payload, _: Length) -> Vec<(&'static str, Value<'static>)> {
    vec![]
}

const fn notice(subject: &'static str, body: &'static str) -> Keys {
    Keys {
        subject,
        body,
        next: None,
        sms: None,
    }
}

/// Version 2 of a notice: the same words, and an SMS text for an account with a number alone.
const fn with_sms(subject: &'static str, body: &'static str, sms: &'static str) -> Keys {
    Keys {
        subject,
        body,
        next: None,
        sms: Some(sms),
    }
}

impl MessageKind {
    pub const VERIFY_EMAIL: &'static MessageKind = &MessageKind {
        code: "verify-email",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[
            notice("email-verify-subject", "email-verify-body"),
            with_sms("email-verify-subject", "email-verify-body", "sms-verify-v2"),
        ],
        in_inbox: false,
        arguments: no_facts,
    };
    pub const NEW_DEVICE: &'static MessageKind = &MessageKind {
        code: "new-device",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[
            notice("email-device-subject", "email-device-body"),
            with_sms("email-device-subject", "email-device-body", "sms-device-v2"),
        ],
        in_inbox: false,
        arguments: no_facts,
    };
    pub const RECOVERY: &'static MessageKind = &MessageKind {
        code: "recovery",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[
            notice("email-recovery-subject", "email-recovery-body"),
            with_sms(
                "email-recovery-subject",
                "email-recovery-body",
                "sms-recovery-v2",
            ),
        ],
        in_inbox: false,
        arguments: no_facts,
    };
    pub const EMAIL_EXISTS: &'static MessageKind = &MessageKind {
        code: "email-exists",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[
            notice("email-exists-subject", "email-exists-body"),
            with_sms("email-exists-subject", "email-exists-body", "sms-exists-v2"),
        ],
        in_inbox: false,
        arguments: no_facts,
    };
    pub const PASSWORD_CHANGED: &'static MessageKind = &MessageKind {
        code: "password-changed",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[
            notice(
                "email-password-changed-subject",
                "email-password-changed-body",
            ),
            with_sms(
                "email-password-changed-subject",
                "email-password-changed-body",
                "sms-password-changed-v2",
            ),
        ],
        in_inbox: true,
        arguments: no_facts,
    };

    /// To each helper of an organisation: a person it helped withdrew its access (who is not
    /// said; the person leaves the helpers' list).
    pub const HELP_WITHDRAWN: &'static MessageKind = &MessageKind {
        code: "help-withdrawn",
        purpose: garita_domain::purposes::ACCOUNT,
        versions: &[notice(
            "email-help-withdrawn-subject",
            "email-help-withdrawn-body",
        )],
        in_inbox: true,
        arguments: no_facts,
    };

    /// The kernel's own kinds: codes and notices about the account, cases, status notices.
    pub const KERNEL: &'static [&'static MessageKind] = &[
        MessageKind::VERIFY_EMAIL,
        MessageKind::NEW_DEVICE,
        MessageKind::RECOVERY,
        MessageKind::EMAIL_EXISTS,
        MessageKind::PASSWORD_CHANGED,
        MessageKind::HELP_WITHDRAWN,
        crate::cases::CASE_OPENED,
        crate::cases::CASE_DECIDED,
        crate::cases::REGISTRATION_WITHDRAWN,
        crate::notices::NOTICE,
        crate::organizations::APPROVED,
        crate::organizations::REFUSED,
    ];

    /// The version new messages of this kind are written with.
    pub fn current_version(&self) -> i64 {
        self.versions.len() as i64
    }

    /// The keys of a template version, if it exists.
    pub fn template(&self, version: i64) -> Option<&'static Keys> {
        let index = usize::try_from(version).ok()?.checked_sub(1)?;
        self.versions.get(index)
    }

    /// Messages about a person's own case may go by SMS when e-mail fails (their template has
    /// an SMS text); codes only go where they were asked for.
    pub fn may_use_sms(&self) -> bool {
        self.template(self.current_version())
            .is_some_and(|t| t.sms.is_some())
    }
}

/// The message kinds of a build: the kernel's and each service's, found by their stored code.
pub struct MessageKinds(Vec<&'static MessageKind>);

impl MessageKinds {
    /// The kernel's kinds and `services`'; two kinds with one code is a programming error.
    pub fn new<'a>(services: impl IntoIterator<Item = &'a [&'static MessageKind]>) -> Self {
        let mut kinds: Vec<&'static MessageKind> = MessageKind::KERNEL.to_vec();
        for kind in services.into_iter().flatten() {
            assert!(
                !kinds.contains(kind),
                "two message kinds share the code {}",
                kind.code
            );
            kinds.push(kind);
        }
        MessageKinds(kinds)
    }

    pub fn find(&self, code: &str) -> Option<&'static MessageKind> {
        self.0.iter().copied().find(|k| k.code == code)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static MessageKind> + '_ {
        self.0.iter().copied()
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
    /// The facts the message names, as its service wrote them (each service reads its own).
    #[serde(flatten)]
    pub facts: serde_json::Map<String, serde_json::Value>,
}

impl Payload {
    /// The payload as it leaves: a link stored as a path gets the delivering server's public
    /// address (`public_url`) before it; a whole address is kept.
    pub fn with_address(mut self, public_url: &str) -> Payload {
        if let Some(link) = self.link.as_mut().filter(|l| l.starts_with('/')) {
            *link = format!("{}{link}", public_url.trim_end_matches('/'));
        }
        self
    }

    /// A fact the service wrote as text (empty when absent).
    pub fn text(&self, name: &str) -> String {
        self.facts
            .get(name)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    }

    /// A moment the service wrote (Unix milliseconds under `at`, its zone's name under `zone`)
    /// in words in the payload's language: in full, or short for an SMS; empty when absent.
    pub fn moment(&self, at: &str, zone: &str, length: Length) -> String {
        let locale = Locale::from_code(&self.locale).unwrap_or(Locale::En);
        let zone = self.text(zone).parse().unwrap_or(chrono_tz::UTC);
        let Some(ms) = self.facts.get(at).and_then(|v| v.as_i64()) else {
            return String::new();
        };
        match length {
            Length::Full => garita_i18n::when::moment_ms(locale, ms, zone),
            Length::Sms => garita_i18n::when::short_moment(
                locale,
                chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default(),
                zone,
            ),
        }
    }

    /// The purpose the message is sent for: a notice's own (`notice_purpose` among its facts),
    /// else its kind's.
    pub fn purpose<'a>(&'a self, kind: &'a MessageKind) -> &'a str {
        self.facts
            .get("notice_purpose")
            .and_then(|p| p.as_str())
            .unwrap_or(kind.purpose)
    }

    /// Whether the message names facts of a person's case (not only a code or a notice).
    pub fn has_facts(&self) -> bool {
        self.facts.values().any(|v| !v.is_null())
    }
}

impl Services {
    /// An outbox row for `kind`; write it through `Effects` with the change it announces.
    pub fn message(
        &self,
        kind: &MessageKind,
        account_id: Option<&str>,
        dedup_key: String,
        payload: &Payload,
    ) -> NewMessage {
        let json = serde_json::to_vec(payload).expect("a payload serializes");
        // An account with a number alone gets everything by SMS; others by e-mail first.
        let channels = if payload.to.is_empty() {
            vec!["sms".to_string()]
        } else if kind.may_use_sms() && payload.phone.is_some() {
            vec!["email".to_string(), "sms".to_string()]
        } else {
            vec!["email".to_string()]
        };
        NewMessage {
            id: garita_security::codes::id(),
            dedup_key,
            account_id: account_id.map(str::to_string),
            kind: kind.code.to_string(),
            template_version: kind.current_version(),
            channels,
            payload_sealed: self.keys.seal(&json, SEAL_CONTEXT),
            created_at: self.now(),
        }
    }

    /// A payload to an account's address and phone, in its language, linking to `page` (a path
    /// of the service the message is about). The path is stored as it is: the server that
    /// delivers the message puts its public address before it (`Payload::with_address`), so a
    /// message written by the command line links where people reach Garita too.
    pub fn payload_to(
        &self,
        email_sealed: &[u8],
        phone_sealed: Option<&[u8]>,
        locale: &str,
        page: &str,
    ) -> crate::Result<Payload> {
        Ok(Payload {
            // Empty for an account with a number alone: its messages go by SMS.
            to: if email_sealed.is_empty() {
                String::new()
            } else {
                self.keys.open_str(email_sealed, crate::accounts::EMAIL)?
            },
            phone: phone_sealed
                .map(|p| self.keys.open_str(p, crate::accounts::PHONE))
                .transpose()?,
            locale: locale.to_string(),
            link: Some(page.to_string()),
            ..Payload::default()
        })
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
    #[tracing::instrument(skip_all)]
    pub async fn inbox(
        &self,
        i18n: &Catalogs,
        account_id: &str,
        locale: Locale,
    ) -> crate::Result<Vec<InboxItem>> {
        let mut items = vec![];
        for m in self.store.inbox(account_id, 50).await? {
            let Some(kind) = self.message_kinds.find(&m.kind).filter(|k| k.in_inbox) else {
                continue;
            };
            if m.payload_sealed.is_empty() {
                // Its text's period ended (`closing::Retention`): say so rather than hide it.
                let days = [("days", Value::from(self.retention.message_text_days))];
                items.push(InboxItem {
                    at: m.created_at,
                    subject: i18n.text(locale, "inbox-text-gone-subject"),
                    body: i18n.format(locale, "inbox-text-gone-body", &days),
                    next: None,
                    link: None,
                });
                continue;
            }
            let Some(mut payload) = self.open_payload(&m.payload_sealed) else {
                continue;
            };
            payload.locale = locale.code().to_string();
            let Some(template) = kind.template(m.template_version) else {
                continue;
            };
            let args = arguments(kind, &payload, Length::Full);
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
pub fn render(
    i18n: &Catalogs,
    kind: &MessageKind,
    version: i64,
    payload: &Payload,
) -> Option<Rendered> {
    let template = kind.template(version)?;
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let args = arguments(kind, payload, Length::Full);
    let subject = i18n.format(locale, template.subject, &args);
    let body = i18n.format(locale, template.body, &args);
    let next = template.next.map(|k| i18n.format(locale, k, &args));
    // The link is part of the sentence for notices; codes and a case's facts get their own line.
    let code = payload.code.clone();
    let link = (code.is_some() || payload.has_facts())
        .then(|| payload.link.clone())
        .flatten();
    let sms = match template.sms {
        Some(key) => i18n.format(locale, key, &arguments(kind, payload, Length::Sms)),
        None => format!("{subject}. {body}"),
    };
    // Typography's no-break spaces ("1:00 PM") are outside GSM-7 and would halve the room.
    let sms = sms.replace(['\u{a0}', '\u{202f}'], " ");
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
        // A message about the person's own case (one with a next step) was
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

/// The arguments every template may use: the code and link, then the kind's facts.
pub fn arguments(
    kind: &MessageKind,
    payload: &Payload,
    length: Length,
) -> Vec<(&'static str, Value<'static>)> {
    let arg = |s: &Option<String>| Value::from(s.clone().unwrap_or_default());
    let mut args = vec![("code", arg(&payload.code)), ("link", arg(&payload.link))];
    args.extend((kind.arguments)(payload, length));
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

    #[test]
    fn messages_render_in_the_persons_language_with_their_code() {
        let i18n = Catalogs::load().unwrap();
        let payload = Payload {
            to: "ana@example.com".into(),
            locale: "ht".into(),
            code: Some("123456".into()),
            link: Some("http://garita.test/verify/abc".into()),
            ..Payload::default()
        };
        let r = render(&i18n, MessageKind::VERIFY_EMAIL, 1, &payload).unwrap();
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
        // Version 2 adds the SMS text, with the code in it, for an account with a number alone.
        let by_sms = render(&i18n, MessageKind::VERIFY_EMAIL, 2, &payload).unwrap();
        assert!(by_sms.sms.contains("123456") && by_sms.sms.starts_with("Garita"));
        assert!(render(&i18n, MessageKind::VERIFY_EMAIL, 3, &payload).is_none());
        assert!(render(&i18n, MessageKind::VERIFY_EMAIL, 0, &payload).is_none());
    }

    #[test]
    fn a_payload_keeps_the_facts_it_was_written_with() {
        // A service's facts sit beside the kernel's fields, as payloads sealed before facts
        // were a service's own had them.
        let stored = r#"{"to":"a@example.com","locale":"es","code":null,"link":null,
            "case":null,"minutes":95}"#;
        let p: Payload = serde_json::from_str(stored).unwrap();
        assert!(p.has_facts(), "a fact with a value counts");
        assert_eq!(p.facts["minutes"], 95);
        let again: Payload = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(again.facts, p.facts);
        let none: Payload = serde_json::from_str(
            r#"{"to":"a@example.com","locale":"es","code":"1","link":null,"case":null}"#,
        )
        .unwrap();
        assert!(!none.has_facts(), "a fact without a value does not");
    }

    #[test]
    fn a_link_stored_as_a_path_gets_the_delivering_servers_address() {
        let payload = |link: &str| Payload {
            link: Some(link.into()),
            ..Payload::default()
        };
        // Written by the command line (which does not know where people reach Garita),
        // delivered by the server, which does.
        let sent = payload("/status").with_address("https://garita.example/");
        assert_eq!(sent.link.as_deref(), Some("https://garita.example/status"));
        // Messages sealed before kept whole addresses: they stay as they are.
        let old = payload("https://old.example/status").with_address("https://garita.example");
        assert_eq!(old.link.as_deref(), Some("https://old.example/status"));
    }

    #[test]
    fn kinds_are_found_by_their_code_and_never_twice() {
        static EXTRA: MessageKind = MessageKind {
            code: "extra",
            purpose: garita_domain::purposes::ACCOUNT,
            versions: &[
                notice("email-verify-subject", "email-verify-body"),
                with_sms("email-verify-subject", "email-verify-body", "sms-verify-v2"),
            ],
            in_inbox: true,
            arguments: no_facts,
        };
        let kinds = MessageKinds::new([&[&EXTRA][..]]);
        assert_eq!(kinds.find("extra"), Some(&EXTRA));
        assert_eq!(kinds.find("recovery"), Some(MessageKind::RECOVERY));
        assert_eq!(kinds.find("nothing"), None);
        let twice = std::panic::catch_unwind(|| MessageKinds::new([&[MessageKind::RECOVERY][..]]));
        assert!(twice.is_err());
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
