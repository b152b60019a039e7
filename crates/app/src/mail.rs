//! Messages to people: written to the outbox with the change they announce, then delivered by a
//! worker on any node, by SMTP or (with no SMTP configured) as `.eml` files to read locally.
//!
//! The payload (address, code, link) is sealed in the outbox row: the database never holds a code
//! in clear. Each message has a fixed Message-ID, so a retry after a crash between sending and
//! recording is shown by mail programs as the same message, not two.

use crate::{Result, Services};
use askama::Template;
use garita_i18n::{Catalogs, Locale, Value};
use garita_storage::records::NewMessage;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

const SEAL_CONTEXT: &str = "outbox.payload";
/// After this many attempts a message is dead and listed for admins.
const MAX_ATTEMPTS: i64 = 8;
const LEASE_MS: i64 = 60_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    VerifyEmail,
    NewDevice,
    Recovery,
    EmailExists,
    PasswordChanged,
    /// To programme admins: a draw failed a fairness check and waits for them.
    DrawHeld,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::VerifyEmail,
        Kind::NewDevice,
        Kind::Recovery,
        Kind::EmailExists,
        Kind::PasswordChanged,
        Kind::DrawHeld,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::VerifyEmail => "verify-email",
            Kind::NewDevice => "new-device",
            Kind::Recovery => "recovery",
            Kind::EmailExists => "email-exists",
            Kind::PasswordChanged => "password-changed",
            Kind::DrawHeld => "draw-held",
        }
    }

    fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The subject and the main sentence.
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Kind::VerifyEmail => ("email-verify-subject", "email-verify-body"),
            Kind::NewDevice => ("email-device-subject", "email-device-body"),
            Kind::Recovery => ("email-recovery-subject", "email-recovery-body"),
            Kind::EmailExists => ("email-exists-subject", "email-exists-body"),
            Kind::PasswordChanged => (
                "email-password-changed-subject",
                "email-password-changed-body",
            ),
            Kind::DrawHeld => ("email-draw-held-subject", "email-draw-held-body"),
        }
    }
}

/// What a message needs besides its kind. Sealed in the outbox.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Payload {
    pub to: String,
    pub locale: String,
    pub code: Option<String>,
    pub link: Option<String>,
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
        NewMessage {
            id: garita_security::codes::id(),
            dedup_key,
            account_id: account_id.map(str::to_string),
            kind: kind.code().to_string(),
            channel: "email".into(),
            payload_sealed: self.keys.seal(&json, SEAL_CONTEXT),
            created_at: self.now(),
        }
    }
}

impl Services {
    /// The payload of a claimed message, if this server's keys open it.
    pub fn open_payload(
        &self,
        claimed: &garita_storage::records::ClaimedMessage,
    ) -> Option<Payload> {
        let json = self.keys.open(&claimed.payload_sealed, SEAL_CONTEXT).ok()?;
        serde_json::from_slice(&json).ok()
    }
}

pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "email.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    greeting: String,
    body: String,
    code: Option<String>,
    expiry: String,
    link_intro: String,
    link: Option<String>,
    ignore: String,
    footer: String,
}

/// The message in the person's language, as plain text and HTML.
pub fn render(i18n: &Catalogs, kind: Kind, payload: &Payload) -> Rendered {
    let locale = Locale::from_code(&payload.locale).unwrap_or(Locale::En);
    let arg = |s: &Option<String>| Value::from(s.clone().unwrap_or_default());
    let args = [("code", arg(&payload.code)), ("link", arg(&payload.link))];
    let (subject_key, body_key) = kind.keys();
    let subject = i18n.format(locale, subject_key, &args);
    let body = i18n.format(locale, body_key, &args);
    // The link is part of the sentence for notices; codes come with their own link line.
    let has_code = payload.code.is_some();
    let code = payload.code.clone();
    let link = if has_code { payload.link.clone() } else { None };
    let html = EmailHtml {
        lang: locale.code(),
        dir: locale.dir(),
        greeting: i18n.text(locale, "email-greeting"),
        body: body.clone(),
        code: code.clone(),
        expiry: i18n.text(locale, "email-code-expiry"),
        link_intro: i18n.text(locale, "email-link-intro"),
        link: link.clone(),
        ignore: i18n.text(locale, "email-ignore"),
        footer: i18n.text(locale, "email-footer"),
    };
    let mut text = format!("{}\n\n{}\n", html.greeting, body);
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
    text.push_str(&format!("\n{}\n\n{}\n", html.ignore, html.footer));
    Rendered {
        subject,
        html: html.render().unwrap_or_else(|_| text.replace('\n', "<br>")),
        text,
    }
}

