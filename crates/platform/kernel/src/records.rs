//! A person's own record: everything Garita holds about their account and registration, signed
//! with Garita's Ed25519 key so they keep proof of what they held, whatever happens later.
//!
//! Format (`garita-record-v1`): `{"payload": "<JSON text>", "key_id", "algorithm": "Ed25519",
//! "signature"}`. The signature covers the payload's UTF-8 bytes exactly as they appear, so a
//! verifier needs no JSON canonicalization: decode the outer JSON, take `payload` as a string,
//! check the signature with the key published at `/.well-known/garita-keys.json`.

use crate::registrations::{Registration, Version};
use crate::{Result, Services};
use data_encoding::BASE64;
use garita_store::records::Account;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
struct Payload {
    format: &'static str,
    issued_at: i64,
    account: AccountPart,
    registration: Option<Registration>,
    history: Vec<Version>,
    photos: Vec<PhotoPart>,
    /// Every message sent to the account: kind, channel, status, when (not its words).
    messages: Vec<MessagePart>,
    /// What others (helpers, staff) did in or about the account: who (their account id),
    /// what (the audit action), when.
    actions_by_others: Vec<ActionPart>,
    /// Every notice sent to the account: what it said, for which purpose, the legal basis when
    /// the person's consent had not named that purpose, and its delivery.
    notices: Vec<NoticePart>,
    /// The integrity reviews about the account: what kind, when, each decision and the appeal
    /// (the reviewers' reasons stay with the case: they may name other people).
    cases: Vec<CasePart>,
    /// Each service's part (`PersonParts::record`), under the field names it owns.
    #[serde(flatten)]
    services: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Serialize)]
struct CasePart {
    kind: String,
    opened_at: i64,
    decision: Option<String>,
    decided_at: Option<i64>,
    appealed_at: Option<i64>,
    appeal_decision: Option<String>,
    appeal_decided_at: Option<i64>,
}

#[derive(Debug, Serialize)]
struct AccountPart {
    id: String,
    email: String,
    language: String,
    role: &'static str,
    created_at: i64,
}

#[derive(Debug, Serialize)]
struct PhotoPart {
    traveller_id: String,
    status: String,
    jpeg_base64: Option<String>,
}

#[derive(Debug, Serialize)]
struct MessagePart {
    kind: String,
    channel: String,
    status: String,
    at: i64,
}

#[derive(Debug, Serialize)]
struct NoticePart {
    sent_at: i64,
    change: String,
    effective: String,
    purpose: String,
    told_at_consent: bool,
    legal_basis: Option<String>,
    channel: String,
    status: String,
    delivered_at: Option<i64>,
}

#[derive(Debug, Serialize)]
struct ActionPart {
    by: String,
    action: String,
    at: i64,
}

/// What a record file is, checked with the keys Garita publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordCheck {
    /// Signed by Garita; issued then (Unix ms).
    Genuine { issued_at: i64 },
    /// A record whose signature does not match its contents (changed, or not Garita's).
    NotGenuine,
    /// Not a record file at all.
    NotARecord,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedRecord {
    pub payload: String,
    pub key_id: String,
    pub algorithm: String,
    pub signature: String,
}

impl Services {
    /// The account's whole record, signed now.
    #[tracing::instrument(skip_all)]
    pub async fn signed_record(&self, account: &Account) -> Result<SignedRecord> {
        let registration = self.registration(&account.id).await?;
        let history = self.registration_history(&account.id).await?;
        let mut photos = vec![];
        if let Some(r) = &registration {
            for row in self.store.photos_of(&r.id).await? {
                let jpeg = row
                    .photo_sealed
                    .as_ref()
                    .map(|s| self.keys.open(s, "photos.jpeg"))
                    .transpose()?;
                photos.push(PhotoPart {
                    traveller_id: row.traveller_id,
                    status: row.status,
                    jpeg_base64: jpeg.map(|j| BASE64.encode(&j)),
                });
            }
        }
        let messages = self
            .store
            .messages_of(&account.id)
            .await?
            .into_iter()
            .map(|m| MessagePart {
                kind: m.kind,
                channel: m.channel,
                status: m.status,
                at: m.created_at,
            })
            .collect();
        let actions_by_others = self
            .actions_by_others(&account.id)
            .await?
            .into_iter()
            .rev()
            .map(|e| ActionPart {
                by: e.actor.unwrap_or_default(),
                action: e.action,
                at: e.at_ms,
            })
            .collect();
        let notices = self
            .store
            .notices_to(&account.id)
            .await?
            .into_iter()
            .map(|r| NoticePart {
                sent_at: r.notice.sent_at,
                change: r.notice.change,
                effective: r.notice.effective,
                purpose: r.notice.purpose,
                told_at_consent: r.told,
                legal_basis: r.notice.legal_basis.filter(|_| !r.told),
                channel: r.channel,
                status: r.status,
                delivered_at: r.delivered_at,
            })
            .collect();
        let cases = self
            .store
            .cases_about(&account.id)
            .await?
            .into_iter()
            .map(|c| CasePart {
                decided_at: c.decision.as_ref().and(c.closed_at),
                kind: c.kind,
                opened_at: c.opened_at,
                decision: c.decision,
                appealed_at: c.appealed_at,
                appeal_decision: c.appeal_decision,
                appeal_decided_at: c.appeal_decided_at,
            })
            .collect();
        let mut services = serde_json::Map::new();
        for part in &self.people {
            let registration_id = registration.as_ref().map(|r| r.id.as_str());
            services.extend(part.record(&account.id, registration_id).await?);
        }
        let payload = Payload {
            format: "garita-record-v1",
            issued_at: self.now(),
            account: AccountPart {
                id: account.id.clone(),
                email: self.email_of(account)?,
                language: account.locale.clone(),
                role: account.grant.role.code(),
                created_at: account.created_at,
            },
            registration,
            history,
            photos,
            messages,
            notices,
            actions_by_others,
            cases,
            services,
        };
        let payload = serde_json::to_string_pretty(&payload).expect("a record serializes");
        let public = self.keys.public_key();
        Ok(SignedRecord {
            signature: self.keys.sign(payload.as_bytes()),
            payload,
            key_id: public.key_id,
            algorithm: "Ed25519".into(),
        })
    }

    /// Checks a record file as anyone can: its signature, with the published key it names.
    pub fn check_record(&self, text: &str) -> RecordCheck {
        let Ok(record) = serde_json::from_str::<SignedRecord>(text.trim()) else {
            return RecordCheck::NotARecord;
        };
        let key = self
            .keys
            .public_keys()
            .into_iter()
            .find(|k| k.key_id == record.key_id);
        let signed = key.is_some_and(|k| {
            garita_security::verify_signature(
                &k.public_key,
                record.payload.as_bytes(),
                &record.signature,
            )
        });
        if !signed {
            return RecordCheck::NotGenuine;
        }
        #[derive(Deserialize)]
        struct Issued {
            issued_at: i64,
        }
        match serde_json::from_str::<Issued>(&record.payload) {
            Ok(i) => RecordCheck::Genuine {
                issued_at: i.issued_at,
            },
            Err(_) => RecordCheck::NotGenuine,
        }
    }
}
