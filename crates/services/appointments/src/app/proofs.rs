//! Proof that cannot be faked: a confirmed appointment has a short confirmation number and a
//! signed token (Ed25519) that anyone can check, online or offline, with the keys published at
//! `/.well-known/garita-keys.json`. The token holds no personal data.
//!
//! Format: the platform's signed proof (`garita_kernel::proofs`) with prefix `GC1` and the
//! claims `{"number", "port", "date", "time", "seats", "valid_until", "key_id"}`.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::AppointmentStore;
use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_domain::Port;
use garita_i18n::Locale;
use garita_kernel::Services;
use garita_kernel::proofs::{self, Answer, ProofCheck};
use garita_security::Keys;
use garita_store::Db;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub const TOKEN_PREFIX: &str = "GC1";
/// A partner's checks in an hour: enough for a shelter's desk, too few to search with.
pub const PARTNER_CHECKS_PER_HOUR: i64 = 60;
/// Crockford's base32 alphabet: no I, L, O or U to misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a token says: nothing about who holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proof {
    pub number: String,
    pub port: String,
    pub date: String,
    pub time: String,
    pub seats: i64,
    /// Unix milliseconds: the end of the appointment day at the port.
    pub valid_until: i64,
    pub key_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Genuine(Proof),
    /// Signed by Garita, but the appointment day is over.
    Expired(Proof),
    /// Signed by Garita, but the appointment was cancelled since.
    Cancelled(Proof),
    /// Signed by Garita, but the appointment moved since (a closure, or its group chose another
    /// port): the group holds a newer confirmation.
    Moved(Proof),
    NotGenuine,
}

/// A new confirmation number, e.g. `GRT-7K4M-Q2XP` (40 random bits).
pub fn new_number() -> String {
    let bytes: [u8; 8] = garita_security::codes::random();
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[(b & 31) as usize] as char)
        .collect();
    format!("GRT-{}-{}", &chars[..4], &chars[4..])
}

impl Appointments {
    /// The signed token of a confirmed appointment.
    pub fn proof_token(&self, a: &AppointmentRow, port: &Port) -> Option<String> {
        let number = a.confirmation_number.clone()?;
        let end = chrono::NaiveDate::parse_from_str(&a.appointment_date, "%Y-%m-%d")
            .ok()?
            .and_hms_opt(23, 59, 59)?
            .and_local_timezone(port.time_zone)
            .latest()?;
        let proof = Proof {
            number,
            port: a.port_code.clone(),
            date: a.appointment_date.clone(),
            time: a.slot.get(..5).unwrap_or(&a.slot).to_string(),
            seats: a.seats,
            valid_until: end.timestamp_millis(),
            key_id: self.keys.public_key().key_id,
        };
        Some(proofs::sign(&self.keys, TOKEN_PREFIX, &proof))
    }

    /// Checks a token: its signature with the published key it names, then its day, then
    /// whether the appointment still stands.
    #[tracing::instrument(skip_all)]
    pub async fn verify_token(&self, token: &str) -> Result<Verdict> {
        verdict(&*self.store, &self.keys, self.now(), token).await
    }

    /// A partner organization asks whether a confirmation number belongs to someone born on
    /// that date: yes or no, nothing more. Audited (never the date); at most
    /// `PARTNER_CHECKS_PER_HOUR` per partner organisation (its people and its systems together),
    /// after which `None` (try again later).
    #[tracing::instrument(skip_all)]
    pub async fn partner_check(
        &self,
        partner: &garita_store::records::Account,
        number: &str,
        born: &garita_domain::travellers::DateOfBirth,
    ) -> Result<Option<bool>> {
        let now = self.now();
        let hour = now - now.rem_euclid(3_600_000);
        let who = partner.grant.organization.as_deref().unwrap_or(&partner.id);
        let bucket = format!("partner-check:{}", self.keys.lookup("organization", who));
        if self.store.hit(&bucket, hour).await? > PARTNER_CHECKS_PER_HOUR {
            return Ok(None);
        }
        let number = number.trim().to_uppercase();
        let mut matches = false;
        if let Some(a) = self.store.appointment_by_number(&number).await?
            && a.status == "confirmed"
            && let Some(account) = self.store.account_of_appointment(&a.id).await?
            && let Some(registration) = self.registration(&account).await?
        {
            matches = registration
                .travellers
                .iter()
                .any(|t| t.birth_date.date() == born.date());
        }
        let event = garita_domain::AuditEvent::new(now, AppointmentAction::PartnerChecked)
            .actor(&partner.id)
            .detail(serde_json::json!({ "number": number, "match": matches }).to_string());
        self.store.append_audit(vec![event]).await?;
        Ok(Some(matches))
    }
}

/// What a token says now: genuine, or why not.
async fn verdict(
    store: &dyn AppointmentStore,
    keys: &Keys,
    now: i64,
    token: &str,
) -> Result<Verdict> {
    let Some(proof) = proofs::open::<Proof>(keys, TOKEN_PREFIX, token) else {
        return Ok(Verdict::NotGenuine);
    };
    let row = store.appointment_by_number(&proof.number).await?;
    let cancelled = row.as_ref().is_none_or(|a| a.status != "confirmed");
    let moved = row.is_some_and(|a| {
        (
            a.port_code.as_str(),
            a.appointment_date.as_str(),
            a.slot.get(..5),
        ) != (
            proof.port.as_str(),
            proof.date.as_str(),
            Some(proof.time.as_str()),
        )
    });
    Ok(if cancelled {
        Verdict::Cancelled(proof)
    } else if moved {
        Verdict::Moved(proof)
    } else if now > proof.valid_until {
        Verdict::Expired(proof)
    } else {
        Verdict::Genuine(proof)
    })
}

/// What `/verify` says about a confirmation (`GC1` tokens).
struct Check(Arc<dyn AppointmentStore>, Arc<Keys>);

pub fn check(db: &Db, keys: &Arc<Keys>) -> Arc<dyn ProofCheck> {
    Arc::new(Check(crate::store::on(db), keys.clone()))
}

#[async_trait]
impl ProofCheck for Check {
    fn prefix(&self) -> &'static str {
        TOKEN_PREFIX
    }

    async fn check(&self, services: &Services, token: &str, _: Locale) -> Result<Answer> {
        let verdict = verdict(&*self.0, &self.1, services.now(), token).await?;
        Ok(answer(&verdict))
    }
}

/// A verdict in words of the catalogs: what `/verify` says about a confirmation.
pub fn answer(verdict: &Verdict) -> Answer {
    match verdict {
        Verdict::Genuine(p) => Answer::new(true, "check-genuine")
            .arg("number", p.number.clone())
            .arg("port", p.port.clone())
            .arg("date", p.date.clone())
            .arg("time", p.time.clone())
            .arg("seats", p.seats),
        Verdict::Expired(p) => Answer::new(false, "check-expired").arg("date", p.date.clone()),
        Verdict::Cancelled(_) => Answer::new(false, "check-cancelled"),
        Verdict::Moved(p) => Answer::new(false, "check-moved").arg("date", p.date.clone()),
        Verdict::NotGenuine => Answer::new(false, "check-not-genuine"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_unambiguous() {
        let n = new_number();
        assert_eq!(n.len(), 13);
        assert!(n.starts_with("GRT-"));
        assert!(!n[4..].chars().any(|c| "ILOU".contains(c)));
        assert_ne!(new_number(), new_number());
    }
}
