//! An authorization as a signed proof (`garita_kernel::proofs`, prefix `GTA1`): only what an
//! airline needs to match it to a passenger (initials, year of birth, the passport's issuing
//! state), its number and its end. The beneficiary shows its QR code when boarding and at the
//! port; `/verify` checks it online, and anyone with Garita's public key offline.

use crate::app::opened;
use crate::domain::Confirmed;
use crate::store::{self, BeneficiaryRow, TravelStore};
use async_trait::async_trait;
use garita_i18n::{Locale, when};
use garita_kernel::proofs::{self, Answer, ProofCheck};
use garita_kernel::{Result, Services};
use garita_security::Keys;
use garita_store::Db;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub const TOKEN_PREFIX: &str = "GTA1";

/// What an authorization's token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorization {
    pub number: String,
    /// First letters of the given and family names, as on the passport ("M.J.").
    pub initials: String,
    pub birth_year: i32,
    /// ICAO code of the passport's issuing state.
    pub document_country: String,
    /// Unix milliseconds: the end of its validity (an extension makes a new token).
    pub valid_until: i64,
}

/// The token of an authorized beneficiary; `None` unless authorized and confirmed.
pub fn token(keys: &Keys, row: &BeneficiaryRow) -> Option<String> {
    use chrono::Datelike;
    let (Some(number), Some(until), "authorized") =
        (&row.number, row.valid_until, row.status.as_str())
    else {
        return None;
    };
    let confirmed: Confirmed = opened(
        keys,
        row.confirmation_sealed.as_deref()?,
        store::CONFIRMATION,
    )?;
    let initial = |s: &str| {
        s.chars()
            .next()
            .map(|c| format!("{c}."))
            .unwrap_or_default()
    };
    let claims = Authorization {
        number: number.clone(),
        initials: format!(
            "{}{}",
            initial(&confirmed.name.given),
            initial(&confirmed.name.family)
        ),
        birth_year: confirmed.birth.date().year(),
        document_country: confirmed.passport_issuer.clone(),
        valid_until: until,
    };
    Some(proofs::sign(keys, TOKEN_PREFIX, &claims))
}

/// The number a genuine token carries, for the officers' page: `None` if Garita did not sign it.
pub fn number(keys: &Keys, token: &str) -> Option<String> {
    proofs::open::<Authorization>(keys, TOKEN_PREFIX, token.trim()).map(|a| a.number)
}

/// What `/verify` says about an authorization.
struct Check(Arc<dyn TravelStore>, Arc<Keys>);

pub fn check(db: &Db, keys: &Arc<Keys>) -> Arc<dyn ProofCheck> {
    Arc::new(Check(store::on(db), keys.clone()))
}

#[async_trait]
impl ProofCheck for Check {
    fn prefix(&self) -> &'static str {
        TOKEN_PREFIX
    }

    async fn check(&self, services: &Services, token: &str, locale: Locale) -> Result<Answer> {
        let Some(claims) = proofs::open::<Authorization>(&self.1, TOKEN_PREFIX, token) else {
            return Ok(Answer::new(false, "check-not-genuine"));
        };
        let row = self.0.by_number(&claims.number).await?;
        // The stored end wins: an extension moves it later than an older token says.
        let until = row
            .as_ref()
            .and_then(|r| r.valid_until)
            .unwrap_or(claims.valid_until);
        let status = row.as_ref().map_or("", |r| r.status.as_str());
        let answer = match status {
            "authorized" if services.now() < until => Answer::new(true, "ta-check-genuine"),
            "arrived" => Answer::new(false, "ta-check-used"),
            "authorized" | "expired" => Answer::new(false, "ta-check-expired"),
            // Signed by Garita, but no longer held (its data was deleted).
            _ => Answer::new(false, "ta-check-gone"),
        };
        Ok(answer
            .arg("number", claims.number)
            .arg("initials", claims.initials)
            .arg("year", claims.birth_year.to_string())
            .arg("country", claims.document_country)
            .arg("until", when::date_ms(locale, until)))
    }
}
