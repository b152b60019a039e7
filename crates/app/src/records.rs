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
    /// Every appointment the group held, and what became of it.
    appointments: Vec<AppointmentPart>,
}

#[derive(Debug, Serialize)]
struct AppointmentPart {
    service_date: String,
    port: String,
    date: String,
    time: String,
    seats: i64,
    /// won, offered, confirmed, lapsed or cancelled.
    status: String,
    confirmation_number: Option<String>,
    confirmed_at: Option<i64>,
    cancelled_at: Option<i64>,
    /// Where it was before, oldest first: a port closed that day, or the group chose another.
    moves: Vec<MovePart>,
}

#[derive(Debug, Serialize)]
struct MovePart {
    from_port: String,
    from_date: String,
    from_time: String,
    to_port: String,
    to_date: String,
    to_time: String,
    /// `closure` or `port-chosen`.
    reason: String,
    moved_at: i64,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedRecord {
    pub payload: String,
    pub key_id: String,
    pub algorithm: String,
    pub signature: String,
}

impl Services {
    /// The account's whole record, signed now.
    pub async fn signed_record(&self, account: &Account) -> Result<SignedRecord> {
        let registration = self.registration(&account.id).await?;
        let history = self.registration_history(&account.id).await?;
        let mut photos = vec![];
        let mut appointments = vec![];
        if let Some(r) = &registration {
            for a in self.store.appointments_of(&r.id).await? {
                let time = |slot: &str| slot.get(..5).unwrap_or(slot).to_string();
                let moves = self
                    .store
                    .moves_of(&a.id)
                    .await?
                    .into_iter()
                    .map(|m| MovePart {
                        from_time: time(&m.from_slot),
                        to_time: time(&m.to_slot),
                        from_port: m.from_port,
                        from_date: m.from_date,
                        to_port: m.to_port,
                        to_date: m.to_date,
                        reason: m.reason,
                        moved_at: m.moved_at,
                    })
                    .collect();
                appointments.push(AppointmentPart {
                    moves,
                    time: a.slot.get(..5).unwrap_or(&a.slot).to_string(),
                    service_date: a.service_date,
                    port: a.port_code,
                    date: a.appointment_date,
                    seats: a.seats,
                    status: a.status,
                    confirmation_number: a.confirmation_number,
                    confirmed_at: a.confirmed_at,
                    cancelled_at: a.cancelled_at,
                });
            }
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
            appointments,
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
}
