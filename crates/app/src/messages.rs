//! Writing and reading messages to people. Their kinds, payloads and rendering are the
//! kernel's (`garita_kernel::messages`); each service hands in its own kinds. A message is
//! written to the outbox in the transaction of the change it announces and delivered later by
//! `delivery`.

use crate::Services;
use garita_i18n::{Catalogs, Locale};
use garita_kernel::messages::{MessageKind, Payload, arguments};
use garita_store::records::NewMessage;

const SEAL_CONTEXT: &str = "outbox.payload";

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
        let mut channels = vec!["email".to_string()];
        if kind.may_use_sms() && payload.phone.is_some() {
            channels.push("sms".into());
        }
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
            let Some(kind) = self.message_kinds.find(&m.kind).filter(|k| k.in_inbox) else {
                continue;
            };
            let Some(mut payload) = self.open_payload(&m.payload_sealed) else {
                continue;
            };
            payload.locale = locale.code().to_string();
            let Some(template) = kind.template(m.template_version) else {
                continue;
            };
            let args = arguments(kind, &payload);
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
