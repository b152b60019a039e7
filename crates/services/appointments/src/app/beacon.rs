//! Fetching a day's drand `quicknet` round from the configured relays (`docs/draw.md` 11.2):
//! each relay in turn, every answer checked against the chain's key; after the grace period the
//! draw goes on without it and its record says so.

use crate::domain::beacon::{self, Drand, RelayRound};
use std::time::Duration;

/// Where the beacon comes from and how long a draw waits for it.
#[derive(Debug, Clone)]
pub struct BeaconSettings {
    /// Base URLs of drand HTTP relays, tried in order. None: every draw goes on without the
    /// beacon at once (its record says `missing`).
    pub relays: Vec<String>,
    /// How long after the round is due a draw waits for a relay to give it.
    pub grace_ms: i64,
}

impl Default for BeaconSettings {
    fn default() -> Self {
        BeaconSettings {
            relays: vec![],
            grace_ms: 30 * 60_000,
        }
    }
}

/// The relays the League of Entropy runs (the binary's default configuration).
pub const PUBLIC_RELAYS: [&str; 4] = [
    "https://api.drand.sh",
    "https://api2.drand.sh",
    "https://api3.drand.sh",
    "https://drand.cloudflare.com",
];

/// What a draw can do about its beacon now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BeaconNow {
    /// Use this round (checked), or go on without it (`missing`).
    Ready(Drand),
    /// Not yet: try again at this time (Unix ms).
    Wait { until: i64 },
}

impl BeaconSettings {
    /// The beacon of a day whose observers' reveals ended at `reveals_until` (the round is the
    /// first after it), asked at `now`.
    #[tracing::instrument(skip_all)]
    pub async fn fetch(&self, reveals_until: i64, now: i64) -> BeaconNow {
        let round = beacon::round_after(reveals_until);
        let due = beacon::emitted_at(round);
        if self.relays.is_empty() {
            return BeaconNow::Ready(Drand::missing(round));
        }
        if now < due {
            return BeaconNow::Wait { until: due };
        }
        for relay in &self.relays {
            match fetch_from(relay, round).await {
                Ok(drand) => {
                    tracing::info!(round, relay = %relay, "drand round fetched and checked");
                    return BeaconNow::Ready(drand);
                }
                Err(error) => tracing::warn!(round, relay = %relay, %error, "drand relay"),
            }
        }
        if now >= due + self.grace_ms {
            tracing::error!(
                round,
                "no relay gave the drand round in the grace period: the draw goes on without it"
            );
            return BeaconNow::Ready(Drand::missing(round));
        }
        BeaconNow::Wait {
            until: (now + 30_000).min(due + self.grace_ms),
        }
    }
}

/// One relay's answer for a round, checked.
async fn fetch_from(relay: &str, round: u64) -> Result<Drand, String> {
    let url = format!(
        "{}/{}/public/{round}",
        relay.trim_end_matches('/'),
        beacon::CHAIN_HASH
    );
    // ureq blocks: on the blocking pool, with a short limit so one dead relay costs little.
    let body = tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        agent
            .get(&url)
            .call()
            .map_err(|e| e.to_string())?
            .body_mut()
            .read_to_string()
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())??;
    let answer: RelayRound =
        serde_json::from_str(&body).map_err(|e| format!("not a drand round: {e}"))?;
    answer.checked(round)
}
