//! A confirmed departure as a signed proof (`garita_kernel::proofs`, prefix `GDP1`): the intent's
//! reference, which traveller, how and when they left and, by land, the country; no name. The
//! person keeps it; `/verify` checks it.

use crate::store::{self, DepartureRow, IntentRow};
use async_trait::async_trait;
use garita_i18n::{Locale, when};
use garita_kernel::proofs::{self, Answer, ProofCheck};
use garita_kernel::{Result, Services};
use garita_security::Keys;
use garita_store::Db;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub const TOKEN_PREFIX: &str = "GDP1";

/// What a departure's token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Departed {
    pub reference: String,
    /// Which traveller of the intent (0: the filer).
    pub position: i64,
    /// `land`, `air` or `sea`.
    pub how: String,
    /// Unix milliseconds.
    pub at: i64,
    /// By land: the country (ISO alpha-2), if the map knew it.
    pub country: Option<String>,
}

/// The token of a recorded departure.
pub fn token(keys: &Keys, intent: &IntentRow, d: &DepartureRow) -> String {
    let evidence: Option<crate::app::Evidence> =
        crate::app::opened(keys, &d.evidence_sealed, store::EVIDENCE);
    let country = match evidence {
        Some(crate::app::Evidence::Land { country, .. }) => country,
        _ => None,
    };
    let claims = Departed {
        reference: intent.reference.clone(),
        position: d.position,
        how: d.how.clone(),
        at: d.departed_at,
        country,
    };
    proofs::sign(keys, TOKEN_PREFIX, &claims)
}

/// What `/verify` says about a departure: a signed fact, genuine whether or not its data is still
/// kept.
struct Check(Arc<Keys>);

pub fn check(_: &Db, keys: &Arc<Keys>) -> Arc<dyn ProofCheck> {
    Arc::new(Check(keys.clone()))
}

#[async_trait]
impl ProofCheck for Check {
    fn prefix(&self) -> &'static str {
        TOKEN_PREFIX
    }

    async fn check(&self, _: &Services, token: &str, locale: Locale) -> Result<Answer> {
        let Some(claims) = proofs::open::<Departed>(&self.0, TOKEN_PREFIX, token) else {
            return Ok(Answer::new(false, "check-not-genuine"));
        };
        Ok(Answer::new(true, "dep-check-genuine")
            .arg("reference", claims.reference)
            .arg("how", claims.how)
            .arg("when", when::date_ms(locale, claims.at)))
    }
}