/// Where messages go.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// No SMTP configured: each message becomes a `.eml` file in this folder.
    Files(PathBuf, AsyncFileTransport<Tokio1Executor>),
}

#[derive(Debug)]
pub struct DeliveryError {
    pub permanent: bool,
    pub reason: String,
}

impl Mailer {
    /// SMTP from a URL such as `smtp://host:25` or `smtps://user:pass@host:465`.
    pub fn smtp(url: &str) -> Result<Mailer, String> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| Mailer::Smtp(b.timeout(Some(Duration::from_secs(20))).build()))
            .map_err(|e| format!("the SMTP URL is not valid: {e}"))
    }

    pub fn files(dir: PathBuf) -> std::io::Result<Mailer> {
        std::fs::create_dir_all(&dir)?;
        let transport = AsyncFileTransport::new(&dir);
        Ok(Mailer::Files(dir, transport))
    }

    async fn send(&self, message: Message) -> Result<(), DeliveryError> {
        match self {
            Mailer::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| DeliveryError {
                    permanent: e.is_permanent(),
                    reason: e.to_string(),
                }),
            Mailer::Files(dir, files) => {
                let id = files.send(message).await.map_err(|e| DeliveryError {
                    permanent: false,
                    reason: e.to_string(),
                })?;
                // The path, never the address: a person trying Garita locally reads their code here.
                tracing::info!(path = %dir.join(format!("{id}.eml")).display(), "message written");
                Ok(())
            }
        }
    }
}

/// Delivers messages from the outbox.
pub struct Postman {
    pub services: Services,
    pub i18n: std::sync::Arc<Catalogs>,
    pub mailer: Mailer,
    pub from: Mailbox,
}

impl Postman {
    /// Delivers every message due now; returns how many were attempted.
    pub async fn deliver_due(&self) -> Result<usize> {
        let mut attempted = 0;
        while let Some(claimed) = self
            .services
            .store
            .claim_message(self.services.now(), LEASE_MS)
            .await?
        {
            attempted += 1;
            let outcome = self.deliver(&claimed).await;
            let store = &self.services.store;
            match outcome {
                Ok(()) => {
                    store.message_sent(&claimed.id, self.services.now()).await?;
                    tracing::info!(id = %claimed.id, kind = %claimed.kind, "message delivered");
                }
                Err(e) => {
                    let retry = (!e.permanent && claimed.attempts < MAX_ATTEMPTS)
                        .then(|| self.services.now() + backoff_ms(claimed.attempts));
                    tracing::warn!(id = %claimed.id, kind = %claimed.kind, attempts = claimed.attempts,
                        permanent = e.permanent, will_retry = retry.is_some(), reason = %e.reason,
                        "message not delivered");
                    store.message_failed(&claimed.id, &e.reason, retry).await?;
                }
            }
        }
        Ok(attempted)
    }

    async fn deliver(
        &self,
        claimed: &garita_storage::records::ClaimedMessage,
    ) -> Result<(), DeliveryError> {
        let broken = |reason: &str| DeliveryError {
            permanent: true,
            reason: reason.into(),
        };
        let kind = Kind::parse(&claimed.kind).ok_or_else(|| broken("unknown kind"))?;
        let payload = self
            .services
            .open_payload(claimed)
            .ok_or_else(|| broken("payload cannot be opened"))?;
        let to: Mailbox = payload
            .to
            .parse()
            .map_err(|_| broken("address not valid"))?;
        let rendered = render(&self.i18n, kind, &payload);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(rendered.subject)
            .message_id(Some(format!("<{}@garita>", claimed.id)))
            .multipart(MultiPart::alternative_plain_html(
                rendered.text,
                rendered.html,
            ))
            .map_err(|e| broken(&e.to_string()))?;
        self.mailer.send(message).await
    }

    /// Delivers until `shutdown` resolves; any number of nodes may run this at once.
    pub async fn run(self, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.deliver_due().await {
                tracing::error!(%error, "outbox worker");
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}

/// 5 s, 10 s, 20 s ... up to one hour.
fn backoff_ms(attempts: i64) -> i64 {
    (5_000i64 << attempts.clamp(1, 20).saturating_sub(1)).min(3_600_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff_ms(1), 5_000);
        assert_eq!(backoff_ms(2), 10_000);
        assert_eq!(backoff_ms(20), 3_600_000);
    }

    #[test]
    fn messages_render_in_the_persons_language_with_their_code() {
        let i18n = Catalogs::load().unwrap();
        let payload = Payload {
            to: "ana@example.com".into(),
            locale: "ht".into(),
            code: Some("123456".into()),
            link: Some("http://garita.test/verify/abc".into()),
        };
        let r = render(&i18n, Kind::VerifyEmail, &payload);
        assert!(r.subject.contains("123456"));
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
    }
}
