//! The public randomness a `garita-draw-v2` draw takes: a round of the League of Entropy's drand
//! `quicknet` chain (unchained BLS signatures on G1, RFC 9380, one round every 3 seconds), the
//! first round after the request window closed. Nobody, Garita included, knows it before then.
//! The signature is checked with `drand-verify` against the chain's public key, which is fixed
//! here: a record naming another chain does not verify.

use drand_verify::{G2PubkeyRfc, Pubkey, derive_randomness};
use serde::{Deserialize, Serialize};

/// The `quicknet` chain's hash, as its relays name it (`/<chain hash>/public/<round>`).
pub const CHAIN_HASH: &str = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";
/// Its group public key (a G2 point, compressed).
pub const PUBLIC_KEY: &str = "83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a";
/// When round 1 was emitted (Unix milliseconds) ...
pub const GENESIS_MS: i64 = 1_692_803_367_000;
/// ... and the time between rounds.
pub const PERIOD_MS: i64 = 3_000;

/// The first round emitted strictly after `at_ms` (round `r` is emitted at
/// `GENESIS_MS + (r - 1) × PERIOD_MS`).
pub fn round_after(at_ms: i64) -> u64 {
    if at_ms < GENESIS_MS {
        return 1;
    }
    ((at_ms - GENESIS_MS) / PERIOD_MS) as u64 + 2
}

/// When a round is emitted (Unix milliseconds).
pub fn emitted_at(round: u64) -> i64 {
    GENESIS_MS + (round as i64 - 1) * PERIOD_MS
}

/// What a v2 record says of its beacon round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drand {
    pub chain_hash: String,
    pub round: u64,
    /// `used`, or `missing`: no relay gave the round within the grace period, and the draw went
    /// on without it (the observers' reveals still enter the seed).
    pub status: BeaconStatus,
    /// The round's BLS signature (hex), when used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BeaconStatus {
    Used,
    Missing,
}

impl Drand {
    /// A round that was fetched and checked.
    pub fn used(round: u64, signature: &[u8]) -> Drand {
        Drand {
            chain_hash: CHAIN_HASH.into(),
            round,
            status: BeaconStatus::Used,
            signature: Some(crate::domain::draw::hex(signature)),
        }
    }

    /// A round that never came.
    pub fn missing(round: u64) -> Drand {
        Drand {
            chain_hash: CHAIN_HASH.into(),
            round,
            status: BeaconStatus::Missing,
            signature: None,
        }
    }

    /// The randomness this beacon puts into the seed (none when missing), after checking the
    /// chain, the round's signature, and that a used round has a signature and a missing one
    /// none.
    pub fn randomness(&self) -> Result<Vec<u8>, String> {
        if self.chain_hash != CHAIN_HASH {
            return Err(format!(
                "drand.chain_hash: {} is not the quicknet chain {CHAIN_HASH}",
                self.chain_hash
            ));
        }
        match (self.status, &self.signature) {
            (BeaconStatus::Missing, None) => Ok(vec![]),
            (BeaconStatus::Missing, Some(_)) => {
                Err("drand: a missing round carries no signature".into())
            }
            (BeaconStatus::Used, None) => Err("drand: a used round needs its signature".into()),
            (BeaconStatus::Used, Some(sig)) => {
                let sig = crate::domain::draw::unhex(sig).ok_or("drand.signature: not hex")?;
                Ok(check(self.round, &sig)?.to_vec())
            }
        }
    }
}

/// Checks a `quicknet` round's signature; returns its randomness (SHA-256 of the signature).
pub fn check(round: u64, signature: &[u8]) -> Result<[u8; 32], String> {
    let key: [u8; 96] = crate::domain::draw::unhex(PUBLIC_KEY)
        .and_then(|k| k.try_into().ok())
        .expect("the quicknet key is 96 bytes of hex");
    let key = G2PubkeyRfc::from_fixed(key).expect("the quicknet key is a G2 point");
    match key.verify(round, b"", signature) {
        Ok(true) => Ok(derive_randomness(signature)),
        Ok(false) => Err(format!(
            "drand.signature: not quicknet's signature of round {round}"
        )),
        Err(_) => Err("drand.signature: not a point on the curve".into()),
    }
}

/// A round as a drand relay serves it (`GET <relay>/<chain hash>/public/<round>`).
#[derive(Debug, Clone, Deserialize)]
pub struct RelayRound {
    pub round: u64,
    pub signature: String,
}

impl RelayRound {
    /// The checked round, if it is the one asked for and quicknet signed it.
    pub fn checked(&self, wanted: u64) -> Result<Drand, String> {
        if self.round != wanted {
            return Err(format!(
                "the relay gave round {} for round {wanted}",
                self.round
            ));
        }
        let sig = crate::domain::draw::unhex(&self.signature).ok_or("signature: not hex")?;
        check(wanted, &sig)?;
        Ok(Drand::used(wanted, &sig))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_follow_the_clock() {
        assert_eq!(round_after(GENESIS_MS - 1), 1);
        assert_eq!(
            round_after(GENESIS_MS),
            2,
            "round 1 is not after its own time"
        );
        assert_eq!(round_after(GENESIS_MS + 2_999), 2);
        assert_eq!(round_after(GENESIS_MS + 3_000), 3);
        for r in [2, 123, 657_413] {
            assert_eq!(round_after(emitted_at(r) - 1), r);
            assert_eq!(round_after(emitted_at(r)), r + 1);
        }
    }
}
