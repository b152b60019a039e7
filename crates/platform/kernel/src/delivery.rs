//! Delivering the outbox. Any number of nodes run a [`Postman`]: it claims due messages with a
//! lease, sends each on its current channel, and records the attempt. A channel that fails for
//! good (or keeps failing) hands the message to the next one; the last channel's failures end
//! in the dead-letter list admins see. Sending limits defer a message, never fail it.
//!
//! A crash between sending and recording sends the message again when its lease ends, with the
//! same identity (the e-mail's Message-ID, the SMS gateway's `id`), so people see one message.

use crate::messages::{MessageKind, Payload, Rendered, render};
use crate::{Result, Services};
use async_trait::async_trait;
use garita_i18n::Catalogs;
use garita_store::records::{Attempt, ClaimedMessage};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Why a channel could not deliver.
#[derive(Debug)]
pub struct DeliveryError {
    /// Trying again on this channel will not help.
    pub permanent: bool,
    pub reason: String,
}

impl DeliveryError {
    pub fn permanent(reason: impl Into<String>) -> Self {
        DeliveryError {
            permanent: true,
            reason: reason.into(),
        }
    }

    pub fn temporary(reason: impl Into<String>) -> Self {
        DeliveryError {
            permanent: false,
            reason: reason.into(),
        }
    }
}

/// A message ready to leave on one channel.
pub struct Outgoing<'a> {
    /// Stable across retries: receivers de-duplicate on it.
    pub id: &'a str,
    pub kind: &'static MessageKind,
    pub payload: &'a Payload,
    pub rendered: &'a Rendered,
}

#[async_trait]
pub trait Channel: Send + Sync {
    async fn send(&self, message: &Outgoing<'_>) -> Result<(), DeliveryError>;
}

/// E-mail: SMTP, or (with no SMTP configured) `.eml` files to read locally.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf, AsyncFileTransport<Tokio1Executor>),
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
}

pub struct Email {
    pub mailer: Mailer,
    pub from: Mailbox,
}

#[async_trait]
impl Channel for Email {
    async fn send(&self, m: &Outgoing<'_>) -> Result<(), DeliveryError> {
        let to: Mailbox = m
            .payload
            .to
            .parse()
            .map_err(|_| DeliveryError::permanent("address not valid"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.rendered.subject.clone())
            .message_id(Some(format!("<{}@garita>", m.id)))
            .multipart(MultiPart::alternative_plain_html(
                m.rendered.text.clone(),
                m.rendered.html.clone(),
            ))
            .map_err(|e| DeliveryError::permanent(e.to_string()))?;
        match &self.mailer {
            Mailer::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| DeliveryError {
                    permanent: e.is_permanent(),
                    reason: e.to_string(),
                }),
            Mailer::Files(dir, files) => {
                let id = files
                    .send(message)
                    .await
                    .map_err(|e| DeliveryError::temporary(e.to_string()))?;
                // The path, never the address: a person trying Garita locally reads their code here.
                tracing::info!(path = %dir.join(format!("{id}.eml")).display(), "message written");
                Ok(())
            }
        }
    }
}

/// SMS through an HTTP gateway: a signed JSON POST (format in `docs/messages.md`).
pub struct SmsGateway {
    url: String,
    secret: Vec<u8>,
    agent: ureq::Agent,
}

impl SmsGateway {
    pub fn new(url: &str, secret: &[u8]) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(20)))
            .http_status_as_error(false)
            .build()
            .into();
        SmsGateway {
            url: url.to_string(),
            secret: secret.to_vec(),
            agent,
        }
    }
}

#[async_trait]
impl Channel for SmsGateway {
    async fn send(&self, m: &Outgoing<'_>) -> Result<(), DeliveryError> {
        let Some(to) = m.payload.phone.clone() else {
            return Err(DeliveryError::permanent("no phone number"));
        };
        let body = serde_json::json!({
            "id": m.id,
            "to": to,
            "text": m.rendered.sms,
            "locale": m.payload.locale,
        })
        .to_string();
        let timestamp = chrono::Utc::now().timestamp();
        let signature =
            garita_security::webhook_signature(&self.secret, timestamp, body.as_bytes());
        let (agent, url) = (self.agent.clone(), self.url.clone());
        // ureq blocks; one POST per message on the blocking pool.
        let status = tokio::task::spawn_blocking(move || {
            agent
                .post(&url)
                .header("Garita-Timestamp", timestamp.to_string())
                .header("Garita-Signature", format!("v1={signature}"))
                .content_type("application/json")
                .send(body.as_bytes())
                .map(|r| r.status().as_u16())
        })
        .await
        .map_err(|e| DeliveryError::temporary(e.to_string()))?
        .map_err(|e| DeliveryError::temporary(format!("SMS gateway: {e}")))?;
        match status {
            200..=299 => Ok(()),
            // The gateway refuses this message (a bad number, say): retrying will not help.
            400..=499 if status != 408 && status != 429 => Err(DeliveryError::permanent(format!(
                "SMS gateway answered {status}"
            ))),
            _ => Err(DeliveryError::temporary(format!(
                "SMS gateway answered {status}"
            ))),
        }
    }
}

