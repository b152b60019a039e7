//! The provisional I-94 as a signed proof (`garita_kernel::proofs`, prefix `GI1`): the number,
//! the port, the arrival date and the end of its validity, nothing about the person. The
//! traveller shows its QR code at the port; `/verify` and the officers' page check it.

use crate::store::{self, GroupRow, I94Store, TravellerRow};
use async_trait::async_trait;
use garita_i18n::{Locale, when};
use garita_kernel::proofs::{self, Answer, ProofCheck};
use garita_kernel::{Result, Services};
use garita_security::Keys;
use garita_store::Db;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub const TOKEN_PREFIX: &str = "GI1";

/// What a provisional I-94's token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provisional {
    pub number: String,
    pub port: String,
    /// The intended arrival date (`YYYY-MM-DD`).
    pub arrival: String,
    /// Unix milliseconds: when it expires unused.
    pub valid_until: i64,
}

/// The token of traveller `t` of `group` while their number is provisional.
pub fn token(keys: &Keys, group: &GroupRow, t: &TravellerRow) -> Option<String> {
    let (Some(number), Some(until)) = (&t.number, t.expires_at) else {
        return None;
    };
    (t.status == "provisional").then(|| {
        let claims = Provisional {
            number: number.clone(),
            port: group.port_code.clone(),
            arrival: group.arrival_date.clone(),
            valid_until: until,
        };
        proofs::sign(keys, TOKEN_PREFIX, &claims)
    })
}

/// The number a genuine token carries, for the officers' page: `None` if Garita did not sign it.
pub fn number(keys: &Keys, token: &str) -> Option<String> {
    proofs::open::<Provisional>(keys, TOKEN_PREFIX, token).map(|p| p.number)
}

/// What `/verify` says about a provisional I-94.
struct Check(Arc<dyn I94Store>, Arc<Keys>);

pub fn check(db: &Db, keys: &Arc<Keys>) -> Arc<dyn ProofCheck> {
    Arc::new(Check(store::on(db), keys.clone()))
}

#[async_trait]
impl ProofCheck for Check {
    fn prefix(&self) -> &'static str {
        TOKEN_PREFIX
    }

    async fn check(&self, services: &Services, token: &str, locale: Locale) -> Result<Answer> {
        let Some(claims) = proofs::open::<Provisional>(&self.1, TOKEN_PREFIX, token) else {
            return Ok(Answer::new(false, "check-not-genuine"));
        };
        let port = match garita_domain::PortCode::parse(&claims.port) {
            Ok(code) => services.store.port(&code).await?,
            Err(_) => None,
        };
        let zone = port.as_ref().map_or(chrono_tz::UTC, |p| p.time_zone);
        let port = port.map_or(claims.port.clone(), |p| p.name);
        let until = when::moment_ms(locale, claims.valid_until, zone);
        let row = self.0.traveller_by_number(&claims.number).await?;
        let status = row.as_ref().map_or("", |t| t.status.as_str());
        let answer = match status {
            "provisional" if services.now() <= claims.valid_until => {
                Answer::new(true, "i94-check-genuine")
            }
            "admitted" | "refused" => Answer::new(false, "i94-check-decided"),
            "provisional" | "expired" => Answer::new(false, "i94-check-expired"),
            // Signed by Garita, but no longer held (its data was deleted).
            _ => Answer::new(false, "i94-check-gone"),
        };
        Ok(answer
            .arg("number", claims.number)
            .arg("port", port)
            .arg("until", until))
    }
}
