//! Independent observers of a `garita-draw-v2` draw: organisations applicants trust commit to a
//! secret of their own before the window opens and reveal it after the close. Every reveal that
//! matches its commitment enters the seed, so nobody alone (Garita, the beacon, one observer)
//! chooses it; a missing or wrong reveal is recorded and the draw goes on without it.

use crate::domain::draw::{framed, hex, unhex};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

const TAG: &str = "garita-observer-v1";

/// What an observer publishes before the window opens for `service_date`: the date and its own
/// id are inside, so nobody can copy another observer's commitment and reveal.
pub fn commitment(service_date: NaiveDate, observer: &str, secret: &[u8; 32]) -> [u8; 32] {
    let date = service_date.format("%Y-%m-%d").to_string();
    framed(&[TAG.as_bytes(), date.as_bytes(), observer.as_bytes(), secret])
}

/// One observer of a day, as the v2 record carries it (sorted by `observer`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observer {
    /// The observer's id (Garita's id of its staff account; public, no personal data).
    pub observer: String,
    /// The organisation's name, for people reading the record (not in the seed).
    pub name: String,
    pub commitment: String,
    /// The 32 bytes revealed after the close (hex), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveal: Option<String>,
    pub status: RevealStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RevealStatus {
    /// The reveal matches the commitment: it entered the seed.
    Accepted,
    /// Nothing was revealed in time.
    Missing,
    /// The reveal does not match the commitment.
    Wrong,
}

impl Observer {
    /// Judges a reveal against its commitment.
    pub fn judge(
        service_date: NaiveDate,
        observer: &str,
        name: &str,
        commitment: &str,
        reveal: Option<&str>,
    ) -> Observer {
        let status = match reveal {
            None => RevealStatus::Missing,
            Some(r) => match unhex(r).and_then(|r| <[u8; 32]>::try_from(r).ok()) {
                Some(secret)
                    if hex(&self::commitment(service_date, observer, &secret)) == commitment =>
                {
                    RevealStatus::Accepted
                }
                _ => RevealStatus::Wrong,
            },
        };
        Observer {
            observer: observer.into(),
            name: name.into(),
            commitment: commitment.into(),
            reveal: reveal.map(str::to_lowercase),
            status,
        }
    }

    /// The secret this observer puts into the seed, if its reveal was accepted.
    pub fn accepted(&self) -> Option<[u8; 32]> {
        (self.status == RevealStatus::Accepted)
            .then(|| unhex(self.reveal.as_deref()?)?.try_into().ok())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reveal_is_judged_against_its_own_commitment() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let c = hex(&commitment(day, "obs-a", &[5; 32]));
        let right = hex(&[5; 32]);
        let judged = Observer::judge(day, "obs-a", "A", &c, Some(&right));
        assert_eq!(judged.status, RevealStatus::Accepted);
        assert_eq!(judged.accepted(), Some([5; 32]));
        assert_eq!(
            Observer::judge(day, "obs-a", "A", &c, Some(&hex(&[6; 32]))).status,
            RevealStatus::Wrong
        );
        assert_eq!(
            Observer::judge(day, "obs-a", "A", &c, Some("zz")).status,
            RevealStatus::Wrong
        );
        // Another observer cannot reuse it, nor can it serve another day.
        assert_eq!(
            Observer::judge(day, "obs-b", "B", &c, Some(&right)).status,
            RevealStatus::Wrong
        );
        let next = day.succ_opt().unwrap();
        assert_eq!(
            Observer::judge(next, "obs-a", "A", &c, Some(&right)).status,
            RevealStatus::Wrong
        );
        let missing = Observer::judge(day, "obs-a", "A", &c, None);
        assert_eq!(
            (missing.status, missing.accepted()),
            (RevealStatus::Missing, None)
        );
    }
}