/// How hard to try, and how fast to send.
#[derive(Debug, Clone)]
pub struct DeliveryPolicy {
    /// Attempts on a channel before a temporary failure hands over to the next channel.
    pub channel_attempts: i64,
    /// Attempts on the last channel before the message is dead.
    pub last_channel_attempts: i64,
    /// The first retry's wait; each retry waits twice as long, up to `max_backoff_ms`.
    pub backoff_ms: i64,
    pub max_backoff_ms: i64,
    /// Messages claimed and sent at once by one worker.
    pub batch: i64,
    pub lease_ms: i64,
    /// Messages per minute on each channel, over all nodes; more wait for the next minute.
    pub email_per_minute: i64,
    pub sms_per_minute: i64,
    /// Messages per hour to one person; more wait for the next hour.
    pub per_recipient_per_hour: i64,
}

impl Default for DeliveryPolicy {
    fn default() -> Self {
        DeliveryPolicy {
            channel_attempts: 4,
            last_channel_attempts: 10,
            backoff_ms: 5_000,
            max_backoff_ms: 3_600_000,
            batch: 32,
            lease_ms: 60_000,
            email_per_minute: 6_000,
            sms_per_minute: 1_200,
            per_recipient_per_hour: 20,
        }
    }
}

impl DeliveryPolicy {
    /// 5 s, 10 s, 20 s ... up to the maximum.
    fn backoff(&self, channel_attempts: i64) -> i64 {
        (self.backoff_ms << channel_attempts.clamp(1, 30).saturating_sub(1))
            .min(self.max_backoff_ms)
    }

    /// What happens after a failed attempt.
    fn after(&self, m: &ClaimedMessage, e: &DeliveryError, now: i64) -> Attempt {
        let last = m.fallbacks.is_empty();
        let limit = if last {
            self.last_channel_attempts
        } else {
            self.channel_attempts
        };
        if !e.permanent && m.channel_attempts < limit {
            Attempt::Retry {
                at: now + self.backoff(m.channel_attempts),
            }
        } else if !last {
            Attempt::NextChannel
        } else {
            Attempt::Dead
        }
    }
}

impl Services {
    /// An admin puts a message nobody could deliver back in the queue (audited).
    #[tracing::instrument(skip_all)]
    pub async fn retry_message(&self, admin_id: &str, message_id: &str) -> Result<bool> {
        let now = self.now();
        let event = garita_domain::AuditEvent::new(now, garita_domain::AuditAction::MessageRetried)
            .actor(admin_id)
            .subject(message_id);
        Ok(self
            .store
            .revive_message(
                message_id,
                now,
                garita_store::records::Effects::audit(event),
            )
            .await?)
    }
}

/// Delivers messages from the outbox.
pub struct Postman {
    pub services: Services,
    pub i18n: Arc<Catalogs>,
    pub email: Arc<dyn Channel>,
    pub sms: Option<Arc<dyn Channel>>,
    pub policy: DeliveryPolicy,
}

impl Postman {
    /// Delivers every message due now, a batch at a time; returns how many were attempted.
    #[tracing::instrument(skip_all)]
    pub async fn deliver_due(&self) -> Result<usize> {
        let store = &self.services.store;
        let mut attempted = 0;
        loop {
            let batch = store
                .claim_messages(self.services.now(), self.policy.lease_ms, self.policy.batch)
                .await?;
            if batch.is_empty() {
                return Ok(attempted);
            }
            attempted += batch.len();
            for done in futures_util::future::join_all(batch.iter().map(|m| self.attempt(m))).await
            {
                done?;
            }
        }
    }

    async fn attempt(&self, m: &ClaimedMessage) -> Result<()> {
        let store = &self.services.store;
        if let Some(at) = self.limited(m).await? {
            return Ok(store
                .record_attempt(m, self.services.now(), &Attempt::Deferred { at }, None)
                .await?);
        }
        let outcome = self.send(m).await;
        let now = self.services.now();
        let (attempt, error) = match &outcome {
            Ok(()) => (Attempt::Sent, None),
            Err(e) => (self.policy.after(m, e, now), Some(e.reason.as_str())),
        };
        match &outcome {
            Ok(()) => {
                tracing::info!(id = %m.id, kind = %m.kind, channel = %m.channel, "message delivered")
            }
            Err(e) => tracing::warn!(id = %m.id, kind = %m.kind, channel = %m.channel,
                attempts = m.attempts, permanent = e.permanent, next = attempt.code(),
                reason = %e.reason, "message not delivered"),
        }
        Ok(store.record_attempt(m, now, &attempt, error).await?)
    }

    async fn send(&self, m: &ClaimedMessage) -> Result<(), DeliveryError> {
        let kind = (self.services.message_kinds)
            .find(&m.kind)
            .ok_or_else(|| DeliveryError::permanent("unknown kind"))?;
        let payload = self
            .services
            .open_payload(&m.payload_sealed)
            .ok_or_else(|| DeliveryError::permanent("payload cannot be opened"))?
            .with_address(&self.services.public_url);
        // Nothing goes out through contact data outside a declared purpose.
        if !self.services.purposes.is_declared(payload.purpose(kind)) {
            return Err(DeliveryError::permanent("outside a declared purpose"));
        }
        let rendered = render(&self.i18n, kind, m.template_version, &payload)
            .ok_or_else(|| DeliveryError::permanent("template version not found"))?;
        let channel = match m.channel.as_str() {
            "email" => &self.email,
            "sms" => self
                .sms
                .as_ref()
                .ok_or_else(|| DeliveryError::permanent("no SMS gateway configured"))?,
            _ => return Err(DeliveryError::permanent("unknown channel")),
        };
        channel
            .send(&Outgoing {
                id: &m.id,
                kind,
                payload: &payload,
                rendered: &rendered,
            })
            .await
    }

    /// When a sending limit is reached, the time to try again.
    async fn limited(&self, m: &ClaimedMessage) -> Result<Option<i64>> {
        let now = self.services.now();
        let store = &self.services.store;
        let per_minute = match m.channel.as_str() {
            "sms" => self.policy.sms_per_minute,
            _ => self.policy.email_per_minute,
        };
        let minute = now - now.rem_euclid(60_000);
        if store.hit(&format!("send:{}", m.channel), minute).await? > per_minute {
            return Ok(Some(minute + 60_000));
        }
        if let Some(account) = &m.account_id {
            let hour = now - now.rem_euclid(3_600_000);
            if store.hit(&format!("send-to:{account}"), hour).await?
                > self.policy.per_recipient_per_hour
            {
                return Ok(Some(hour + 3_600_000));
            }
        }
        Ok(None)
    }

    /// Delivers until `shutdown` resolves; any number of nodes may run this at once.
    #[tracing::instrument(skip_all)]
    pub async fn run(self, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.deliver_due().await {
                tracing::error!(%error, "outbox worker");
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(250)) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(channel: &str, fallbacks: &str, channel_attempts: i64) -> ClaimedMessage {
        ClaimedMessage {
            id: "m".into(),
            account_id: None,
            kind: "won".into(),
            template_version: 1,
            channel: channel.into(),
            fallbacks: fallbacks.into(),
            payload_sealed: vec![],
            attempts: channel_attempts,
            channel_attempts,
            created_at: 0,
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let p = DeliveryPolicy::default();
        assert_eq!(p.backoff(1), 5_000);
        assert_eq!(p.backoff(2), 10_000);
        assert_eq!(p.backoff(40), 3_600_000);
    }

    #[test]
    fn failures_retry_then_fall_back_then_die() {
        let p = DeliveryPolicy::default();
        let temporary = DeliveryError::temporary("busy");
        let permanent = DeliveryError::permanent("no such address");
        assert_eq!(
            p.after(&claimed("email", "sms", 1), &temporary, 0),
            Attempt::Retry { at: 5_000 }
        );
        assert_eq!(
            p.after(&claimed("email", "sms", 4), &temporary, 0),
            Attempt::NextChannel
        );
        assert_eq!(
            p.after(&claimed("email", "sms", 1), &permanent, 0),
            Attempt::NextChannel
        );
        assert_eq!(
            p.after(&claimed("sms", "", 4), &temporary, 0),
            Attempt::Retry { at: 40_000 }
        );
        assert_eq!(
            p.after(&claimed("sms", "", 10), &temporary, 0),
            Attempt::Dead
        );
        assert_eq!(
            p.after(&claimed("email", "", 1), &permanent, 0),
            Attempt::Dead
        );
    }
}
